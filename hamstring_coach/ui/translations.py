"""The window's language: the app's and Qt's own translations, and the locale.

``install(app, environ)`` runs once at start, before any window is built. The language
comes from the environment (``core.languages``: LANGUAGE, then LC_ALL / LC_MESSAGES /
LANG) among the translations the app carries in ``resources/translations``. In English,
the language of the source, nothing is loaded at all. The locale that writes dates,
times and numbers is the system's, as long as it speaks the window's language; when it
does not (LANGUAGE=de with LANG=en_US), the window's language in the system's country
takes its place, so that month and day names never come in a second language.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hamstring_coach.catalogues import available_languages, catalogue_path
from hamstring_coach.core.languages import SOURCE_LANGUAGE, pick_language


def locale_for(language: str, system: QLocale) -> QLocale:
    """The locale to write dates and numbers with: the system's, if it speaks
    ``language`` (or is the plain C locale and the language is English), else
    ``language`` as spoken in the system's country, or in its home country."""
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    if system.language() == QLocale.Language.C and language == SOURCE_LANGUAGE:
        return system
    return QLocale(wanted.language(), system.territory())


class Translations:
    """What ``install`` put in place, so that ``uninstall`` can take it away again."""

    def __init__(self, language: str, *, previous_locale: QLocale | None = None) -> None:
        self.language = language
        self.translators: list[QTranslator] = []
        self.previous_locale = previous_locale

    def uninstall(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        if self.previous_locale is not None:
            QLocale.setDefault(self.previous_locale)
            self.previous_locale = None


def install(app: QCoreApplication, environ: Mapping[str, str]) -> Translations:
    """Speak the language the environment asks for, if the app has it; else English."""
    language = pick_language(environ, available_languages())
    done = Translations(language, previous_locale=QLocale())
    QLocale.setDefault(locale_for(language, QLocale.system()))
    if language == SOURCE_LANGUAGE:
        return done
    own = QTranslator(app)
    if own.load(str(catalogue_path(language))):
        QCoreApplication.installTranslator(own)
        done.translators.append(own)
    # Qt's own words: the standard buttons (OK, Cancel) and the dialogs' texts.
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_folder):
        QCoreApplication.installTranslator(qt)
        done.translators.append(qt)
    return done


def routine_words(text: str) -> str:
    """A built-in routine's text in the window's language (``core.routine_words``)."""
    return _lookup("Routines", text)


_lookup = QCoreApplication.translate  # the texts are data: the tool collects them

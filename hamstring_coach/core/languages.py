"""Which language to speak, from the environment, as GNU gettext decides it.

``LANGUAGE`` (a colon-separated list of preferences) comes first, unless the locale is
the plain C/POSIX one, where gettext ignores it; then the locale itself, from the first
of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set. The first preference the app has
a translation for wins; English, the language of the source, is the fallback. Pure
Python: the window and the command line both ask it, and neither pays for Qt to do so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

SOURCE_LANGUAGE = "en"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def locale_name(environ: Mapping[str, str]) -> str:
    """The messages locale the environment sets (``de_DE.UTF-8``), or "" for none."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").strip()
        if value:
            return value
    return ""


def _plain(name: str) -> str:
    """``de_DE.UTF-8@euro`` -> ``de_DE``; ``pt-BR`` -> ``pt_BR``."""
    return name.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()


def preferences(environ: Mapping[str, str]) -> list[str]:
    """The languages asked for, most wanted first, each as ``de_DE`` or ``de``."""
    locale = _plain(locale_name(environ))
    wanted: list[str] = []
    if locale not in ("C", "POSIX"):
        wanted += [_plain(part) for part in environ.get("LANGUAGE", "").split(":")]
    wanted.append(locale)
    return [name for name in wanted if name and name not in ("C", "POSIX")]


def pick_language(environ: Mapping[str, str], available: Iterable[str]) -> str:
    """The language to speak: the first preference with a translation (``de_AT`` is
    served by ``de``), English when none has one, or when English comes first."""
    have = set(available) | {SOURCE_LANGUAGE}
    for name in preferences(environ):
        for candidate in (name, name.split("_", 1)[0]):
            if candidate in have:
                return candidate
    return SOURCE_LANGUAGE

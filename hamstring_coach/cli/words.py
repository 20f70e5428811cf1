"""The command line's help in the language of the terminal.

``--help`` is worded through the same catalogue as the window (context "CommandLine"):
``make translations`` collects every description and help line by walking the parser
(tools/translations.py), and :class:`TranslatedHelp` looks each one up as it formats.
Qt's QTranslator reads the catalogue without an application object, and is loaded only
when the language is not English, so the usual commands never import Qt.

The sentences of errors stay English for now: most are built in ``core`` and
``storage`` with the values they name (CONTRIBUTING.md, "Translations").
"""

from __future__ import annotations

import argparse
import functools
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from hamstring_coach.catalogues import available_languages, catalogue_path
from hamstring_coach.core.languages import SOURCE_LANGUAGE, pick_language

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CONTEXT = "CommandLine"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for the catalogue; it is looked up when shown."""
    return text


# argparse's own words in a help page.
USAGE = QT_TRANSLATE_NOOP("CommandLine", "usage: ")
POSITIONALS = QT_TRANSLATE_NOOP("CommandLine", "positional arguments")
OPTIONS = QT_TRANSLATE_NOOP("CommandLine", "options")


@functools.cache
def _translator(language: str) -> QTranslator | None:
    from PySide6.QtCore import QTranslator  # only for a language other than English

    translator = QTranslator()
    return translator if translator.load(str(catalogue_path(language))) else None


def words(text: str, environ: Mapping[str, str] | None = None) -> str:
    """``text`` in the language the environment asks for, when the app has it."""
    if not text:
        return text
    language = pick_language(os.environ if environ is None else environ, available_languages())
    if language == SOURCE_LANGUAGE:
        return text
    translator = _translator(language)
    found = translator.translate(CONTEXT, text) if translator is not None else ""
    return found or text


class TranslatedHelp(argparse.HelpFormatter):
    """A help page with each description and help line looked up in the catalogue."""

    def _format_text(self, text: str) -> str:
        return super()._format_text(words(text))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return words(action.help) if action.help else action.help

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, words(USAGE) if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(words(heading) if heading else heading)


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description and help line of a parser and its commands, for the catalogue."""
    found: dict[str, None] = {}
    for text in [parser.description or "", parser.epilog or ""]:
        found[text] = None
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            found[action.help] = None
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found[choice.help or ""] = None
            for sub in action.choices.values():
                found.update(dict.fromkeys(help_texts(sub)))
    return [text for text in found if text]

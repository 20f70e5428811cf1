"""The command line's help speaks the terminal's language; its output formats do not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hamstring_coach.cli import build_parser
from hamstring_coach.cli.words import help_texts, words

from .cli_runner import Cli

GERMAN = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
ENGLISH = {"LANG": "en_US.UTF-8"}


def test_help_is_in_german(cli: Cli) -> None:
    shown = cli.run("--help", env=GERMAN)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Aufruf: hamstring-coach")
    assert "\nOptionen:\n" in shown.stdout
    assert "den Verlauf in DIR ablegen" in shown.stdout
    # No help line of the command line is left in English.
    for text in help_texts(build_parser()):
        assert text not in shown.stdout.replace("\n", " ")
    command = cli.run("injury", "set", "--help", env=GERMAN)
    assert "lokales Datum und Uhrzeit" in command.stdout


def test_help_stays_english_without_german(cli: Cli) -> None:
    for env in (ENGLISH, {"LANGUAGE": "de", "LANG": "C"}, {"LANG": "fr_FR.UTF-8"}):
        shown = cli.run("--help", env=env)
        assert shown.stdout.startswith("usage: hamstring-coach"), env
        assert "keep the history in DIR" in shown.stdout


def test_machine_outputs_are_the_same_in_every_language(cli: Cli, tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    for command in (["today", "--json"], ["history", "--json"], ["routines"]):
        english = cli.run("--data-dir", data, *command, env=ENGLISH)
        german = cli.run("--data-dir", data, *command, env=GERMAN)
        assert english.returncode == german.returncode == 0, german.stderr
        assert english.stdout == german.stdout, command


def test_a_command_in_german_does_not_load_qt() -> None:
    code = (
        "import sys\n"
        "from hamstring_coach.cli import main\n"
        "status = main(['routines'])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'\n"
        "sys.exit(status)\n"
    )
    env = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("environ", "expected"),
    [(GERMAN, "den Verlauf in DIR ablegen"), (ENGLISH, "keep the history in DIR")],
)
def test_words_looks_a_help_line_up(environ: dict[str, str], expected: str) -> None:
    assert words("keep the history in DIR", environ) == expected
    assert words("a text nobody translated", environ) == "a text nobody translated"

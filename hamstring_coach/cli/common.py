"""What every command shares: the usage error, the parser class, options and output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, NoReturn

from hamstring_coach.cli.words import TranslatedHelp
from hamstring_coach.core.quoting import quote, shortened
from hamstring_coach.resources import ResourceNotFoundError, resource_path

PROG = "hamstring-coach"
USAGE_ERROR = 2
OUTPUT_CLOSED = 1
# --time-scale: a hundred times slower (checking a countdown by eye) to ten thousand
# times faster (a 20-minute ice application in a tenth of a second, for tests).
# The longest word (a path, say) a message shows whole; bad input is quoted shorter.
SHOWN_WORD_CHARS = 160
MIN_TIME_SCALE = 0.01
MAX_TIME_SCALE = 10_000.0


class UsageError(Exception):
    """A bad command line; ``str(error)`` is one sentence, without the pointer to --help."""

    def __init__(self, message: str, *, see_help: bool = True) -> None:
        super().__init__(message)
        self.see_help = see_help

    def sentence(self) -> str:
        """The message as printed: still one sentence, pointing to --help where that helps."""
        text = str(self).rstrip(".")
        return f"{text}; see '{PROG} --help'." if self.see_help else f"{text}."


class Parser(argparse.ArgumentParser):
    """Errors become a UsageError, worded as one sentence by the caller; the help page
    is in the terminal's language (``cli.words``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelp)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # argparse quotes the arguments it refuses whole: cut each to a glance.
        message = shortened(message)
        raise UsageError(message[0].upper() + message[1:].rstrip("."))


def _folder(text: str) -> str:
    if text == "":
        raise argparse.ArgumentTypeError("the folder name is empty")
    return text


def _time_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{quote(text)} is not a number") from None
    if not MIN_TIME_SCALE <= value <= MAX_TIME_SCALE:
        raise argparse.ArgumentTypeError(
            f"{quote(text)} is outside {MIN_TIME_SCALE:g} to {MAX_TIME_SCALE:g}"
        )
    return value


def add_common_options(parser: argparse.ArgumentParser, data_dir: Any, time_scale: Any) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", type=_folder, default=data_dir, help="keep the history in DIR"
    )
    parser.add_argument(
        "--time-scale",
        metavar="N",
        type=_time_scale,
        default=time_scale,
        help="run every timer N times faster (for demonstrations)",
    )


def say(message: str) -> None:
    """One sentence on stderr, after the program's name."""
    print(f"{PROG}: {shortened(message, SHOWN_WORD_CHARS)}", file=sys.stderr)


def builtin_routine_paths() -> list[Path]:
    """The built-in routine files; ResourceNotFoundError when there are none."""
    folder = resource_path("routines")
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise ResourceNotFoundError(
            f"The routines folder {folder} holds no routine files; the installation looks "
            "incomplete, so reinstall the app.",
            folder,
        )
    return paths

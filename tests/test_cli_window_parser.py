"""The window's own command line (``hamstring-coach [--data-dir DIR] [--time-scale N]``)
is read without loading every command, and reads exactly as the whole parser does;
anything else (a command, --help, a mistake) is left to the whole parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hamstring_coach.cli import UsageError, _parse, build_parser, start, window_parser

WINDOW_LINES = [
    [],
    ["--data-dir", "history"],  # a folder named like a command is still a folder
    ["--time-scale", "20", "--data-dir", "d"],
    ["--data-dir=d", "--time-scale=0.5"],
    ["--data", "d"],  # an abbreviation argparse accepts
]


@pytest.mark.parametrize("argv", WINDOW_LINES)
def test_the_window_line_reads_as_the_whole_parser_reads_it(argv: list[str]) -> None:
    quick = window_parser().parse_args(argv)
    assert vars(quick) == vars(build_parser().parse_args(argv))
    assert quick.run is start.run and quick.command is None


@pytest.mark.parametrize(
    "argv",
    [
        ["history"],
        ["start", "gentle-stretching"],
        ["--data-dir", "d", "routines"],
        ["-h"],
        ["--version"],
        ["--time-scale", "fast"],
        ["--time-scale", "0"],
        ["--data-dir", ""],
        ["--bogus"],
    ],
)
def test_anything_else_is_not_taken_by_the_window_parser(argv: list[str]) -> None:
    with pytest.raises(UsageError):
        window_parser().parse_args(argv)


def test_a_command_still_parses_through_the_whole_parser() -> None:
    args = _parse(["--data-dir", "d", "history", "--json"])
    assert not isinstance(args, int)
    assert (args.command, args.data_dir, args.json) == ("history", "d", True)


def test_a_mistake_is_told_by_the_whole_parser() -> None:
    with pytest.raises(UsageError) as quick:
        _parse(["--time-scale", "fast"])
    with pytest.raises(UsageError) as whole:
        build_parser().parse_args(["--time-scale", "fast"])
    assert str(quick.value) == str(whole.value)
    assert "'fast' is not a number" in str(quick.value)


def test_opening_the_window_loads_no_other_command() -> None:
    probe = (
        "import sys\n"
        "from hamstring_coach.cli import _parse\n"
        "args = _parse(['--data-dir', 'd'])\n"
        "mine = [m for m in sys.modules if m.startswith('hamstring_coach.cli.')]\n"
        "print(args.command, ' '.join(mine))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    command, *loaded = done.stdout.split()
    assert command == "None"
    assert sorted(loaded) == [
        "hamstring_coach.cli.common",
        "hamstring_coach.cli.output",
        "hamstring_coach.cli.start",  # reads the routines only once the window shows
        "hamstring_coach.cli.words",  # the parser's help in the terminal's language
    ]

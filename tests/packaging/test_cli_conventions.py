"""GNU conventions: --version and --help on stdout with status 0, usage errors on stderr, 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hamstring_coach import __version__
from hamstring_coach.cli import PROG
from hamstring_coach.cli.show import PAGES


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    env.pop("HAMSTRING_COACH_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "hamstring_coach", *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
    )


def test_version_is_one_line_naming_the_program_and_its_version(tmp_path: Path) -> None:
    done = run("--version", home=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"{PROG} {__version__}\n"


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_goes_to_stdout_and_succeeds(tmp_path: Path, flag: str) -> None:
    done = run(flag, home=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith(f"usage: {PROG} ")
    assert "show" in done.stdout


def test_show_help_names_its_pages(tmp_path: Path) -> None:
    done = run("show", "--help", home=tmp_path)
    assert done.returncode == 0
    for page in PAGES:
        assert page in done.stdout


@pytest.mark.parametrize(
    "args", [("--frobnicate",), ("frobnicate",), ("show",), ("show", "nowhere")]
)
def test_usage_errors_are_one_line_on_stderr_with_status_2(tmp_path: Path, args) -> None:
    done = run(*args, home=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{PROG}: "), done.stderr
    assert not (tmp_path / ".local").exists()  # nothing made for a refused command

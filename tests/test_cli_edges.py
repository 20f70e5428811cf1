"""The command line at its edges: odd scales, folder names no file system takes, an output
that cannot be written. Each ends in one sentence and exit status 2, and makes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hamstring_coach.cli import build_parser
from hamstring_coach.cli.common import MAX_TIME_SCALE, MIN_TIME_SCALE

from ._privs import unprivileged
from .cli_runner import Cli
from .test_cli import ROUTINE, USAGE_ERROR, assert_one_sentence, describe

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and modes")


# --------------------------------------------------------------------------- --time-scale


@pytest.mark.e2e
@pytest.mark.parametrize("value", ["1e-7", "4.9e-7", "0.001", "0.0099", "10001", "1e400"])
def test_a_time_scale_outside_its_bounds_is_refused_before_the_window_opens(
    cli: Cli, tmp_path: Path, value: str
) -> None:
    data_dir = tmp_path / "data"
    result = cli.run("--data-dir", str(data_dir), "--time-scale", value, "start", ROUTINE)
    assert_one_sentence(result, "--time-scale", f"{MIN_TIME_SCALE:g} to {MAX_TIME_SCALE:g}")
    assert not data_dir.exists()  # no window, so no session left interrupted


@pytest.mark.parametrize("value", [MIN_TIME_SCALE, 1.0, MAX_TIME_SCALE])
def test_the_time_scale_bounds_themselves_are_taken(value: float) -> None:
    assert build_parser().parse_args(["--time-scale", repr(value)]).time_scale == value


# --------------------------------------------------------------------------- --data-dir


def _long_part(tmp_path: Path) -> Path:
    return tmp_path / ("p" * 256)


def _long_path(tmp_path: Path) -> Path:
    return tmp_path.joinpath(*["q" * 200] * 21)  # over 4,096 bytes, each part allowed


@pytest.mark.parametrize("make", [_long_part, _long_path], ids=["part-256-bytes", "path-4200"])
@pytest.mark.parametrize("args", [("history",), ("history", "--json"), ("start", ROUTINE)])
def test_a_data_dir_no_file_system_takes_is_one_sentence(
    cli: Cli, tmp_path: Path, make, args: tuple[str, ...]
) -> None:
    folder = make(tmp_path)
    line = assert_one_sentence(cli.run("--data-dir", str(folder), *args), "data folder")
    assert len(line) < 250  # the folder's name is quoted, not echoed whole
    assert sorted(path.name for path in tmp_path.iterdir()) == ["home"]


def test_the_environment_variable_is_checked_the_same_way(cli: Cli, tmp_path: Path) -> None:
    result = cli.run("history", env={"HAMSTRING_COACH_DATA_DIR": str(_long_part(tmp_path))})
    assert_one_sentence(result, "255")


@posix_only
def test_a_data_dir_inside_a_closed_folder_is_one_sentence(tmp_path: Path) -> None:
    closed = tmp_path / "closed"
    (closed / "inner").mkdir(parents=True)
    closed.chmod(0)
    try:
        command = [sys.executable, "-m", "hamstring_coach"]
        result = subprocess.run(
            unprivileged([*command, "--data-dir", closed / "inner" / "data", "history"]),
            env={**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        closed.chmod(0o700)
    assert_one_sentence(result, "permission denied")


# --------------------------------------------------------------------------- output


@posix_only
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("history", "--json"), ("history",), ("routines",)])
def test_output_to_a_full_disk_is_one_sentence(
    cli: Cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    data_dir = tmp_path / "data"
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data_dir), *args],
            env=cli.env(),
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == USAGE_ERROR, describe(result)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines == ["hamstring-coach: Could not write the output: the disk is full."], lines
    assert not data_dir.exists()


@posix_only
@pytest.mark.e2e
def test_a_data_dir_linked_to_nothing_is_one_sentence_and_nothing_made(
    cli: Cli, tmp_path: Path
) -> None:
    link = tmp_path / "data"
    link.symlink_to(tmp_path / "gone" / "data")
    line = assert_one_sentence(cli.run("--data-dir", str(link), "start", ROUTINE), "link")
    assert "does not exist" in line
    assert not (tmp_path / "gone").exists()


# --------------------------------------------------------------------------- echoes

LONG = "x" * 5000


@pytest.mark.parametrize(
    "args",
    [("start", LONG), ("show", LONG), (f"--{LONG}",), ("history", f"--{LONG}"), ("start", "a\nb")],
    ids=["routine-id", "page", "option", "history-option", "id-with-newline"],
)
def test_what_was_typed_is_quoted_short_and_on_one_line(
    cli: Cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    line = assert_one_sentence(cli.run("--data-dir", str(tmp_path / "data"), *args))
    assert len(line) < 300, line
    assert "\\x0a" in line or "…" in line, line

"""``routine validate`` on files that must never hang, eat memory or print a traceback.

Each command runs the real entry point in a child process limited to MEMORY_LIMIT bytes
of address space and a few seconds, so a regression fails the test instead of taking
the machine down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_cli import USAGE_ERROR, assert_one_sentence, describe

MEMORY_LIMIT = 1024**3
TIME_LIMIT_S = 15.0
HEAD = 'id = "mine"\ntitle = "Mine"\n'
STEP = '[[steps]]\nid = "reach"\nkind = "hold"\ntitle = "Reach"\nhold_s = 25\n'

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and limits")


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def validate(path: Path | str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``python -m hamstring_coach routine validate path``, bounded in memory and time."""
    started = time.monotonic()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "hamstring_coach", "routine", "validate", str(path)],
            env={**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT_S,
            preexec_fn=_limit_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"validating {path} did not end within {TIME_LIMIT_S} s")
    assert time.monotonic() - started < TIME_LIMIT_S
    assert "MemoryError" not in result.stderr, describe(result)
    return result


@posix_only
def test_dev_zero_is_refused_without_being_read(tmp_path: Path) -> None:
    line = assert_one_sentence(validate("/dev/zero", tmp_path), "/dev/zero")
    assert "not a regular file" in line


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "routine.toml"
    os.mkfifo(fifo)
    line = assert_one_sentence(validate(fifo, tmp_path), fifo.name)
    assert "not a regular file" in line


@posix_only
def test_a_dotted_key_100000_levels_deep_is_refused_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(HEAD + ".".join(["a"] * 100_000) + " = 1\n", encoding="utf-8")
    assert path.stat().st_size > 200_000  # the 201 KB file of the report
    line = assert_one_sentence(validate(path, tmp_path), path.name)
    assert "dotted key" in line


@posix_only
def test_a_10_mb_title_is_refused_in_a_short_sentence(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    path.write_text(HEAD.replace('"Mine"', '"' + "x" * 10_000_000 + '"') + STEP, encoding="utf-8")
    line = assert_one_sentence(validate(path, tmp_path), path.name, "256 KB")
    assert len(line) < 200


def test_a_long_title_is_not_echoed_when_the_file_is_small(tmp_path: Path) -> None:
    path = tmp_path / "long.toml"
    path.write_text(HEAD.replace('"Mine"', '"' + "x" * 100_000 + '"') + STEP, encoding="utf-8")
    line = assert_one_sentence(validate(path, tmp_path), path.name, "'title'")
    assert len(line) < 200


def test_a_title_with_newlines_is_refused_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "lines.toml"
    path.write_text(HEAD.replace('"Mine"', '"a\\nb\\nc\\nd\\ne\\nf"') + STEP, encoding="utf-8")
    assert_one_sentence(validate(path, tmp_path), path.name, "'title'", "line break")


def test_a_file_with_a_byte_order_mark_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEAD + STEP).encode())
    result = validate(path, tmp_path)
    assert result.returncode == 0, describe(result)
    assert "'Mine' (mine), 1 steps" in result.stdout


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("x = " + "[" * 500 + "]" * 500 + "\n", "nest"),
        (STEP.replace("25", "9" * 4400), "digits"),
        (STEP + "hold_range = [20, 1e400]\n", "far too large"),
        (STEP.replace("25", "1" + "0" * 400), "far too large"),
        (STEP.replace("25", "14400"), "longer than the 300 s"),
        (STEP.replace('"Reach"', '"Re\\u0000ach"'), "U+0000"),
        (STEP.replace('"Reach"', '"Re\\u202each"'), "U+202E"),
    ],
    ids=["nested-500", "4400-digits", "1e400", "10e400-int", "4-hour-hold", "nul", "bidi"],
)
def test_each_reported_file_is_one_sentence(tmp_path: Path, body: str, fragment: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(HEAD + body, encoding="utf-8")
    result = validate(path, tmp_path)
    assert result.returncode == USAGE_ERROR
    assert_one_sentence(result, path.name, fragment)

"""The first start: the window's frame shows before the history file exists, and the
file is made just after (app.run_gui). A disk that refuses it still ends the app with
one sentence and status 2, as when the file was made before the window."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limit")

# Smaller than a new history file with its -wal and -shm beside it.
FILE_SIZE_LIMIT = 16 * 1024


def _refuse_big_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def _window(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The window on ``data_dir``, on a disk that refuses files over 16 KB."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    return subprocess.run(
        [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data_dir), *args],
        env=env,
        preexec_fn=_refuse_big_files,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("args", [(), ("start", "ice"), ("show", "history")], ids=str)
def test_a_first_start_whose_history_cannot_be_made_says_so_in_one_sentence(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    data_dir = tmp_path / "data"
    done = _window(data_dir, *args)
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("hamstring-coach: ") and "hamstring-coach.sqlite3" in line
    assert "Traceback" not in done.stderr

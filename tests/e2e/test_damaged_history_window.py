"""The real app on a real (virtual) X screen, opened on a history file it cannot use.

- A damaged history file: the window sets it aside unchanged and offers the newest good
  backup; Return (the default answer) restores it, and the window opens on the restored
  sessions, with the damaged file kept beside it byte for byte.
- A history file from a newer version: the window says so and exits (status 2) without
  touching it, moving it or taking a backup of it.

The questions are real dialogs, so this runs the app on Xvfb and answers with xdotool
(both Debian packages that ``make sysdeps`` installs). The command line's side of the
same story (``history`` refused, ``restore`` listing and restoring) is in
test_cli_history_data.py.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from hamstring_coach.storage.backups import take_backup
from hamstring_coach.storage.paths import AppPaths

from ..generated_history import generate
from ..running_app import (
    app_command,
    history,
    needs_xvfb,
    screen_env,
    shown_windows,
    wait_for,
    xdotool,
)

pytestmark = [pytest.mark.e2e, needs_xvfb]

BACKUP_DAY = date(2026, 2, 28)


def _folder(tmp_path: Path, sessions: int) -> AppPaths:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    paths = AppPaths(folder)
    generate(paths.db_path, sessions, 4)
    return paths


def _stop(app: subprocess.Popen[str]) -> tuple[int, str]:
    if app.poll() is None:
        app.send_signal(signal.SIGTERM)
    try:
        _out, err = app.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        app.kill()
        _out, err = app.communicate()
    return app.returncode, err


def _files(paths: AppPaths, pattern: str) -> list[Path]:
    return sorted(p for p in paths.data_dir.glob(pattern) if not p.name.endswith(("-wal", "-shm")))


def _names_in(folder: Path) -> list[str]:
    """The folder's files but the instance lock, which every start takes."""
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".lock")


def test_a_damaged_history_is_set_aside_and_the_backup_restored_from_the_window(
    tmp_path: Path, display: str
) -> None:
    paths = _folder(tmp_path, sessions=20)
    take_backup(paths.db_path, paths.backups_dir, BACKUP_DAY - timedelta(days=1))
    take_backup(paths.db_path, paths.backups_dir, BACKUP_DAY)
    data = bytearray(paths.db_path.read_bytes())
    for index in range(4096, len(data), 3):
        data[index] = (data[index] + 101) % 256
    paths.db_path.write_bytes(bytes(data))
    damaged = bytes(data)

    env = screen_env(display)
    app = subprocess.Popen(
        app_command(paths.data_dir), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        # The question comes before the main window: the only window on the screen.
        (question,) = wait_for("the question", lambda: shown_windows(display))
        aside = wait_for("the file set aside", lambda: _files(paths, "*.damaged-*"))
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
        assert not paths.db_path.exists()  # moved, not copied or mended
        xdotool(display, "windowfocus", "--sync", question)
        xdotool(display, "key", "--clearmodifiers", "Return")  # "Restore the backup"

        wait_for("the restored history", lambda: len(history(paths.data_dir)) == 20)
        wait_for(
            "the main window",
            lambda: question not in shown_windows(display) and len(shown_windows(display)) >= 1,
        )
        assert app.poll() is None, app.communicate()
    finally:
        status, err = _stop(app)
    assert status == 0, err

    sessions = history(paths.data_dir)
    assert len(sessions) == 20
    assert max(s["started_at"][:10] for s in sessions) <= "2026-03-01"
    (kept,) = _files(paths, "*.damaged-*")
    assert kept.read_bytes() == damaged  # still beside it, unchanged
    with closing(sqlite3.connect(f"{paths.db_path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_history_from_a_newer_version_is_never_touched_by_the_window(
    tmp_path: Path, display: str
) -> None:
    paths = _folder(tmp_path, sessions=5)
    take_backup(paths.db_path, paths.backups_dir, BACKUP_DAY)
    with closing(sqlite3.connect(paths.db_path, isolation_level=None)) as conn:
        conn.execute("PRAGMA user_version = 99")
    contents = paths.db_path.read_bytes()
    mode = paths.db_path.stat().st_mode
    folder_before = _names_in(paths.data_dir)
    backups_before = sorted(p.name for p in paths.backups_dir.iterdir())

    env = screen_env(display)
    app = subprocess.Popen(
        app_command(paths.data_dir), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        (told,) = wait_for("the message", lambda: shown_windows(display))
        xdotool(display, "windowfocus", "--sync", told)
        xdotool(display, "key", "--clearmodifiers", "Return")
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 2, err
    (line,) = err.strip().splitlines()
    assert "newer version" in line and paths.db_path.name in line
    assert paths.db_path.read_bytes() == contents
    assert paths.db_path.stat().st_mode == mode
    assert _names_in(paths.data_dir) == folder_before  # nothing set aside or added
    assert sorted(p.name for p in paths.backups_dir.iterdir()) == backups_before

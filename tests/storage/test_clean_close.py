"""Every page of the history file is checked only when it may have changed behind the app.

After a clean close the app notes the file's fingerprint (storage.clean_close); the next
open then checks the sessions table and the file's length only. A crash (the -wal left),
any write by another program, a file put in its place, or a missing or odd note brings
the check of every page back, so damage is still found at open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from hamstring_coach.storage import database
from hamstring_coach.storage.clean_close import note_path, unchanged_since_clean_close
from hamstring_coach.storage.database import DatabaseError, open_database

from ..generated_history import generate

PAGE = 4096


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each open_database that follows checked every page."""
    seen: list[bool] = []
    real = database._check_contents

    def spy(
        conn: sqlite3.Connection, path: Path, *, whole: bool = True, file: Path | None = None
    ) -> int:
        seen.append(whole)
        return real(conn, path, whole=whole, file=file)

    monkeypatch.setattr(database, "_check_contents", spy)
    return seen


@pytest.fixture
def history(tmp_path: Path) -> Path:
    path = tmp_path / "hamstring-coach.sqlite3"
    generate(path, 40, 10)
    return path


def _segment_page(path: Path) -> int:
    """The number of a page deep in the segments table, far from the sessions."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
        rows = raw.execute(
            "SELECT pageno FROM dbstat WHERE name = 'segments' AND pagetype = 'leaf'"
        ).fetchall()
    assert len(rows) > 4, "the history is too small to damage one page alone"
    return int(rows[len(rows) // 2][0])


def test_a_clean_close_spares_the_next_open_the_full_check(
    history: Path, checks: list[bool]
) -> None:
    open_database(history).close()
    assert unchanged_since_clean_close(history)
    note = note_path(history)
    assert stat.S_IMODE(note.stat().st_mode) == 0o600
    with closing(open_database(history)) as conn:
        conn.execute("INSERT INTO settings VALUES ('k', 'v')")  # a write of the app's own
    open_database(history).close()
    assert checks == [True, False, False]


def test_damage_just_after_a_clean_close_is_still_found(history: Path, checks: list[bool]) -> None:
    open_database(history).close()
    page = _segment_page(history)
    with history.open("r+b") as handle:  # at once: within the file system's clock tick
        handle.seek((page - 1) * PAGE)
        handle.write(b"\xa5" * PAGE)
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(history)
    assert checks[-1] is True


def test_a_crash_that_left_the_wal_brings_the_full_check_back(
    history: Path, tmp_path: Path, checks: list[bool]
) -> None:
    open_database(history).close()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    conn = open_database(history)
    try:
        conn.execute("INSERT INTO settings VALUES ('k', 'v')")
        # What a kill leaves: the file, its -wal and -shm, and the note of the last close.
        for name in (history.name, f"{history.name}-wal", f"{history.name}-shm"):
            shutil.copy2(history.with_name(name), crashed / name)
        shutil.copy2(note_path(history), note_path(crashed / history.name))
    finally:
        conn.close()
    copy = crashed / history.name
    assert not unchanged_since_clean_close(copy)
    checks.clear()
    with closing(open_database(copy)) as reopened:
        assert reopened.execute("SELECT value FROM settings WHERE key = 'k'").fetchone() == ("v",)
    assert checks == [True]


def test_another_file_in_its_place_or_an_odd_note_is_checked_in_full(
    history: Path, tmp_path: Path, checks: list[bool]
) -> None:
    open_database(history).close()
    other = tmp_path / "other.sqlite3"
    shutil.copy2(history, other)
    os.replace(other, history)  # a restore, a copy from another computer
    assert not unchanged_since_clean_close(history)
    open_database(history).close()
    assert unchanged_since_clean_close(history)
    note_path(history).write_bytes(b"\x00\xff" * 50)
    assert not unchanged_since_clean_close(history)
    note_path(history).unlink()
    assert not unchanged_since_clean_close(history)
    open_database(history).close()
    assert checks == [True, True, True]


def test_no_note_while_another_connection_still_has_the_file(history: Path) -> None:
    first = open_database(history)
    second = open_database(history)
    try:
        second.close()
        assert not note_path(history).exists()
    finally:
        first.close()
    assert unchanged_since_clean_close(history)

"""open_database(readonly=True): what `history --json` uses, never writing anything."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hamstring_coach.storage.clean_close import note_path
from hamstring_coach.storage.database import SCHEMA_VERSION, DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository

START = datetime(2026, 11, 25, 8, 0, tzinfo=timezone(timedelta(hours=2)))


def test_missing_file_reads_as_empty_history(tmp_path: Path) -> None:
    path = tmp_path / "hamstring-coach.sqlite3"
    with closing(open_database(path, readonly=True)) as conn:
        repo = HistoryRepository(conn)
        assert repo.export() == []
        assert repo.count_sessions() == 0
        assert repo.list_sessions() == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        with pytest.raises(DatabaseError):
            repo.start_session("r", "R", START)
    assert list(tmp_path.iterdir()) == []


def test_reads_what_was_written(db_path: Path) -> None:
    with closing(open_database(db_path)) as conn:
        HistoryRepository(conn).start_session("warm-up", "Warm-up", START)
    with closing(open_database(db_path, readonly=True)) as conn:
        exported = HistoryRepository(conn).export()
    assert [item["routine_id"] for item in exported] == ["warm-up"]


def test_reads_while_a_writer_holds_a_transaction(db_path: Path) -> None:
    with closing(open_database(db_path)) as writer:
        repo = HistoryRepository(writer)
        repo.start_session("committed", "Committed", START)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset_min)"
            " VALUES ('pending', 'Pending', '2026-11-25T07:00:00.000000+00:00', 0)"
        )
        with closing(open_database(db_path, readonly=True, busy_timeout=50)) as reader:
            ids = [item["routine_id"] for item in HistoryRepository(reader).export()]
        writer.execute("COMMIT")
        assert ids == ["committed"]
        assert repo.count_sessions() == 2


def test_refuses_writes(db_path: Path) -> None:
    with closing(open_database(db_path)) as conn:
        session_id = HistoryRepository(conn).start_session("r", "R", START)
    before = db_path.read_bytes()
    with closing(open_database(db_path, readonly=True)) as conn:
        repo = HistoryRepository(conn)
        with pytest.raises(DatabaseError, match="read-only"):
            repo.set_pain(session_id, 3)
        with pytest.raises(sqlite3.Error):
            conn.execute("DELETE FROM sessions")
        assert repo.count_sessions() == 1
    assert db_path.read_bytes() == before


def test_empty_file_reads_as_empty_history_and_stays_empty(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with closing(open_database(db_path, readonly=True)) as conn:
        repo = HistoryRepository(conn)
        assert repo.export() == []
        with pytest.raises(DatabaseError, match="read-only"):
            repo.start_session("r", "R", START)
    assert db_path.read_bytes() == b""


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_reads_a_history_in_a_read_only_folder(
    db_path: Path, open_unprivileged: Callable[..., dict[str, object]]
) -> None:
    """A WAL file needs a -shm companion that a read-only folder cannot take."""
    with closing(open_database(db_path)) as conn:
        HistoryRepository(conn).start_session("warm-up", "Warm-up", START)
        expected = HistoryRepository(conn).export()
    with closing(sqlite3.connect(db_path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    before = db_path.read_bytes()
    db_path.parent.chmod(0o500)
    try:
        written = open_unprivileged(db_path)
        read = open_unprivileged(db_path, readonly=True)
    finally:
        db_path.parent.chmod(0o700)
    assert "folder is read-only" in str(written["refused"])
    assert read == {"sessions": expected}
    left = set(db_path.parent.iterdir()) - {note_path(db_path)}  # the note of a clean close
    assert left == {db_path}  # no companions were left
    assert db_path.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_reads_unmerged_sessions_in_a_read_only_folder(
    tmp_path: Path, open_unprivileged: Callable[..., dict[str, object]]
) -> None:
    """A -wal file left without its -shm (a crash, a copied folder) is read, not ignored."""
    live = tmp_path / "live"
    live.mkdir()
    db_path = live / "hamstring-coach.sqlite3"
    kept = tmp_path / "kept"
    kept.mkdir()
    with closing(open_database(db_path)) as conn:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        repo = HistoryRepository(conn)
        repo.start_session("warm-up", "Warm-up", START)
        repo.start_session("cool-down", "Cool-down", START + timedelta(hours=1))
        expected = repo.export()
        # While the writer is open the sessions live in the -wal file only.
        for name in (db_path.name, db_path.name + "-wal"):
            (kept / name).write_bytes((live / name).read_bytes())
    assert (kept / (db_path.name + "-wal")).stat().st_size > 0
    kept.chmod(0o500)
    try:
        read = open_unprivileged(kept / db_path.name, readonly=True)
    finally:
        kept.chmod(0o700)
    assert read == {"sessions": expected}
    assert sorted(p.name for p in kept.iterdir()) == [db_path.name, db_path.name + "-wal"]

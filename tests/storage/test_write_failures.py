"""Failed writes: one sentence, nothing committed is lost, and later writes still work."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord

START = datetime(2026, 11, 25, 8, 0, tzinfo=timezone(timedelta(hours=1)))
Segment = Callable[..., SegmentRecord]
Sentence = Callable[[str, Path], None]


def _fill_the_disk(conn: sqlite3.Connection) -> None:
    """Let the file grow by no more pages, as if the disk were full."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def _free_the_disk(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA max_page_count = 1073741823")


def test_disk_full_keeps_what_was_saved(
    repo: HistoryRepository,
    conn: sqlite3.Connection,
    db_path: Path,
    make_segment: Segment,
    one_sentence: Sentence,
) -> None:
    session_id = repo.start_session("r", "R", START)
    repo.add_segment(session_id, make_segment(0, START))
    _fill_the_disk(conn)
    big = make_segment(1, START, step_id="x" * 20_000)
    with pytest.raises(DatabaseError) as caught:
        for _ in range(50):
            repo.add_segment(session_id, big)
    assert str(caught.value) == f"Could not save to {db_path}: the disk is full."
    one_sentence(str(caught.value), db_path)
    assert not conn.in_transaction

    with closing(open_database(db_path, readonly=True)) as other:
        (saved,) = HistoryRepository(other).export()
    assert len(saved["segments"]) >= 1  # type: ignore[arg-type]
    assert saved["segments"][0]["step_id"] == "step-0"  # type: ignore[index]

    _free_the_disk(conn)
    repo.finish_session(session_id, "completed", START + timedelta(minutes=1))
    record = repo.get_session(session_id)
    assert record is not None and record.status == "completed"


def test_disk_full_on_a_new_session(
    repo: HistoryRepository, conn: sqlite3.Connection, db_path: Path
) -> None:
    repo.start_session("kept", "Kept", START)
    _fill_the_disk(conn)
    with pytest.raises(DatabaseError, match="the disk is full"):
        for _ in range(200):
            repo.start_session("r", "x" * 5000, START)
    _free_the_disk(conn)
    assert repo.list_sessions()[-1].routine_id == "kept"
    assert repo.start_session("after", "After", START) > 0


def test_locked_by_another_writer(db_path: Path, one_sentence: Sentence) -> None:
    with closing(open_database(db_path, busy_timeout=50)) as conn:
        repo = HistoryRepository(conn)
        session_id = repo.start_session("r", "R", START)
        with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseError) as caught:
                repo.set_pain(session_id, 5)
            other.execute("ROLLBACK")
        one_sentence(str(caught.value), db_path)
        assert "is locked by another program" in str(caught.value)
        assert not conn.in_transaction
        repo.set_pain(session_id, 5)
        assert repo.list_sessions()[0].pain_after == 5


def test_refused_row_is_rolled_back(
    repo: HistoryRepository, make_segment: Segment, db_path: Path, one_sentence: Sentence
) -> None:
    session_id = repo.start_session("r", "R", START)
    conn = sqlite3.connect(db_path)
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON segments WHEN NEW.position = 7"
        " BEGIN SELECT RAISE(ABORT, 'refused by a test'); END"
    )
    conn.close()
    with pytest.raises(DatabaseError) as caught:
        repo.add_segment(session_id, make_segment(7))
    one_sentence(str(caught.value), db_path)
    assert str(caught.value).startswith(f"Could not save to {db_path}:")
    repo.add_segment(session_id, make_segment())
    record = repo.get_session(session_id)
    assert record is not None and record.segment_count == 1
    steps = {row[0] for row in repo._conn.execute("SELECT step_id FROM steps")}
    assert steps == {"step-0"}  # the refused segment's new step code went with it


def test_read_failure_is_a_database_error(db_path: Path, one_sentence: Sentence) -> None:
    conn = open_database(db_path)
    repo = HistoryRepository(conn)
    conn.close()
    with pytest.raises(DatabaseError) as caught:
        repo.count_sessions()
    one_sentence(str(caught.value), db_path)
    assert str(caught.value).startswith("Could not read")

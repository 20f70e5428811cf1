"""A history file that passes the integrity check but holds values the app never writes.

Reading such a row raises DatabaseError with one sentence naming the file, the session
and the column, instead of a ValueError from deep inside the conversion.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord

START = datetime(2026, 11, 25, 8, 0, tzinfo=timezone(timedelta(hours=2)))
Segment = Callable[..., SegmentRecord]
Sentence = Callable[[str, "Path | str"], None]
Case = tuple[str, str, object, str]  # table, column, stored value, what the sentence names

# The schema has no CHECK on these columns, so the file passes the integrity check.
UNCHECKED: list[Case] = [
    ("sessions", "started_at", "yesterday", "started_at"),
    ("sessions", "started_at", "2026-13-45T08:00:00", "started_at"),
    ("sessions", "ended_at", "soon", "ended_at"),
    ("sessions", "utc_offset_min", "CET", "utc_offset_min"),
    ("sessions", "utc_offset_min", 100_000, "utc_offset_min"),
    ("sessions", "routine_title", b"\x00\x01", "routine_title"),
    ("sessions", "planned_holds", "many", "planned_holds"),
    ("segments", "start_ms", "", "start_ms"),
    ("segments", "end_ms", "later", "end_ms"),
    ("segments", "actual_ms", "half a minute", "actual_ms"),
    ("segments", "actual_ms", float("inf"), "actual_ms"),
    ("segments", "rep", "2nd", "rep"),
]
# Values the schema's CHECK constraints refuse: another program can still write them with
# the checks switched off, and a connection that is already open reads them as they are.
CHECKED: list[Case] = [
    ("sessions", "status", "done", "status"),
    ("sessions", "pain_after", 11, "pain_after"),
    ("sessions", "pain_before", -1, "pain_before"),
    ("sessions", "uid", "not sixteen bytes", "uid"),
    ("segments", "kind", 99, "kind"),
    ("segments", "side", 3, "side"),
    ("segments", "step", 42, "step"),
    ("segments", "completed", 2, "completed"),
]


def _ids(cases: list[Case]) -> list[str]:
    return [f"{table}.{column}={value!r}" for table, column, value, _ in cases]


def _with_one_session(repo: HistoryRepository, make_segment: Segment) -> int:
    session_id = repo.start_session("r", "R", START)
    repo.add_segment(session_id, make_segment(0, START))
    repo.finish_session(session_id, "completed", START + timedelta(minutes=1))
    return session_id


def _store(conn: sqlite3.Connection, case: Case) -> None:
    """Write a value as another program could, past the schema's CHECK constraints."""
    table, column, value, _ = case
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute(f"UPDATE {table} SET {column} = ?", (value,))
    finally:
        conn.execute("PRAGMA ignore_check_constraints = OFF")
        conn.execute("PRAGMA foreign_keys = ON")


def _check_every_read(
    conn: sqlite3.Connection, session_id: int, path: Path, one_sentence: Sentence, case: Case
) -> None:
    table, _, value, named = case
    repo = HistoryRepository(conn)
    reads: list[Callable[[], object]] = [repo.export, lambda: repo.get_session(session_id)]
    if table == "sessions" or value == float("inf"):  # the pages only sum actual_s
        reads.append(repo.list_sessions)
    for read in reads:
        with pytest.raises(DatabaseError) as caught:
            read()
        message = str(caught.value)
        one_sentence(message, path)
        assert f"session {session_id} " in message
        assert named in message
        assert not conn.in_transaction


@pytest.mark.parametrize("case", UNCHECKED, ids=_ids(UNCHECKED))
def test_a_bad_value_in_the_file_is_one_sentence(
    db_path: Path, make_segment: Segment, one_sentence: Sentence, case: Case
) -> None:
    with closing(open_database(db_path)) as conn:
        session_id = _with_one_session(HistoryRepository(conn), make_segment)
        _store(conn, case)
    before = db_path.read_bytes()
    for readonly in (False, True):
        with closing(open_database(db_path, readonly=readonly)) as conn:
            _check_every_read(conn, session_id, db_path, one_sentence, case)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("case", CHECKED, ids=_ids(CHECKED))
def test_a_bad_value_written_past_the_checks_is_one_sentence(
    db_path: Path, make_segment: Segment, one_sentence: Sentence, case: Case
) -> None:
    with closing(open_database(db_path)) as conn:
        session_id = _with_one_session(HistoryRepository(conn), make_segment)
        _store(conn, case)
        _check_every_read(conn, session_id, db_path, one_sentence, case)


def test_good_rows_still_read_after_a_refusal(
    db_path: Path, make_segment: Segment, one_sentence: Sentence
) -> None:
    with closing(open_database(db_path)) as conn:
        repo = HistoryRepository(conn)
        good = _with_one_session(repo, make_segment)
        bad = repo.start_session("r", "R", START + timedelta(days=1))
        conn.execute("UPDATE sessions SET started_at = 'yesterday' WHERE id = ?", (bad,))
        with pytest.raises(DatabaseError, match=f"session {bad} "):
            repo.export()
        record = repo.get_session(good)
        assert record is not None and record.status == "completed"
        repo.set_pain(good, 2)  # a failed read leaves no transaction open
        assert not conn.in_transaction

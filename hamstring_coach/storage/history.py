"""HistoryRepository: every write committed before it returns; queries for the history views."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import datetime
from typing import Any

from hamstring_coach.storage import errors
from hamstring_coach.storage.database import checkpoint
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.records import (
    KINDS,
    MAX_PAIN,
    STATUSES,
    SegmentRecord,
    SessionRecord,
    check_segment,
    offset_minutes,
    require_aware,
    to_utc_text,
)
from hamstring_coach.storage.rows import (
    SEGMENT_COLUMNS,
    SESSION_COLUMNS,
    BadValue,
    segment_dict,
    segment_from_row,
    session_dict,
    session_from_row,
    session_offset,
)

__all__ = ["KINDS", "STATUSES", "HistoryRepository", "SegmentRecord", "SessionRecord"]

_WITH_TOTALS = "LEFT JOIN segments AS g ON g.session_id = s.id"
_PAGE_SQL = f"""
WITH page AS (SELECT * FROM sessions ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?)
SELECT {SESSION_COLUMNS} FROM page AS s {_WITH_TOTALS}
GROUP BY s.id ORDER BY s.started_at DESC, s.id DESC
"""
_ONE_SQL = (
    f"SELECT {SESSION_COLUMNS} FROM sessions AS s {_WITH_TOTALS} WHERE s.id = ? GROUP BY s.id"
)
_ALL_SQL = f"""
SELECT {SESSION_COLUMNS} FROM sessions AS s {_WITH_TOTALS}
GROUP BY s.id ORDER BY s.started_at, s.id
"""
# The one rule for a session a crash left open: interrupted, ending at its last
# segment's end, or at its start when it has none.
_OPEN_END = """COALESCE(
  (SELECT MAX(g.ended_at) FROM segments AS g WHERE g.session_id = sessions.id), started_at)"""
_CLOSE_SQL = (
    f"UPDATE sessions SET status = 'interrupted', ended_at = {_OPEN_END} WHERE status IS NULL"
)
_ALL_AS_CLOSED_SQL = f"""
WITH closed AS (
  SELECT id, routine_id, routine_title, started_at, utc_offset_min,
    CASE WHEN status IS NULL THEN {_OPEN_END} ELSE ended_at END AS ended_at,
    COALESCE(status, 'interrupted') AS status, pain_after, note
  FROM sessions)
SELECT {SESSION_COLUMNS} FROM closed AS s {_WITH_TOTALS}
GROUP BY s.id ORDER BY s.started_at, s.id
"""
_SEGMENTS_OF_SQL = (
    f"SELECT {SEGMENT_COLUMNS} FROM segments WHERE session_id = ? ORDER BY position, id"
)
_ALL_SEGMENTS_SQL = (
    f"SELECT session_id, {SEGMENT_COLUMNS} FROM segments ORDER BY session_id, position, id"
)


class HistoryRepository:
    """Sessions and their segments in the history file.

    Writes raise ValueError for arguments that cannot be stored and DatabaseError (one
    sentence naming the file) when the file refuses them; a failed write is rolled back,
    so later writes still work. Reads raise DatabaseError only.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._path = errors.file_of(conn)

    def start_session(self, routine_id: str, routine_title: str, started_at: datetime) -> int:
        require_aware(started_at, "started_at")
        row = (routine_id, routine_title, to_utc_text(started_at), offset_minutes(started_at))
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset_min)"
                " VALUES (?, ?, ?, ?)",
                row,
            )
        if cursor.lastrowid is None:
            raise DatabaseError(f"Could not save to {errors.display_name(self._path)}.")
        return cursor.lastrowid

    def add_segment(self, session_id: int, segment: SegmentRecord) -> None:
        check_segment(segment)
        values = (
            session_id,
            segment.position,
            segment.step_id,
            segment.kind,
            segment.side,
            segment.rep,
            segment.planned_s,
            segment.actual_s,
            1 if segment.completed else 0,
            to_utc_text(segment.started_at),
            to_utc_text(segment.ended_at),
        )
        with self._writing() as conn:
            found = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if found is None:
                raise ValueError(f"There is no session {session_id}.")
            conn.execute(
                f"INSERT INTO segments (session_id, {SEGMENT_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )

    def finish_session(
        self, session_id: int, status: str, ended_at: datetime, note: str | None = None
    ) -> None:
        """Record how a session ended. A note of None keeps any note already stored."""
        if status not in STATUSES:
            raise ValueError(f"Unknown session status {status!r}; expected one of {STATUSES}.")
        require_aware(ended_at, "ended_at")
        with self._writing() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET status = ?, ended_at = ?, note = COALESCE(?, note)"
                " WHERE id = ?",
                (status, to_utc_text(ended_at), note, session_id),
            )
            if cursor.rowcount == 0:
                raise ValueError(f"There is no session {session_id}.")

    def set_pain(self, session_id: int, pain: int | None) -> None:
        if pain is not None and (
            isinstance(pain, bool) or not isinstance(pain, int) or not 0 <= pain <= MAX_PAIN
        ):
            raise ValueError(f"Pain must be a whole number from 0 to 10, got {pain!r}.")
        with self._writing() as conn:
            cursor = conn.execute(
                "UPDATE sessions SET pain_after = ? WHERE id = ?", (pain, session_id)
            )
            if cursor.rowcount == 0:
                raise ValueError(f"There is no session {session_id}.")

    def checkpoint(self) -> bool:
        """Merge the -wal file into the history file and empty it; best effort."""
        return checkpoint(self._conn)

    def close_interrupted(self) -> list[int]:
        """Mark every unfinished session interrupted, ending at its last segment (or start)."""
        with self._writing() as conn:
            rows = conn.execute("SELECT id FROM sessions WHERE status IS NULL ORDER BY id")
            ids = [int(row[0]) for row in rows]
            if ids:
                conn.execute(_CLOSE_SQL)
        return ids

    def count_sessions(self) -> int:
        with self._reading() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    def list_sessions(self, offset: int = 0, limit: int = 100) -> list[SessionRecord]:
        """A page of sessions, newest first, with totals but without segments."""
        if offset < 0 or limit < 0:
            raise ValueError(f"offset and limit must not be negative, got {offset}, {limit}.")
        with self._reading() as conn:
            rows = conn.execute(_PAGE_SQL, (limit, offset)).fetchall()
        return [self._session(row) for row in rows]

    def get_session(self, session_id: int) -> SessionRecord | None:
        """One session with its segments, ordered by position then by insertion."""
        with self._reading() as conn:
            row = conn.execute(_ONE_SQL, (session_id,)).fetchone()
            if row is None:
                return None
            seg_rows = conn.execute(_SEGMENTS_OF_SQL, (session_id,)).fetchall()
        record = self._session(row)
        offset_min = session_offset(row)
        segments = tuple(self._segment(record.id, seg, offset_min) for seg in seg_rows)
        return replace(record, segments=segments)

    def export(self, *, open_as_interrupted: bool = False) -> list[dict[str, object]]:
        """Every session, oldest first, as JSON-ready dicts with their segments.

        With open_as_interrupted, a session still open (status None) is reported as the
        app's next start will record it: interrupted, ending at its last segment's end
        (or its start). The file itself is not changed.
        """
        with self._reading() as conn:
            rows = conn.execute(_ALL_AS_CLOSED_SQL if open_as_interrupted else _ALL_SQL).fetchall()
            seg_rows = conn.execute(_ALL_SEGMENTS_SQL).fetchall()
        records = [self._session(row) for row in rows]
        offsets = {
            record.id: session_offset(row) for record, row in zip(records, rows, strict=True)
        }
        segments: dict[int, list[SegmentRecord]] = {key: [] for key in offsets}
        for seg in seg_rows:
            session_id = int(seg[0])
            if session_id in offsets:
                segments[session_id].append(self._segment(session_id, seg[1:], offsets[session_id]))
        return [
            session_dict(record, [segment_dict(segment) for segment in segments[record.id]])
            for record in records
        ]

    def _session(self, row: Sequence[Any]) -> SessionRecord:
        try:
            return session_from_row(row)
        except BadValue as bad:
            raise self._bad_data(row[0], bad) from bad

    def _segment(self, session_id: int, row: Sequence[Any], offset_min: int) -> SegmentRecord:
        try:
            return segment_from_row(row, offset_min)
        except BadValue as bad:
            raise self._bad_data(session_id, bad) from bad

    def _bad_data(self, session_id: object, bad: BadValue) -> DatabaseError:
        name = errors.display_name(self._path)
        return DatabaseError(
            f"Could not read {name}: session {session_id} holds {bad}; it was left unchanged."
        )

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise errors.from_sqlite(exc, self._path, "save") from exc
        except BaseException:
            self._rollback()
            raise

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        began = False
        try:
            if not conn.in_transaction:
                conn.execute("BEGIN")
                began = True
            yield conn
            if began:
                conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if began:
                self._rollback()
            raise errors.from_sqlite(exc, self._path, "read") from exc
        except BaseException:
            if began:
                self._rollback()
            raise

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            # SQLite may already have rolled back on its own (disk full, I/O error).
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

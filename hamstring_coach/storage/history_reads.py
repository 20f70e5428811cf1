"""The reading half of HistoryRepository: pages, counts, one session, every session.

Every read runs in one read transaction, so it sees one state of the file, and raises
DatabaseError (one sentence naming the file and the session) for a row it cannot read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from hamstring_coach.storage import errors, transactions
from hamstring_coach.storage.codes import Codes
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.records import SegmentRecord, SessionRecord, WorkDone
from hamstring_coach.storage.rows import (
    SEGMENT_COLUMNS,
    SESSION_COLUMNS,
    WORK_KINDS,
    BadValue,
    segment_dict,
    segment_from_row,
    session_dict,
    session_from_row,
    session_start,
    work_done,
)
from hamstring_coach.storage.session_filter import SessionFilter, add_fold_function, where

_NEWEST_FIRST = "ORDER BY s.started_at DESC, s.id DESC"
_OLDEST_FIRST = "ORDER BY s.started_at, s.id"
_SEGMENTS_OF = f"SELECT {SEGMENT_COLUMNS} FROM segments WHERE session_id = ? ORDER BY position, seq"
_SEGMENTS_AS_SAVED = f"SELECT {SEGMENT_COLUMNS} FROM segments WHERE session_id = ? ORDER BY seq"
# What a page needs of each segment to add up its session.
_PAGE_SEGMENTS = "SELECT session_id, kind, completed, position, actual_ms, end_ms FROM segments"
_IDS_AT_ONCE = 500


class HistoryReads:
    """Reads of the history file; HistoryRepository adds the writes."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._path = errors.file_of(conn)
        self._codes = Codes()
        add_fold_function(conn)

    def reread_codes(self) -> None:
        """Forget the code maps read so far: the file was replaced in place (a backup
        restored through this connection), and its step codes may mean other steps."""
        self._codes = Codes()

    def count_sessions(self, matching: SessionFilter | None = None) -> int:
        """How many sessions match (all of them without a filter)."""
        condition, params = where(matching)
        with self._reading() as conn:
            row = conn.execute(f"SELECT COUNT(*) FROM sessions AS s WHERE {condition}", params)
            return int(row.fetchone()[0])

    def list_sessions(
        self,
        offset: int = 0,
        limit: int = 100,
        matching: SessionFilter | None = None,
        *,
        open_as_interrupted: bool = False,
    ) -> list[SessionRecord]:
        """A page of matching sessions, newest first, with their totals and what was done
        (``work``), but without segments; ``offset`` counts from the newest.

        Two queries (the page's sessions by the start-time index, then their segments by
        key), so the cost follows the page, not the length of the history: the first 30
        rows of ten years take as long as those of one week. Fetch a screenful first.
        """
        if offset < 0 or limit < 0:
            raise ValueError(f"offset and limit must not be negative, got {offset}, {limit}.")
        condition, params = where(matching)
        with self._reading() as conn:
            sql = f"SELECT {SESSION_COLUMNS} FROM sessions AS s WHERE {condition}"
            rows = conn.execute(f"{sql} {_NEWEST_FIRST} LIMIT ? OFFSET ?", [*params, limit, offset])
            records = [self._session(row) for row in rows.fetchall()]
            return self._add_totals(conn, records, open_as_interrupted)

    def _add_totals(
        self, conn: sqlite3.Connection, records: list[SessionRecord], open_as_interrupted: bool
    ) -> list[SessionRecord]:
        """The records with their segments added up: active time, count, what was done."""
        work_kinds = {code: index for index, code in enumerate(self._codes.work_codes(conn))}
        sums: dict[int, list[int]] = {record.id: [0, 0, -1] for record in records}
        pieces: dict[int, list[dict[int, bool]]] = {
            record.id: [{}, {}, {}, {}] for record in records
        }
        ids = list(sums)
        for first in range(0, len(ids), _IDS_AT_ONCE):
            chunk = ids[first : first + _IDS_AT_ONCE]
            marks = ", ".join("?" for _ in chunk)
            rows = conn.execute(f"{_PAGE_SEGMENTS} WHERE session_id IN ({marks})", chunk)
            for session_id, kind, completed, position, actual_ms, end_ms in rows:
                if type(actual_ms) is not int or type(end_ms) is not int:
                    column = "actual_ms" if type(actual_ms) is not int else "end_ms"
                    value = actual_ms if column == "actual_ms" else end_ms
                    raise self._bad_data(session_id, BadValue(f"segment {column}", value))
                total = sums[session_id]
                total[0] += actual_ms
                total[1] += 1
                if end_ms > total[2]:
                    total[2] = end_ms
                index = work_kinds.get(kind)
                if index is not None:
                    reached = pieces[session_id][index]
                    reached[position] = reached.get(position, False) or completed == 1
        done = []
        for record in records:
            active_ms, count, last_end = sums[record.id]
            status, ended_at = record.status, record.ended_at
            if status is None and open_as_interrupted:
                status = "interrupted"
                ended_at = record.started_at + timedelta(milliseconds=max(last_end, 0))
            done.append(
                replace(
                    record,
                    status=status,
                    ended_at=ended_at,
                    active_s=active_ms / 1000,
                    segment_count=count,
                    work=work_done(record.work, pieces[record.id]),
                )
            )
        return done

    def get_session(self, session_id: int, *, as_saved: bool = False) -> SessionRecord | None:
        """One session with its segments, ordered by position then by the order saved
        (with ``as_saved``: in the order saved, which is the order they happened)."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {SESSION_COLUMNS} FROM sessions AS s WHERE s.id = ?", (session_id,)
            ).fetchone()
            if row is None:
                return None
            return self._with_segments(conn, row, open_as_interrupted=False, as_saved=as_saved)

    def iter_sessions(
        self,
        matching: SessionFilter | None = None,
        *,
        newest_first: bool = False,
        limit: int | None = None,
        open_as_interrupted: bool = False,
        as_saved: bool = False,
    ) -> Generator[SessionRecord, None, None]:
        """Matching sessions with their segments, one at a time (oldest first unless
        ``newest_first``), for exports: ten years never sit in memory at once.

        ``limit`` keeps the newest ``limit`` matching sessions (in the order asked for).
        With ``open_as_interrupted``, a session still open is given as the app's next
        start will record it (see close_interrupted); the file is not changed. Segments
        come by position, or with ``as_saved`` in the order they were saved (the order
        they happened: a segment done again after going back comes later).
        """
        condition, params = where(matching)
        order = _NEWEST_FIRST if newest_first else _OLDEST_FIRST
        sql = f"SELECT {SESSION_COLUMNS} FROM sessions AS s WHERE {condition}"
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit must not be negative, got {limit}.")
            sql = f"SELECT * FROM ({sql} {_NEWEST_FIRST} LIMIT {int(limit)}) AS s"
        with self._reading() as conn:
            for row in conn.execute(f"{sql} {order}", params).fetchall():
                yield self._with_segments(
                    conn, row, open_as_interrupted=open_as_interrupted, as_saved=as_saved
                )

    def session_heads(
        self, matching: SessionFilter | None = None
    ) -> Generator[SessionRecord, None, None]:
        """Matching sessions, oldest first, without segments or totals (``work`` holds the
        plan only): one query, for exports that read the segments their own way."""
        condition, params = where(matching)
        sql = f"SELECT {SESSION_COLUMNS} FROM sessions AS s WHERE {condition} {_OLDEST_FIRST}"
        with self._reading() as conn:
            for row in conn.execute(sql, params):
                yield self._session(row)

    def export(self, *, open_as_interrupted: bool = False) -> list[dict[str, object]]:
        """Every session, oldest first, as the JSON-ready dicts of ``history --json``."""
        return [
            session_dict(record, [segment_dict(s) for s in record.segments])
            for record in self.iter_sessions(open_as_interrupted=open_as_interrupted)
        ]

    def routines_in_history(self) -> list[tuple[str, str]]:
        """(routine id, its latest title) of every routine with a session, by title."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT routine_id, routine_title FROM sessions AS s"
                " WHERE s.id = (SELECT id FROM sessions WHERE routine_id = s.routine_id"
                " ORDER BY started_at DESC LIMIT 1) ORDER BY routine_title, routine_id"
            ).fetchall()
        return [(str(routine), str(title)) for routine, title in rows]

    def stored_extras(self, tables: Sequence[str]) -> dict[str, object]:
        """The settings ({key: text}) and, for each of ``tables`` the file has, its rows
        as {column: value} (bytes as hex), oldest first: the rest of a full export."""
        with self._reading() as conn:
            settings = {
                str(key): str(value)
                for key, value in conn.execute("SELECT key, value FROM settings ORDER BY key")
            }
            extras: dict[str, object] = {"settings": settings}
            names = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            for table in tables:
                if table in names:
                    cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
                    columns = [d[0] for d in cursor.description]
                    extras[table] = [
                        {
                            c: v.hex() if isinstance(v, bytes) else v
                            for c, v in zip(columns, row, strict=True)
                        }
                        for row in cursor
                    ]
        return extras

    # -- rows to records ---------------------------------------------------------------
    def _with_segments(
        self,
        conn: sqlite3.Connection,
        row: Sequence[Any],
        *,
        open_as_interrupted: bool,
        as_saved: bool = False,
    ) -> SessionRecord:
        record = self._session(row)
        start = record.started_at
        sql = _SEGMENTS_AS_SAVED if as_saved else _SEGMENTS_OF
        seg_rows = conn.execute(sql, (record.id,)).fetchall()
        kinds, sides = self._codes.kinds(conn), self._codes.sides(conn)
        steps = self._codes.steps(conn, *{seg[2] for seg in seg_rows})
        try:
            segments = tuple(segment_from_row(seg, start, steps, kinds, sides) for seg in seg_rows)
        except BadValue as bad:
            raise self._bad_data(record.id, bad) from bad
        status, ended_at = record.status, record.ended_at
        if status is None and open_as_interrupted:
            status = "interrupted"
            ended_at = max((s.ended_at for s in segments), default=start)
        return replace(
            record,
            status=status,
            ended_at=ended_at,
            segments=segments,
            active_s=sum(s.actual_s for s in segments),
            segment_count=len(segments),
            work=_segments_work(record.work, segments),
        )

    def _session(self, row: Sequence[Any]) -> SessionRecord:
        try:
            return session_from_row(row)
        except BadValue as bad:
            raise self._bad_data(row[0], bad) from bad

    def _start_of(self, conn: sqlite3.Connection, session_id: int) -> datetime | None:
        row = conn.execute(
            "SELECT started_at, utc_offset_min FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            return None
        try:
            return session_start(row[0], row[1])
        except BadValue as bad:
            raise self._bad_data(session_id, bad) from bad

    def _bad_data(self, session_id: object, bad: BadValue) -> DatabaseError:
        return errors.bad_value(self._path, f"session {session_id}", bad)

    def _reading(self) -> AbstractContextManager[sqlite3.Connection]:
        return transactions.reading(self._conn, self._path)


def _segments_work(stored: WorkDone, segments: Sequence[SegmentRecord]) -> WorkDone:
    """What was done, counted from a session's segments (see rows.work_done)."""
    pieces: list[dict[int, bool]] = [{} for _ in WORK_KINDS]
    index = {kind: number for number, kind in enumerate(WORK_KINDS)}
    for segment in segments:
        number = index.get(segment.kind)
        if number is not None:
            reached = pieces[number]
            reached[segment.position] = reached.get(segment.position, False) or segment.completed
    return work_done(stored, pieces)


def connection_of(history: HistoryReads) -> sqlite3.Connection:
    """The connection behind a repository, for the storage package's own exporters (the
    window never asks for it: it reads through the repositories)."""
    return history._conn

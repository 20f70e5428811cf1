"""InjuryRepository: the injuries a person recorded, and the sessions the plan reads.

Times are stored as the history's are: UTC ISO-8601 text with the local UTC offset of
the moment the injury happened. Writes are one short transaction each, so the command
line can record an injury while the window has the same file open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta
from typing import Any

from hamstring_coach.core.entered_text import check_moment, clean_note
from hamstring_coach.core.recovery import LEGS, Activity, Injury, current_injury
from hamstring_coach.storage import errors, transactions
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.records import (
    from_utc_text,
    offset_minutes,
    require_aware,
    to_utc_text,
)
from hamstring_coach.storage.rows import MAX_OFFSET_MIN, BadValue

_INJURY_COLUMNS = "id, happened_at, utc_offset_min, leg, note, recovered_at"
# Each session with the end the plan reads (its own, or for one left open, its last
# segment's: milliseconds from its start) and the milliseconds of timed work in it: for
# ice, how long the ice was on.
_ACTIVITY_SQL = """
SELECT s.id, s.routine_id, s.started_at, s.status, s.pain_after, s.utc_offset_min,
  s.ended_at, (SELECT MAX(g.end_ms) FROM segments AS g WHERE g.session_id = s.id),
  COALESCE((SELECT SUM(g.actual_ms) FROM segments AS g WHERE g.session_id = s.id
            AND g.kind = (SELECT code FROM kinds WHERE name = 'timed')), 0)
FROM sessions AS s WHERE s.started_at >= ? ORDER BY s.started_at, s.id
"""


class InjuryRepository:
    """Injuries in the history file. Writes raise ValueError for what cannot be stored
    and DatabaseError (one sentence naming the file) when the file refuses; reads raise
    DatabaseError only."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._path = errors.file_of(conn)

    # -- writing -----------------------------------------------------------------------
    def record(
        self, happened_at: datetime, leg: str, note: str | None, recorded_at: datetime
    ) -> Injury:
        """Record a new injury, which becomes the current one."""
        require_aware(happened_at, "happened_at")
        require_aware(recorded_at, "recorded_at")
        if leg not in LEGS:
            raise ValueError(f"Unknown leg {leg!r}; expected one of {LEGS}.")
        check_moment(happened_at, recorded_at)  # EntryError: in the future, or long ago
        text = clean_note(note)  # EntryError: control characters, too long
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO injuries (happened_at, utc_offset_min, leg, note, recorded_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    to_utc_text(happened_at),
                    offset_minutes(happened_at),
                    leg,
                    text or None,
                    to_utc_text(recorded_at),
                ),
            )
        injury = self.get(int(cursor.lastrowid or 0))
        if injury is None:
            raise DatabaseError(f"Could not save to {errors.display_name(self._path)}.")
        return injury

    def mark_recovered(self, at: datetime) -> Injury | None:
        """Mark the current injury recovered at ``at``; None when there is none."""
        require_aware(at, "at")
        with self._writing() as conn:
            row = conn.execute(
                f"SELECT {_INJURY_COLUMNS} FROM injuries ORDER BY id DESC LIMIT 1"
            ).fetchone()
            if row is None or row[5] is not None:
                return None
            conn.execute(
                "UPDATE injuries SET recovered_at = ? WHERE id = ?", (to_utc_text(at), row[0])
            )
        return self.get(int(row[0]))

    # -- reading -----------------------------------------------------------------------
    def all(self) -> list[Injury]:
        """Every injury, in the order they were recorded."""
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {_INJURY_COLUMNS} FROM injuries ORDER BY id").fetchall()
        return [self._injury(row) for row in rows]

    def get(self, injury_id: int) -> Injury | None:
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {_INJURY_COLUMNS} FROM injuries WHERE id = ?", (injury_id,)
            ).fetchone()
        return None if row is None else self._injury(row)

    def current(self) -> Injury | None:
        """The injury that drives the plan: the one set last, unless it has recovered."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {_INJURY_COLUMNS} FROM injuries ORDER BY id DESC LIMIT 1"
            ).fetchone()
        return current_injury([] if row is None else [self._injury(row)])

    def activities(self, since: datetime) -> list[Activity]:
        """The sessions started at or after ``since``, oldest first, as the plan reads them."""
        require_aware(since, "since")
        with self._reading() as conn:
            rows = conn.execute(_ACTIVITY_SQL, (to_utc_text(since),)).fetchall()
        return [self._activity(row) for row in rows]

    # -- rows --------------------------------------------------------------------------
    def _injury(self, row: Sequence[Any]) -> Injury:
        try:
            offset = _offset(row[2])
            happened = from_utc_text(_text(row[1], "happened_at"), offset)
            leg = row[3]
            if leg not in LEGS:
                raise BadValue("leg", leg)
            note = row[4]
            if note is not None and not isinstance(note, str):
                raise BadValue("note", note)
            recovered = None
            if row[5] is not None:
                recovered = from_utc_text(_text(row[5], "recovered_at"), offset)
        except BadValue as bad:
            raise self._bad_data(f"injury {row[0]}", bad) from bad
        except (ValueError, TypeError) as bad:
            raise self._bad_data(f"injury {row[0]}", BadValue("time", row[1])) from bad
        return Injury(happened, leg, note or "", recovered, int(row[0]))

    def _activity(self, row: Sequence[Any]) -> Activity:
        try:
            offset = _offset(row[5])
            started_at = from_utc_text(_text(row[2], "started_at"), offset)
            if row[6] is not None:
                ended_at = from_utc_text(_text(row[6], "ended_at"), offset)
            else:  # left open: its last segment's end, or its start
                ended_at = started_at + timedelta(milliseconds=int(row[7] or 0))
            return Activity(
                routine_id=str(row[1]),
                started_at=started_at,
                ended_at=ended_at,
                status=None if row[3] is None else str(row[3]),
                pain_after=row[4] if isinstance(row[4], int) else None,
                timed_s=float(row[8]) / 1000,
            )
        except BadValue as bad:
            raise self._bad_data(f"session {row[0]}", bad) from bad
        except (ValueError, TypeError) as bad:
            raise self._bad_data(f"session {row[0]}", BadValue("time", row[2])) from bad

    def _bad_data(self, what: str, bad: BadValue) -> DatabaseError:
        name = errors.display_name(self._path)
        return DatabaseError(f"Could not read {name}: {what} holds {bad}; it was left unchanged.")

    def _writing(self) -> AbstractContextManager[sqlite3.Connection]:
        return transactions.writing(self._conn, self._path)

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._conn
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, self._path, "read") from exc


def _text(value: object, column: str) -> str:
    if isinstance(value, str):
        return value
    raise BadValue(column, value)


def _offset(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_OFFSET_MIN:
        return value
    raise BadValue("utc_offset_min", value)

"""HistoryRepository: every write committed before it returns; the reads the views need.

The history page's whole API, with the reads in ``history_reads`` and the figures for
the charts in ``figures`` (``HistoryRepository.figures()``):

- ``list_sessions(offset, limit, matching)``: a page, newest first, each with its date,
  routine, active time, pain before and after, status, note and what was done
  (``work``: holds, sets, timed blocks, checklists, each planned/done/skipped).
  ``count_sessions(matching)`` says how many match. ``matching`` is a SessionFilter
  (routines, statuses, local date range, words in the note).
- ``get_session(id)``: one session with its segments, for the detail view.
- ``routines_in_history()``: the routines to offer in the filter.
- ``set_pain_before``, ``set_pain`` (after), ``set_note``: edits, at any time later.
- ``delete_session(id)`` gives back a RemovedSession; ``undo_delete(removed)`` puts it
  back whole (same identity, segments and times).
- ``iter_sessions(matching)``: every matching session with its segments, one at a time.

Writes raise ValueError for arguments that cannot be stored and DatabaseError (one
sentence naming the file) when the file refuses them; a failed write is rolled back,
so later writes still work. Reads raise DatabaseError only.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from hamstring_coach.core.entered_text import clean_note
from hamstring_coach.storage import errors, transactions
from hamstring_coach.storage.codes import step_code
from hamstring_coach.storage.compact import milliseconds, ms_between
from hamstring_coach.storage.database import checkpoint
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.history_reads import HistoryReads
from hamstring_coach.storage.records import (
    KINDS,
    STATUSES,
    PlannedWork,
    SegmentRecord,
    SessionRecord,
    check_pain,
    check_segment,
    offset_minutes,
    require_aware,
    to_utc_text,
)
from hamstring_coach.storage.session_filter import SessionFilter

if TYPE_CHECKING:
    from hamstring_coach.storage.figures import HistoryFigures

__all__ = [
    "KINDS",
    "STATUSES",
    "HistoryRepository",
    "PlannedWork",
    "RemovedSession",
    "SegmentRecord",
    "SessionFilter",
    "SessionRecord",
]

MAX_NOTE_CHARS = 10_000
_SESSION_FIELDS = (
    "id, uid, routine_id, routine_title, started_at, utc_offset_min, ended_at, status,"
    " pain_before, pain_after, note, planned_holds, planned_sets, planned_timed,"
    " planned_checklists"
)
_SEGMENT_FIELDS = (
    "session_id, seq, position, step, kind, side, rep, planned_ms, actual_ms, completed,"
    " start_ms, end_ms"
)
_NEXT_SEQ = "SELECT COALESCE(MAX(seq) + 1, 0) FROM segments WHERE session_id = ?"
# A session left open: interrupted, ending at its last segment's end, or at its start.
_OPEN_SQL = """
SELECT s.id, s.started_at, MAX(g.end_ms) FROM sessions AS s
LEFT JOIN segments AS g ON g.session_id = s.id WHERE s.status IS NULL GROUP BY s.id ORDER BY s.id
"""


@dataclass(frozen=True)
class RemovedSession:
    """A deleted session, kept whole (as stored) so that the deletion can be undone."""

    id: int
    started_at: datetime
    routine_title: str
    session_row: tuple[Any, ...]
    segment_rows: tuple[tuple[Any, ...], ...]


class HistoryRepository(HistoryReads):
    """Sessions and their segments in the history file (see the module's docstring)."""

    def figures(self) -> HistoryFigures:
        """The calendar, adherence and pain figures, read from the same file."""
        from hamstring_coach.storage.figures import HistoryFigures

        return HistoryFigures(self._conn)

    def start_session(
        self,
        routine_id: str,
        routine_title: str,
        started_at: datetime,
        *,
        pain_before: int | None = None,
        planned: PlannedWork | None = None,
    ) -> int:
        """Save a new session's row; returns its id. ``planned`` is the work its timeline
        holds, so the history can say "12 of 18 holds" whatever happens next."""
        import uuid  # with the first session, not at start-up (it loads ``platform``)

        require_aware(started_at, "started_at")
        check_pain(pain_before)
        plan = (None,) * 4 if planned is None else (
            planned.holds, planned.sets, planned.timed, planned.checklists
        )  # fmt: skip
        row = (
            uuid.uuid4().bytes,
            routine_id,
            routine_title,
            to_utc_text(started_at),
            offset_minutes(started_at),
            pain_before,
            *plan,
        )
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (uid, routine_id, routine_title, started_at,"
                " utc_offset_min, pain_before, planned_holds, planned_sets, planned_timed,"
                " planned_checklists) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
        if cursor.lastrowid is None:
            raise DatabaseError(f"Could not save to {errors.display_name(self._path)}.")
        return cursor.lastrowid

    def add_segment(self, session_id: int, segment: SegmentRecord) -> None:
        check_segment(segment)
        with self._writing() as conn:
            start = self._start_of(conn, session_id)
            if start is None:
                raise ValueError(f"There is no session {session_id}.")
            kind = self._codes.kind_code(conn, segment.kind)
            side = self._codes.side_code(conn, segment.side)
            seq = int(conn.execute(_NEXT_SEQ, (session_id,)).fetchone()[0])
            conn.execute(
                f"INSERT INTO segments ({_SEGMENT_FIELDS}) VALUES ({_marks(12)})",
                (
                    session_id,
                    seq,
                    segment.position,
                    step_code(conn, segment.step_id),
                    kind,
                    side,
                    segment.rep,
                    None if segment.planned_s is None else milliseconds(segment.planned_s),
                    milliseconds(segment.actual_s),
                    1 if segment.completed else 0,
                    ms_between(start, segment.started_at),
                    ms_between(start, segment.ended_at),
                ),
            )

    def finish_session(
        self, session_id: int, status: str, ended_at: datetime, note: str | None = None
    ) -> None:
        """Record how a session ended. A note of None keeps any note already stored."""
        if status not in STATUSES:
            raise ValueError(f"Unknown session status {status!r}; expected one of {STATUSES}.")
        require_aware(ended_at, "ended_at")
        self._update(
            session_id,
            "status = ?, ended_at = ?, note = COALESCE(?, note)",
            (status, to_utc_text(ended_at), clean_note(note)),
        )

    def set_pain(self, session_id: int, pain: int | None) -> None:
        """The pain rated after the session (None: not rated)."""
        check_pain(pain)
        self._update(session_id, "pain_after = ?", (pain,))

    def set_pain_before(self, session_id: int, pain: int | None) -> None:
        """The pain rated before the session (None: skipped)."""
        check_pain(pain)
        self._update(session_id, "pain_before = ?", (pain,))

    def set_note(self, session_id: int, note: str | None) -> None:
        """Replace the session's note; blank text (or None) removes it."""
        if note is not None and not isinstance(note, str):
            raise ValueError(f"A note must be text, got {note!r}.")
        text = clean_note(note)  # EntryError (a ValueError): control characters, too long
        self._update(session_id, "note = ?", (text,))

    def checkpoint(self) -> bool:
        """Merge the -wal file into the history file and empty it; best effort."""
        return checkpoint(self._conn)

    def close_interrupted(self) -> list[int]:
        """Mark every unfinished session interrupted, ending at its last segment (or start)."""
        with self._writing() as conn:
            closing = []
            for session_id, started_at, last_end in conn.execute(_OPEN_SQL).fetchall():
                end = started_at
                if last_end is not None:
                    start = self._start_of(conn, session_id)
                    if start is not None:
                        end = to_utc_text(start + timedelta(milliseconds=last_end))
                closing.append(("interrupted", end, session_id))
            conn.executemany("UPDATE sessions SET status = ?, ended_at = ? WHERE id = ?", closing)
        return [session_id for _, _, session_id in closing]

    def delete_session(self, session_id: int) -> RemovedSession:
        """Delete a finished session and its segments; keep the result to undo it."""
        with self._writing() as conn:
            row = conn.execute(
                f"SELECT {_SESSION_FIELDS} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if row is None:
                raise ValueError(f"There is no session {session_id}.")
            if row[7] is None:
                raise ValueError(f"Session {session_id} is still under way.")
            start = self._start_of(conn, session_id)
            segments = conn.execute(
                f"SELECT {_SEGMENT_FIELDS} FROM segments WHERE session_id = ? ORDER BY seq",
                (session_id,),
            ).fetchall()
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        assert start is not None  # the row was there
        return RemovedSession(
            session_id, start, str(row[3]), tuple(row), tuple(tuple(s) for s in segments)
        )

    def undo_delete(self, removed: RemovedSession) -> int:
        """Put a deleted session back as it was; returns its id (a new one only when a
        newer session has taken the old). Does nothing twice: the identity is kept."""
        with self._writing() as conn:
            found = conn.execute(
                "SELECT id FROM sessions WHERE uid = ?", (removed.session_row[1],)
            ).fetchone()
            if found is not None:
                return int(found[0])
            taken = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (removed.id,)).fetchone()
            values = (None if taken else removed.id, *removed.session_row[1:])
            cursor = conn.execute(
                f"INSERT INTO sessions ({_SESSION_FIELDS}) VALUES ({_marks(len(values))})", values
            )
            session_id = int(cursor.lastrowid or 0)
            conn.executemany(
                f"INSERT INTO segments ({_SEGMENT_FIELDS}) VALUES ({_marks(12)})",
                ((session_id, *segment[1:]) for segment in removed.segment_rows),
            )
        return session_id

    def _update(self, session_id: int, assignments: str, values: tuple[object, ...]) -> None:
        with self._writing() as conn:
            cursor = conn.execute(
                f"UPDATE sessions SET {assignments} WHERE id = ?", (*values, session_id)
            )
            if cursor.rowcount == 0:
                raise ValueError(f"There is no session {session_id}.")

    def _writing(self) -> AbstractContextManager[sqlite3.Connection]:
        return transactions.writing(self._conn, self._path)


def _marks(count: int) -> str:
    return ", ".join("?" for _ in range(count))

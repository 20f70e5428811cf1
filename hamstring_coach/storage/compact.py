"""Schema version 3: segments stored compactly, and the migration that rewrites version 2.

A segment's times are whole milliseconds from its session's start, its planned and
actual durations whole milliseconds; its kind, side and step id are small integers,
named in the ``kinds``, ``sides`` and ``steps`` tables; and the segments table has no
rowid: its key is the session and the order in which the segments were saved (``seq``).
Sessions keep their UTC ISO-8601 text times and local offset, and gain a stable identity
(``uid``, 16 random bytes, the same in every copy and export), the pain rating asked
before the session, and the work the session planned (holds, sets, timed blocks,
checklists; unknown for sessions from before it that did not run to the end).

Versions 1 and 2 stored times as text to the microsecond; version 3 keeps them to the
millisecond, which is also how the recorder rounds actual durations.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar

from hamstring_coach.storage import errors

if TYPE_CHECKING:
    from hamstring_coach.storage.records import SegmentRecord

# The row codecs (``storage.rows``, with the record types behind them) are loaded by the
# upgrade alone, so that opening an up-to-date history does not load them.

Stage = Literal["upgrade", "compact"]


class Progress(NamedTuple):
    """How far a long change to the history file has come.

    ``stage`` is "upgrade" while rows are rewritten for a new version and "compact"
    while the file is compacted; ``total`` is 0 when how much is left is not known.
    """

    stage: Stage
    done: int
    total: int


ProgressCallback = Callable[[Progress], None]
T = TypeVar("T")

# The codes version 3 gives the segment kinds and sides; later versions may add rows.
COMPACT_KINDS = ("prepare", "hold", "rest", "switch", "reps", "timed", "checklist")
COMPACT_SIDES = ("left", "right")
_WORK = ("hold", "reps", "timed", "checklist")
BATCH = 20_000

_KIND_ROWS = ", ".join(f"({code}, '{name}')" for code, name in enumerate(COMPACT_KINDS))
_SIDE_ROWS = ", ".join(f"({code}, '{name}')" for code, name in enumerate(COMPACT_SIDES, 1))
_TABLES = f"""
CREATE TABLE kinds (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO kinds (code, name) VALUES {_KIND_ROWS};
CREATE TABLE sides (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO sides (code, name) VALUES {_SIDE_ROWS};
CREATE TABLE steps (code INTEGER PRIMARY KEY, step_id TEXT NOT NULL UNIQUE);

CREATE TABLE sessions_new (
  id INTEGER PRIMARY KEY,
  uid BLOB NOT NULL UNIQUE DEFAULT (randomblob(16))
    CHECK (typeof(uid) = 'blob' AND length(uid) = 16),
  routine_id TEXT NOT NULL,
  routine_title TEXT NOT NULL,
  started_at TEXT NOT NULL,
  utc_offset_min INTEGER NOT NULL,
  ended_at TEXT,
  status TEXT CHECK (
    status IS NULL OR status IN ('completed', 'stopped', 'sharp-pain', 'interrupted')
  ),
  pain_before INTEGER CHECK (pain_before IS NULL OR pain_before BETWEEN 0 AND 10),
  pain_after INTEGER CHECK (pain_after IS NULL OR pain_after BETWEEN 0 AND 10),
  note TEXT,
  planned_holds INTEGER CHECK (planned_holds >= 0),
  planned_sets INTEGER CHECK (planned_sets >= 0),
  planned_timed INTEGER CHECK (planned_timed >= 0),
  planned_checklists INTEGER CHECK (planned_checklists >= 0)
);

CREATE TABLE segments_new (
  session_id INTEGER NOT NULL REFERENCES sessions_new(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  position INTEGER NOT NULL,
  step INTEGER NOT NULL REFERENCES steps(code),
  kind INTEGER NOT NULL REFERENCES kinds(code),
  side INTEGER REFERENCES sides(code),
  rep INTEGER,
  planned_ms INTEGER,
  actual_ms INTEGER NOT NULL,
  completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
  start_ms INTEGER NOT NULL,
  end_ms INTEGER NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;

INSERT INTO sessions_new (id, routine_id, routine_title, started_at, utc_offset_min,
  ended_at, status, pain_after, note)
SELECT id, routine_id, routine_title, started_at, utc_offset_min, ended_at, status,
  pain_after, note
FROM sessions ORDER BY id;
"""

_SWAP = """
DROP TABLE segments;
DROP TABLE sessions;
ALTER TABLE sessions_new RENAME TO sessions;
ALTER TABLE segments_new RENAME TO segments;
CREATE INDEX sessions_started ON sessions(started_at);
"""

_NEW_INSERT = (
    "INSERT INTO segments_new (session_id, seq, position, step, kind, side, rep, planned_ms,"
    " actual_ms, completed, start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def milliseconds(seconds: float) -> int:
    """Seconds as whole milliseconds, rounded to the nearest."""
    return round(seconds * 1000)


def ms_between(start: datetime, moment: datetime) -> int:
    """Whole milliseconds from start to moment, rounded to the nearest (half up)."""
    return (_microseconds(moment - start) + 500) // 1000


def _microseconds(span: timedelta) -> int:
    return (span.days * 86_400 + span.seconds) * 1_000_000 + span.microseconds


def compact_segments(conn: sqlite3.Connection, progress: ProgressCallback | None = None) -> None:
    """Rewrite a version 2 history in the version 3 layout, inside the caller's transaction.

    A stored value that the app could not have written (a time that is not one, an
    unknown kind) stops the upgrade with a DatabaseError naming the session and column,
    and the caller's rollback leaves the file as it was.
    """
    from hamstring_coach.storage.schema import statements  # the schema imports this module

    total = int(conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0])
    tell = progress or (lambda _progress: None)
    tell(Progress("upgrade", 0, total))
    for statement in statements(_TABLES):
        conn.execute(statement)
    reached: dict[tuple[int, str], set[int]] = {}
    completed: set[int] = set()
    if conn.execute("SELECT EXISTS (SELECT 1 FROM sessions)").fetchone()[0]:
        # Only a history with sessions needs the row codecs (a new file has none).
        from hamstring_coach.storage.rows import (
            V1_SEGMENT_COLUMNS,
            segment_from_v1_row,
            session_start,
        )

        rewrite = _Rewrite(conn, segment_from_v1_row)
        reached = rewrite.reached
        for session_id, started_at, offset, status in conn.execute(
            "SELECT id, started_at, utc_offset_min, status FROM sessions"
        ):
            rewrite.starts[session_id] = _checked(
                conn, session_id, session_start, started_at, offset
            )
            if status == "completed":
                completed.add(session_id)
        rows = conn.execute(
            f"SELECT session_id, {V1_SEGMENT_COLUMNS} FROM segments ORDER BY session_id, id"
        )
        for row in rows:
            rewrite.add(row)
            if len(rewrite.batch) >= BATCH:
                rewrite.flush()
                tell(Progress("upgrade", rewrite.done, total))
        rewrite.flush()
    conn.executemany(
        "UPDATE sessions_new SET planned_holds = ?, planned_sets = ?, planned_timed = ?,"
        " planned_checklists = ? WHERE id = ?",
        (
            (*(len(reached.get((session_id, kind), ())) for kind in _WORK), session_id)
            for session_id in sorted(completed)
        ),
    )
    for statement in statements(_SWAP):
        conn.execute(statement)
    tell(Progress("upgrade", total, total))


class _Rewrite:
    """Segment rows of the text layout to compact rows, written a batch at a time."""

    def __init__(self, conn: sqlite3.Connection, from_row: Callable[..., SegmentRecord]) -> None:
        self.conn = conn
        self.from_row = from_row  # storage.rows.segment_from_v1_row
        self.starts: dict[int, datetime] = {}  # each session's start, filled in first
        self.steps: dict[str, int] = {}
        self.kinds = {name: code for code, name in enumerate(COMPACT_KINDS)}
        self.sides = {name: code for code, name in enumerate(COMPACT_SIDES, 1)}
        self.reached: dict[tuple[int, str], set[int]] = {}
        self.batch: list[tuple[object, ...]] = []
        self.done = 0
        self._seq = 0
        self._session: int | None = None

    def add(self, row: tuple[Any, ...]) -> None:
        session_id = row[0]
        self._seq = self._seq + 1 if session_id == self._session else 0
        self._session = session_id
        start = self.starts[session_id]
        offset = round(_utc_minutes(start))
        segment = _checked(self.conn, session_id, self.from_row, row[1:], offset)
        step = self.steps.get(segment.step_id)
        if step is None:
            step = self.steps[segment.step_id] = len(self.steps) + 1
            self.conn.execute(
                "INSERT INTO steps (code, step_id) VALUES (?, ?)", (step, segment.step_id)
            )
        if segment.kind in _WORK:
            self.reached.setdefault((session_id, segment.kind), set()).add(segment.position)
        self.batch.append(
            (
                session_id,
                self._seq,
                segment.position,
                step,
                self.kinds[segment.kind],
                None if segment.side is None else self.sides[segment.side],
                segment.rep,
                None if segment.planned_s is None else milliseconds(segment.planned_s),
                milliseconds(segment.actual_s),
                int(segment.completed),
                ms_between(start, segment.started_at),
                ms_between(start, segment.ended_at),
            )
        )

    def flush(self) -> None:
        self.conn.executemany(_NEW_INSERT, self.batch)
        self.done += len(self.batch)
        self.batch.clear()


def _utc_minutes(moment: datetime) -> float:
    offset = moment.utcoffset()
    return 0.0 if offset is None else offset.total_seconds() / 60


def _checked(conn: sqlite3.Connection, session_id: int, read: Callable[..., T], *args: Any) -> T:
    from hamstring_coach.storage.rows import BadValue

    try:
        return read(*args)
    except BadValue as bad:
        name = errors.display_name(errors.file_of(conn))
        raise errors.DatabaseError(
            f"Could not update {name} for this version: session {session_id} holds {bad};"
            " it was left unchanged.",
            action="open",
            name=name,
            problem="bad-value",
        ) from bad

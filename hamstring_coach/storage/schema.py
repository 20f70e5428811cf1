"""The history file's schema as numbered migrations under PRAGMA user_version.

MIGRATIONS[i] brings user_version from i to i + 1. Append new migrations; never edit one
that has shipped. A migration is a SQL script, or a function given the connection (and
a progress callback) for a change that SQL alone cannot make; either runs inside the
transaction that sets the new version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

from hamstring_coach.storage.compact import ProgressCallback, compact_segments

# "HCoa" in ASCII: marks the file as a Hamstring Coach history.
APPLICATION_ID = 0x48436F61

_V1 = f"""
PRAGMA application_id = {APPLICATION_ID};

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  routine_id TEXT NOT NULL,
  routine_title TEXT NOT NULL,
  started_at TEXT NOT NULL,
  utc_offset_min INTEGER NOT NULL,
  ended_at TEXT,
  status TEXT CHECK (
    status IS NULL OR status IN ('completed', 'stopped', 'sharp-pain', 'interrupted')
  ),
  pain_after INTEGER CHECK (pain_after IS NULL OR pain_after BETWEEN 0 AND 10),
  note TEXT
);

CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  step_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (
    kind IN ('prepare', 'hold', 'rest', 'switch', 'reps', 'timed', 'checklist')
  ),
  side TEXT CHECK (side IS NULL OR side IN ('left', 'right')),
  rep INTEGER,
  planned_s REAL,
  actual_s REAL NOT NULL,
  completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
  started_at TEXT NOT NULL,
  ended_at TEXT NOT NULL
);

CREATE INDEX segments_session ON segments(session_id, id);
CREATE INDEX sessions_started ON sessions(started_at);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
"""

# Injuries: when it happened (UTC text and the local offset, as for sessions), which leg,
# a note, and when it was marked recovered. The current injury is the one set last,
# unless it is marked recovered; earlier ones stay as history.
_V2 = """
CREATE TABLE injuries (
  id INTEGER PRIMARY KEY,
  happened_at TEXT NOT NULL,
  utc_offset_min INTEGER NOT NULL,
  leg TEXT NOT NULL CHECK (leg IN ('left', 'right', 'both')),
  note TEXT,
  recorded_at TEXT NOT NULL,
  recovered_at TEXT
);
"""

# The local day each session started on, indexed with what the calendar, the streak and
# the pain chart read of it, so that none of them reads the sessions themselves. The
# expression is session_filter.LOCAL_DAY's, which the queries must write the same way.
_V4 = """
CREATE INDEX sessions_local_day ON sessions (
  date(started_at, utc_offset_min || ' minutes'), routine_id, status, pain_before, pain_after
);
"""

Migration = str | Callable[[sqlite3.Connection, ProgressCallback | None], None]
MIGRATIONS: tuple[Migration, ...] = (
    _V1,
    _V2,
    compact_segments,  # 3: compact segments; uid, pain before, planned work (compact.py)
    _V4,
)
SCHEMA_VERSION: int = len(MIGRATIONS)
# The version after which a file is compacted (VACUUM) once, when it was migrated past it.
COMPACTED_AT = 3


def statements(script: str) -> Iterator[str]:
    """Split a SQL script into complete statements (trigger bodies stay whole)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \t\r\n;"):
        yield pending.strip().rstrip(";")

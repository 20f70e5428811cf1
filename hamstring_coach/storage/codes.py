"""The small integers that stand for segment kinds, sides and step ids in the file.

The ``kinds`` and ``sides`` tables are filled by the migrations; a step id gets its code
the first time a segment of it is saved, and keeps it for good (codes are never
deleted or reused). Reads look codes up in maps read from the file, read again when a
code is not in them (another connection may have added a step).
"""

from __future__ import annotations

import sqlite3


class Codes:
    """Code maps of one history file, read on first use."""

    def __init__(self) -> None:
        self._kinds: dict[int, str] | None = None
        self._sides: dict[int, str] | None = None
        self._steps: dict[int, str] = {}

    def kinds(self, conn: sqlite3.Connection) -> dict[int, str]:
        if self._kinds is None:
            self._kinds = _map(conn, "SELECT code, name FROM kinds")
        return self._kinds

    def sides(self, conn: sqlite3.Connection) -> dict[int, str]:
        if self._sides is None:
            self._sides = _map(conn, "SELECT code, name FROM sides")
        return self._sides

    def steps(self, conn: sqlite3.Connection, *wanted: object) -> dict[int, str]:
        """The step map, read again when one of the ``wanted`` codes is not in it."""
        if not self._steps or any(code not in self._steps for code in wanted):
            self._steps = _map(conn, "SELECT code, step_id FROM steps")
        return self._steps

    def kind_code(self, conn: sqlite3.Connection, name: str) -> int:
        for code, known in self.kinds(conn).items():
            if known == name:
                return code
        raise ValueError(f"The history file has no code for the segment kind {name!r}.")

    def side_code(self, conn: sqlite3.Connection, name: str | None) -> int | None:
        if name is None:
            return None
        for code, known in self.sides(conn).items():
            if known == name:
                return code
        raise ValueError(f"The history file has no code for the side {name!r}.")

    def work_codes(self, conn: sqlite3.Connection) -> tuple[int, ...]:
        """The codes of hold, reps, timed and checklist, in that order."""
        return tuple(self.kind_code(conn, name) for name in ("hold", "reps", "timed", "checklist"))


def step_code(conn: sqlite3.Connection, step_id: str) -> int:
    """The code of a step id, given it now if it has none (inside a write transaction).

    Not cached: a code given inside a transaction that is then rolled back is gone.
    """
    conn.execute("INSERT OR IGNORE INTO steps (step_id) VALUES (?)", (step_id,))
    return int(conn.execute("SELECT code FROM steps WHERE step_id = ?", (step_id,)).fetchone()[0])


def _map(conn: sqlite3.Connection, sql: str) -> dict[int, str]:
    return {int(code): str(name) for code, name in conn.execute(sql)}

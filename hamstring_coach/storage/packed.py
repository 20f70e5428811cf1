"""A session's segments read for an export: few columns, and checked on the way.

Ten years hold about a million segments, so an export reads them a session at a time
with the describing values (position, step, kind, side, repetition, done or not) packed
by SQLite into one whole number: the same segment of the same routine gives the same
number in every session, and its text is made once (``Describe``). A value that is not a
whole number in range makes the packed number NULL, and the exporter takes that
session the careful way, which names the bad value.

Local times are made from whole numbers too: a session's start as microseconds since
its local midnight, plus a segment's milliseconds, looked up in a table of the day's
86,400 seconds.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from itertools import groupby
from operator import itemgetter
from typing import Any, TypeVar

T = TypeVar("T")

DAY_US = 86_400_000_000
NO_REP = 1023
THOUSANDTHS = tuple(f".{part:03d}" for part in range(1000))  # ".000" to ".999"


def _whole(column: str, top: int) -> str:
    """column when it is a whole number from 0 to top, else NULL."""
    test = f"typeof({column}) = 'integer' AND {column} BETWEEN 0 AND {top}"
    return f"(CASE WHEN {test} THEN {column} END)"


_KEY = (
    f"(((({_whole('g.position', 65_535)} * 1048576 + {_whole('g.step', 1_048_575)}) * 64"
    f" + {_whole('g.kind', 63)}) * 4 + COALESCE({_whole('g.side', 3)}, 0)) * 1024"
    f" + COALESCE({_whole('g.rep', 1022)}, {NO_REP})) * 2 + {_whole('g.completed', 1)}"
)
PAIR = 2**31  # two whole numbers below this share one column: first * PAIR + second
NO_PLAN = PAIR - 1
_TOP = PAIR - 2
# Per segment: its session; the packed description; planned and actual milliseconds;
# start and end milliseconds. {ids} stands for the sessions' ids.
SEGMENTS_SQL = (
    f"SELECT g.session_id, {_KEY},"
    f" COALESCE({_whole('g.planned_ms', _TOP)}, CASE WHEN g.planned_ms IS NULL THEN {NO_PLAN} END)"
    f" * {PAIR} + {_whole('g.actual_ms', _TOP)},"
    f" {_whole('g.start_ms', _TOP)} * {PAIR} + {_whole('g.end_ms', _TOP)}"
    " FROM segments AS g WHERE g.session_id IN ({ids}) ORDER BY g.session_id, g.seq"
)
SESSIONS_AT_ONCE = 200


def in_chunks(
    conn: sqlite3.Connection, sessions: Iterable[T], id_of: Callable[[T], int]
) -> Iterator[tuple[T, list[tuple[Any, ...]]]]:
    """Each session with its packed segment rows (key, durations, span), in order,
    reading the segments of SESSIONS_AT_ONCE sessions with one query."""
    for chunk in batched(sessions, SESSIONS_AT_ONCE):
        ids = [id_of(session) for session in chunk]
        sql = SEGMENTS_SQL.format(ids=", ".join("?" for _ in ids))
        rows: dict[int, list[tuple[Any, ...]]] = {session_id: [] for session_id in ids}
        for session_id, group in groupby(conn.execute(sql, ids), key=itemgetter(0)):
            rows[session_id] = [row[1:] for row in group]
        for session, session_id in zip(chunk, ids, strict=True):
            yield session, rows[session_id]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@functools.cache
def day_seconds() -> tuple[str, ...]:
    """ "HH:MM:SS" of every second of a day."""
    return tuple(
        f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)
    )


def unpack(key: int) -> tuple[int, int, int, int | None, int | None, bool]:
    """(position, step code, kind code, side code, repetition, done) from a packed key."""
    key, done = divmod(key, 2)
    key, rep = divmod(key, 1024)
    key, side = divmod(key, 4)
    key, kind = divmod(key, 64)
    position, step = divmod(key, 1048576)
    return position, step, kind, side or None, None if rep == NO_REP else rep, done == 1


class LocalTimes:
    """Local ISO-8601 times of one session: its start plus whole milliseconds."""

    def __init__(self, start: datetime) -> None:
        self.start = start
        self.base_us = ((start.hour * 60 + start.minute) * 60 + start.second) * 1_000_000
        self.base_us += start.microsecond
        self.day = start.date()
        self.prefix = self.day.isoformat() + "T"
        self.offset = start.isoformat()[-6:]
        self.seconds = day_seconds()

    def text(self, ms: int, digits: int) -> str:
        """start + ms to ``digits`` (3 or 6) places, cut off as isoformat does."""
        micros = self.base_us + ms * 1000
        if 0 <= micros < DAY_US and type(ms) is int:
            second, fraction = divmod(micros, 1_000_000)
            part = f"{fraction // 1000:03d}" if digits == 3 else f"{fraction:06d}"
            return f"{self.prefix}{self.seconds[second]}.{part}{self.offset}"
        if type(ms) is not int:
            raise TypeError(ms)
        moment = self.start + timedelta(milliseconds=ms)
        return moment.isoformat(timespec="milliseconds" if digits == 3 else "microseconds")


def steps_of(conn: sqlite3.Connection) -> dict[int, str]:
    return {int(code): str(step) for code, step in conn.execute("SELECT code, step_id FROM steps")}


def names_of(conn: sqlite3.Connection, table: str) -> dict[int, str]:
    return {int(code): str(name) for code, name in conn.execute(f"SELECT code, name FROM {table}")}


class Describe:
    """Text for packed keys, made once per key by ``make(position, step_id, kind, side,
    rep, done)``; KeyError when the key names a step, kind or side the file lacks."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        make: Callable[[int, str, str, str | None, int | None, bool], Any],
    ) -> None:
        self._steps = steps_of(conn)
        self._kinds = names_of(conn, "kinds")
        self._sides = names_of(conn, "sides")
        self._make = make
        self.known: dict[int, Any] = {}  # what was made, by key: look here first

    def __call__(self, key: int) -> Any:
        text = self.known.get(key)
        if text is None:
            if type(key) is not int:
                raise TypeError(key)
            position, step, kind, side, rep, done = unpack(key)
            side_name = None if side is None else self._sides[side]
            text = self._make(position, self._steps[step], self._kinds[kind], side_name, rep, done)
            self.known[key] = text
        return text

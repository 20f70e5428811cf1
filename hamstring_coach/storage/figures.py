"""HistoryFigures: what the calendar, the adherence table and the pain chart are drawn from.

Each figure is one query over the sessions table (segments are not read), grouped by
the local date a session started on (see ``session_filter``). The sums and streaks
themselves are pure functions in ``core.adherence``. Every method raises DatabaseError,
one sentence naming the file, when the file cannot be read.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass
from datetime import date, datetime

from hamstring_coach.core.adherence import DayTally
from hamstring_coach.storage import errors, transactions
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.rows import BadValue, session_start
from hamstring_coach.storage.session_filter import LOCAL_DAY, SessionFilter, where

__all__ = ["DayPain", "DayTally", "HistoryFigures", "PainPoint"]


@dataclass(frozen=True)
class PainPoint:
    """The pain rated before and after one session (either may be None, not both)."""

    session_id: int
    started_at: datetime  # in the session's own UTC offset
    routine_id: str
    before: int | None
    after: int | None


@dataclass(frozen=True)
class DayPain:
    """The mean pain of a day's rated sessions, before and after (None: none rated)."""

    day: date
    before: float | None
    after: float | None
    sessions: int  # sessions with at least one rating


class HistoryFigures:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._path = errors.file_of(conn)

    def day_tallies(self, first: date, last: date) -> list[DayTally]:
        """Sessions per local day and routine from first to last (both included), by day:
        the calendar's dots and the adherence table's input."""
        condition, params = _days(first, last)
        sql = f"""
        SELECT {LOCAL_DAY} AS day, s.routine_id, COUNT(*),
          SUM(s.status = 'completed'), SUM(s.status = 'sharp-pain')
        FROM sessions AS s WHERE {condition} GROUP BY day, s.routine_id ORDER BY day, 2"""
        with self._reading() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            DayTally(_day(self, day), str(routine), int(n), int(done or 0), int(pain or 0))
            for day, routine, n, done, pain in rows
        ]

    def active_days(self, until: date, *, completed_only: bool = True) -> list[date]:
        """Every local day up to ``until`` with a session (a completed one, unless
        completed_only is False), newest first: what a streak is counted from."""
        condition = f"{LOCAL_DAY} <= ?"  # read from the sessions_local_day index alone
        if completed_only:
            condition += " AND s.status = 'completed'"
        sql = f"SELECT DISTINCT {LOCAL_DAY} AS day FROM sessions AS s WHERE {condition}"
        with self._reading() as conn:
            rows = conn.execute(f"{sql} ORDER BY day DESC", [until.isoformat()]).fetchall()
        return [_day(self, row[0]) for row in rows]

    def pain_points(self, first: date | None = None, last: date | None = None) -> list[PainPoint]:
        """Every rated session from first to last (None: no bound), oldest first."""
        condition, params = where(SessionFilter(since=first, until=last))
        sql = f"""
        SELECT s.id, s.started_at, s.utc_offset_min, s.routine_id, s.pain_before, s.pain_after
        FROM sessions AS s
        WHERE {condition} AND (s.pain_before IS NOT NULL OR s.pain_after IS NOT NULL)
        ORDER BY s.started_at, s.id"""
        with self._reading() as conn:
            rows = conn.execute(sql, params).fetchall()
        points = []
        for session_id, started_at, offset, routine, before, after in rows:
            try:
                start = session_start(started_at, offset)
            except BadValue as bad:
                raise self._bad_data(session_id, bad) from bad
            points.append(PainPoint(session_id, start, str(routine), _pain(before), _pain(after)))
        return points

    def pain_by_day(self, first: date | None = None, last: date | None = None) -> list[DayPain]:
        """The mean pain before and after of each local day with a rating, oldest first:
        for a chart of months or years, where single sessions would crowd."""
        condition, params = _days(first, last)
        sql = f"""
        SELECT {LOCAL_DAY} AS day, AVG(s.pain_before), AVG(s.pain_after), COUNT(*)
        FROM sessions AS s
        WHERE {condition} AND (s.pain_before IS NOT NULL OR s.pain_after IS NOT NULL)
        GROUP BY day ORDER BY day"""
        with self._reading() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            DayPain(_day(self, day), _mean(before), _mean(after), int(count))
            for day, before, after, count in rows
        ]

    def span(self) -> tuple[date, date] | None:
        """The local days of the first and the last session; None without sessions."""
        with self._reading() as conn:
            first = conn.execute(
                f"SELECT {LOCAL_DAY} FROM sessions AS s ORDER BY s.started_at LIMIT 1"
            ).fetchone()
            last = conn.execute(
                f"SELECT {LOCAL_DAY} FROM sessions AS s ORDER BY s.started_at DESC LIMIT 1"
            ).fetchone()
        if first is None or last is None:
            return None
        return _day(self, first[0]), _day(self, last[0])

    def _bad_data(self, session_id: object, bad: BadValue) -> DatabaseError:
        return errors.bad_value(self._path, f"session {session_id}", bad)

    def _reading(self) -> AbstractContextManager[sqlite3.Connection]:
        return transactions.reading(self._conn, self._path)


def _day(figures: HistoryFigures, text: object) -> date:
    """A local day computed by SQLite; a start time it could not read gives NULL."""
    if isinstance(text, str):
        with suppress(ValueError):
            return date.fromisoformat(text)
    name = errors.display_name(figures._path)
    raise DatabaseError(
        f"Could not read {name}: a session holds a start time that is not a time;"
        " it was left unchanged.",
        action="read",
        name=name,
        problem="bad-value",
    )


def _days(first: date | None, last: date | None) -> tuple[str, list[object]]:
    """Local days first..last (None: open), as the sessions_local_day index reads them."""
    terms: list[str] = ["1"]
    params: list[object] = []
    if first is not None:
        terms.append(f"{LOCAL_DAY} >= ?")
        params.append(first.isoformat())
    if last is not None:
        terms.append(f"{LOCAL_DAY} <= ?")
        params.append(last.isoformat())
    return " AND ".join(terms), params


def _pain(value: object) -> int | None:
    return value if isinstance(value, int) and 0 <= value <= 10 else None


def _mean(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None

"""Which sessions a list, a count, an export or a figure covers: SessionFilter.

Days are the person's own: a session belongs to the local date it started on, in the
UTC offset stored with it, so a session at 23:30 in summer stays on its day whatever
the time zone is now. The SQL keeps to the ``sessions_started`` index by first
narrowing to a UTC range a day wider on each side, then testing the local date itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from hamstring_coach.storage.records import STATUSES, to_utc_text

# The local date of a session's start (``s`` is the sessions table).
LOCAL_DAY = "date(s.started_at, s.utc_offset_min || ' minutes')"
# Wider than any UTC offset, so that the UTC range never leaves a session out.
_MARGIN = timedelta(days=1, hours=1)
MAX_SEARCH_CHARS = 200
FOLD_FUNCTION = "hc_casefold"


@dataclass(frozen=True)
class SessionFilter:
    """Sessions to include; every field left at its default includes all of them.

    - ``routines``: routine ids; empty for every routine.
    - ``statuses``: any of STATUSES, and None for a session still open; empty for all.
    - ``since``, ``until``: local dates of the start, both included.
    - ``text``: words that must all occur in the note, in any case and order.
    """

    routines: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str | None] = field(default_factory=frozenset)
    since: date | None = None
    until: date | None = None
    text: str = ""

    def __post_init__(self) -> None:
        unknown = [status for status in self.statuses if status not in (*STATUSES, None)]
        if unknown:
            raise ValueError(f"Unknown session status {unknown[0]!r}; expected one of {STATUSES}.")
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValueError(f"The first day {self.since} comes after the last day {self.until}.")
        if len(self.text) > MAX_SEARCH_CHARS:
            raise ValueError(f"Search for at most {MAX_SEARCH_CHARS} characters at a time.")

    @property
    def words(self) -> list[str]:
        return self.text.casefold().split()


ALL = SessionFilter()


def where(matching: SessionFilter | None) -> tuple[str, list[object]]:
    """A WHERE condition on sessions ``s`` and its parameters ("1" for everything)."""
    if matching is None or matching == ALL:
        return "1", []
    terms: list[str] = []
    params: list[object] = []
    if matching.routines:
        terms.append(f"s.routine_id IN ({_marks(matching.routines)})")
        params.extend(sorted(matching.routines))
    if matching.statuses:
        known = sorted(status for status in matching.statuses if status is not None)
        either = []
        if known:
            either.append(f"s.status IN ({_marks(known)})")
            params.extend(known)
        if None in matching.statuses:
            either.append("s.status IS NULL")
        terms.append(f"({' OR '.join(either)})")
    if matching.since is not None:
        terms.append(f"s.started_at >= ? AND {LOCAL_DAY} >= ?")
        params.extend([_utc_text(matching.since, -_MARGIN), matching.since.isoformat()])
    if matching.until is not None:
        terms.append(f"s.started_at < ? AND {LOCAL_DAY} <= ?")
        after = matching.until + timedelta(days=1)
        params.extend([_utc_text(after, _MARGIN), matching.until.isoformat()])
    for word in matching.words:
        terms.append(f"instr({FOLD_FUNCTION}(s.note), ?) > 0")
        params.append(word)
    return " AND ".join(terms), params


def add_fold_function(conn: sqlite3.Connection) -> None:
    """Give the connection the case folding the note search uses (Unicode, not ASCII)."""
    conn.create_function(FOLD_FUNCTION, 1, _fold, deterministic=True)


def _fold(text: object) -> str | None:
    return text.casefold() if isinstance(text, str) else None


def _utc_text(day: date, shift: timedelta) -> str:
    return to_utc_text(datetime.combine(day, time(0), UTC) + shift)


def _marks(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values)

"""Adherence to the plan and streaks, from sessions counted per day: pure functions.

The history file gives a DayTally per local day and routine (``storage.figures``);
which routines are stretching, strengthening or ice is the caller's to say, as sets of
routine ids. A session counts toward the plan when it was completed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

STRETCHING_PER_DAY = 2  # the plan: stretching at least twice a day
STRENGTHENING_PER_WEEK = 3  # and strengthening three times a week


@dataclass(frozen=True)
class DayTally:
    """Sessions of one routine on one local day."""

    day: date
    routine_id: str
    sessions: int  # every session started that day
    completed: int  # of them, the ones that ran to the end
    sharp_pain: int = 0  # of them, the ones stopped for sharp pain


@dataclass(frozen=True)
class DayCount:
    """Completed sessions of the chosen routines on one day, against what the plan asks."""

    day: date
    completed: int
    asked: int

    @property
    def met(self) -> bool:
        return self.completed >= self.asked


@dataclass(frozen=True)
class WeekCount:
    """Completed sessions of the chosen routines in one week, against what the plan asks."""

    first_day: date  # the week's first day, as the person's locale starts weeks
    completed: int
    asked: int

    @property
    def met(self) -> bool:
        return self.completed >= self.asked


def _days(first: date, last: date) -> Iterable[date]:
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def completed_by_day(
    tallies: Iterable[DayTally], routines: Collection[str] | None = None
) -> dict[date, int]:
    """Completed sessions per day, of the given routines (None: every routine)."""
    counts: dict[date, int] = {}
    for tally in tallies:
        if routines is None or tally.routine_id in routines:
            counts[tally.day] = counts.get(tally.day, 0) + tally.completed
    return counts


def daily(
    tallies: Iterable[DayTally],
    routines: Collection[str] | None,
    first: date,
    last: date,
    asked: int = STRETCHING_PER_DAY,
) -> list[DayCount]:
    """Every day from first to last, with its completed sessions against ``asked``."""
    counts = completed_by_day(tallies, routines)
    return [DayCount(day, counts.get(day, 0), asked) for day in _days(first, last)]


def week_start(day: date, first_weekday: int) -> date:
    """The first day of day's week; first_weekday is 1 for Monday ... 7 for Sunday
    (as QLocale.firstDayOfWeek() and date.isoweekday() number them)."""
    if not 1 <= first_weekday <= 7:
        raise ValueError(f"first_weekday must be 1 (Monday) to 7 (Sunday), got {first_weekday}.")
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def weekly(
    tallies: Iterable[DayTally],
    routines: Collection[str] | None,
    first: date,
    last: date,
    first_weekday: int = 1,
    asked: int = STRENGTHENING_PER_WEEK,
) -> list[WeekCount]:
    """Each week touching first..last, with its completed sessions against ``asked``.

    Only days from first to last are counted, so a week cut by the range counts less.
    """
    counts = completed_by_day(tallies, routines)
    weeks: dict[date, int] = {}
    for day in _days(first, last):
        start = week_start(day, first_weekday)
        weeks[start] = weeks.get(start, 0) + counts.get(day, 0)
    return [WeekCount(start, count, asked) for start, count in weeks.items()]


def current_streak(active_days: Iterable[date], today: date) -> int:
    """Days in a row with a session, ending today, or yesterday when today has none
    yet (the streak is not broken before the day is over). Days may come in any order."""
    days = set(active_days)
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak

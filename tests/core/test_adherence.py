"""Adherence and streaks on hand-made days with known answers."""

from __future__ import annotations

from datetime import date

import pytest

from hamstring_coach.core.adherence import (
    DayTally,
    current_streak,
    daily,
    week_start,
    weekly,
)

STRETCH = {"gentle-stretching"}
STRENGTH = {"strength"}


def _tallies() -> list[DayTally]:
    return [
        DayTally(date(2026, 1, 30), "gentle-stretching", 2, 2),
        DayTally(date(2026, 1, 31), "gentle-stretching", 3, 1),  # two stopped
        DayTally(date(2026, 2, 1), "gentle-stretching", 2, 2),
        DayTally(date(2026, 2, 1), "strength", 1, 1),
        DayTally(date(2026, 2, 3), "strength", 1, 1),
        DayTally(date(2026, 2, 5), "strength", 2, 1),
    ]


def test_days_with_two_stretching_sessions_across_a_month_end() -> None:
    days = daily(_tallies(), STRETCH, date(2026, 1, 30), date(2026, 2, 2))
    assert [(d.day.day, d.completed, d.met) for d in days] == [
        (30, 2, True), (31, 1, False), (1, 2, True), (2, 0, False),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first_weekday", "expected"),
    [
        (1, [(date(2026, 1, 26), 1), (date(2026, 2, 2), 2)]),  # Monday: Feb 1 is a Sunday
        (7, [(date(2026, 2, 1), 3)]),  # Sunday
        (6, [(date(2026, 1, 31), 3)]),  # Saturday
    ],
)
def test_strengthening_per_week_starts_on_the_locales_day(
    first_weekday: int, expected: list[tuple[date, int]]
) -> None:
    weeks = weekly(_tallies(), STRENGTH, date(2026, 2, 1), date(2026, 2, 6), first_weekday)
    assert [(w.first_day, w.completed) for w in weeks][: len(expected)] == expected
    assert all(w.asked == 3 for w in weeks)


def test_week_start() -> None:
    sunday = date(2026, 3, 1)
    assert week_start(sunday, 1) == date(2026, 2, 23)
    assert week_start(sunday, 7) == sunday
    with pytest.raises(ValueError):
        week_start(sunday, 0)


def test_streak_across_a_month_end_and_a_day_not_over_yet() -> None:
    days = [date(2026, 1, 29), date(2026, 1, 30), date(2026, 1, 31), date(2026, 2, 1)]
    assert current_streak(days, date(2026, 2, 1)) == 4
    assert current_streak(days, date(2026, 2, 2)) == 4  # today is not over
    assert current_streak(days, date(2026, 2, 3)) == 0
    assert current_streak(reversed(days), date(2026, 1, 31)) == 3
    assert current_streak([], date(2026, 1, 31)) == 0

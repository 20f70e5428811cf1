"""Month calendars on known months, weeks starting on Monday, Sunday or Saturday."""

from __future__ import annotations

from datetime import date

import pytest

from hamstring_coach.core.calendar_month import (
    month_end,
    month_weeks,
    next_month,
    previous_month,
)


def test_a_month_starting_on_a_monday_in_a_monday_locale() -> None:
    weeks = month_weeks(date(2027, 2, 14), first_weekday=1)  # 1 Feb 2027 is a Monday
    assert len(weeks) == 4  # February 2027 fills exactly four weeks
    assert weeks[0][0] == date(2027, 2, 1) and weeks[-1][-1] == date(2027, 2, 28)


def test_sunday_first_weeks_begin_on_the_sunday_before() -> None:
    weeks = month_weeks(date(2026, 3, 1), first_weekday=7)  # 1 Mar 2026 is a Sunday
    assert weeks[0][0] == date(2026, 3, 1)
    assert weeks[-1][-1] == date(2026, 4, 4)
    assert all(len(w) == 7 and w[0].isoweekday() == 7 for w in weeks)


def test_monday_first_weeks_of_the_same_month_reach_back_into_february() -> None:
    weeks = month_weeks(date(2026, 3, 31), first_weekday=1)
    assert weeks[0][0] == date(2026, 2, 23)
    assert len(weeks) == 6  # 1 March on a Sunday and 31 days: six rows
    assert weeks[-1][-1] == date(2026, 4, 5)


def test_saturday_first_weeks() -> None:
    weeks = month_weeks(date(2026, 1, 10), first_weekday=6)
    assert weeks[0][0] == date(2025, 12, 27)
    assert all(w[0].isoweekday() == 6 for w in weeks)
    assert date(2026, 1, 31) in weeks[-1]


def test_months_step_across_the_year() -> None:
    assert next_month(date(2025, 12, 31)) == date(2026, 1, 1)
    assert previous_month(date(2026, 1, 15)) == date(2025, 12, 1)
    assert month_end(date(2024, 2, 3)) == date(2024, 2, 29)


def test_a_weekday_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="Monday"):
        month_weeks(date(2026, 3, 1), first_weekday=0)

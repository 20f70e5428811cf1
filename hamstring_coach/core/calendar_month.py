"""The weeks a month calendar shows, starting on the person's first day of the week."""

from __future__ import annotations

from datetime import date, timedelta


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def previous_month(day: date) -> date:
    """The first day of the month before ``day``'s."""
    return date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return next_month(day) - timedelta(days=1)


def month_weeks(day: date, first_weekday: int) -> list[list[date]]:
    """The whole weeks covering ``day``'s month, seven days each; ``first_weekday`` is 1
    for Monday ... 7 for Sunday (as QLocale.firstDayOfWeek() and date.isoweekday())."""
    if not 1 <= first_weekday <= 7:
        raise ValueError(f"first_weekday must be 1 (Monday) to 7 (Sunday), got {first_weekday}.")
    first = month_start(day)
    first -= timedelta(days=(first.isoweekday() - first_weekday) % 7)
    last = month_end(day)
    weeks: list[list[date]] = []
    while first <= last:
        weeks.append([first + timedelta(days=d) for d in range(7)])
        first += timedelta(days=7)
    return weeks

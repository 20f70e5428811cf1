"""What the history's pictures show for a month, worked out from the repositories.

- The calendar: each day's sessions as shapes, the days that met the stretching plan,
  and the current streak (days in a row with a completed session, up to today).
- Adherence: days with 2 or more completed stretching sessions; strengthening sessions
  in each week (weeks start on the locale's first day) against 3; ice applications on
  each day of the first 48 hours after the injury, against the Today page's aim.
- Pain: before and after each rated session (each day's mean over long periods), with
  the injury and the start of each phase marked.

Counting rules come from ``core`` (``adherence``, ``recovery``, ``care_figures``); this
module only picks the days and words. Reads raise DatabaseError.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from hamstring_coach.core import adherence
from hamstring_coach.core.calendar_month import month_end, month_start, month_weeks
from hamstring_coach.core.care_figures import IceDay, ice_by_acute_day, phase_marks
from hamstring_coach.core.recovery import STRENGTHENING_ROUTINE, STRETCHING_ROUTINES, Injury
from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.figures import DayTally, HistoryFigures
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.ui import locale_text, plural
from hamstring_coach.ui.history_texts import (
    category_name,
    category_of,
    day_text,
    leg_text,
    long_day_text,
    mark_label,
    short_day_text,
    status_count_text,
    time_text,
)
from hamstring_coach.ui.widgets.month_calendar import CATEGORIES, DayMark, MonthData
from hamstring_coach.ui.widgets.pain_chart import Mark, PainPoint
from hamstring_coach.ui.widgets.target_bars import Bar

translate = QCoreApplication.translate
DAILY_POINTS_AFTER_DAYS = 120  # longer periods show each day's mean, not every session


@dataclass(frozen=True)
class BarsFigure:
    bars: list[Bar]
    summary: str


@dataclass(frozen=True)
class MonthFigures:
    calendar: MonthData
    calendar_summary: str
    streak: int
    stretching: BarsFigure
    strengthening: BarsFigure
    ice: BarsFigure


@dataclass(frozen=True)
class PainFigure:
    points: list[PainPoint]
    marks: list[Mark]
    first: date
    last: date
    summary: str
    daily: bool  # the points are each day's mean


def first_weekday() -> int:
    """The locale's first day of the week, 1 for Monday ... 7 for Sunday."""
    return QLocale().firstDayOfWeek().value


def day_names(weekday: int) -> list[str]:
    locale = QLocale()
    return [
        locale.dayName((weekday - 1 + d) % 7 + 1, QLocale.FormatType.ShortFormat) for d in range(7)
    ]


def the_injury(injuries: InjuryRepository | None) -> Injury | None:
    """The injury the pictures speak of: the current one, or else the last recorded."""
    if injuries is None:
        return None
    recorded = injuries.all()
    return recorded[-1] if recorded else None


def month_figures(
    figures: HistoryFigures,
    injuries: InjuryRepository | None,
    settings: Settings,
    month: date,
    today: date,
    weekday: int,
) -> MonthFigures:
    weeks = month_weeks(month, weekday)
    grid_first, grid_last = weeks[0][0], weeks[-1][-1]
    tallies = figures.day_tallies(grid_first, grid_last)
    by_day: dict[date, list[DayTally]] = {}
    for tally in tallies:
        by_day.setdefault(tally.day, []).append(tally)
    first, last = month_start(month), min(month_end(month), today)
    stretched = adherence.daily(tallies, STRETCHING_ROUTINES, first, last, asked=2)
    calendar = MonthData(
        month=month,
        weeks=weeks,
        day_names=day_names(weekday),
        marks={day: _marks(day_tallies) for day, day_tallies in by_day.items()},
        plan_met=frozenset(count.day for count in stretched if count.met),
        today=today,
        tips={day: _tip(day, day_tallies) for day, day_tallies in by_day.items()},
    )
    streak = adherence.current_streak(figures.active_days(today), today)
    in_month = [t for t in tallies if first <= t.day <= month_end(month)]
    sessions = sum(t.sessions for t in in_month)
    summary = plural.english(
        translate("HistoryFigures", "%n session(s) in {month}.", "", sessions), sessions
    ).format(month=month_text(month))
    return MonthFigures(
        calendar,
        summary,
        streak,
        _stretching(stretched),
        _strengthening(tallies, grid_first, min(grid_last, today), weekday),
        _ice(injuries, settings),
    )


def _marks(tallies: Sequence[DayTally]) -> list[DayMark]:
    marks: list[DayMark] = []
    ordered = sorted(tallies, key=lambda t: CATEGORIES.index(category_of(t.routine_id)))
    for tally in ordered:
        category = category_of(tally.routine_id)
        partial = tally.sessions - tally.completed - tally.sharp_pain
        marks += [DayMark(category, "done")] * tally.completed
        marks += [DayMark(category, "partial")] * max(0, partial)
        marks += [DayMark(category, "pain")] * tally.sharp_pain
    return marks


def _tip(day: date, tallies: Sequence[DayTally]) -> str:
    lines = [long_day_text(day)]
    counts: dict[str, list[int]] = {}
    for tally in tallies:
        got = counts.setdefault(category_of(tally.routine_id), [0, 0, 0])
        got[0] += tally.sessions
        got[1] += tally.completed
        got[2] += tally.sharp_pain
    for category in CATEGORIES:
        if category in counts:
            sessions, completed, pain = counts[category]
            counted = [status_count_text("completed", completed)]
            if pain:
                counted.append(status_count_text("sharp-pain", pain))
            lines.append(
                translate("HistoryFigures", "{what}: {n} ({counted})").format(
                    what=category_name(category), n=sessions, counted=", ".join(counted)
                )
            )
    return "\n".join(lines)


def _stretching(days: Sequence[adherence.DayCount]) -> BarsFigure:
    bars = [
        Bar(
            str(count.day.day),
            count.completed,
            count.asked,
            translate("HistoryFigures", "{day}: {n} stretching sessions").format(
                day=day_text(count.day), n=count.completed
            ),
        )
        for count in days
    ]
    met = sum(1 for count in days if count.met)
    summary = translate(
        "HistoryFigures", "Stretched twice or more on {met} of {days} days."
    ).format(met=met, days=len(days))
    return BarsFigure(bars, summary)


def _strengthening(
    tallies: Sequence[DayTally], first: date, last: date, weekday: int
) -> BarsFigure:
    if last < first:
        return BarsFigure([], "")
    weeks = adherence.weekly(tallies, {STRENGTHENING_ROUTINE}, first, last, weekday, asked=3)
    bars = [
        Bar(
            short_day_text(week.first_day),
            week.completed,
            week.asked,
            translate("HistoryFigures", "Week from {day}: {n} strengthening sessions").format(
                day=day_text(week.first_day), n=week.completed
            ),
        )
        for week in weeks
    ]
    met = sum(1 for week in weeks if week.met)
    summary = translate(
        "HistoryFigures", "3 or more strengthening sessions in {met} of {weeks} weeks."
    ).format(met=met, weeks=len(weeks))
    return BarsFigure(bars, summary)


def ice_label(day: IceDay) -> str:
    label = short_day_text(day.day)
    if day.from_time is not None:
        return translate("HistoryFigures", "{day} from {time}").format(
            day=label, time=time_text(day.from_time)
        )
    if day.until_time is not None:
        return translate("HistoryFigures", "{day} to {time}").format(
            day=label, time=time_text(day.until_time)
        )
    return label


def ice_days(
    injuries: InjuryRepository | None, settings: Settings
) -> tuple[Injury | None, list[IceDay]]:
    injury = the_injury(injuries)
    if injury is None or injuries is None:
        return None, []
    activities = injuries.activities(injury.happened_at - timedelta(days=1))
    days = ice_by_acute_day(
        injury, activities, interval_h=settings.ice_interval_h, ice_minutes=settings.ice_minutes
    )
    return injury, days


def _ice(injuries: InjuryRepository | None, settings: Settings) -> BarsFigure:
    injury, days = ice_days(injuries, settings)
    if injury is None:
        return BarsFigure(
            [],
            translate(
                "HistoryFigures",
                "No injury is recorded. Ice is planned for the first 48 hours after one.",
            ),
        )
    bars = [
        Bar(
            ice_label(day),
            day.applications,
            day.aim,
            translate("HistoryFigures", "{day}: {n} ice applications").format(
                day=ice_label(day), n=day.applications
            ),
        )
        for day in days
    ]
    summary = translate(
        "HistoryFigures", "{leg}, hurt {day}: {n} ice applications in the first 48 hours."
    ).format(
        leg=leg_text(injury.leg),
        day=day_text(injury.happened_at.date()),
        n=sum(day.applications for day in days),
    )
    return BarsFigure(bars, summary)


def month_text(month: date) -> str:
    """A month as a heading: "March 2026", "2026年3月"."""
    return locale_text.month_year_text(month)


def pain_figure(
    figures: HistoryFigures,
    injuries: InjuryRepository | None,
    first: date,
    last: date,
) -> PainFigure:
    """Pain before and after from ``first`` to ``last``, with the injuries' phases."""
    daily = (last - first).days > DAILY_POINTS_AFTER_DAYS
    points: list[PainPoint]
    if daily:
        points = [
            PainPoint(datetime.combine(d.day, time(12)), d.before, d.after)
            for d in figures.pain_by_day(first, last)
        ]
    else:
        points = [
            PainPoint(p.started_at.replace(tzinfo=None), p.before, p.after)
            for p in figures.pain_points(first, last)
        ]
    marks = []
    for injury in injuries.all() if injuries is not None else []:
        for mark in phase_marks(injury):
            marks.append(Mark(mark.at.replace(tzinfo=None), mark_label(mark.phase)))
    return PainFigure(points, marks, first, last, pain_summary(points), daily)


def pain_summary(points: Sequence[PainPoint]) -> str:
    """The trend in words: pain after sessions in the first and last week of the period."""
    rated = [(p.at, p.after) for p in points if p.after is not None]
    if not rated:
        return translate("HistoryFigures", "No pain rated after a session in this period.")
    start, end = rated[0][0], rated[-1][0]
    first = [v for at, v in rated if at < start + timedelta(days=7)]
    last = [v for at, v in rated if at > end - timedelta(days=7)]
    if end - start < timedelta(days=14):
        mean = sum(v for _, v in rated) / len(rated)
        return translate("HistoryFigures", "Pain after sessions: {mean} on average.").format(
            mean=_one_place(mean)
        )
    return translate(
        "HistoryFigures",
        "Pain after sessions: {first} on average in the first week, {last} in the last.",
    ).format(first=_one_place(sum(first) / len(first)), last=_one_place(sum(last) / len(last)))


def _one_place(value: float) -> str:
    return QLocale().toString(value, "f", 1)

"""The words of the history page, its pictures and the report, all translatable.

Times are shown on the clock they were recorded on: a session done at 08:00 in New York
reads 08:00, whatever the time zone is now.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication

from hamstring_coach.core.ice import ICE_ROUTINE_ID
from hamstring_coach.core.recovery import STRENGTHENING_ROUTINE, STRETCHING_ROUTINES, Phase
from hamstring_coach.ui import locale_text, plural

translate = QCoreApplication.translate
NO_RATING = "–"


def status_text(status: str | None) -> str:
    """How a session ended, in words: a sharp-pain stop is never called "skipped"."""
    return {
        "completed": translate("HistoryTexts", "Completed"),
        "stopped": translate("HistoryTexts", "Stopped early"),
        "sharp-pain": translate("HistoryTexts", "Stopped for sharp pain"),
        "interrupted": translate("HistoryTexts", "Interrupted"),
    }.get(status or "", translate("HistoryTexts", "Under way"))


def sessions_text(n: int) -> str:
    """ "1 session", "12 sessions"."""
    return plural.english(translate("HistoryTexts", "%n session(s)", "", n), n)


def streak_text(days: int) -> str:
    return plural.english(translate("HistoryTexts", "Current streak: %n day(s)", "", days), days)


def status_count_text(status: str, n: int) -> str:
    """How many sessions ended so, inside a sentence: "3 stopped for sharp pain"."""
    return {
        "completed": translate("HistoryTexts", "{n} completed"),
        "stopped": translate("HistoryTexts", "{n} stopped early"),
        "sharp-pain": translate("HistoryTexts", "{n} stopped for sharp pain"),
        "interrupted": translate("HistoryTexts", "{n} interrupted"),
    }.get(status, "{n}").format(n=n)


def when_text(moment: datetime, this_year: int | None = None) -> str:
    """A session's start in a list, as the locale writes it: "Tue, 3 Mar 2026, 08:14"
    in England, "Tue, Mar 3, 2026, 8:14 AM" in the United States; without the year when
    it is ``this_year``."""
    return translate("HistoryTexts", "{date}, {time}").format(
        date=locale_text.weekday_date_text(moment.date(), with_year=moment.year != this_year),
        time=time_text(moment),
    )


def moment_text(moment: datetime) -> str:
    """A session's start in the report's list: "3 Mar 2026, 08:14"."""
    return translate("HistoryTexts", "{date}, {time}").format(
        date=day_text(moment.date()), time=time_text(moment)
    )


def long_day_text(day: date) -> str:
    """A day in a heading: "Tuesday, 3 March 2026", "Dienstag, 3. März 2026"."""
    return locale_text.date_text(day, long=True)


def day_text(day: date) -> str:
    """A day in a table or a range: "3 Mar 2026", "Mar 3, 2026"."""
    return locale_text.day_month_year_text(day)


def short_day_text(day: date) -> str:
    """A day under a bar: "Tue, 3", "Di., 3."."""
    return locale_text.weekday_day_text(day)


def time_text(moment: datetime | time) -> str:
    """The wall-clock time it was recorded at: "08:14", "8:14 AM"."""
    return locale_text.clock_text(moment.time() if isinstance(moment, datetime) else moment)


def pain_text(pain: int | None) -> str:
    return NO_RATING if pain is None else str(pain)


def pain_pair_text(before: int | None, after: int | None) -> str:
    """Pain before and after, as a list cell: "4 → 2"; empty when neither was rated."""
    if before is None and after is None:
        return ""
    return translate("HistoryTexts", "{before} → {after}").format(
        before=pain_text(before), after=pain_text(after)
    )


def pain_sentence(before: int | None, after: int | None) -> str:
    """The same for a screen reader or a tooltip."""
    if before is None and after is None:
        return translate("HistoryTexts", "Pain not rated")
    return translate("HistoryTexts", "Pain {before} before, {after} after (of 10)").format(
        before=pain_text(before), after=pain_text(after)
    )


def category_of(routine_id: str) -> str:
    """The kind of routine the pictures tell apart: stretching, strengthening, ice, other."""
    if routine_id in STRETCHING_ROUTINES:
        return "stretching"
    if routine_id == STRENGTHENING_ROUTINE:
        return "strengthening"
    if routine_id == ICE_ROUTINE_ID:
        return "ice"
    return "other"


def category_name(category: str) -> str:
    return {
        "stretching": translate("HistoryTexts", "Stretching"),
        "strengthening": translate("HistoryTexts", "Strengthening"),
        "ice": translate("HistoryTexts", "Ice"),
        "other": translate("HistoryTexts", "Other routines"),
    }[category]


def phase_name(phase: Phase) -> str:
    return {
        "acute": translate("HistoryTexts", "The first 48 hours"),
        "early": translate("HistoryTexts", "Early recovery (days 3 to 7)"),
        "later": translate("HistoryTexts", "Later recovery (weeks 2 to 4)"),
        "lingering": translate("HistoryTexts", "Still sore after 4 weeks"),
        "none": translate("HistoryTexts", "Recovered"),
    }[phase]


def mark_label(phase: Phase) -> str:
    """The label of a phase's first moment on the pain chart."""
    return {
        "acute": translate("HistoryTexts", "Injury"),
        "early": translate("HistoryTexts", "48 h"),
        "later": translate("HistoryTexts", "Day 7"),
        "lingering": translate("HistoryTexts", "Day 28"),
        "none": translate("HistoryTexts", "Recovered"),
    }[phase]


def leg_text(leg: str) -> str:
    return {
        "left": translate("HistoryTexts", "Left hamstring"),
        "right": translate("HistoryTexts", "Right hamstring"),
        "both": translate("HistoryTexts", "Both hamstrings"),
    }.get(leg, leg)

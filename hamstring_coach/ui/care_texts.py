"""The words of the Today page: phase, what to do now, red flags, heat, ice and the plan."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from hamstring_coach.core.recovery import Flag, Phase, PlanItem, Today
from hamstring_coach.ui import locale_text

translate = QCoreApplication.translate


# A weekday names a day without doubt only within this many days of today.
WEEKDAY_DAYS = 6


def moment_text(moment: datetime, *, with_day: bool = True, now: datetime | None = None) -> str:
    """A moment on the person's clock: "Sunday 08:00", or "08:00". Given ``now``, a
    moment more than six days away from today gets its date instead of a weekday
    ("3 Mar 2026 08:00", "Mar 3, 2026 8:00 AM"), so last week's Tuesday is not read as
    this week's."""
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    time = locale.toString(shown.time(), QLocale.FormatType.ShortFormat)
    if not with_day:
        return time
    if now is not None:
        today = QDateTime.fromSecsSinceEpoch(int(now.timestamp())).date()
        if abs(today.daysTo(shown.date())) > WEEKDAY_DAYS:
            date = locale_text.day_month_year_text(moment.astimezone().date())
            return translate("CareTexts", "{date} {time}").format(date=date, time=time)
    return translate("CareTexts", "{day} {time}").format(
        day=locale.dayName(shown.date().dayOfWeek()), time=time
    )


def phase_title(report: Today, now: datetime) -> str:
    if report.injury is None:
        return translate("CareTexts", "General care")
    day = (now - report.injury.happened_at).days + 1
    return {
        "acute": translate("CareTexts", "The first 48 hours"),
        "early": translate("CareTexts", "Early recovery, day {day}"),
        "later": translate("CareTexts", "Later recovery, day {day}"),
        "lingering": translate("CareTexts", "Still sore, day {day}"),
        "none": translate("CareTexts", "General care"),
    }[report.phase].format(day=day)


def what_now(report: Today) -> str:
    """One line on the phase and what to do now."""
    texts: dict[Phase, str] = {
        "acute": translate(
            "CareTexts", "Rest, ice and keep the leg up. Stretching can wait until {when}."
        ),
        "early": translate(
            "CareTexts",
            "Gentle stretching, 2 to 3 times a day. Ease in, and stop on sharp pain.",
        ),
        "later": translate(
            "CareTexts",
            "Strengthening 3 times a week, plus gentle stretching. Warm up first.",
        ),
        "lingering": translate(
            "CareTexts",
            "Pain that lasts past 4 weeks needs a proper look: please see a healthcare provider.",
        ),
        "none": translate(
            "CareTexts",
            "No injury recorded: every routine is here for general care and prevention.",
        ),
    }
    when = "" if report.phase_ends_at is None else moment_text(report.phase_ends_at)
    return texts[report.phase].format(when=when)


def flag_text(flag: Flag) -> str:
    return {
        "physical-therapist": translate(
            "CareTexts", "Sore for more than 2 weeks: please see a physical therapist."
        ),
        "healthcare-provider": translate(
            "CareTexts",
            "Sore for more than 4 weeks: please see a healthcare provider, who may check "
            "for a tear.",
        ),
        "pain-rising": translate(
            "CareTexts", "Your last pain ratings keep rising: please see a physical therapist."
        ),
    }[flag]


def heat_text(phase: Phase) -> str:
    if phase == "none":
        return ""
    if phase == "acute":
        return translate("CareTexts", "Heat: not in the first 48 hours.")
    return translate("CareTexts", "Heat: gently, and only if a professional agrees.")


def ice_text(report: Today, now: datetime) -> str:
    if report.phase != "acute":
        return ""
    due = report.next_ice_due
    if due is None:
        return translate("CareTexts", "No more ice reminders: the first 48 hours are nearly over.")
    if due <= now:
        return translate("CareTexts", "Ice is due now.")
    return translate("CareTexts", "Next ice at {time}, in {wait}.").format(
        time=moment_text(due, with_day=due.date() != now.date()),
        wait=wait_text((due - now).total_seconds()),
    )


def wait_text(seconds: float) -> str:
    """A wait in whole minutes: "25 min", "1 h 30 min", "2 h"."""
    minutes = max(1, round(seconds / 60))
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("CareTexts", "{m} min").format(m=rest)
    if not rest:
        return translate("CareTexts", "{h} h").format(h=hours)
    return translate("CareTexts", "{h} h {m} min").format(h=hours, m=rest)


def plan_text(item: PlanItem, title: str) -> str:
    """ "Gentle stretching: 1 of 2-3 today"."""
    aim = (
        str(item.target)
        if item.target == item.target_max
        else translate("CareTexts", "{low}-{high}").format(low=item.target, high=item.target_max)
    )
    if item.period == "week":
        return translate("CareTexts", "{title}: {done} of {aim} in the last 7 days").format(
            title=title, done=item.done, aim=aim
        )
    return translate("CareTexts", "{title}: {done} of {aim} today").format(
        title=title, done=item.done, aim=aim
    )


def leg_text(leg: str) -> str:
    return {
        "left": translate("CareTexts", "left leg"),
        "right": translate("CareTexts", "right leg"),
        "both": translate("CareTexts", "both legs"),
    }[leg]


def care_note_link(phase: Phase) -> str:
    return {
        "acute": translate("CareTexts", "Read: R.I.C.E. in the first 48 hours"),
        "early": translate("CareTexts", "Read: common mistakes to avoid"),
        "later": translate("CareTexts", "Read: prevention"),
        "lingering": translate("CareTexts", "Read: when to see someone"),
        "none": translate("CareTexts", "Read: prevention"),
    }[phase]

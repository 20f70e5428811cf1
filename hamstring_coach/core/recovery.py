"""The recovery phase, today's plan, when the next ice is due, and the red flags.

Pure functions of an injury, the sessions in the history (as :class:`Activity`) and the
moment asked about; nothing is stored, everything is worked out again when asked, so a
restart, a sleep or a change made from the command line can never leave it stale.

- Phase, from the time of the injury: acute for the first 48 h, early recovery to day
  7, later recovery to day 28, lingering after that until marked recovered; none
  without a current injury.
- Ice: the next application is due ``interval_h`` after the last one ended, only while
  the injury is in its first 48 h; with no ice yet, it is due from the injury on.
- Reminders (:func:`ice_reminder_due`): at most one at any moment. They fall due at the
  next-ice moment and again every interval while no ice is done, and never after 48 h.
  A long sleep over several of those moments gives one reminder, the latest.
- Red flags: past 2 weeks, see a physical therapist; past 4 weeks, a healthcare
  provider; at any time, a physical therapist when pain is rising, which means the last
  three pain ratings of the past 7 days (after the injury, when there is one) each
  higher than the one before.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Literal, get_args

from hamstring_coach.core.ice import ICE_ROUTINE_ID

Phase = Literal["acute", "early", "later", "lingering", "none"]
Heat = Literal["not-yet", "gently"]
PHASES: tuple[Phase, ...] = get_args(Phase)
Leg = Literal["left", "right", "both"]
LEGS: tuple[Leg, ...] = get_args(Leg)
Flag = Literal["physical-therapist", "healthcare-provider", "pain-rising"]

ACUTE = timedelta(hours=48)
EARLY_END = timedelta(days=7)
LATER_END = timedelta(days=28)
THERAPIST_AFTER = timedelta(days=14)
PROVIDER_AFTER = timedelta(days=28)
PAIN_WINDOW = timedelta(days=7)  # ratings older than this say nothing about a trend
RISING_RATINGS = 3
SHORTEST_ICE_S = 15 * 60  # an ice session stopped after this much ice still counts
AWAKE_H = 16.0  # the hours of a day ice can be put on, for the day's ice target

STRETCHING_ROUTINES = frozenset({"gentle-stretching"})
STRENGTHENING_ROUTINE = "strengthening"
STRETCHING_ROUTINE = "gentle-stretching"


@dataclass(frozen=True)
class Injury:
    """A strain as recorded: when it happened (aware), which leg, a note."""

    happened_at: datetime
    leg: Leg
    note: str = ""
    recovered_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Activity:
    """One session of the history, as the plan reads it."""

    routine_id: str
    started_at: datetime  # aware, in the offset the session was recorded in
    ended_at: datetime
    status: str | None  # completed, stopped, sharp-pain, interrupted; None under way
    pain_after: int | None = None
    timed_s: float = 0.0  # seconds of timed work run (for ice: seconds of ice on)


@dataclass(frozen=True)
class PlanItem:
    """One line of today's plan: a routine, how often it is done, and the aim."""

    routine_id: str
    done_today: int
    target: int  # the aim in the period: at least this many
    target_max: int  # and at most this many (the same as target for a single number)
    period: Literal["day", "week"]
    done: int  # in the period: today, or the last 7 days including today


@dataclass(frozen=True)
class Today:
    phase: Phase
    injury: Injury | None
    next_ice_due: datetime | None
    plan: tuple[PlanItem, ...]
    flags: tuple[Flag, ...]
    phase_ends_at: datetime | None  # when the phase changes next, for a lasting injury


def current_injury(injuries: Sequence[Injury]) -> Injury | None:
    """The injury that drives the plan: the one recorded last, unless it has recovered."""
    if not injuries:
        return None
    latest = injuries[-1]
    return None if latest.recovered_at is not None else latest


def phase(injury: Injury | None, now: datetime) -> Phase:
    """The recovery phase at ``now``; never stored, always worked out."""
    if injury is None or (injury.recovered_at is not None and injury.recovered_at <= now):
        return "none"
    age = now - injury.happened_at
    if age < ACUTE:
        return "acute"
    if age < EARLY_END:
        return "early"
    if age < LATER_END:
        return "later"
    return "lingering"


def phase_ends_at(injury: Injury | None, now: datetime) -> datetime | None:
    """When the phase at ``now`` gives way to the next; None when it lasts."""
    current = phase(injury, now)
    if injury is None or current in ("none", "lingering"):
        return None
    length = {"acute": ACUTE, "early": EARLY_END, "later": LATER_END}[current]
    return injury.happened_at + length


def stretching_from(injury: Injury) -> datetime:
    """When gentle stretching may begin: the end of the first 48 hours."""
    return injury.happened_at + ACUTE


def ice_applications(activities: Sequence[Activity]) -> list[Activity]:
    """The ice applications: ice sessions completed, or stopped with at least 15
    minutes of ice on; oldest first."""
    found = [
        a
        for a in activities
        if a.routine_id == ICE_ROUTINE_ID
        and (a.status == "completed" or (a.status is not None and a.timed_s >= SHORTEST_ICE_S))
    ]
    return sorted(found, key=lambda a: a.ended_at)


def next_ice_due(
    injury: Injury | None, activities: Sequence[Activity], now: datetime, interval_h: float
) -> datetime | None:
    """When the next ice application is due, while the injury is in its first 48 h.

    ``interval_h`` after the last application (since the injury) ended; with none yet,
    due from the moment of the injury (so at once). None when there is no current
    injury, when ``now`` is past the first 48 h, or when the next one would fall after
    them.
    """
    if phase(injury, now) != "acute" or injury is None:
        return None
    since = [a for a in ice_applications(activities) if a.ended_at >= injury.happened_at]
    if not since:
        return injury.happened_at
    due = since[-1].ended_at + timedelta(hours=interval_h)
    return due if due < injury.happened_at + ACUTE else None


def ice_reminder_due(
    injury: Injury | None,
    activities: Sequence[Activity],
    now: datetime,
    interval_h: float,
    last_reminded: datetime | None,
) -> datetime | None:
    """The one ice reminder to give at ``now``: the moment it fell due, or None.

    Reminders fall due at :func:`next_ice_due` and again every ``interval_h`` while no
    ice is done, inside the first 48 h. Of those already past, only the latest counts,
    so a long sleep gives one reminder, not a burst. ``last_reminded`` is when the last
    reminder was given (or the moment returned for it); a reminder given at or after
    the latest due moment is not given again. After 48 h: None.
    """
    if injury is None:
        return None
    due = next_ice_due(injury, activities, now, interval_h)
    if due is None or due > now:
        return None
    interval = timedelta(hours=interval_h)
    latest = due + interval * int((now - due) / interval)
    if latest >= injury.happened_at + ACUTE:
        latest -= interval  # the last reminder inside the first 48 h
    if last_reminded is not None and last_reminded >= latest:
        return None
    return latest


def next_reminder_at(
    injury: Injury | None,
    activities: Sequence[Activity],
    now: datetime,
    interval_h: float,
    last_reminded: datetime | None,
) -> datetime | None:
    """When :func:`ice_reminder_due` will next have a reminder, to arm one timer;
    ``now`` when one is due already, None when none will be (past 48 h)."""
    if ice_reminder_due(injury, activities, now, interval_h, last_reminded) is not None:
        return now
    due = next_ice_due(injury, activities, now, interval_h)
    if injury is None or due is None:
        return None
    interval = timedelta(hours=interval_h)
    upcoming = due if due > now else due + interval * (int((now - due) / interval) + 1)
    return upcoming if upcoming < injury.happened_at + ACUTE else None


def pain_rising(injury: Injury | None, activities: Sequence[Activity], now: datetime) -> bool:
    """The last three pain ratings of the past 7 days (since the injury, when there is
    one) each higher than the one before."""
    since = now - PAIN_WINDOW
    if injury is not None and injury.happened_at > since:
        since = injury.happened_at
    rated = sorted(
        (a for a in activities if a.pain_after is not None and since <= a.started_at <= now),
        key=lambda a: a.started_at,
    )
    last = [a.pain_after for a in rated[-RISING_RATINGS:] if a.pain_after is not None]
    return len(last) == RISING_RATINGS and all(a < b for a, b in pairwise(last))


def red_flags(
    injury: Injury | None, activities: Sequence[Activity], now: datetime
) -> tuple[Flag, ...]:
    """Who to see, and why, most pressing first."""
    flags: list[Flag] = []
    current = phase(injury, now)
    if injury is not None and current != "none":
        age = now - injury.happened_at
        if age >= PROVIDER_AFTER:
            flags.append("healthcare-provider")
        elif age >= THERAPIST_AFTER:
            flags.append("physical-therapist")
    if pain_rising(injury if current != "none" else None, activities, now):
        flags.append("pain-rising")
    return tuple(flags)


def heat_advice(current: Phase) -> Heat | None:
    """Heat: not in the first 48 hours; after that gently, and only if a professional
    agrees. None without an injury."""
    if current == "none":
        return None
    return "not-yet" if current == "acute" else "gently"


def ice_target(interval_h: float, ice_minutes: int) -> int:
    """Ice applications that fit in a waking day: one cycle is the ice plus the wait."""
    return max(1, int(AWAKE_H / (interval_h + ice_minutes / 60)))


def plan(
    current: Phase,
    activities: Sequence[Activity],
    now: datetime,
    *,
    interval_h: float = 2.0,
    ice_minutes: int = 20,
    routines: Collection[str] = (ICE_ROUTINE_ID, STRETCHING_ROUTINE, STRENGTHENING_ROUTINE),
) -> tuple[PlanItem, ...]:
    """Today's plan for a phase, with what the history shows done; only routines that
    exist (``routines``) are planned. Without an injury there is no plan."""
    today = now.date()
    week_start = today - timedelta(days=6)

    def done(ids: Collection[str], first_day: date) -> int:
        return sum(
            1
            for a in activities
            if a.routine_id in ids
            and a.status == "completed"
            and first_day <= a.started_at.date() <= today
        )

    items: list[PlanItem] = []
    if current == "acute" and ICE_ROUTINE_ID in routines:
        ice_today = sum(1 for a in ice_applications(activities) if a.ended_at.date() == today)
        target = ice_target(interval_h, ice_minutes)
        items.append(PlanItem(ICE_ROUTINE_ID, ice_today, target, target, "day", ice_today))
    if current in ("early", "later", "lingering") and STRETCHING_ROUTINE in routines:
        stretched = done(STRETCHING_ROUTINES, today)
        items.append(PlanItem(STRETCHING_ROUTINE, stretched, 2, 3, "day", stretched))
    if current in ("later", "lingering") and STRENGTHENING_ROUTINE in routines:
        ids = {STRENGTHENING_ROUTINE}
        items.append(
            PlanItem(STRENGTHENING_ROUTINE, done(ids, today), 3, 3, "week", done(ids, week_start))
        )
    return tuple(items)


def today(
    injury: Injury | None,
    activities: Sequence[Activity],
    now: datetime,
    *,
    interval_h: float = 2.0,
    ice_minutes: int = 20,
    routines: Collection[str] = (ICE_ROUTINE_ID, STRETCHING_ROUTINE, STRENGTHENING_ROUTINE),
) -> Today:
    """Everything the Today page and ``today --json`` show, at ``now``."""
    current = phase(injury, now)
    shown = injury if current != "none" else None
    return Today(
        phase=current,
        injury=shown,
        next_ice_due=next_ice_due(shown, activities, now, interval_h),
        plan=plan(
            current,
            activities,
            now,
            interval_h=interval_h,
            ice_minutes=ice_minutes,
            routines=routines,
        ),
        flags=red_flags(shown, activities, now),
        phase_ends_at=phase_ends_at(shown, now),
    )

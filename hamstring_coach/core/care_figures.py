"""What the history's pictures mark of an injury: its phases, and the ice in its first 48 h.

Pure functions over the rules of ``core.recovery``: the phase boundaries come from
:func:`recovery.phase_ends_at`, what counts as an ice application from
:func:`recovery.ice_applications` and the day's aim from :func:`recovery.ice_target`,
so the pictures, the report and the Today page always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from hamstring_coach.core.recovery import (
    ACUTE,
    Activity,
    Injury,
    Phase,
    ice_applications,
    ice_target,
    phase,
    phase_ends_at,
)


@dataclass(frozen=True)
class PhaseMark:
    """The moment a phase begins ("none": the injury was marked recovered)."""

    at: datetime
    phase: Phase


@dataclass(frozen=True)
class IceDay:
    """Ice applications on one local day of the first 48 hours, against the day's aim.

    ``from_time`` and ``until_time`` say where the 48 hours cut the day (None: the day
    is whole in them), so a day the injury happened late reads as the part day it was.
    """

    day: date
    applications: int
    aim: int
    from_time: time | None = None
    until_time: time | None = None

    @property
    def met(self) -> bool:
        return self.applications >= self.aim


def phase_marks(injury: Injury) -> list[PhaseMark]:
    """Where each phase of ``injury`` begins, oldest first, up to its recovery if marked.

    A phase boundary after the recovery is left out; the recovery itself is the last
    mark.
    """
    marks = [PhaseMark(injury.happened_at, "acute")]
    # Phases as the plan reads them, of the injury as if never recovered.
    lasting = Injury(injury.happened_at, injury.leg, injury.note, None, injury.id)
    ends = phase_ends_at(lasting, injury.happened_at)
    while ends is not None:
        if injury.recovered_at is not None and ends >= injury.recovered_at:
            break
        marks.append(PhaseMark(ends, phase(lasting, ends)))
        ends = phase_ends_at(lasting, ends)
    if injury.recovered_at is not None:
        marks.append(PhaseMark(injury.recovered_at, "none"))
    return marks


def ice_by_acute_day(
    injury: Injury, activities: Sequence[Activity], *, interval_h: float, ice_minutes: int
) -> list[IceDay]:
    """Each local day (in the injury's UTC offset) touched by the first 48 hours, with
    the ice applications that ended in them and the Today page's aim for a day.

    An application counts on the local day it ended (in its own offset, as the Today
    page counts it), and only when it ended inside the 48 hours.
    """
    start = injury.happened_at
    end = start + ACUTE
    if injury.recovered_at is not None:
        end = min(end, injury.recovered_at)
    counted: dict[date, int] = {}
    for application in ice_applications(activities):
        if start <= application.ended_at < end:
            day = application.ended_at.date()
            counted[day] = counted.get(day, 0) + 1
    aim = ice_target(interval_h, ice_minutes)
    local_end = end.astimezone(start.tzinfo)
    last_day = (local_end - timedelta(microseconds=1)).date() if end > start else start.date()
    days: list[IceDay] = []
    day = start.date()
    while day <= last_day:
        cut_from = start.time().replace(tzinfo=None) if day == start.date() else None
        cut_until = local_end.time().replace(tzinfo=None) if day == local_end.date() else None
        days.append(
            IceDay(
                day,
                counted.get(day, 0),
                aim,
                None if cut_from == time(0) else cut_from,
                cut_until,
            )
        )
        day += timedelta(days=1)
    return days

"""The ice routine's one choice: how many minutes an application lasts.

The built-in ``ice`` routine is a R.I.C.E. checklist and one timed application; its
file gives the default length and the allowed range (``duration_range``). A person
picks the minutes on the Today page or with ``start ice --minutes N``; this module keeps
that choice inside the range and makes the routine to run.
"""

from __future__ import annotations

import math
from dataclasses import replace

from hamstring_coach.core.routines import Routine, Step

ICE_ROUTINE_ID = "ice"


def _application(routine: Routine) -> Step:
    for step in routine.steps:
        if step.kind == "timed":
            return step
    raise ValueError(f"The routine '{routine.id}' has no timed step to set the minutes of.")


def minutes_range(routine: Routine) -> tuple[int, int]:
    """The whole minutes an application of ``routine`` may last, shortest and longest."""
    low, high = _application(routine).duration_range
    return math.ceil(low / 60 - 1e-9), math.floor(high / 60 + 1e-9)


def default_minutes(routine: Routine) -> int:
    """The minutes the routine file asks for by default, rounded to whole minutes."""
    return round(_application(routine).duration_s / 60)


def with_minutes(routine: Routine, minutes: int) -> Routine:
    """``routine`` with its application set to ``minutes``; ValueError (one sentence)
    when that is outside what the routine allows."""
    low, high = minutes_range(routine)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        raise ValueError(f"An ice application lasts {low} to {high} minutes, not {minutes}.")
    application = _application(routine)
    steps = tuple(
        replace(step, duration_s=minutes * 60.0) if step is application else step
        for step in routine.steps
    )
    return replace(routine, steps=steps)

"""A person's own routines: a copy of a routine, and the changes the editor makes to it.

A copy gets a new id (``<id>-copy``, ``<id>-copy-2``, ...) so it never replaces the
routine it came from. The editor changes a step's hold, repetitions and rest (for
strengthening: sets, repetitions in a set and rest between sets); a hold outside the
step's allowed range widens that range, so the file stays valid and the number chosen
is the number counted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from hamstring_coach.core.routines import Routine, Step

_ID_LENGTH = 64
_NOT_ID = re.compile(r"[^a-z0-9-]+")

# What the editor offers for each number, inclusive; a routine's own value outside
# these is kept and offered too (``editor_range``).
EDITOR_LIMITS: dict[str, tuple[int, int]] = {
    "hold_s": (5, 300),
    "repetitions": (1, 10),
    "rest_s": (0, 300),
    "sets": (1, 10),
    "reps": (1, 50),
}


def editor_range(name: str, current: float) -> tuple[int, int]:
    """The range the editor offers for ``name``, widened to hold its current value."""
    low, high = EDITOR_LIMITS[name]
    return min(low, math.floor(current)), max(high, math.ceil(current))


def copy_id(base: str, taken: Collection[str]) -> str:
    """A free routine id for a copy of ``base``: lower-case letters, digits and dashes."""
    stem = _NOT_ID.sub("-", base.lower()).strip("-") or "routine"
    number = 1
    while True:
        suffix = "-copy" if number == 1 else f"-copy-{number}"
        candidate = stem[: _ID_LENGTH - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def duplicate(routine: Routine, taken: Collection[str], title: str) -> Routine:
    """A copy of ``routine`` with a free id and ``title``; a routine made of parts is
    copied with its parts' steps, so they can be changed."""
    return replace(routine, id=copy_id(routine.id, taken), title=title, parts=())


@dataclass(frozen=True)
class StepChange:
    """What the editor sets for one step; None leaves a number as it was."""

    hold_s: float | None = None
    repetitions: int | None = None
    rest_s: float | None = None
    sets: int | None = None
    reps: int | None = None


def change_step(step: Step, change: StepChange) -> Step:
    """``step`` with ``change`` made; numbers a kind does not have are ignored."""
    if step.kind == "hold":
        hold_s = step.hold_s if change.hold_s is None else float(change.hold_s)
        low, high = step.hold_range
        return replace(
            step,
            hold_s=hold_s,
            hold_range=(min(low, hold_s), max(high, hold_s)),
            repetitions=step.repetitions if change.repetitions is None else change.repetitions,
            rest_s=step.rest_s if change.rest_s is None else float(change.rest_s),
        )
    if step.kind == "reps":
        return replace(
            step,
            sets=step.sets if change.sets is None else change.sets,
            reps=step.reps if change.reps is None else change.reps,
            rest_s=step.rest_s if change.rest_s is None else float(change.rest_s),
        )
    return step


def edited(routine: Routine, title: str, changes: dict[str, StepChange]) -> Routine:
    """``routine`` with a new title and each step's change (by step id) made."""
    steps = tuple(change_step(s, changes.get(s.id, StepChange())) for s in routine.steps)
    return replace(routine, title=title.strip(), steps=steps, parts=())

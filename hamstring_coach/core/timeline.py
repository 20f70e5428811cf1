"""Expand a routine into the exact list of segments the engine counts down.

Every hold gets a short get-ready countdown before it (a longer one for the first hold of
an exercise, to get into position), repetitions are separated by rests, and a per-side
exercise does every repetition on the left, then a switch-sides moment, then the right.
A person with one sore leg may do per-side holds on that leg only (``Prefs.sides``).
A per-side timed block (foam rolling) is one block on the left, a switch, then the right.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, get_args

from hamstring_coach.core.routines import Routine, Step

# Every kind of segment, named once: storage, the window's words and the history file's
# CHECK constraint are tested against this list.
SegmentKind = Literal["prepare", "hold", "rest", "switch", "reps", "timed", "checklist"]
SEGMENT_KINDS: tuple[SegmentKind, ...] = get_args(SegmentKind)
Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = get_args(Side)
# Segments that are the work itself, as opposed to the moments around it.
WORK_KINDS: frozenset[SegmentKind] = frozenset({"hold", "reps", "timed", "checklist"})


@dataclass(frozen=True)
class Prefs:
    """The person's choices that shape a timeline."""

    setup_s: float = 15.0  # before the first hold of an exercise: get into position
    get_ready_s: float = 5.0  # before every other hold
    switch_s: float = 5.0  # between the left and the right side
    hold_s: float | None = None  # preferred hold, kept inside each step's allowed range
    repetitions: int | None = None  # preferred repetitions per side for holds
    rest_s: float | None = None  # preferred rest between holds, for holds that have one
    sides: tuple[Side, ...] = SIDES  # the legs per-side holds are done on: both, or one

    def __post_init__(self) -> None:
        if not self.sides or len(set(self.sides)) != len(self.sides):
            raise ValueError(f"the sides must be one or both legs, not {self.sides!r}")


@dataclass(frozen=True)
class Segment:
    """One thing to count down (or, for a checklist, to confirm)."""

    step_id: str
    kind: SegmentKind
    title: str
    instruction: str
    planned_s: float | None  # None: untimed, the person confirms it
    side: Side | None = None
    rep: int | None = None  # repetition (holds) or set (reps) this belongs to
    rep_total: int | None = None
    count: int = 0  # reps steps: repetitions in a set
    pace_s: float = 0.0  # reps: seconds per repetition
    items: tuple[str, ...] = ()
    tempo: tuple[float, float] | None = None  # reps: seconds up, seconds down
    picture: str = ""  # the step's illustration id

    @property
    def beats(self) -> tuple[float, ...]:
        """Reps: the moments within one repetition that get a tempo tick, from its start."""
        if self.kind != "reps" or self.pace_s <= 0:
            return ()
        return (0.0, self.tempo[0]) if self.tempo else (0.0,)

    @property
    def timed(self) -> bool:
        return self.planned_s is not None


def hold_seconds(step: Step, prefs: Prefs) -> float:
    """The hold to count for a step: the preference, kept inside the step's range."""
    if prefs.hold_s is None:
        return step.hold_s
    low, high = step.hold_range
    return min(max(prefs.hold_s, low), high)


def expand(routine: Routine, prefs: Prefs | None = None) -> list[Segment]:
    """The exact segments of a session of ``routine``."""
    prefs = prefs or Prefs()
    segments: list[Segment] = []
    for step in routine.steps:
        segments.extend(_expand_step(step, prefs))
    return segments


def _expand_step(step: Step, prefs: Prefs) -> Iterator[Segment]:
    if step.kind == "checklist":
        yield Segment(
            step.id,
            "checklist",
            step.title,
            step.instruction,
            None,
            items=step.items,
            picture=step.picture_id,
        )
        return
    sides: tuple[Side | None, ...] = SIDES if step.per_side else (None,)
    if step.kind == "timed":
        for index, side in enumerate(sides):

            def block(kind: SegmentKind, planned_s: float) -> Segment:
                return Segment(
                    step.id,
                    kind,
                    step.title,
                    step.instruction,
                    planned_s,
                    side=side,  # noqa: B023 - used at once, inside this iteration
                    picture=step.picture_id,
                )

            if index:
                yield block("switch", prefs.switch_s)
            yield block("prepare", prefs.get_ready_s if index else prefs.setup_s)
            yield block("timed", step.duration_s)
        return
    rest_s = step.rest_s
    if step.kind == "hold":
        work_s = hold_seconds(step, prefs)
        total = prefs.repetitions or step.repetitions
        if prefs.rest_s is not None and rest_s > 0:
            rest_s = prefs.rest_s
        if step.per_side:
            sides = tuple(side for side in SIDES if side in prefs.sides)
    else:
        work_s = step.reps * step.rep_s
        total = step.sets
    first = True
    for side_index, side in enumerate(sides):
        if side_index:
            yield Segment(
                step.id,
                "switch",
                step.title,
                step.instruction,
                prefs.switch_s,
                side,
                picture=step.picture_id,
            )
        for rep in range(1, total + 1):

            def at(kind: SegmentKind, planned_s: float) -> Segment:
                return Segment(
                    step.id,
                    kind,
                    step.title,
                    step.instruction,
                    planned_s,
                    side=side,  # noqa: B023 - used at once, inside this iteration
                    rep=rep,  # noqa: B023
                    rep_total=total,
                    count=step.reps,
                    pace_s=step.rep_s,
                    tempo=step.tempo,
                    picture=step.picture_id,
                )

            if rep > 1 and rest_s > 0:
                yield at("rest", rest_s)
            yield at("prepare", prefs.setup_s if first else prefs.get_ready_s)
            first = False
            yield at(step.kind if step.kind == "hold" else "reps", work_s)


def total_seconds(segments: list[Segment]) -> float:
    """Planned length of the timed part of a session."""
    return sum(s.planned_s or 0.0 for s in segments)

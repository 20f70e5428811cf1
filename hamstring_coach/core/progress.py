"""How far a session has come: which exercise of how many, and about how long is left."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from hamstring_coach.core.timeline import Segment


@dataclass(frozen=True)
class Progress:
    exercise: int  # the exercise under way, from 1
    exercises: int  # exercises (routine steps) in the session
    seconds_left: float  # of the whole session: this segment's rest plus all that follow

    @property
    def minutes_left(self) -> int:
        """Whole minutes left, rounded up: "about 9 min" while 8:01 to 9:00 remain."""
        return math.ceil(self.seconds_left / 60 - 1e-9) if self.seconds_left > 0 else 0


def exercise_ids(timeline: Sequence[Segment]) -> list[str]:
    """The session's exercises in order, each once (a step's segments are contiguous)."""
    ids: list[str] = []
    for segment in timeline:
        if not ids or ids[-1] != segment.step_id:
            ids.append(segment.step_id)
    return ids


def progress(timeline: Sequence[Segment], index: int, segment_left: float | None) -> Progress:
    """Progress at segment ``index`` with ``segment_left`` seconds left in it (None when
    it is untimed). Untimed steps (checklists) add nothing to the time left."""
    if not 0 <= index < len(timeline):
        raise IndexError(f"segment {index} is outside a timeline of {len(timeline)}")
    exercise = 0
    previous: str | None = None
    for segment in timeline[: index + 1]:
        if segment.step_id != previous:
            exercise += 1
            previous = segment.step_id
    following = sum(s.planned_s or 0.0 for s in timeline[index + 1 :])
    return Progress(
        exercise=exercise,
        exercises=len(exercise_ids(timeline)),
        seconds_left=following + max(0.0, segment_left or 0.0),
    )

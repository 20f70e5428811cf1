"""Where a paced repetition is: going up or coming down, and how far through.

A reps step with a ``tempo`` (seconds up, seconds down) is ticked at the start of each
repetition and at its turn (``Segment.beats``, heard through ``core.cues``). The same
moments split each repetition here, so what the session page shows moves with what is
heard: up from the start of a repetition to its turn, then down to its end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hamstring_coach.core.timeline import Segment

TempoDirection = Literal["up", "down"]
EPSILON = 1e-6


@dataclass(frozen=True)
class TempoPhase:
    """The half of a repetition under way, and the share of it gone (0 to 1)."""

    direction: TempoDirection
    done: float
    seconds: float  # how long this half lasts

    @property
    def height(self) -> float:
        """Where the moving leg is, from 0 (down) to 1 (up): rising through the up
        half, falling through the down half."""
        return self.done if self.direction == "up" else 1.0 - self.done


def tempo_phase(segment: Segment, elapsed: float) -> TempoPhase | None:
    """The tempo phase ``elapsed`` running seconds into a set; None for anything that is
    not a set of repetitions with a tempo."""
    if segment.kind != "reps" or segment.tempo is None or segment.pace_s <= 0:
        return None
    up, down = segment.tempo
    if segment.count and elapsed >= segment.count * segment.pace_s:
        return TempoPhase("down", 1.0, down)  # the last repetition is over
    into = (max(0.0, elapsed) + EPSILON) % segment.pace_s  # as core.cues counts beats
    if into < up:
        return TempoPhase("up", into / up, up)
    return TempoPhase("down", min(1.0, (into - up) / down), down)

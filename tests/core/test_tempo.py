"""The tempo phase of a paced repetition, in step with the ticks the cues sound."""

from __future__ import annotations

import pytest

from hamstring_coach.core.cues import CuePlanner, Sound
from hamstring_coach.core.tempo import tempo_phase
from hamstring_coach.core.timeline import Segment


def reps(tempo: tuple[float, float] | None, pace: float, count: int = 3) -> Segment:
    return Segment(
        "curls", "reps", "Curls", "", pace * count, rep=1, rep_total=2, count=count,
        pace_s=pace, tempo=tempo,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("elapsed", "direction", "done", "height"),
    [
        (0.0, "up", 0.0, 0.0),
        (1.0, "up", 0.5, 0.5),
        (2.0, "down", 0.0, 1.0),  # the turn: the high point, going down from here
        (3.5, "down", 0.5, 0.5),
        (4.4, "down", 0.8, 0.2),  # 3 s down: 2.4 s of it gone
        (5.0, "up", 0.0, 0.0),  # the second repetition starts
        (11.0, "up", 0.5, 0.5),  # the third
    ],
)
def test_up_then_down_through_each_repetition(
    elapsed: float, direction: str, done: float, height: float
) -> None:
    phase = tempo_phase(reps((2, 3), 5), elapsed)
    assert phase is not None
    assert phase.direction == direction
    assert phase.done == pytest.approx(done, abs=1e-5)
    assert phase.height == pytest.approx(height, abs=1e-5)


def test_nothing_without_a_tempo_or_outside_a_set() -> None:
    assert tempo_phase(reps(None, 4), 1.0) is None
    hold = Segment("stretch", "hold", "Stretch", "", 30, rep=1, rep_total=3)
    assert tempo_phase(hold, 1.0) is None


def test_the_set_ends_down() -> None:
    phase = tempo_phase(reps((2, 2), 4, count=3), 12.0)
    assert phase is not None and phase.direction == "down" and phase.height == 0.0


@pytest.mark.parametrize("tempo", [(2.0, 2.0), (2.0, 3.0), (1.5, 1.0)])
def test_the_phase_turns_where_the_ticks_sound(tempo: tuple[float, float]) -> None:
    """Stepping through a set, the phase changes direction exactly when the cues sound
    tempo-up (a repetition starts) or tempo-down (its turn)."""
    segment = reps(tempo, sum(tempo), count=4)
    planner = CuePlanner([segment])
    planner.started(0, segment.planned_s)
    step = 0.05
    before = tempo_phase(segment, 0.0)
    assert before is not None and before.direction == "up"
    ticks = 0
    for i in range(1, round((segment.planned_s or 0) / step)):
        elapsed = i * step
        now = tempo_phase(segment, elapsed)
        assert now is not None
        heard = [
            cue.name
            for cue in planner.ticked((segment.planned_s or 0) - elapsed, elapsed)
            if isinstance(cue, Sound) and cue.name.startswith("tempo-")
        ]
        if now.direction != before.direction:
            assert heard == [f"tempo-{now.direction}"], elapsed
            ticks += 1
        else:
            assert heard == [], elapsed
        before = now
    assert ticks == 2 * 4 - 1  # every turn and every new repetition after the first

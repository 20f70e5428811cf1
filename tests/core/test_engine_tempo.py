"""Paced repetitions: the engine wakes for every tempo beat, and a set can end early."""

from __future__ import annotations

import pytest

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.engine import SegmentFinished, SessionEngine, State
from hamstring_coach.core.timeline import Segment


def reps(tempo: tuple[float, float] | None, pace: float, count: int = 3) -> Segment:
    return Segment(
        "curls", "reps", "Curls", "", pace * count, rep=1, rep_total=2, count=count,
        pace_s=pace, tempo=tempo,
    )  # fmt: skip


def wakes(engine: SessionEngine, clock: FakeClock) -> list[float]:
    """Clock times, from the start, at which the engine asks to be woken."""
    start = clock.now()
    seen = []
    while engine.state is State.RUNNING:
        wake = engine.next_change()
        assert wake is not None and wake > clock.now()
        clock.advance(wake - clock.now())
        engine.poll()
        seen.append(round(clock.now() - start, 6))
    return seen


def test_wakes_for_every_second_and_every_beat_of_an_uneven_tempo() -> None:
    clock = FakeClock()
    engine = SessionEngine([reps((1.5, 1.0), 2.5, count=2)], clock)
    engine.start()
    # Seconds shown change at 1, 2, 3, 4; the beats fall at 1.5 (turn), 2.5 (rep 2),
    # and 4 (turn); the set ends at 5.
    assert wakes(engine, clock) == [1, 1.5, 2, 2.5, 3, 4, 5]


def test_an_even_tempo_adds_no_wakes_to_the_seconds() -> None:
    clock = FakeClock()
    engine = SessionEngine([reps((2, 2), 4)], clock)
    engine.start()
    assert wakes(engine, clock) == list(range(1, 13))


def test_without_a_tempo_only_each_repetition_is_a_beat() -> None:
    clock = FakeClock()
    engine = SessionEngine([reps(None, 2.5, count=2)], clock)
    engine.start()
    assert wakes(engine, clock) == [1, 2, 2.5, 3, 4, 5]


def test_a_set_marked_done_early_counts_as_done_with_its_real_seconds() -> None:
    clock = FakeClock()
    rest = Segment("curls", "rest", "Curls", "", 30, rep=2, rep_total=2)
    engine = SessionEngine([reps((2, 2), 4, count=10), rest], clock)
    finished: list[SegmentFinished] = []
    engine.subscribe(lambda e: finished.append(e) if isinstance(e, SegmentFinished) else None)
    engine.start()
    clock.advance(27.5)
    engine.confirm()
    assert engine.index == 1 and engine.segment.kind == "rest"
    assert [(f.completed, f.actual_s) for f in finished] == [(True, pytest.approx(27.5))]
    engine.confirm()  # a rest is timed and not a set: confirming it does nothing
    assert engine.index == 1

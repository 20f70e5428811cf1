"""A sleep or a held-up process, simulated on the fake clock: what a session does then."""

from __future__ import annotations

import pytest

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.engine import SegmentFinished, SegmentStarted, SessionEngine, State
from hamstring_coach.core.held_up import (
    HELD_UP_S,
    HICCUP_REAL_S,
    ICE_ROUTINE_ID,
    counts_time_asleep,
    held_up,
)
from hamstring_coach.core.timeline import Segment


def seg(kind: str, planned: float | None, step: str = "s") -> Segment:
    return Segment(step, kind, step.title(), "", planned)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("late", "scale", "expected"),
    [
        (0.0, 1.0, False),
        (0.5, 1.0, False),  # a busy event loop
        (HELD_UP_S, 1.0, False),
        (HELD_UP_S + 0.1, 1.0, True),
        (7200.0, 1.0, True),  # a laptop shut for two hours
        (HELD_UP_S + 1, 50.0, False),  # 1.2 real seconds at 50x: a slow repaint
        (HICCUP_REAL_S * 50 + 1, 50.0, True),
    ],
)
def test_only_a_jump_well_beyond_the_scheduled_moment_counts(
    late: float, scale: float, expected: bool
) -> None:
    assert held_up(1000.0, 1000.0 + late, scale) is expected


def test_only_the_ice_routine_counts_time_asleep() -> None:
    assert counts_time_asleep(ICE_ROUTINE_ID)
    assert not counts_time_asleep("gentle-stretching")
    assert not counts_time_asleep("warm-up")


def make(segments: list[Segment]) -> tuple[SessionEngine, FakeClock, list[object]]:
    clock = FakeClock()
    engine = SessionEngine(segments, clock)
    events: list[object] = []
    engine.subscribe(events.append)
    return engine, clock, events


def test_a_hold_cut_by_a_sleep_starts_again_through_its_get_ready_paused() -> None:
    engine, clock, events = make([seg("prepare", 15, "a"), seg("hold", 30, "a"), seg("rest", 10)])
    engine.start()
    clock.advance(15 + 12)  # 12 s into the hold
    engine.poll()
    last_awake = clock.now()
    clock.advance(3600)  # the lid was shut for an hour
    events.clear()
    engine.interrupt(last_awake)
    assert engine.state is State.PAUSED
    assert engine.index == 0 and engine.remaining() == 15  # back at the get-ready, in full
    (cut,) = [e for e in events if isinstance(e, SegmentFinished)]
    assert (cut.index, cut.completed, cut.actual_s) == (1, False, 12)  # the hour not counted
    assert [e.index for e in events if isinstance(e, SegmentStarted)] == [0]
    engine.resume()
    clock.advance(15)
    engine.poll()
    assert engine.index == 1 and engine.remaining() == 30  # the hold starts again in full
    clock.advance(30)
    engine.poll()
    holds = [e for e in engine.finished_segments if e.segment.kind == "hold"]
    assert [(h.completed, h.actual_s) for h in holds] == [(False, 12), (True, 30)]


def test_deadlines_before_the_sleep_are_settled_as_usual() -> None:
    engine, clock, _ = make([seg("prepare", 5), seg("hold", 30), seg("rest", 10)])
    engine.start()
    clock.advance(4)
    engine.poll()
    clock.advance(7200)
    engine.interrupt(clock.now() - 7200 + 3)  # awake until 2 s into the hold
    done = [(f.segment.kind, f.completed, f.actual_s) for f in engine.finished_segments]
    assert done == [("prepare", True, 5), ("hold", False, 2)]
    assert engine.state is State.PAUSED and engine.segment.kind == "prepare"


def test_a_rest_cut_by_a_sleep_starts_again_itself() -> None:
    engine, clock, _ = make([seg("hold", 30), seg("rest", 10), seg("hold", 30, "b")])
    engine.start()
    clock.advance(34)
    engine.poll()
    engine.interrupt(clock.now())
    assert engine.segment.kind == "rest" and engine.remaining() == 10
    assert engine.state is State.PAUSED


def test_interrupt_does_nothing_unless_running() -> None:
    engine, clock, events = make([seg("hold", 30)])
    engine.interrupt(clock.now())
    assert engine.state is State.IDLE
    engine.start()
    engine.pause()
    events.clear()
    clock.advance(500)
    engine.interrupt(clock.now())
    assert events == [] and engine.remaining() == 30


def test_a_session_that_ended_before_the_sleep_stays_ended() -> None:
    engine, clock, _ = make([seg("hold", 30)])
    engine.start()
    clock.advance(3600)
    engine.interrupt(clock.now() - 3600 + 31)  # awake a second past the end
    assert engine.state is State.FINISHED and engine.end_status == "completed"
    assert [f.actual_s for f in engine.finished_segments] == [30]

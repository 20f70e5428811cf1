"""Properties of the engine that must hold for any pattern of ticks and pauses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.engine import SegmentFinished, SessionEngine, SessionFinished, State
from hamstring_coach.core.timeline import Segment

durations = st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=8)
# An action: ("tick", seconds) advances the clock and polls; ("wait", seconds) advances
# without polling (a missed tick); ("pause", seconds) pauses for that long, then resumes.
actions = st.lists(
    st.tuples(st.sampled_from(["tick", "wait", "pause"]), st.floats(0.0, 40.0)),
    max_size=40,
)


def build(planned: list[int]) -> tuple[SessionEngine, FakeClock, list[SegmentFinished]]:
    clock = FakeClock()
    segments = [Segment("s", "hold", "S", "", float(p)) for p in planned]
    engine = SessionEngine(segments, clock)
    done: list[SegmentFinished] = []
    engine.subscribe(lambda e: done.append(e) if isinstance(e, SegmentFinished) else None)
    return engine, clock, done


@settings(max_examples=200, deadline=None)
@given(durations, actions)
def test_pausing_never_consumes_hold_time(planned: list[int], steps: list) -> None:
    engine, clock, done = build(planned)
    engine.start()
    running = 0.0
    for action, seconds in steps:
        if engine.state is State.FINISHED:
            break
        if action == "pause":
            engine.pause()
            clock.advance(seconds)
            engine.poll()
            engine.resume()
        else:
            clock.advance(seconds)
            running += seconds
            if action == "tick":
                engine.poll()
    engine.poll()
    spent = sum(f.actual_s for f in done) + (
        engine.elapsed() if engine.state is not State.FINISHED else 0.0
    )
    assert abs(min(running, float(sum(planned))) - spent) < 1e-6


@settings(max_examples=200, deadline=None)
@given(durations, st.lists(st.floats(0.0, 30.0), max_size=30))
def test_late_or_missing_ticks_never_shift_a_deadline(planned: list[int], gaps: list) -> None:
    engine, clock, done = build(planned)
    origin = clock.now()
    engine.start()
    for gap in gaps:
        clock.advance(gap)
        engine.poll()
        if engine.state is State.RUNNING:
            expected_end = origin + sum(planned[: engine.index + 1])
            deadline = engine.deadline()
            assert deadline is not None and abs(deadline - expected_end) < 1e-6
    ends = [(f.ended_at - done[0].started_at).total_seconds() for f in done]
    expected = [float(sum(planned[: i + 1])) for i in range(len(done))]
    assert all(abs(a - b) < 1e-3 for a, b in zip(ends, expected, strict=True))


@settings(max_examples=200, deadline=None)
@given(
    durations,
    st.lists(
        st.tuples(st.sampled_from(["tick", "pause", "skip", "back"]), st.floats(0.0, 20.0)),
        max_size=40,
    ),
)
def test_actual_seconds_add_up_to_the_running_time(planned: list[int], steps: list) -> None:
    engine, clock, done = build(planned)
    ended: list[float] = []

    def on_event(event: object) -> None:
        if isinstance(event, SessionFinished):  # the clock time the session ended at
            ended.append(clock.now() - (clock.wall() - event.at).total_seconds())

    engine.subscribe(on_event)
    engine.start()
    running = 0.0
    for action, seconds in steps:
        if engine.state is State.FINISHED:
            break
        if action == "pause":
            engine.pause()
            clock.advance(seconds)
            engine.resume()
            continue
        clock.advance(seconds)
        engine.poll()
        overshoot = clock.now() - ended[0] if ended else 0.0
        running += seconds - overshoot
        if action == "skip":
            engine.skip()
        elif action == "back":
            engine.back()
    engine.stop()
    assert abs(sum(f.actual_s for f in done) - running) < 1e-6

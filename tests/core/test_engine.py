from __future__ import annotations

import itertools

import pytest

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.engine import (
    Event,
    SegmentFinished,
    SegmentStarted,
    SessionEngine,
    SessionFinished,
    State,
)
from hamstring_coach.core.timeline import Prefs, Segment, expand


def seg(kind: str, planned: float | None, step: str = "s", **kw: object) -> Segment:
    return Segment(step, kind, step.title(), "", planned, **kw)  # type: ignore[arg-type]


class Recorder:
    def __init__(self, engine: SessionEngine) -> None:
        self.events: list[Event] = []
        engine.subscribe(self.events.append)

    def finished(self) -> list[SegmentFinished]:
        return [e for e in self.events if isinstance(e, SegmentFinished)]

    def started(self) -> list[int]:
        return [e.index for e in self.events if isinstance(e, SegmentStarted)]

    def session(self) -> SessionFinished:
        ends = [e for e in self.events if isinstance(e, SessionFinished)]
        assert ends, "the session has not finished"
        return ends[-1]


def make(segments: list[Segment]) -> tuple[SessionEngine, FakeClock, Recorder]:
    clock = FakeClock()
    engine = SessionEngine(segments, clock)
    return engine, clock, Recorder(engine)


def test_counts_down_from_a_deadline_and_advances_by_itself() -> None:
    engine, clock, rec = make([seg("prepare", 5), seg("hold", 30, side="left", rep=1)])
    engine.start()
    assert engine.state is State.RUNNING and engine.remaining() == 5
    clock.advance(2.5)
    assert engine.remaining() == 2.5
    clock.advance(2.5)
    engine.poll()
    assert engine.index == 1 and engine.remaining() == 30
    clock.advance(30)
    engine.poll()
    assert engine.state is State.FINISHED and engine.remaining() == 0
    assert rec.session().status == "completed"
    assert [(f.index, f.actual_s, f.completed) for f in rec.finished()] == [
        (0, 5, True),
        (1, 30, True),
    ]


def test_a_late_poll_settles_each_deadline_when_it_fell_due() -> None:
    engine, clock, rec = make([seg("prepare", 5), seg("hold", 30), seg("rest", 10)])
    engine.start()
    clock.advance(36)  # one tick, 36 s late (a sleeping laptop)
    engine.poll()
    assert engine.index == 2
    assert engine.remaining() == pytest.approx(9)
    assert [f.actual_s for f in rec.finished()] == [5, 30]
    first_end = rec.finished()[0].ended_at
    assert (rec.finished()[1].ended_at - first_end).total_seconds() == pytest.approx(30)


def test_pause_keeps_what_is_left_and_resume_sets_a_new_deadline() -> None:
    engine, clock, rec = make([seg("hold", 30)])
    engine.start()
    clock.advance(10)
    engine.pause()
    assert engine.state is State.PAUSED
    clock.advance(500)
    engine.poll()
    assert engine.remaining() == 20 and engine.deadline() is None
    engine.resume()
    assert engine.deadline() == clock.now() + 20
    clock.advance(20)
    engine.poll()
    assert rec.finished()[0].actual_s == 30 and engine.state is State.FINISHED


def test_next_change_is_the_next_whole_second_or_the_end() -> None:
    engine, clock, _ = make([seg("hold", 3)])
    engine.start()
    start = clock.now()
    assert engine.next_change() == start + 1
    clock.advance(0.25)
    assert engine.next_change() == pytest.approx(start + 1)
    clock.advance(2.5)
    assert engine.next_change() == pytest.approx(start + 3)
    engine.pause()
    assert engine.next_change() is None


def test_reps_segment_counts_repetitions_at_its_pace() -> None:
    engine, clock, _ = make([seg("reps", 15, count=5, pace_s=3)])
    engine.start()
    assert engine.current_rep() == 1
    clock.advance(3.1)
    assert engine.current_rep() == 2
    clock.advance(11)
    assert engine.current_rep() == 5


def test_untimed_checklist_waits_for_confirmation() -> None:
    engine, clock, rec = make([seg("checklist", None, items=("a",)), seg("timed", 60)])
    engine.start()
    clock.advance(1000)
    engine.poll()
    assert engine.index == 0 and engine.remaining() is None and engine.next_change() is None
    engine.confirm()
    assert engine.index == 1
    assert rec.finished()[0].completed and rec.finished()[0].actual_s == 1000


def test_confirm_does_not_skip_a_timed_segment() -> None:
    engine, _, _ = make([seg("hold", 30), seg("rest", 5)])
    engine.start()
    engine.confirm()
    assert engine.index == 0


def test_skip_records_an_unfinished_segment_with_its_real_seconds() -> None:
    engine, clock, rec = make([seg("hold", 30), seg("rest", 10)])
    engine.start()
    clock.advance(7)
    engine.skip()
    assert engine.index == 1 and engine.remaining() == 10
    assert (rec.finished()[0].actual_s, rec.finished()[0].completed) == (7, False)


def test_skip_while_paused_stays_paused() -> None:
    engine, _, _ = make([seg("hold", 30), seg("rest", 10)])
    engine.start()
    engine.pause()
    engine.skip()
    assert engine.state is State.PAUSED and engine.index == 1 and engine.remaining() == 10


def test_skip_of_the_last_segment_ends_the_session() -> None:
    engine, _, rec = make([seg("hold", 30)])
    engine.start()
    engine.skip()
    assert engine.state is State.FINISHED and rec.session().status == "completed"


def test_back_restarts_work_through_its_get_ready() -> None:
    timeline = [seg("prepare", 5), seg("hold", 30), seg("rest", 10), seg("prepare", 5)]
    engine, clock, rec = make(timeline)
    engine.start()
    clock.advance(5 + 12)
    engine.poll()
    engine.back()  # 12 s into the hold: restart it, from its get-ready
    assert engine.index == 0
    assert rec.finished()[-1].actual_s == 12 and not rec.finished()[-1].completed
    clock.advance(5 + 30 + 1)
    engine.poll()
    assert engine.index == 2
    engine.back()  # 1 s into the rest: go back to the hold before it
    assert engine.index == 0


def test_back_at_the_very_start_restarts_it() -> None:
    engine, clock, _ = make([seg("prepare", 5), seg("hold", 30)])
    engine.start()
    clock.advance(1)
    engine.back()
    assert engine.index == 0 and engine.remaining() == 5


@pytest.mark.parametrize("reason", ["stopped", "sharp-pain"])
def test_stop_records_the_partial_segment_and_the_reason(reason: str) -> None:
    engine, clock, rec = make([seg("hold", 30), seg("rest", 10)])
    engine.start()
    clock.advance(4)
    engine.stop(reason)  # type: ignore[arg-type]
    assert engine.state is State.FINISHED
    assert rec.session().status == reason
    assert (rec.finished()[0].actual_s, rec.finished()[0].completed) == (4, False)
    engine.stop()
    engine.skip()
    assert len([e for e in rec.events if isinstance(e, SessionFinished)]) == 1


def test_stop_after_a_missed_deadline_settles_it_first() -> None:
    engine, clock, rec = make([seg("hold", 30), seg("rest", 10)])
    engine.start()
    clock.advance(33)
    engine.stop()
    assert [(f.actual_s, f.completed) for f in rec.finished()] == [(30, True), (3, False)]


def test_commands_before_start_do_nothing() -> None:
    engine, _, rec = make([seg("hold", 30)])
    engine.pause()
    engine.skip()
    engine.back()
    engine.stop()
    assert rec.events == [] and engine.state is State.IDLE


def test_timeline_of_every_kind_runs_to_the_end(mixed) -> None:
    timeline = expand(mixed, Prefs())
    engine, clock, rec = make(timeline)
    engine.start()
    engine.confirm()
    while engine.state is State.RUNNING:
        clock.advance(1)
        engine.poll()
    assert rec.session().status == "completed"
    assert len(rec.finished()) == len(timeline)
    assert all(f.completed for f in rec.finished())
    assert rec.started() == list(range(len(timeline)))


def test_an_empty_timeline_is_refused() -> None:
    with pytest.raises(ValueError):
        SessionEngine([], FakeClock())


def test_record_times_join_without_gaps_and_match_the_end() -> None:
    engine, clock, rec = make([seg("prepare", 5), seg("hold", 30), seg("rest", 10)])
    engine.start()
    clock.advance(7.3)
    engine.poll()
    clock.advance(1.1)
    engine.skip()
    clock.advance(2)
    engine.stop()
    done = rec.finished()
    for before, after in itertools.pairwise(done):
        assert before.ended_at == after.started_at
    assert rec.session().at == done[-1].ended_at
    assert (done[-1].ended_at - done[0].started_at).total_seconds() == pytest.approx(10.4)

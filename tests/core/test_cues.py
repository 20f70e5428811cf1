"""The cues of a session, moment by moment, on a fake clock that wakes as the timer would."""

from __future__ import annotations

import pytest

from hamstring_coach.core.cues import Cue, CuePlanner, Phrase, Sound
from hamstring_coach.core.engine import (
    Event,
    SegmentFinished,
    SegmentStarted,
    SessionFinished,
    State,
)
from hamstring_coach.core.stats import session_outcome
from hamstring_coach.core.timeline import Prefs, expand

from ..every_kind import PREFS, ROUTINE
from .woken_session import WokenSession


class Session(WokenSession):
    """An engine and a cue planner, woken exactly when the controller's timer would."""

    def __init__(self, prefs: Prefs = PREFS) -> None:
        super().__init__(ROUTINE, prefs)
        self.planner = CuePlanner(self.timeline)
        self.heard: list[tuple[float, Cue]] = []

    def on_event(self, event: Event) -> None:
        if isinstance(event, SegmentStarted):
            self._hear(self.planner.started(event.index, self.engine.remaining()))
        elif isinstance(event, SegmentFinished):
            self.planner.finished(event.index, event.completed)
        elif isinstance(event, SessionFinished):
            outcome = session_outcome(event.status, self.timeline, self.engine.finished_segments)
            self._hear(self.planner.ended(event.status, outcome.mostly_done))

    def on_tick(self) -> None:
        self._hear(self.planner.ticked(self.engine.remaining(), self.engine.elapsed()))

    def _hear(self, cues: list[Cue]) -> None:
        self.heard.extend((round(self.clock.now(), 6), cue) for cue in cues)


def S(name: str) -> Sound:
    return Sound(name)  # type: ignore[arg-type]


def count(t: float, n: int) -> list[tuple[float, Cue]]:
    return [(t, S("countdown")), (t, Phrase("count", n=n))]


def countdown(end: float) -> list[tuple[float, Cue]]:
    """3, 2, 1 before a segment that ends at ``end``."""
    return count(end - 3, 3) + count(end - 2, 2) + count(end - 1, 1)


def test_the_exact_cues_of_a_whole_session() -> None:
    session = Session()
    session.engine.start()
    session.wake_until(3)
    session.engine.confirm()  # the checklist, after 3 s
    session.wake_until(200)
    assert session.engine.state is State.FINISHED
    assert session.heard == [
        (0, S("get-ready")),
        (0, Phrase("checklist", title="Bandage on")),
        # The stretch: a get-ready naming it, two holds of 20 s with a rest between.
        (3, S("step-done")),
        (3, Phrase("next", title="Stretch")),
        *countdown(7),
        (7, S("hold-start")),
        (7, Phrase("hold")),
        (17, Phrase("halfway")),
        *countdown(27),
        (27, S("rest")),
        (27, Phrase("rest")),
        (32, S("get-ready")),
        (32, Phrase("rep", n=2, total=2)),
        *countdown(36),
        (36, S("hold-start")),
        (36, Phrase("hold")),
        (46, Phrase("halfway")),
        *countdown(56),
        # Curls: two sets of two repetitions at 1.5 s up and 1 s down, a rest between.
        (56, S("step-done")),
        (56, Phrase("next", title="Curls")),
        *countdown(60),
        (60, S("hold-start")),
        (60, Phrase("go")),
        (61.5, S("tempo-down")),
        (62.5, S("tempo-up")),
        (64, S("tempo-down")),
        (65, S("rest")),
        (65, Phrase("rest")),
        (68, S("get-ready")),
        (68, Phrase("set", n=2, total=2)),
        *countdown(72),
        (72, S("hold-start")),
        (72, Phrase("go")),
        (73.5, S("tempo-down")),
        (74.5, S("tempo-up")),
        (76, S("tempo-down")),
        # Foam rolling: a block on the left leg, switch sides, a block on the right.
        (77, S("step-done")),
        (77, Phrase("next", title="Foam rolling", side="left")),
        *countdown(81),
        (81, S("hold-start")),
        (81, Phrase("go")),
        *countdown(85),
        (85, S("switch-sides")),
        (85, Phrase("switch", side="right")),
        (87, S("get-ready")),
        *countdown(91),
        (91, S("hold-start")),
        (91, Phrase("go")),
        *countdown(95),
        (95, S("session-done")),
        (95, Phrase("well-done")),
    ]


def test_a_late_wake_is_heard_once_at_the_latest_moment() -> None:
    session = Session()
    session.engine.start()
    session.engine.confirm()
    session.wake_until(4)  # into the first hold
    del session.heard[:]
    session.clock.advance(18.5)  # the laptop slept: 1.5 s of the hold are left
    session.wake()
    assert session.heard == [(22.5, S("countdown")), (22.5, Phrase("count", n=2))]
    del session.heard[:]
    session.clock.advance(8)  # past the end of the hold and the rest, into a get-ready
    session.wake()
    assert session.heard == [
        (30.5, S("get-ready")),
        (30.5, Phrase("rep", n=2, total=2)),
    ]


def test_a_skipped_step_end_is_no_step_done() -> None:
    session = Session()
    session.engine.start()
    session.engine.confirm()
    for _ in range(5):  # get-ready, hold, rest, get-ready, hold: skipped
        session.engine.skip()
    assert [cue for _, cue in session.heard[-2:]] == [
        S("get-ready"),
        Phrase("next", title="Curls"),
    ]


@pytest.mark.parametrize(
    ("status", "mostly_done", "expected"),
    [
        ("completed", True, [S("session-done"), Phrase("well-done")]),
        ("completed", False, [S("session-done"), Phrase("session-over")]),
        ("stopped", True, [Phrase("well-done")]),
        ("stopped", False, []),
        ("sharp-pain", True, []),
        ("sharp-pain", False, []),
    ],
)
def test_well_done_only_over_a_session_mostly_done(status, mostly_done, expected) -> None:
    planner = CuePlanner(expand(ROUTINE, PREFS))
    assert planner.ended(status, mostly_done) == expected


def test_a_session_skipped_through_is_not_called_well_done() -> None:
    session = Session()
    session.engine.start()
    while session.engine.state is not State.FINISHED:
        session.engine.skip()
    assert [cue for _, cue in session.heard[-2:]] == [S("session-done"), Phrase("session-over")]

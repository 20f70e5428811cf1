"""A laptop that sleeps (or a process held up) during a session, on the fake clock.

The controller's timer is armed for the next second; the test moves the clock far past it
in one step, as waking from a sleep does, and lets the timer run once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.engine import State
from hamstring_coach.core.routines import Routine, parse_routine
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.saving import Saving

ICE = parse_routine(
    """
id = "ice"
title = "Ice"
[[steps]]
id = "prepare-ice"
kind = "checklist"
title = "Before the ice"
items = ["A cloth between the ice and the skin"]
[[steps]]
id = "ice-on"
kind = "timed"
title = "Ice on"
duration_s = 1200
""",
    "ice.toml",
)

STRETCH = parse_routine(
    """
id = "stretch"
title = "Stretch"
[[steps]]
id = "seated"
kind = "hold"
title = "Seated"
per_side = false
hold_s = 30
hold_range = [20, 30]
repetitions = 2
rest_s = 10
""",
    "stretch.toml",
)


class Run:
    def __init__(self, folder: Path) -> None:
        self.connection = open_database(folder / "h.sqlite3")
        self.history = HistoryRepository(self.connection)
        self.clock = FakeClock()
        self.controller = SessionController(self.clock)
        self.saving = Saving(SessionRecorder(self.history, self.clock.now), self.controller)
        self.finished: list[str] = []
        self.held_up: list[float] = []
        self.controller.sessionFinished.connect(lambda e: self.finished.append(e.status))
        self.controller.heldUp.connect(self.held_up.append)

    def start(self, routine: Routine) -> None:
        self.controller.start(routine)
        if routine.steps[0].kind == "checklist":
            self.controller.confirm()

    def awake(self, seconds: float) -> None:
        """Time passing while the machine runs: the timer wakes every second."""
        for _ in range(int(seconds)):
            self.clock.advance(1)
            self.controller.tick()

    def sleep(self, seconds: float) -> None:
        """The machine sleeps: the clock moves on, the timer runs once on waking."""
        self.clock.advance(seconds)
        self.controller.tick()

    def close(self) -> None:
        self.controller.stop()
        self.connection.close()


@pytest.fixture
def run(qtbot, tmp_path: Path):
    made = Run(tmp_path)
    yield made
    made.close()


def test_sleeping_past_the_ice_deadline_alerts_once_and_records_the_deadline(run: Run) -> None:
    run.start(ICE)
    run.awake(15 + 300)  # get ready, then five minutes of ice
    run.sleep(2 * 3600)  # the lid is shut for two hours
    assert run.finished == ["completed"]  # one end, at once on waking
    assert run.held_up and run.held_up[0] > 3600
    run.awake(5)
    assert run.finished == ["completed"]  # and never again
    (session,) = run.history.list_sessions()
    session = run.history.get_session(session.id) or session
    assert session.status == "completed"
    ice = [s for s in session.segments if s.kind == "timed"]
    assert [(s.actual_s, s.completed) for s in ice] == [(1200, True)]
    # The session ends at the deadline: 15 s get-ready and 1200 s of ice after the checklist.
    assert session.ended_at is not None
    assert (session.ended_at - ice[0].started_at).total_seconds() == pytest.approx(1200)
    assert (ice[0].ended_at - ice[0].started_at).total_seconds() == pytest.approx(1200)


def test_a_held_up_process_during_ice_ends_it_at_its_deadline_too(run: Run) -> None:
    run.start(ICE)
    run.awake(15 + 1190)
    run.sleep(600)  # SIGSTOP for ten minutes, then SIGCONT: the same jump of the clock
    assert run.finished == ["completed"]
    (session,) = run.history.list_sessions()
    session = run.history.get_session(session.id) or session
    assert [s.actual_s for s in session.segments if s.kind == "timed"] == [1200]


def test_sleeping_during_a_hold_pauses_at_wake_and_the_hold_starts_again(run: Run) -> None:
    run.start(STRETCH)
    run.awake(15 + 12)  # 12 s into the first hold
    run.sleep(1800)
    view = run.controller.view()
    assert view is not None and view.state is State.PAUSED
    assert view.segment.kind == "prepare" and view.seconds_left == 15  # its get-ready, in full
    assert run.finished == [] and run.held_up
    assert run.controller.wake_in_ms is None  # paused: nothing counts, nothing wakes
    run.controller.resume()
    run.awake(15)
    view = run.controller.view()
    assert view is not None and view.segment.kind == "hold" and view.seconds_left == 30
    run.awake(30 + 10 + 5 + 30)
    assert run.finished == ["completed"]
    (session,) = run.history.list_sessions()
    session = run.history.get_session(session.id) or session
    holds = [(s.rep, s.actual_s, s.completed) for s in session.segments if s.kind == "hold"]
    assert holds == [(1, 12, False), (1, 30, True), (2, 30, True)]  # the cut hold not done


def test_a_key_pressed_on_waking_finds_the_session_paused(run: Run) -> None:
    run.start(STRETCH)
    run.awake(20)
    run.clock.advance(900)
    run.controller.toggle_pause()  # meant as "pause" before the sleep: not a resume
    view = run.controller.view()
    assert view is not None and view.state is State.PAUSED and view.segment.kind == "prepare"


def test_a_late_tick_within_the_limit_counts_on(run: Run) -> None:
    run.start(STRETCH)
    run.awake(15)
    run.sleep(20)  # a busy machine, not a sleep: the hold goes on
    view = run.controller.view()
    assert view is not None and view.state is State.RUNNING and view.seconds_left == 10
    assert run.held_up == []

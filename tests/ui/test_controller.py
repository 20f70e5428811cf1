"""The controller's timer: armed for the next visible change, idle when nothing moves."""

from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_coach.core.clock import FakeClock, ScaledClock
from hamstring_coach.core.routines import parse_routine
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.ui.controller import SessionController

ROUTINE = parse_routine(
    """
id = "t"
title = "T"
[[steps]]
id = "check"
kind = "checklist"
title = "Before"
items = ["Bandage on"]
[[steps]]
id = "bridges"
kind = "reps"
title = "Bridges"
sets = 1
reps = 4
rep_s = 2.5
""",
    "t.toml",
)


@pytest.fixture
def history(tmp_path: Path):
    connection = open_database(tmp_path / "h.sqlite3")
    yield HistoryRepository(connection)
    connection.close()


def test_timer_sleeps_until_the_next_whole_second_and_idles_when_paused(qtbot, history) -> None:
    clock = FakeClock()
    controller = SessionController(clock)
    controller.start(ROUTINE)
    assert controller.wake_in_ms is None  # a checklist waits for the person, no timer
    controller.confirm()
    assert controller.wake_in_ms == 1000
    clock.advance(0.3)
    controller.tick()
    assert controller.wake_in_ms == 700
    controller.pause()
    assert controller.wake_in_ms is None
    controller.resume()
    assert controller.wake_in_ms == 700
    controller.stop()
    assert controller.wake_in_ms is None


def test_a_scaled_clock_shortens_the_real_wait(qtbot, history) -> None:
    base = FakeClock()
    controller = SessionController(ScaledClock(base, 20))
    controller.start(ROUTINE)
    controller.confirm()
    assert controller.wake_in_ms == 50  # one shown second is 50 real ms at 20x
    controller.stop()


def test_view_counts_repetitions_of_a_set(qtbot, history) -> None:
    clock = FakeClock()
    controller = SessionController(clock)
    controller.start(ROUTINE)
    controller.confirm()
    clock.advance(15)  # the get-ready countdown
    controller.tick()
    view = controller.view()
    assert view is not None and view.segment.kind == "reps"
    assert (view.current_rep, view.seconds_left) == (1, 10)
    clock.advance(2.5)
    controller.tick()
    assert controller.view().current_rep == 2  # type: ignore[union-attr]
    clock.advance(7.5)
    controller.tick()
    assert not controller.running
    outcome = controller.outcome()
    assert outcome is not None and outcome.status == "completed"
    assert (outcome.sets.done, outcome.checklists.done, outcome.holds.planned) == (1, 1, 0)


HOLD = parse_routine(
    """
id = "h"
title = "H"
[[steps]]
id = "seated"
kind = "hold"
title = "Seated"
per_side = false
hold_s = 20
hold_range = [20, 30]
repetitions = 1
""",
    "h.toml",
)


def test_the_display_rounds_the_seconds_up_and_the_ring_empties(qtbot) -> None:
    clock = FakeClock()
    controller = SessionController(clock)
    controller.start(HOLD)
    clock.advance(15)  # the get-ready countdown
    controller.tick()
    view = controller.view()
    assert view is not None and view.segment.kind == "hold"
    assert (view.seconds_left, view.fraction_left) == (20, 1.0)
    clock.advance(0.6)  # 19.4 s left: still shown as 20, never as 19 before its time
    controller.tick()
    view = controller.view()
    assert view is not None and view.seconds_left == 20
    assert view.fraction_left == pytest.approx(19.4 / 20)
    clock.advance(4.4)  # 15 s left
    controller.tick()
    view = controller.view()
    assert view is not None and view.seconds_left == 15
    assert view.fraction_left == pytest.approx(0.75)  # a quarter used, three left
    clock.advance(14.75)
    controller.tick()
    view = controller.view()
    assert view is not None and (view.seconds_left, view.fraction_left) == (1, 0.0125)
    controller.stop()


def test_each_moment_has_its_own_signal(qtbot) -> None:
    clock = FakeClock()
    controller = SessionController(clock)
    heard: list[str] = []
    controller.sessionStarted.connect(lambda begun: heard.append(f"session {begun.routine.id}"))
    controller.segmentStarted.connect(lambda e: heard.append(f"start {e.segment.kind}"))
    controller.segmentFinished.connect(
        lambda e: heard.append(f"end {e.segment.kind} {e.actual_s:g} {e.completed}")
    )
    controller.stateChanged.connect(lambda state: heard.append(f"state {state.value}"))
    controller.ticked.connect(lambda: heard.append("tick"))
    controller.sessionFinished.connect(lambda e: heard.append(f"finished {e.status}"))
    controller.start(HOLD)
    assert heard == ["session h", "start prepare", "state running"]
    heard.clear()
    clock.advance(1)
    controller.tick()
    assert heard == ["tick"]
    heard.clear()
    controller.pause()
    controller.pause()  # already paused: nothing happens, nothing is said
    assert heard == ["state paused"]
    heard.clear()
    controller.resume()
    clock.advance(14)
    controller.tick()
    assert heard == ["state running", "end prepare 15 True", "start hold", "tick"]
    heard.clear()
    clock.advance(2.5)
    controller.skip()
    assert heard == ["end hold 2.5 False", "state finished", "finished completed"]
    assert controller.wake_in_ms is None

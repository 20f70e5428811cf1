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
    controller = SessionController(clock, history)
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
    controller = SessionController(ScaledClock(base, 20), history)
    controller.start(ROUTINE)
    controller.confirm()
    assert controller.wake_in_ms == 50  # one shown second is 50 real ms at 20x
    controller.stop()


def test_view_counts_repetitions_of_a_set(qtbot, history) -> None:
    clock = FakeClock()
    controller = SessionController(clock, history)
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
    session = history.get_session(history.list_sessions()[0].id)
    assert session is not None and session.status == "completed"
    assert [(s.kind, s.completed) for s in session.segments] == [
        ("checklist", True),
        ("prepare", True),
        ("reps", True),
    ]

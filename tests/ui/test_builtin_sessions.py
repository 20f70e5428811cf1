"""Every built-in routine, run to its end through the real window on the fake clock.

Each is started as a person would, left to run (Enter confirms a checklist, as a person
would press it), and then what the history file holds is checked against the session's
plan: every segment, in order, done in full for the seconds it was planned. Its sounds
and voice are heard too: a tempo tick at every beat of every set, "halfway" on every
long hold and block, and "Well done." at the end.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hamstring_coach.cli import builtin_routine_paths
from hamstring_coach.core.cues import LONG_HOLD_S
from hamstring_coach.core.ice import ICE_ROUTINE_ID, with_minutes
from hamstring_coach.core.routines import load_routines
from hamstring_coach.core.timeline import expand

from .conftest import App
from .cue_log import Heard

BUILTIN = {r.id: r for r in load_routines(builtin_routine_paths())}
# What each session holds with the default settings (three holds a side of 30 s): the
# pieces of work a person does, counted from the care guide's routines by hand.
WORK = {
    "warm-up": {"timed": 1, "reps": 4},
    "gentle-stretching": {"hold": 18},
    "strengthening": {"reps": 3 + 3 * 2 + 3},
    "cool-down": {"hold": 6, "timed": 2, "checklist": 1},
    "full-workout": {"timed": 3, "reps": 16, "hold": 6, "checklist": 1},
    "ice": {"checklist": 1, "timed": 1},
}


def test_every_builtin_routine_is_run_here() -> None:
    assert set(BUILTIN) == set(WORK)


@pytest.mark.parametrize("routine_id", sorted(BUILTIN))
def test_a_builtin_routine_runs_to_its_end_and_is_recorded(
    app: App, qtbot, routine_id: str
) -> None:
    heard = Heard(app)
    app.window.start_routine(routine_id)
    routine = BUILTIN[routine_id]
    if routine_id == ICE_ROUTINE_ID:
        routine = with_minutes(routine, app.window.today.ice_minutes())
    plan = expand(routine, app.window.prefs_for(routine))
    session_page = app.window.session
    while app.window.pages.currentWidget() is session_page:
        view = app.controller.view()
        assert view is not None
        if view.segment.timed:
            app.advance(1)
        else:
            qtbot.keyClick(app.window, Qt.Key.Key_Return)
    assert app.window.pages.currentWidget() is app.window.summary

    (listed,) = app.history.list_sessions()
    session = app.history.get_session(listed.id)
    assert session is not None
    assert (session.routine_id, session.status) == (routine_id, "completed")
    recorded = [(s.step_id, s.kind, s.side, s.rep, s.planned_s) for s in session.segments]
    assert recorded == [(s.step_id, s.kind, s.side, s.rep, s.planned_s) for s in plan]
    assert all(s.completed for s in session.segments)
    for segment in session.segments:
        if segment.planned_s is not None:
            assert segment.actual_s == pytest.approx(segment.planned_s)
    work: dict[str, int] = {}
    for segment in session.segments:
        if segment.kind in ("hold", "reps", "timed", "checklist"):
            work[segment.kind] = work.get(segment.kind, 0) + 1
    assert work == WORK[routine_id]

    said = [what for _, what in heard.log]
    ticks = sum(what in ("<tempo-up>", "<tempo-down>") for what in said)
    assert ticks == sum(len(s.beats) * s.count - 1 for s in plan if s.kind == "reps")
    long_ones = [
        s for s in plan if s.kind in ("hold", "timed") and (s.planned_s or 0) >= LONG_HOLD_S
    ]
    assert said.count("Halfway.") == len(long_ones)
    assert said[-2:] == ["<session-done>", "Well done."]

"""The ice routine in the real window: the checklist waits for Space, Enter or Done, then
the application counts the minutes chosen on the Today page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hamstring_coach.ui.controller import SessionView

from .conftest import App


def view(app: App) -> SessionView:
    shown = app.controller.view()
    assert shown is not None
    return shown


def spin(app: App):
    box = app.window.today.ice_spin
    assert box is not None
    return box


def start_ice(app: App, qtbot, minutes: int | None = None) -> None:
    if minutes is not None:
        spin(app).setValue(minutes)
    qtbot.mouseClick(app.window.today.start_buttons["ice"], Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.session


def kind(app: App) -> str:
    return view(app).segment.kind


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_the_checklist_waits_and_a_key_confirms_it(app: App, qtbot, key: Qt.Key) -> None:
    start_ice(app, qtbot)
    page = app.window.session
    assert kind(app) == "checklist"
    assert page.checklist.isVisible() and page.done_button.isVisible()
    assert "cloth" in page.checklist.text()
    app.advance(600)  # nothing moves on by itself
    assert kind(app) == "checklist"
    qtbot.keyClick(app.window, key)
    assert kind(app) == "prepare"
    assert view(app).state.value == "running"  # Space confirmed, did not pause


def test_the_done_button_confirms_the_checklist(app: App, qtbot) -> None:
    start_ice(app, qtbot)
    qtbot.mouseClick(app.window.session.done_button, Qt.MouseButton.LeftButton)
    assert kind(app) == "prepare"


def test_space_still_pauses_a_timed_segment(app: App, qtbot) -> None:
    start_ice(app, qtbot)
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    app.advance(15)
    assert kind(app) == "timed"
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert view(app).state.value == "paused"
    app.controller.stop()


@pytest.mark.parametrize("minutes", [15, 20])
def test_the_minutes_chosen_on_the_page_are_counted_and_recorded(
    app: App, qtbot, minutes: int
) -> None:
    start_ice(app, qtbot, minutes)
    qtbot.keyClick(app.window, Qt.Key.Key_Return)
    app.advance(15)
    shown = view(app)
    assert shown.segment.kind == "timed" and shown.seconds_left == minutes * 60
    app.advance(minutes * 60, step=30)
    assert app.window.pages.currentWidget() is app.window.summary
    (session,) = app.history.export()
    segments = session["segments"]
    assert isinstance(segments, list)
    assert session["routine_id"] == "ice" and session["status"] == "completed"
    timed = [s for s in segments if s["kind"] == "timed"]
    assert [(s["step_id"], s["actual_s"]) for s in timed] == [("ice-application", minutes * 60)]
    assert [s["kind"] for s in segments] == ["checklist", "prepare", "timed"]


def test_the_minutes_spin_box_stays_within_15_to_20(app: App) -> None:
    box = spin(app)
    assert (box.minimum(), box.maximum(), box.value()) == (15, 20, 20)
    box.setValue(30)
    assert box.value() == 20


def test_start_routine_with_minutes_from_the_command_line(app: App) -> None:
    app.window.start_routine("ice", 16)
    app.controller.confirm()
    app.advance(15)
    assert view(app).seconds_left == 16 * 60
    app.controller.stop()

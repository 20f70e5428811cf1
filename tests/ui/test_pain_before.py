"""Pain before a session: asked while it gets ready, never in the way, and kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hamstring_coach.core.engine import State

from .conftest import App


def start(app: App, qtbot) -> None:
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)


def test_the_question_shows_while_the_session_gets_ready(app: App, qtbot) -> None:
    start(app, qtbot)
    strip = app.window.pain_before
    assert strip.isVisible() and app.controller.running
    qtbot.mouseClick(strip.buttons.button(4), Qt.MouseButton.LeftButton)
    assert not strip.isVisible()
    session = app.history.list_sessions()[0]
    assert session.pain_before == 4 and session.pain_after is None
    app.advance(60)
    assert app.controller.running or app.window.pages.currentWidget() is app.window.summary


def test_a_digit_key_answers_and_space_still_pauses(app: App, qtbot) -> None:
    start(app, qtbot)
    qtbot.keyClick(app.window, Qt.Key.Key_3)
    assert not app.window.pain_before.isVisible()
    assert app.history.list_sessions()[0].pain_before == 3
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    view = app.controller.view()
    assert view is not None and view.state is State.PAUSED


def test_skip_leaves_it_unrated(app: App, qtbot) -> None:
    start(app, qtbot)
    qtbot.mouseClick(app.window.pain_before.skip_button, Qt.MouseButton.LeftButton)
    assert not app.window.pain_before.isVisible()
    qtbot.keyClick(app.window, Qt.Key.Key_5)  # no longer asked: a digit does nothing
    assert app.history.list_sessions()[0].pain_before is None


def test_the_question_goes_once_the_first_step_is_done(app: App, qtbot) -> None:
    start(app, qtbot)
    app.advance(15)  # the get-ready is over
    assert not app.window.pain_before.isVisible()
    qtbot.keyClick(app.window, Qt.Key.Key_7)
    assert app.history.list_sessions()[0].pain_before is None

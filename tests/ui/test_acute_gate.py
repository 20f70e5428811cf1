"""In the first 48 hours, starting any routine but ice asks first and says why."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from .conftest import App


def injure(app: App, hours: float) -> None:
    app.injuries.record(app.clock.wall() - timedelta(hours=hours), "left", None, app.clock.wall())
    app.window.show_today()


def question(app: App) -> QMessageBox:
    box = app.window.acute_question
    assert box is not None and box.isVisible()
    return box


def button(box: QMessageBox, text: str):
    (found,) = [b for b in box.buttons() if b.text() == text]
    return found


def test_stretching_in_the_first_48_hours_asks_first_and_says_why(app: App, qtbot) -> None:
    injure(app, 2)
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    box = question(app)
    assert not app.controller.running
    assert box.text() == "Start Gentle stretching in the first 48 hours?"
    assert "rest, ice and keep the leg up" in box.informativeText()
    assert "can make the strain worse" in box.informativeText()
    assert box.isModal() or box.windowModality() != Qt.WindowModality.NonModal
    qtbot.mouseClick(button(box, "Start anyway"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.controller.running)
    view = app.controller.view()
    assert view is not None and view.segment.step_id == "seated-stretch"
    app.controller.stop()


def test_ice_instead_starts_the_ice_timer(app: App, qtbot) -> None:
    injure(app, 2)
    app.window.start_routine("gentle-stretching")
    qtbot.mouseClick(button(question(app), "Ice instead"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.controller.running)
    view = app.controller.view()
    assert view is not None and view.segment.step_id == "rice-checklist"
    app.controller.stop()


def test_not_now_starts_nothing(app: App, qtbot) -> None:
    injure(app, 2)
    app.window.start_routine("gentle-stretching")
    box = question(app)
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(button(box, "Not now"), Qt.MouseButton.LeftButton)
    assert not app.controller.running
    assert app.window.pages.currentWidget() is app.window.today


def test_ice_never_asks(app: App) -> None:
    injure(app, 2)
    app.window.start_routine("ice")
    assert app.window.acute_question is None
    assert app.controller.running
    app.controller.stop()


def test_after_48_hours_nothing_asks(app: App) -> None:
    injure(app, 49)
    app.window.start_routine("gentle-stretching")
    assert app.window.acute_question is None
    assert app.controller.running
    app.controller.stop()


def test_the_question_does_not_block_the_event_loop(app: App, qtbot) -> None:
    injure(app, 2)
    app.window.start_routine("gentle-stretching")  # returns at once: open(), not exec()
    box = question(app)
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))  # the event loop runs while the question is open
    assert box.isVisible()
    box.done(0)


def test_after_a_sharp_pain_stop_the_summary_offers_ice_in_one_click(app: App, qtbot) -> None:
    app.window.start_routine("gentle-stretching")
    app.advance(20)
    qtbot.keyClick(app.window, Qt.Key.Key_P)
    summary = app.window.summary
    assert app.window.pages.currentWidget() is summary
    assert summary.ice_button.isVisible()
    qtbot.mouseClick(summary.ice_button, Qt.MouseButton.LeftButton)
    assert app.controller.running
    view = app.controller.view()
    assert view is not None and view.segment.step_id == "rice-checklist"
    app.controller.stop()


def test_a_completed_session_does_not_offer_ice(app: App, qtbot) -> None:
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.advance(15 + 15 * 60, step=60)
    summary = app.window.summary
    assert app.window.pages.currentWidget() is summary
    assert not summary.ice_button.isVisible()

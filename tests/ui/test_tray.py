"""The tray: time left in its tooltip and menu, its actions, and the window kept in it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hamstring_coach.core.engine import State
from hamstring_coach.ui.closing import NOTE_KEY, CloseWhileCounting
from hamstring_coach.ui.tray import Tray

from .conftest import App
from .desktop_fakes import FakeNotifier


@pytest.fixture
def tray(app: App):
    made = Tray(app.controller, QIcon(), app.window)
    yield made
    made.hide()


def menu_texts(tray: Tray) -> list[str]:
    return [action.text() for action in tray.menu.actions() if not action.isSeparator()]


def test_the_menu_and_tooltip_show_the_time_left(app: App, tray: Tray) -> None:
    assert menu_texts(tray) == [
        "No timer running",
        "Open Hamstring Coach",
        "Start ice timer",
        "Pause",
        "Quit",
    ]
    assert not tray.pause_action.isEnabled() and tray.ice_action.isEnabled()
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.advance(15 + 60)  # a minute of ice on
    assert tray.status_action.text() == "Ice on: 14:00 left"
    assert tray.icon.toolTip() == "Hamstring Coach: Ice on: 14:00 left"
    app.advance(1)
    assert tray.status_action.text() == "Ice on: 13:59 left"
    assert not tray.ice_action.isEnabled()


def test_pause_and_resume_from_the_menu(app: App, tray: Tray) -> None:
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.advance(20)
    tray.pause_action.trigger()
    assert app.controller.view().state is State.PAUSED  # type: ignore[union-attr]
    assert tray.pause_action.text() == "Resume"
    assert tray.status_action.text() == "Ice on: paused, 14:55 left"
    tray.pause_action.trigger()
    assert app.controller.view().state is State.RUNNING  # type: ignore[union-attr]
    assert tray.pause_action.text() == "Pause"
    app.controller.stop()


def test_the_menu_asks_for_open_ice_and_quit(app: App, tray: Tray, qtbot) -> None:
    with qtbot.waitSignal(tray.openRequested):
        tray.open_action.trigger()
    with qtbot.waitSignal(tray.startIceRequested):
        tray.ice_action.trigger()
    with qtbot.waitSignal(tray.quitRequested):
        tray.quit_action.trigger()


def test_closing_with_a_tray_keeps_the_timer_running_said_once(app: App, qtbot) -> None:
    notifier = FakeNotifier()
    CloseWhileCounting(app.window, lambda: app.controller.running, lambda: True, notifier)
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.advance(30)
    app.window.close()
    assert not app.window.isVisible()  # hidden, not quit
    assert app.controller.running
    app.advance(30)
    view = app.controller.view()
    assert view is not None and view.seconds_left == 15 * 60 - 45
    app.window.show()
    app.window.close()
    assert notifier.keys() == [NOTE_KEY]  # said the first time only
    app.controller.stop()


def test_closing_with_nothing_counting_quits(app: App, qtbot) -> None:
    notifier = FakeNotifier()
    CloseWhileCounting(app.window, lambda: app.controller.running, lambda: True, notifier)
    with qtbot.waitSignal(app.window.quitRequested):
        app.window.close()
    assert notifier.shown == []


def test_without_a_tray_closing_asks_first_without_blocking(app: App, qtbot) -> None:
    closing = CloseWhileCounting(
        app.window, lambda: app.controller.running, lambda: False, FakeNotifier()
    )
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.window.close()  # returns at once: the question is open, not waited on
    box = closing.asking
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert app.window.isVisible() and app.controller.running
    keep = next(b for b in box.buttons() if b.text() == "Keep the window open")
    keep.click()
    assert closing.asking is None and app.controller.running and app.window.isVisible()

    app.window.close()
    box = closing.asking
    assert box is not None
    stop = next(b for b in box.buttons() if b.text() == "Stop and quit")
    with qtbot.waitSignal(app.window.quitRequested):
        stop.click()
    assert not app.controller.running
    (session,) = app.history.list_sessions()
    assert session.status == "stopped"
    QApplication.processEvents()

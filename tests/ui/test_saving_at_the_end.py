"""What happens when the history file stops taking writes as a session ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from hamstring_coach.storage.database import DatabaseError
from hamstring_coach.storage.recorder import SHARP_PAIN_NOTE

from .conftest import App


class Failing:
    """Makes chosen HistoryRepository writes fail as a full disk would, until healed."""

    def __init__(self, app: App, monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
        self.on = True
        for name in names:
            real = getattr(app.history, name)
            monkeypatch.setattr(app.history, name, self._wrap(real))

    def _wrap(self, real):
        def write(*args, **kwargs):
            if self.on:
                raise DatabaseError("Could not save to history.sqlite3: the disk is full.")
            return real(*args, **kwargs)

        return write


def start(app: App, qtbot) -> None:
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)


def test_a_failure_at_the_end_is_shown_on_the_summary_and_retried(
    app: App, qtbot, monkeypatch
) -> None:
    start(app, qtbot)
    app.advance(20)
    disk = Failing(app, monkeypatch, "finish_session", "set_pain")
    qtbot.keyClick(app.window, Qt.Key.Key_P)
    summary = app.window.summary
    assert app.window.pages.currentWidget() is summary
    assert app.window.save_banner.isVisible()
    assert "disk is full" in app.window.save_banner.text()
    qtbot.mouseClick(summary.rating.button(5), Qt.MouseButton.LeftButton)
    assert "will be saved" in summary.saved.text() and "noted" not in summary.saved.text()
    assert app.saving.unsaved == 2
    assert app.saving.retrying  # retried on a timer, with no further write needed
    app.saving.retry()  # what the timer does; still failing
    assert app.saving.unsaved == 2 and app.saving.retrying
    disk.on = False
    app.saving.retry()
    assert app.saving.unsaved == 0 and not app.saving.retrying
    assert not app.window.save_banner.isVisible()
    session = app.history.list_sessions()[0]
    assert (session.status, session.pain_after) == ("sharp-pain", 5)
    assert session.note == SHARP_PAIN_NOTE


def test_the_retry_timer_saves_without_anything_else_happening(
    app: App, qtbot, monkeypatch
) -> None:
    start(app, qtbot)
    disk = Failing(app, monkeypatch, "finish_session")
    qtbot.keyClick(app.window, Qt.Key.Key_P)
    assert app.saving.unsaved == 1
    assert app.saving.wake_in_ms == 5000  # armed for the recorder's next attempt
    disk.on = False
    app.clock.advance(5)
    with qtbot.waitSignal(app.saving.saveRecovered, timeout=1000):
        app.saving.retry_timer.timeout.emit()  # the timer fires; nothing else happens
    assert app.saving.unsaved == 0 and app.saving.wake_in_ms is None
    assert app.history.list_sessions()[0].status == "sharp-pain"


def _open_question() -> QMessageBox:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), "no question is open"
    return box


def _answer(button_text: str) -> str:
    box = _open_question()
    text = box.text()
    for button in box.buttons():
        if button.text() == button_text:
            button.click()
            return text
    raise AssertionError(f"no button {button_text!r}")


def test_quitting_with_unsaved_history_asks_first(app: App, qtbot, monkeypatch) -> None:
    start(app, qtbot)
    app.advance(20)
    Failing(app, monkeypatch, "finish_session")
    app.window.close()  # returns at once: the question never blocks the event loop
    assert app.window.isVisible(), "the window stays while the question is open"
    asked = _answer("Keep open")
    assert "not saved yet" in asked and "disk is full" in asked
    assert app.window.isVisible(), "keeping the app open must keep the window"
    assert app.history.list_sessions()[0].status is None  # still waiting, not lost
    with qtbot.waitSignal(app.window.quitRequested, timeout=1000):
        app.window.close()
        _answer("Quit without saving")
    assert not app.window.isVisible()


def test_closing_the_window_can_leave_the_app_running(app: App, qtbot) -> None:
    """With somewhere to run on (the tray), closing hides the window and quits nothing."""
    app.window.keep_running = lambda: True
    start(app, qtbot)
    app.advance(20)
    with qtbot.assertNotEmitted(app.window.quitRequested):
        app.window.close()
    assert not app.window.isVisible()
    assert app.controller.running, "the session runs on without its window"
    app.window.keep_running = lambda: False
    with qtbot.waitSignal(app.window.quitRequested, timeout=1000):
        app.window.request_quit()
    assert app.history.list_sessions()[0].status == "stopped"


def test_quitting_when_everything_is_saved_asks_nothing(app: App, qtbot) -> None:
    start(app, qtbot)
    app.advance(20)
    with qtbot.waitSignal(app.window.quitRequested, timeout=1000):
        app.window.close()
    assert QApplication.activeModalWidget() is None
    assert not app.window.isVisible()
    assert app.history.list_sessions()[0].status == "stopped"


def test_a_hold_done_again_after_back_counts_once(app: App, qtbot) -> None:
    start(app, qtbot)
    app.advance(15 + 30 + 1)  # into the rest after the first hold
    qtbot.keyClick(app.window, Qt.Key.Key_Left)  # back to the hold
    app.advance(30)
    while app.window.pages.currentWidget() is app.window.session:
        app.advance(5)
    details = app.window.summary.details.text()
    assert "18 of 18 holds" in details and "skipped" not in details


def test_the_system_asking_to_quit_answers_the_open_question(app: App, qtbot, monkeypatch) -> None:
    """SIGTERM while "Not saved yet" is open quits, as it would with no question open."""
    start(app, qtbot)
    Failing(app, monkeypatch, "finish_session")
    app.window.close()
    _open_question()  # asked
    with qtbot.waitSignal(app.window.quitRequested, timeout=1000):
        app.window.quit_now()  # what the SIGTERM handler does
    assert QApplication.activeModalWidget() is None, "the question stayed open"
    assert not app.window.isVisible()
    assert app.saving.unsaved == 0 and not app.saving.retrying


def test_a_file_locked_by_another_program_is_waited_out(app: App, qtbot) -> None:
    """A real lock from another connection: the write fails fast, is kept, then saved."""
    import sqlite3

    app.connection.execute("PRAGMA busy_timeout = 20")  # as the app sets a short one
    start(app, qtbot)
    other = sqlite3.connect(app.db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        app.advance(15)  # the get-ready ends and cannot be saved
        assert app.saving.unsaved == 1 and app.saving.retrying
        assert app.window.save_banner.isVisible()
        assert "locked" in app.window.save_banner.text()
        assert app.window.session.ring.caption == "HOLD"  # the session went on
        other.execute("COMMIT")
    finally:
        other.close()
    app.saving.retry()
    assert app.saving.unsaved == 0 and not app.window.save_banner.isVisible()
    session = app.history.get_session(app.history.list_sessions()[0].id)
    assert session is not None and [s.kind for s in session.segments] == ["prepare"]

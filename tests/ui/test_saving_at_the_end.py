"""What happens when the history file stops taking writes as a session ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hamstring_coach.storage.database import DatabaseError
from hamstring_coach.ui.controller import SHARP_PAIN_NOTE

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
    assert app.controller.unsaved == 2
    assert app.controller.retrying  # retried on a timer, with no further write needed
    app.controller.retry_saving()  # what the timer does; still failing
    assert app.controller.unsaved == 2 and app.controller.retrying
    disk.on = False
    app.controller.retry_saving()
    assert app.controller.unsaved == 0 and not app.controller.retrying
    assert not app.window.save_banner.isVisible()
    session = app.history.list_sessions()[0]
    assert (session.status, session.pain_after) == ("sharp-pain", 5)
    assert session.note == SHARP_PAIN_NOTE


def test_the_retry_timer_saves_without_anything_else_happening(
    app: App, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(type(app.controller), "RETRY_MS", 20)
    start(app, qtbot)
    disk = Failing(app, monkeypatch, "finish_session")
    qtbot.keyClick(app.window, Qt.Key.Key_P)
    assert app.controller.unsaved == 1
    disk.on = False
    qtbot.waitUntil(lambda: app.controller.unsaved == 0, timeout=2000)
    assert app.history.list_sessions()[0].status == "sharp-pain"


def _answer_dialog(button_text: str, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    for button in box.buttons():
        if button.text() == button_text:
            button.click()
            return
    raise AssertionError(f"no button {button_text!r}")


def test_quitting_with_unsaved_history_asks_first(app: App, qtbot, monkeypatch) -> None:
    start(app, qtbot)
    app.advance(20)
    Failing(app, monkeypatch, "finish_session")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_dialog("Keep open", seen))
    app.window.close()
    assert app.window.isVisible(), "keeping the app open must keep the window"
    assert seen and "not saved yet" in seen[0] and "disk is full" in seen[0]
    assert app.history.list_sessions()[0].status is None  # still waiting, not lost
    QTimer.singleShot(0, lambda: _answer_dialog("Quit without saving", seen))
    app.window.close()
    assert not app.window.isVisible()


def test_quitting_when_everything_is_saved_asks_nothing(app: App, qtbot) -> None:
    start(app, qtbot)
    app.advance(20)
    app.window.close()  # a dialog here would block the test
    assert not app.window.isVisible()
    assert app.history.list_sessions()[0].status == "stopped"


def test_a_hold_done_again_after_back_counts_once(app: App, qtbot) -> None:
    start(app, qtbot)
    app.advance(15 + 30 + 1)  # into the rest after the first hold
    qtbot.keyClick(app.window, Qt.Key.Key_Left)  # back to the hold
    app.advance(30)
    while app.window.pages.currentWidget() is app.window.session:
        app.advance(5)
    assert "18 of 18 exercises done" in app.window.summary.details.text()


def test_the_system_asking_to_quit_answers_the_open_question(app: App, qtbot, monkeypatch) -> None:
    """SIGTERM while "Not saved yet" is open quits, as it would with no question open."""
    start(app, qtbot)
    Failing(app, monkeypatch, "finish_session")
    QTimer.singleShot(0, app.window.quit_now)  # what the SIGTERM handler does

    still_asked: list[bool] = []

    def answer_if_still_asked() -> None:  # so a regression fails instead of hanging
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            still_asked.append(True)
            box.reject()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(answer_if_still_asked)
    guard.start(2000)
    app.window.close()
    guard.stop()
    assert not still_asked, (
        "the question stayed open after the system asked to quit"
    )  # asks, and the question is open when quit_now runs
    assert not app.window.isVisible()
    assert app.controller.unsaved == 0 and not app.controller.retrying


def test_a_file_locked_by_another_program_is_waited_out(app: App, qtbot) -> None:
    """A real lock from another connection: the write fails fast, is kept, then saved."""
    import sqlite3

    app.connection.execute("PRAGMA busy_timeout = 20")  # as the app sets a short one
    start(app, qtbot)
    other = sqlite3.connect(app.db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        app.advance(15)  # the get-ready ends and cannot be saved
        assert app.controller.unsaved == 1 and app.controller.retrying
        assert app.window.save_banner.isVisible()
        assert "locked" in app.window.save_banner.text()
        assert app.window.session.ring.caption == "HOLD"  # the session went on
        other.execute("COMMIT")
    finally:
        other.close()
    app.controller.retry_saving()
    assert app.controller.unsaved == 0 and not app.window.save_banner.isVisible()
    session = app.history.get_session(app.history.list_sessions()[0].id)
    assert session is not None and [s.kind for s in session.segments] == ["prepare"]

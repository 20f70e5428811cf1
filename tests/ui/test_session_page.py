"""A whole gentle-stretching session driven through the real window on a fake clock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hamstring_coach.storage.database import DatabaseError
from hamstring_coach.ui.session_page import SessionPage

from .conftest import App


def shown(page: SessionPage) -> tuple[str, str, str, str, str]:
    return (
        page.title.text(),
        page.side.text(),
        page.rep.text(),
        page.ring.caption,
        page.ring.text,
    )


def start(app: App, qtbot) -> SessionPage:
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.session
    return app.window.session


def key(app: App, qtbot, which: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(app.window, which, modifier)


def test_a_whole_session_by_buttons(app: App, qtbot) -> None:
    page = start(app, qtbot)
    assert shown(page) == ("Seated hamstring stretch", "LEFT LEG", "Rep 1 of 3", "GET READY", "15")
    assert page.next.text() == "Next: hold, left leg, rep 1 of 3, 30 s"
    app.advance(15)
    assert shown(page) == ("Seated hamstring stretch", "LEFT LEG", "Rep 1 of 3", "HOLD", "30")
    assert page.caution.isVisible()
    app.advance(10.5)
    assert page.ring.text == "20"  # 19.5 s left shows as 20
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert page.ring.caption == "PAUSED" and page.pause_button.text() == "Resume"
    app.advance(120)
    assert page.ring.text == "20"
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    app.advance(19.5)
    assert shown(page)[3:] == ("REST", "10")
    assert page.rep.text() == "Rep 2 of 3"
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert shown(page)[3:] == ("GET READY", "5")
    # Run the rest hands-free, checking the side changes at the switch.
    sides = set()
    while app.window.pages.currentWidget() is page:
        app.advance(1)
        sides.add(page.side.text())
    assert {"LEFT LEG", "RIGHT LEG"} <= sides
    summary = app.window.summary
    assert app.window.pages.currentWidget() is summary
    assert summary.heading.text() == "Session complete. Well done!"
    assert "18 of 18 holds" in summary.details.text()
    session = app.history.list_sessions()[0]
    assert session.status == "completed" and session.pain_after is None
    qtbot.mouseClick(summary.rating.button(3), Qt.MouseButton.LeftButton)
    assert app.history.list_sessions()[0].pain_after == 3
    assert "3/10" in summary.saved.text()
    detail = app.history.get_session(session.id)
    assert detail is not None
    holds = [s for s in detail.segments if s.kind == "hold"]
    assert len(holds) == 18 and all(h.completed and h.actual_s == 30 for h in holds)
    skipped = [s for s in detail.segments if not s.completed]
    assert [(s.kind, s.actual_s) for s in skipped] == [("rest", 0)]


def test_keys_pause_skip_and_back(app: App, qtbot) -> None:
    page = start(app, qtbot)
    app.advance(15 + 4)
    key(app, qtbot, Qt.Key.Key_Space)
    assert page.ring.caption == "PAUSED"
    key(app, qtbot, Qt.Key.Key_Space)
    assert page.ring.caption == "HOLD" and page.ring.text == "26"
    key(app, qtbot, Qt.Key.Key_Right)
    assert page.ring.caption == "REST"
    key(app, qtbot, Qt.Key.Key_Left)  # just into the rest: back to the hold, via get-ready
    assert (page.ring.caption, page.rep.text()) == ("GET READY", "Rep 1 of 3")


def test_escape_asks_first_and_space_keeps_going(app: App, qtbot) -> None:
    page = start(app, qtbot)
    app.advance(3)
    key(app, qtbot, Qt.Key.Key_Escape)
    assert page.confirm_bar.isVisible() and page.ring.caption == "PAUSED"
    key(app, qtbot, Qt.Key.Key_Space)
    assert not page.confirm_bar.isVisible() and page.ring.caption == "GET READY"
    key(app, qtbot, Qt.Key.Key_Escape)
    key(app, qtbot, Qt.Key.Key_Return)
    assert app.window.pages.currentWidget() is app.window.summary
    assert app.window.summary.heading.text() == "Session stopped"
    assert app.history.list_sessions()[0].status == "stopped"


def test_stop_button_then_escape_goes_on_and_enter_stops(app: App, qtbot) -> None:
    page = start(app, qtbot)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.confirm_bar.isVisible()
    key(app, qtbot, Qt.Key.Key_Escape)  # asked: Esc goes on
    assert not page.confirm_bar.isVisible() and page.ring.caption == "GET READY"
    assert app.controller.running
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    key(app, qtbot, Qt.Key.Key_Enter)
    assert app.history.list_sessions()[0].status == "stopped"


def test_the_stop_question_reads_from_the_floor(app: App, qtbot) -> None:
    """As large as the step's words, with big buttons that show their keys."""
    page = start(app, qtbot)
    app.advance(3)
    doing_px = page.doing.font().pixelSize()
    key(app, qtbot, Qt.Key.Key_Escape)
    assert page.asking_to_stop and page.confirm_bar.isVisible()
    assert page.confirm_text.font().pixelSize() >= doing_px
    assert page.confirm_text.font().pixelSize() >= page.title.font().pixelSize()
    assert not page.doing.isVisible()  # the question stands in the words' place
    yes, no = page.confirm_yes, page.confirm_no
    assert "Enter" in yes.text() and "Esc" in no.text()
    for button in (yes, no):
        assert button.isVisible() and button.font().pixelSize() >= doing_px
        assert button.height() >= 0.07 * page.height()
        assert button.height() > page.stop_button.height()
    key(app, qtbot, Qt.Key.Key_Space)  # Space goes on too
    assert not page.confirm_bar.isVisible() and page.doing.isVisible()


def test_sharp_pain_key_stops_at_once_with_advice(app: App, qtbot) -> None:
    start(app, qtbot)
    app.advance(20)
    key(app, qtbot, Qt.Key.Key_P)
    summary = app.window.summary
    assert app.window.pages.currentWidget() is summary
    assert summary.heading.text() == "Stopped for sharp pain"
    assert summary.advice.isVisible() and "rest" in summary.advice.text().lower()
    session = app.history.get_session(app.history.list_sessions()[0].id)
    assert session is not None and session.status == "sharp-pain"
    assert session.segments[-1].kind == "hold" and session.segments[-1].actual_s == 5


def test_sharp_pain_button(app: App, qtbot) -> None:
    page = start(app, qtbot)
    qtbot.mouseClick(page.pain_button, Qt.MouseButton.LeftButton)
    assert app.history.list_sessions()[0].status == "sharp-pain"


def test_ctrl_q_mid_session_records_stopped(app: App, qtbot) -> None:
    start(app, qtbot)
    app.advance(40)
    key(app, qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not app.window.isVisible()
    session = app.history.list_sessions()[0]
    assert session.status == "stopped" and session.segment_count == 2


def test_a_failed_save_is_kept_and_retried(app: App, qtbot, monkeypatch) -> None:
    page = start(app, qtbot)
    real_add = app.history.add_segment
    failing = {"on": True}

    def add(session_id, segment):
        if failing["on"]:
            raise DatabaseError("Could not save to history.sqlite3: the disk is full.")
        real_add(session_id, segment)

    monkeypatch.setattr(app.history, "add_segment", add)
    app.advance(15 + 30)
    banner = app.window.save_banner
    assert banner.isVisible() and "disk is full" in banner.text()
    assert app.saving.unsaved == 2
    assert page.ring.caption == "REST"  # the session goes on
    failing["on"] = False
    app.advance(10)
    assert not banner.isVisible() and app.saving.unsaved == 0
    session = app.history.get_session(app.history.list_sessions()[0].id)
    assert session is not None
    assert [s.kind for s in session.segments] == ["prepare", "hold", "rest"]


def test_f11_toggles_full_screen(app: App, qtbot) -> None:
    key(app, qtbot, Qt.Key.Key_F11)
    assert app.window.isFullScreen()
    key(app, qtbot, Qt.Key.Key_F11)
    assert not app.window.isFullScreen()


def test_get_ready_shows_how_to_get_into_position(app: App, qtbot) -> None:
    page = start(app, qtbot)
    assert page.ring.caption == "GET READY"
    assert page.doing.text().startswith("Sit tall, one leg straight")


def test_the_countdown_is_big_at_1280x800(app: App, qtbot) -> None:
    page = start(app, qtbot)
    assert page.ring.height() >= 300
    assert page.side.font().pixelSize() >= 40


def test_every_control_has_an_accessible_name(app: App, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    start(app, qtbot)
    assert app.window.summary and app.window.history  # every page built
    widgets = app.window.findChildren(QAbstractButton) + app.window.findChildren(QLabel)
    ours = [w for w in widgets if not w.objectName().startswith("qt_")]  # Qt's own parts
    assert len(ours) > 30
    for widget in ours:
        assert widget.accessibleName(), widget

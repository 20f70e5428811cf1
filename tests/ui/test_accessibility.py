"""Every page and dialog, by keyboard and by screen reader.

On each page, Tab is pressed from the first control until the focus comes back to it:
the walk must reach every visible, enabled control and never get stuck. Every control,
picture, chart and notice on screen, and every widget the focus visits, must have an
accessible name and an accessible description.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QPushButton, QWidget

from hamstring_coach.storage.backups import Backup, take_backup
from hamstring_coach.ui import opening
from hamstring_coach.ui.ice_alert import IceAlert
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.tray import Tray

from .accessibility import shown_controls, tabbable, unnamed, walk_focus
from .conftest import App
from .desktop_fakes import FakeNotifier, FakeSound


def check_page(qtbot, window: QWidget, *, first: QWidget | None = None) -> list[QWidget]:
    """Check names and the focus walk of what ``window`` shows; the walk's order."""
    controls = shown_controls(window)
    assert controls, "nothing to check"
    tab = [c for c in controls if tabbable(c) and c.isEnabled()]
    assert unnamed(controls) == []
    start = first or tab[0]
    seen = walk_focus(qtbot, start)
    assert unnamed(seen) == []
    stops = {one_stop(w) for w in seen} - {None}
    missing = [c.accessibleName() for c in tab if c not in seen and one_stop(c) not in stops]
    assert missing == []
    return seen


def one_stop(widget: QWidget) -> tuple[str, int] | None:
    """Exclusive buttons are one stop for Tab (arrow keys move inside): which one."""
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return ("group", id(group))
        if widget.autoExclusive():
            return ("parent", id(widget.parentWidget()))
    return None


def names(widgets: list[QWidget]) -> list[str]:
    return [w.accessibleName() for w in widgets]


def test_the_today_page(app: App, qtbot) -> None:
    today = app.window.today
    for banner in (app.window.save_banner, app.window.cue_banner, app.window.desktop_banner):
        banner.setText("A problem, said in one sentence.")
        banner.show()
    seen = check_page(qtbot, app.window, first=app.window.home_tab)
    # The tabs, then the left column (care note, injury form), then the routine cards.
    order = names(seen)
    assert order[:5] == ["Today", "History", "Care notes", "My routines", "Settings"]
    assert order.index("Which leg") < order.index(today.cards["ice"].accessibleName())
    assert order.index("Minutes of ice") == order.index("Start Ice (R.I.C.E.)") - 1
    cards = [today.cards[rid] for rid in today.cards]
    shown = sorted(cards, key=lambda card: card.y())
    assert [c for c in seen if c in cards] == shown  # in the order they are listed


def test_the_history_page_its_pictures_and_dialogs(app_with_folder: App, qtbot) -> None:
    app = app_with_folder
    app.window.start_routine("warm-up")
    app.advance(30)
    app.controller.stop()
    take_backup(app.db_path, app.db_path.parent / "backups", date(2026, 1, 1))
    app.window.show_history()
    page = app.window.history
    seen = check_page(qtbot, app.window, first=app.window.home_tab)
    assert page.table in seen and page.detail.note in seen and page.filters.search in seen
    order = names(seen)
    assert order.index("Past sessions") < order.index("Note")  # the list, then its detail
    page.show_pictures()
    seen = check_page(qtbot, app.window, first=app.window.home_tab)
    assert page.pictures_tab in seen or page.list_tab in seen  # one stop; arrows choose
    page.show_list()
    for open_dialog, found in (
        (page.open_export, lambda: page.export_dialog),
        (page.open_restore, lambda: page.restore_dialog),
    ):
        open_dialog()
        dialog = found()
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda d=dialog: getattr(d, "lister", None) is None, timeout=10_000)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        check_page(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()


def test_the_settings_page(app: App, qtbot) -> None:
    app.window.show_settings()
    seen = check_page(qtbot, app.window, first=app.window.home_tab)
    assert app.window.settings_page.theme in seen


def test_the_care_notes_page(app: App, qtbot) -> None:
    app.window.show_care_notes()
    seen = check_page(qtbot, app.window, first=app.window.home_tab)
    assert app.window.care_notes.back_button in seen


def test_the_routines_page_and_the_editor(app: App, qtbot) -> None:
    app.window.show_routines_page()
    page = app.window.routines_page
    page.list.setCurrentRow(0)
    check_page(qtbot, app.window, first=app.window.home_tab)
    page.copy_selected()
    editor = page.editor
    assert editor is not None and editor.isVisible()
    seen = check_page(qtbot, app.window, first=app.window.home_tab)
    assert editor.save_button in seen and editor.title in seen
    editor.title.setFocus()
    qtbot.keyClick(editor.title, Qt.Key.Key_Escape)  # Esc leaves the editor
    assert page.editor is None and QApplication.focusWidget() is page.list


def test_the_summary_page_and_its_pain_scale(app: App, qtbot) -> None:
    app.window.start_routine("warm-up")
    app.controller.stop("sharp-pain")
    summary = app.window.summary
    seen = check_page(qtbot, app.window, first=app.window.home_tab)
    assert summary.ice_button in seen
    # The scale is one Tab stop; the arrow keys walk along it.
    zero = summary.rating.button(0)
    assert zero in seen
    zero.setFocus()
    qtbot.keyClick(zero, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is summary.rating.button(1)


def test_the_session_page_is_keys_with_described_buttons(app: App, qtbot) -> None:
    app.window.start_routine("gentle-stretching")
    page = app.window.session
    controls = shown_controls(app.window)
    assert page.ring in controls and page.picture in controls
    assert unnamed(controls) == []
    # The buttons take no focus (the keys are the session's); each names its key.
    keys = {
        page.back_button: "Left arrow",
        page.pause_button: "Space",
        page.skip_button: "Right arrow",
        page.stop_button: "Esc",
        page.pain_button: "P.",
        page.full_screen_button: "F11",
    }
    for button, key in keys.items():
        assert key in button.accessibleDescription(), button.accessibleName()
    page.ask_stop()
    bar_buttons = page.confirm_bar.findChildren(QPushButton)
    assert len(bar_buttons) == 2 and unnamed(bar_buttons) == []
    qtbot.keyClick(app.window, Qt.Key.Key_Escape)  # asked: Esc goes on
    assert app.controller.running
    page.ask_stop()
    qtbot.keyClick(app.window, Qt.Key.Key_Return)  # Enter stops
    assert not app.controller.running


def test_the_ring_says_the_kind_of_moment_not_every_second(app: App, qtbot) -> None:
    app.window.start_routine("gentle-stretching")
    ring = app.window.session.ring
    app.advance(15)
    described = ring.accessibleDescription()
    assert described.startswith("HOLD")
    app.advance(5)
    assert ring.accessibleDescription() == described
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert ring.accessibleDescription().startswith("PAUSED")
    app.controller.stop()


def test_the_injury_form_and_the_acute_question(app: App, qtbot) -> None:
    app.injuries.record(app.clock.wall() - timedelta(hours=2), "left", None, app.clock.wall())
    app.window.show_today()
    app.window.start_routine("gentle-stretching")
    box = app.window.acute_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert unnamed([box, *box.buttons()]) == []
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc: not now
    assert app.window.acute_question is None and not app.controller.running
    check_page(qtbot, app.window, first=app.window.home_tab)
    assert app.window.today.form.recovered_button.isEnabled()


def test_the_not_saved_question(app: App, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(type(app.saving), "unsaved", property(lambda _self: 1))
    app.window.request_quit()
    box = app.window._asking
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert unnamed([box, *box.buttons()]) == []
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc keeps the window open
    assert app.window.isVisible()


def test_the_ice_alert(app: App, qtbot) -> None:
    alert = IceAlert(app.window, app.controller, FakeNotifier(), FakeSound(), app.window)
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.advance(15 + 900)
    assert alert.active
    assert unnamed([alert.panel, *shown_controls(alert.panel)]) == []
    qtbot.keyClick(app.window, Qt.Key.Key_Escape)
    assert not alert.active


def test_the_tray_menu(app: App) -> None:
    tray = Tray(app.controller, QIcon(), app.window)
    menu = QAccessible.queryAccessibleInterface(tray.menu)
    assert menu is not None and menu.text(QAccessible.Text.Name) == "Hamstring Coach"
    entries = [a for a in tray.menu.actions() if not a.isSeparator()]
    said = [menu.child(i).text(QAccessible.Text.Name) for i in range(menu.childCount())]
    for action in entries:
        assert action.text() in said or not action.text()  # the status line fills later
        assert action.statusTip().strip(), action.text()
    tray.menu.deleteLater()


def test_the_restore_question(qapp, tmp_path: Path) -> None:
    seen: list[list[str]] = []

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [box for box in boxes if box.isVisible()]
        if not shown:
            QTimer.singleShot(10, look)
            return
        seen.append(unnamed([shown[0], *shown[0].buttons()]))
        QTest.keyClick(shown[0], Qt.Key.Key_Escape)

    QTimer.singleShot(0, look)
    backup = Backup(tmp_path / "b.sqlite3", date(2026, 3, 1), None)
    assert opening.ask_to_restore("history.damaged", backup) is False  # Esc: start empty
    assert seen == [[]]


@pytest.mark.parametrize("page", ["today", "settings"])
def test_a_missing_description_is_found(app: App, qtbot, page: str) -> None:
    """The check can fail: one control without a description is named in the failure."""
    window: MainWindow = app.window
    if page == "settings":
        window.show_settings()
        control: QWidget = window.settings_page.theme
    else:
        control = window.today.start_buttons["warm-up"]
    control.setAccessibleDescription("")
    with pytest.raises(AssertionError, match=control.accessibleName()):
        check_page(qtbot, window, first=window.home_tab)

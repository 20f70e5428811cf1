"""The settings page, used by keyboard on the real window and a real history file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QScrollBar,
    QWidget,
)

from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.settings import SettingsRepository
from hamstring_coach.ui.settings_page import SettingsPage

from .conftest import App, make_app

CONTROLS = (QAbstractSpinBox, QComboBox, QAbstractButton, QAbstractSlider)


def stored(db_path: Path) -> Settings:
    """The settings as another program reads them from the file."""
    with closing(open_database(db_path, readonly=True)) as conn:
        return SettingsRepository(conn).load()


def open_page(app: App, qtbot) -> SettingsPage:
    qtbot.keyClick(app.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    page = app.window.settings_page
    assert app.window.pages.currentWidget() is page
    assert app.window.settings_tab.isChecked()
    return page


def type_into(qtbot, spin: QWidget, text: str) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def press(qtbot, widget: QWidget, key: Qt.Key, times: int = 1) -> None:
    widget.setFocus()
    for _ in range(times):
        qtbot.keyClick(widget, key)


def test_every_setting_by_keyboard_is_saved_at_once_and_read_back(
    app: App, qtbot, tmp_path: Path
) -> None:
    page = open_page(app, qtbot)
    assert stored(app.db_path) == Settings()
    type_into(qtbot, page.hold, "24")
    assert stored(app.db_path).hold_s == 24  # saved at once, no Save button
    press(qtbot, page.repetitions, Qt.Key.Key_Down)
    type_into(qtbot, page.rest, "15")
    press(qtbot, page.sore_leg, Qt.Key.Key_Up)  # both -> right
    assert page.sore_side_only.isEnabled()
    press(qtbot, page.sore_side_only, Qt.Key.Key_Space)
    press(qtbot, page.voice, Qt.Key.Key_Space)
    assert not page.voice_volume.isEnabled()
    press(qtbot, page.sounds_volume, Qt.Key.Key_PageDown)
    press(qtbot, page.full_screen, Qt.Key.Key_Space)
    press(qtbot, page.theme, Qt.Key.Key_Down, 2)  # system -> light -> dark
    press(qtbot, page.ice_minutes, Qt.Key.Key_Down)
    press(qtbot, page.ice_interval, Qt.Key.Key_Up)
    wanted = Settings(
        hold_s=24, repetitions=2, rest_s=15, sore_leg="right", sore_side_only=True,
        voice=False, voice_volume=0.8, sounds=True, sounds_volume=0.7, full_screen=True,
        theme="dark", ice_minutes=19, ice_interval_h=2.5,
    )  # fmt: skip
    assert app.settings.current == wanted
    assert stored(app.db_path) == wanted
    app.close()

    # A new window on the same file starts with them, and its page shows them.
    again = make_app(qtbot, tmp_path)
    try:
        assert again.settings.current == wanted
        shown = open_page(again, qtbot)
        assert shown.hold.value() == 24 and shown.rest.text() == "15 s"
        assert shown.sore_leg.currentData() == "right" and shown.sore_side_only.isChecked()
        assert not shown.voice.isChecked() and shown.sounds_volume.value() == 70
        assert shown.theme.currentData() == "dark" and shown.full_screen.isChecked()
        assert shown.ice_interval.value() == 2.5
        assert shown.read() == wanted  # showing a value never changes it
    finally:
        again.close()


def test_a_value_out_of_range_cannot_be_entered(app: App, qtbot) -> None:
    page = open_page(app, qtbot)
    type_into(qtbot, page.hold, "45")
    type_into(qtbot, page.rest, "500")
    press(qtbot, page.repetitions, Qt.Key.Key_Up, 3)
    press(qtbot, page.ice_minutes, Qt.Key.Key_PageUp)
    current = app.settings.current
    assert 20 <= current.hold_s <= 30 and 5 <= current.rest_s <= 60
    assert current.repetitions == 3 and current.ice_minutes == 20
    assert stored(app.db_path) == current


def test_every_control_has_a_name_and_tab_reaches_it(app: App, qtbot) -> None:
    page = open_page(app, qtbot)
    controls = [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, CONTROLS) and not isinstance(w, QScrollBar)  # the scroll area's own
    ]
    assert len(controls) >= 14
    for control in controls:
        assert control.accessibleName().strip(), type(control).__name__
    # From the first control, Tab visits every visible, enabled one.
    page.hold.setFocus()
    seen: list[QWidget] = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        if isinstance(focused, QWidget) and focused.parent() and not isinstance(focused, CONTROLS):
            focused = focused.parentWidget()  # a spin box's line edit
        if focused is not None and focused not in seen:
            seen.append(focused)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    reachable = [c for c in controls if c.isVisible() and c.isEnabled()]
    missing = [c.accessibleName() for c in reachable if c not in seen]
    assert missing == []
    order = [w for w in seen if w in (page.hold, page.sore_leg, page.theme, page.ice_interval)]
    assert order == [page.hold, page.sore_leg, page.theme, page.ice_interval]


def test_back_to_the_usual_settings(app: App, qtbot) -> None:
    page = open_page(app, qtbot)
    type_into(qtbot, page.hold, "20")
    press(qtbot, page.theme, Qt.Key.Key_Down)
    assert stored(app.db_path) != Settings()
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert stored(app.db_path) == Settings() == app.settings.current
    assert page.hold.value() == 30 and page.theme.currentData() == "system"


def test_a_locked_file_keeps_the_change_says_so_and_saves_it_later(app: App, qtbot) -> None:
    app.connection.execute("PRAGMA busy_timeout = 20")
    page = open_page(app, qtbot)
    other = sqlite3.connect(app.db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        type_into(qtbot, page.hold, "21")
        assert app.settings.current.hold_s == 21  # used at once all the same
        assert page.notice.isVisible() and page.retry_button.isVisible()
        text = page.notice.text()
        assert "locked" in text and str(app.db_path) in text
        assert text.endswith(".") and text.count(". ") == 0  # one sentence
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        assert page.notice.isVisible()  # still locked
        other.execute("COMMIT")
    finally:
        other.close()
    assert stored(app.db_path).hold_s == 30
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert not page.notice.isVisible() and not page.retry_button.isVisible()
    assert stored(app.db_path).hold_s == 21


def card_text(app: App, routine_id: str) -> str:
    card = app.window.today.start_buttons[routine_id].parentWidget()
    assert card is not None
    return " ".join(label.text() for label in card.findChildren(QLabel))


def test_settings_shape_the_next_session_and_the_routine_cards(app: App, qtbot) -> None:
    before = card_text(app, "gentle-stretching")
    page = open_page(app, qtbot)
    type_into(qtbot, page.hold, "20")
    press(qtbot, page.repetitions, Qt.Key.Key_Down)
    press(qtbot, page.sore_leg, Qt.Key.Key_Up, 2)  # both -> right -> left
    press(qtbot, page.sore_side_only, Qt.Key.Key_Space)
    press(qtbot, page.full_screen, Qt.Key.Key_Space)
    after = card_text(app, "gentle-stretching")
    assert "About 14 min." in before and "About 4 min." in after  # the card follows
    qtbot.mouseClick(app.window.home_tab, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    engine = app.controller.engine
    assert engine is not None
    holds = [s for s in engine.timeline if s.kind == "hold"]
    assert {(s.side, s.planned_s) for s in holds} == {("left", 20)}
    assert len(holds) == 3 * 2
    assert not [s for s in engine.timeline if s.kind == "switch"]
    assert app.window.isFullScreen()
    app.controller.stop("stopped")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_changed_is_emitted_for_others_to_follow(app: App, qtbot, theme: str) -> None:
    page = open_page(app, qtbot)
    heard: list[Settings] = []
    app.settings.changed.connect(lambda _s: heard.append(app.settings.current))
    page.theme.setCurrentIndex(page.theme.findData(theme))
    assert [s.theme for s in heard] == [theme]


def test_a_change_the_file_refused_is_tried_again_when_quitting(app: App, qtbot) -> None:
    app.connection.execute("PRAGMA busy_timeout = 20")
    page = open_page(app, qtbot)
    other = sqlite3.connect(app.db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        type_into(qtbot, page.hold, "22")
        assert app.settings.unsaved
        other.execute("COMMIT")
    finally:
        other.close()
    with qtbot.waitSignal(app.window.quitRequested, timeout=1000):
        app.window.request_quit()
    assert stored(app.db_path).hold_s == 22 and not app.settings.unsaved

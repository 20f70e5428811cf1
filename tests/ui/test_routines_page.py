"""My routines in the real window: import, export, copy and change, delete."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from hamstring_coach.core.routines import load_routine
from hamstring_coach.ui.routines_page import RoutinesPage

from ..own_routine import GOOD
from .conftest import App, make_app


def open_page(app: App, qtbot) -> RoutinesPage:
    qtbot.mouseClick(app.window.routines_tab, Qt.MouseButton.LeftButton)
    page = app.window.routines_page
    assert app.window.pages.currentWidget() is page and app.window.routines_tab.isChecked()
    return page


def select(page: RoutinesPage, routine_id: str) -> None:
    for row in range(page.list.count()):
        item = page.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == routine_id:
            page.list.setCurrentItem(item)
            return
    raise AssertionError(f"{routine_id} is not listed")


def listed(page: RoutinesPage) -> dict[str, str]:
    items = (page.list.item(row) for row in range(page.list.count()))
    return {str(item.data(Qt.ItemDataRole.UserRole)): item.text() for item in items}


def own_folder(app: App) -> Path:
    return app.db_path.parent / "routines"


def write_good(folder: Path) -> Path:
    path = folder / "physio.toml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_through_the_file_dialog_offers_the_routine_at_once(
    app: App, qtbot, tmp_path: Path
) -> None:
    source = tmp_path / "physio.toml"
    source.write_text(GOOD, encoding="utf-8")
    page = open_page(app, qtbot)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert QApplication.activeModalWidget() in (None, dialog)  # opened, not exec()
    dialog.selectFile(str(source))
    dialog.accept()
    assert "from-my-physio" in app.window.today.start_buttons
    assert "Your own" in listed(page)["from-my-physio"]
    assert "Built in" in listed(page)["gentle-stretching"]
    assert page.status.isVisible() and "From my physio" in page.status.text()
    assert (own_folder(app) / "from-my-physio.toml").read_text(encoding="utf-8") == GOOD
    # An own routine keeps its own numbers whatever the settings say.
    qtbot.mouseClick(app.window.home_tab, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(app.window.today.start_buttons["from-my-physio"], Qt.MouseButton.LeftButton)
    engine = app.controller.engine
    assert engine is not None
    holds = [(s.side, s.planned_s) for s in engine.timeline if s.kind == "hold"]
    assert holds == [("left", 40), ("left", 40), ("right", 40), ("right", 40)]
    assert {s.planned_s for s in engine.timeline if s.kind == "rest"} == {15}
    app.controller.stop("stopped")


def test_a_bad_file_changes_nothing_and_says_why(app: App, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "bad.toml"
    source.write_text(GOOD.replace("hold_s = 40", "hold_s = 50"), encoding="utf-8")
    page = open_page(app, qtbot)
    before = dict(app.window.today.start_buttons)
    page.import_from(source)
    assert page.notice.isVisible()
    sentence = page.notice.text()
    assert "bad.toml" in sentence and "hold_s" in sentence and sentence.endswith(".")
    assert "\n" not in sentence
    assert set(app.window.today.start_buttons) == set(before)
    assert "from-my-physio" not in listed(page)
    assert not own_folder(app).exists() or list(own_folder(app).iterdir()) == []


def test_the_same_id_again_asks_before_replacing(app: App, qtbot, tmp_path: Path) -> None:
    first = tmp_path / "first.toml"
    first.write_text(GOOD, encoding="utf-8")
    newer = tmp_path / "newer.toml"
    newer.write_text(GOOD.replace("From my physio", "From my physio, week 2"), encoding="utf-8")
    page = open_page(app, qtbot)
    page.import_from(first)
    page.import_from(newer)
    box = page.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "newer.toml" in box.text()
    keep = next(b for b in box.buttons() if b.text() == "Keep")
    keep.click()
    assert "week 2" not in listed(page)["from-my-physio"]
    page.import_from(newer)
    box = page.question
    assert box is not None
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    replace.click()
    assert "week 2" in listed(page)["from-my-physio"]
    assert len([p for p in own_folder(app).iterdir()]) == 1


def test_copy_and_change_by_keyboard_leaves_the_builtin_file_alone(
    app: App, qtbot, tmp_path: Path
) -> None:
    page = open_page(app, qtbot)
    builtin = app.window.library
    assert builtin is not None
    builtin_path = builtin.get("gentle-stretching").path
    before = digest(builtin_path)
    select(page, "gentle-stretching")
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and page.stack.currentWidget() is editor
    assert QApplication.focusWidget() is editor.title
    qtbot.keyClicks(editor.title, "Morning stretches")  # replaces the selected title
    first = builtin.get("gentle-stretching").routine.steps[0].id
    hold = editor.spin(first, "hold_s")
    hold.setFocus()
    qtbot.keyClick(hold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(hold, "45")
    qtbot.keyClick(hold, Qt.Key.Key_Tab)  # on to repetitions
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # on to rest
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert editor.length.text().startswith("About ")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is None and "Morning stretches" in page.status.text()
    assert digest(builtin_path) == before
    saved = load_routine(own_folder(app) / "gentle-stretching-copy.toml")
    step = saved.steps[0]
    assert saved.title == "Morning stretches"
    assert (step.hold_s, step.repetitions, step.rest_s) == (45, 2, 11)
    assert saved.steps[1:] == builtin.get("gentle-stretching").routine.steps[1:]
    assert "gentle-stretching-copy" in app.window.today.start_buttons
    # Changing it again (Enter on it in the list) keeps one file, under the same id.
    select(page, "gentle-stretching-copy")
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None
    editor.title.setText("Evening stretches")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in own_folder(app).iterdir()] == ["gentle-stretching-copy.toml"]
    assert "Evening stretches" in listed(page)["gentle-stretching-copy"]
    assert digest(builtin_path) == before


def test_cancel_writes_nothing_and_a_title_is_needed(app: App, qtbot) -> None:
    page = open_page(app, qtbot)
    select(page, "gentle-stretching")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    editor.title.clear()
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is editor  # nothing saved
    qtbot.keyClick(editor.title, Qt.Key.Key_Escape)
    assert page.editor is None and page.stack.currentIndex() == 0
    assert not own_folder(app).exists()


def test_export_then_validate(app: App, qtbot, tmp_path: Path) -> None:
    page = open_page(app, qtbot)
    select(page, "gentle-stretching")
    out = tmp_path / "to-edit.toml"
    page.export_to("gentle-stretching", out)
    assert str(out) in page.status.text()
    assert load_routine(out) == load_routine(app.window.library.get("gentle-stretching").path)  # type: ignore[union-attr]
    page.export_to("gentle-stretching", out)  # exists, and not confirmed
    assert page.notice.isVisible() and "already exists" in page.notice.text()


def test_delete_asks_and_keeps_the_history_titles(app: App, qtbot, tmp_path: Path) -> None:
    source = tmp_path / "physio.toml"
    source.write_text(GOOD, encoding="utf-8")
    page = open_page(app, qtbot)
    page.import_from(source)
    select(page, "from-my-physio")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.question
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert "from-my-physio" not in listed(page)
    assert "from-my-physio" not in app.window.today.start_buttons
    assert list(own_folder(app).iterdir()) == []
    assert app.window._titles[("from-my-physio", "seated")] == "Seated stretch"


def test_a_broken_own_file_is_left_out_with_a_sentence(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "good.toml").write_text(GOOD, encoding="utf-8")
    (folder / "broken.toml").write_text("id = 3", encoding="utf-8")
    app = make_app(qtbot, tmp_path)
    try:
        assert "from-my-physio" in app.window.today.start_buttons
        page = open_page(app, qtbot)
        assert page.notice.isVisible() and "broken.toml" in page.notice.text()
    finally:
        app.close()


def test_every_control_has_a_name_and_the_list_model_is_sound(
    app: App, qtbot, qtmodeltester, tmp_path: Path
) -> None:
    page = open_page(app, qtbot)
    # The Python tester lets go of the model when the test ends, before the window does.
    qtmodeltester.check(page.list.model(), force_py=True)
    page.import_from(write_good(tmp_path))  # the list is filled again under the tester
    assert "from-my-physio" in listed(page)
    select(page, "gentle-stretching")
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    kinds = (QAbstractButton, QAbstractSpinBox, QLineEdit)
    controls = [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]
    controls = [w for w in controls if not isinstance(w.parentWidget(), QAbstractSpinBox)]
    assert len(controls) > 10
    assert [type(w).__name__ for w in controls if not w.accessibleName().strip()] == []

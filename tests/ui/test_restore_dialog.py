"""Restore from backup, in the window: the backups listed with their days and sessions,
a damaged one passed over, the current history kept first, and the page reading the
restored history at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from hamstring_coach.storage.backups import check_file, take_backup
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository

from .conftest import App
from .handmade import add_session, at


def open_restore(app: App, qtbot):
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    page = app.window.history
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    dialog = page.restore_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.lister is None, timeout=10_000)
    return page, dialog


def backup_of(app: App, day: date) -> Path:
    made = take_backup(app.db_path, app.db_path.parent / "backups", day)
    assert made is not None
    return made.path


def test_backups_are_listed_with_days_and_sessions(app_with_folder: App, qtbot) -> None:
    app = app_with_folder
    add_session(app.history, at(2026, 1, 1))
    backup_of(app, date(2026, 1, 1))
    add_session(app.history, at(2026, 1, 2))
    backup_of(app, date(2026, 1, 2))
    damaged = app.db_path.parent / "backups" / "hamstring-coach-2026-01-03.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    _page, dialog = open_restore(app, qtbot)
    rows = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert rows == [
        "Saturday, 3 January 2026: damaged, cannot be restored",
        "Friday, 2 January 2026: 2 sessions",
        "Thursday, 1 January 2026: 1 session",
    ]
    assert dialog.intro.text().startswith("Your history now holds 2 sessions.")
    assert dialog.list.currentRow() == 1  # the newest good one
    dialog.list.setCurrentRow(0)
    assert not dialog.restore_button.isEnabled()


def test_restoring_keeps_the_current_history_first(app_with_folder: App, qtbot) -> None:
    app = app_with_folder
    add_session(app.history, at(2026, 1, 1), note="kept in the backup")
    backup_of(app, date(2026, 1, 1))
    add_session(app.history, at(2026, 1, 2))
    add_session(app.history, at(2026, 1, 3))
    page, dialog = open_restore(app, qtbot)
    assert dialog.list.currentRow() == 0
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Replace your history with the backup of Thursday, 1 January 2026 (1 session)?" in (
        dialog.question.text()
    )
    assert app.history.count_sessions() == 3  # nothing happens before it is confirmed
    with qtbot.waitSignal(page.historyReplaced):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert app.history.count_sessions() == 1
    kept = sorted(app.db_path.parent.glob("hamstring-coach.sqlite3.before-restore-*"))
    assert len(kept) == 1 and check_file(kept[0]).sessions == 3
    assert dialog.outcome.text().startswith("Restored the backup of Thursday, 1 January 2026")
    assert page.sessions.rowCount() == 1 and page.detail.session is not None
    assert page.detail.session.note == "kept in the backup"
    add_session(app.history, at(2026, 1, 4))  # the open file takes new sessions as before
    assert app.history.count_sessions() == 2


def test_steps_are_read_right_after_a_restore(app_with_folder: App, qtbot, tmp_path) -> None:
    app = app_with_folder
    add_session(app.history, at(2026, 1, 2), step="seated-stretch")
    assert app.history.list_sessions()[0].id  # the step codes of this file are read
    other = tmp_path / "other.sqlite3"
    connection = open_database(other)
    try:
        add_session(HistoryRepository(connection), at(2025, 12, 1), step="standing-stretch")
    finally:
        connection.close()
    made = take_backup(other, app.db_path.parent / "backups", date(2025, 12, 1))
    assert made is not None
    page, dialog = open_restore(app, qtbot)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    restored = app.history.get_session(app.history.list_sessions()[0].id)
    assert restored is not None
    assert {s.step_id for s in restored.segments} == {"standing-stretch"}
    exercise = page.detail.model.index(0, 0).data()
    assert exercise == "Standing hamstring stretch"


def test_without_backups_it_says_when_they_are_made(app_with_folder: App, qtbot) -> None:
    _page, dialog = open_restore(app_with_folder, qtbot)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.intro.text().startswith("There are no backups yet.")


def test_a_refused_restore_changes_nothing(app_with_folder: App, qtbot, monkeypatch) -> None:
    app = app_with_folder
    add_session(app.history, at(2026, 1, 1))
    path = backup_of(app, date(2026, 1, 1))
    add_session(app.history, at(2026, 1, 2))
    _page, dialog = open_restore(app, qtbot)
    path.write_bytes(b"not a database at all")  # damaged after it was listed
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text().startswith("Not restored: ")
    assert "damaged" in dialog.outcome.text()
    assert app.history.count_sessions() == 2
    assert not list(app.db_path.parent.glob("*.before-restore-*"))

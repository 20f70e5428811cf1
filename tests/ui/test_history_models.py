"""Every Qt model of the app under pytest-qt's qtmodeltester, through its whole life.

qtmodeltester attaches Qt's QAbstractItemModelTester, which stays attached and checks
each signal the model sends afterwards (rows fetched, reset by a filter, removed by a
delete, put back by undo); a broken promise is a Qt warning, and a warning fails the
test. The last test finds every model class written in ``hamstring_coach/ui`` and asks
that each is in use behind a view of the window with the History page and its dialogs
open, and checked there, so a new model cannot go unchecked.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from hamstring_coach.storage.backups import take_backup

from .conftest import App
from .handmade import NEW_YORK, add_session, at
from .test_history_page import open_history

UI = Path(__file__).parent.parent.parent / "hamstring_coach" / "ui"
TESTS = Path(__file__).parent.parent
MODEL_BASES = r"Q\w*(?:ItemModel|ListModel|TableModel|ProxyModel)"


def test_the_session_list_through_fetching_filters_delete_and_undo(
    app: App, qtbot, monkeypatch, qtmodeltester
) -> None:
    import hamstring_coach.ui.session_list_model as list_model

    monkeypatch.setattr(list_model, "PAGE", 3)
    for day in range(1, 9):
        add_session(app.history, at(2026, 1, day), note="tight" if day % 2 else None)
    add_session(app.history, at(2026, 1, 9, zone=NEW_YORK), routine="strengthening")
    add_session(app.history, at(2026, 1, 10), status="sharp-pain", done=1)
    page = open_history(app, qtbot, settle=False)
    model = page.sessions
    qtmodeltester.check(model)
    root = QModelIndex()
    while model.canFetchMore(root):
        model.fetchMore(root)
    # The tester asks for more from rowsAboutToBeInserted: no session is listed twice.
    ids = [model.session_at(row).id for row in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == model.total == 10

    filters = page.filters
    qtbot.waitUntil(lambda: filters.routine.count() == 3, timeout=2000)
    filters.routine.setCurrentIndex(filters.routine.findData("strengthening"))
    assert model.rowCount() == 1
    filters.clear()
    qtbot.keyClicks(filters.search, "tight")
    assert model.total == 4
    filters.clear()
    assert model.total == 10

    page.table.selectRow(1)
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    assert model.total == 9 and app.history.count_sessions() == 9
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert model.total == 10 and app.history.count_sessions() == 10
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert model.total == 9


def test_the_session_detail_through_every_kind_of_session(app: App, qtbot, qtmodeltester) -> None:
    add_session(app.history, at(2026, 1, 1), holds=3)
    add_session(app.history, at(2026, 1, 2), status="sharp-pain", holds=4, done=2)
    add_session(app.history, at(2026, 1, 3), routine="strengthening", holds=1)
    add_session(app.history, at(2026, 1, 4), status="stopped", holds=2, done=0)
    page = open_history(app, qtbot)
    model = page.detail.model
    qtmodeltester.check(model)
    seen = set()
    for row in range(page.sessions.rowCount()):
        page.table.selectRow(row)
        session = page.detail.session
        assert session is not None
        seen.add(session.id)
        assert model.rowCount() >= 1
        for exercise in range(model.rowCount()):
            parent = model.index(exercise, 0)
            for child in range(model.rowCount(parent)):
                assert model.index(child, 0, parent).data()
    assert len(seen) == 4
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the detail empties with its session
    assert app.history.count_sessions() == 3
    qtmodeltester.check(model)


def test_the_restore_dialogs_list(app_with_folder: App, qtbot, qtmodeltester) -> None:
    from .test_restore_dialog import open_restore

    app = app_with_folder
    backups = app.db_path.parent / "backups"
    add_session(app.history, at(2026, 1, 1))
    take_backup(app.db_path, backups, date(2026, 1, 1))
    add_session(app.history, at(2026, 1, 2))
    take_backup(app.db_path, backups, date(2026, 1, 2))
    (backups / "hamstring-coach-2026-01-03.sqlite3").write_bytes(b"SQLite format 3\x00" * 40)
    _page, dialog = open_restore(app, qtbot)
    assert dialog.list.count() == 3
    # Qt's own list model: the Python tester, as Qt's C++ one would still be listening
    # while the QListWidget tears its model down.
    qtmodeltester.check(dialog.list.model(), force_py=True)


def _model_classes() -> set[str]:
    """The model classes written in hamstring_coach/ui, found in the source."""
    found = set()
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text("utf-8")
        found.update(re.findall(rf"^class (\w+)\({MODEL_BASES}\b", text, re.M))
    return found


def _models_in_use() -> list[QAbstractItemModel]:
    """The app's own models behind every view and in every window now open."""
    found: dict[int, QAbstractItemModel] = {}
    for window in QApplication.topLevelWidgets():
        models = [view.model() for view in window.findChildren(QAbstractItemView)]
        models += window.findChildren(QAbstractItemModel)
        for model in models:
            if model is not None and type(model).__module__.startswith("hamstring_coach"):
                found[id(model)] = model
    return list(found.values())


def test_every_model_class_is_in_use_and_checked(
    app_with_folder: App, qtbot, qtmodeltester
) -> None:
    from .test_restore_dialog import open_restore

    app = app_with_folder
    add_session(app.history, at(2026, 1, 1), status="sharp-pain", holds=2, done=1)
    take_backup(app.db_path, app.db_path.parent / "backups", date(2026, 1, 1))
    page, _dialog = open_restore(app, qtbot)
    page.table.selectRow(0)
    assert page.detail.model.rowCount() == 1
    written = _model_classes()
    assert {"SessionListModel", "SessionDetailModel"} <= written  # the search works
    in_use = _models_in_use()
    assert {type(model).__name__ for model in in_use} == written
    for model in in_use:
        qtmodeltester.check(model)

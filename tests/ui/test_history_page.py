from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from .conftest import App


def run_session(app: App, qtbot, seconds: float, pain: int | None = None) -> None:
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    app.advance(seconds)
    if app.window.pages.currentWidget() is app.window.session:
        qtbot.keyClick(app.window, Qt.Key.Key_P)
    if pain is not None:
        qtbot.mouseClick(app.window.summary.rating.button(pain), Qt.MouseButton.LeftButton)


def test_history_lists_sessions_newest_first_with_detail(app: App, qtbot, qtmodeltester) -> None:
    run_session(app, qtbot, 20)
    run_session(app, qtbot, 50, pain=4)
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    page = app.window.history
    assert app.window.pages.currentWidget() is page
    assert not page.empty.isVisible()
    model = page.sessions
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[1] == "Gentle stretching" and row[3] == "Sharp pain" and row[4] == "4/10"
    assert row[2] == "0:50"
    assert model.index(1, 2).data() == "0:20"
    assert page.segments.rowCount() == 3  # newest session selected: prepare, hold, rest
    qtmodeltester.check(page.segments)
    page.table.selectRow(1)
    assert page.segments.rowCount() == 2
    assert page.segments.index(1, 6).data() == "skipped"
    first = [page.segments.index(1, c).data() for c in range(4)]
    assert first == ["Seated hamstring stretch", "Hold", "Left leg", "1"]


def test_history_shows_an_empty_state(app: App, qtbot) -> None:
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    assert app.window.history.empty.isVisible()
    assert app.window.history.sessions.rowCount() == 0


def test_history_fetches_lazily(app: App, qtbot, monkeypatch) -> None:
    import hamstring_coach.ui.history_page as history_page

    monkeypatch.setattr(history_page, "PAGE", 2)
    for _ in range(5):
        run_session(app, qtbot, 1)
    page = app.window.history
    page.reload()
    assert page.sessions.rowCount() == 2
    assert page.sessions.canFetchMore(page.sessions.index(-1, -1))
    while page.sessions.canFetchMore(page.sessions.index(-1, -1)):
        page.sessions.fetchMore(page.sessions.index(-1, -1))
    assert page.sessions.rowCount() == 5


def test_a_history_that_cannot_be_read_is_said_on_the_page(app: App, qtbot, monkeypatch) -> None:
    from hamstring_coach.storage.database import DatabaseError

    run_session(app, qtbot, 20)

    def broken(*args, **kwargs):
        raise DatabaseError("Could not read history.sqlite3: the disk reported a read error.")

    monkeypatch.setattr(app.history, "list_sessions", broken)
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    page = app.window.history
    assert page.problem.isVisible() and "read error" in page.problem.text()
    assert page.sessions.rowCount() == 0  # the model stayed whole
    monkeypatch.undo()
    page.reload()
    assert not page.problem.isVisible() and page.sessions.rowCount() == 1


def test_a_failing_detail_or_next_page_is_said_on_the_page(
    app: App, qtbot, monkeypatch, qtmodeltester
) -> None:
    import hamstring_coach.ui.history_page as history_page
    from hamstring_coach.storage.database import DatabaseError

    monkeypatch.setattr(history_page, "PAGE", 1)
    run_session(app, qtbot, 20)
    run_session(app, qtbot, 20)
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    page = app.window.history

    def broken(*args, **kwargs):
        raise DatabaseError("Could not read history.sqlite3: the file is damaged.")

    monkeypatch.setattr(app.history, "list_sessions", broken)
    monkeypatch.setattr(app.history, "get_session", broken)
    root = page.sessions.index(-1, -1)
    assert page.sessions.canFetchMore(root)
    page.sessions.fetchMore(root)
    assert page.problem.isVisible() and "damaged" in page.problem.text()
    assert not page.sessions.canFetchMore(root) and page.sessions.rowCount() == 1
    page.problem.hide()
    page.table.setCurrentIndex(QModelIndex())
    page.table.selectRow(0)  # a new current row reads its segments
    assert page.problem.isVisible() and page.segments.rowCount() == 0
    qtmodeltester.check(page.sessions)


def test_a_bad_row_in_a_sound_file_is_said_on_the_page(app: App, qtbot) -> None:
    run_session(app, qtbot, 20)
    app.connection.execute("UPDATE sessions SET started_at = 'yesterday'")
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    page = app.window.history
    assert page.problem.isVisible()
    assert "history.sqlite3" in page.problem.text()

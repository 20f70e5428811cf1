from __future__ import annotations

from PySide6.QtCore import Qt

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

"""Keys typed while the window opens: the frame shows before the start page is in, and
what is typed in between reaches the page once it is, as if it had been there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from hamstring_coach.core.engine import State
from hamstring_coach.ui.main_window import MainWindow

from .conftest import App, make_app


def _typed_while_opening(
    qtbot,
    folder: Path,
    keys: list[Qt.Key],
    after_open: Callable[[MainWindow], None] | None = None,
) -> App:
    def type_into_the_frame(window: MainWindow) -> None:
        assert not window.is_open
        for key in keys:
            target = QApplication.focusWidget() or window
            qtbot.keyClick(target, key)

    return make_app(qtbot, folder, frame_first=type_into_the_frame, after_open=after_open)


def _name(widget: QWidget | None) -> str:
    assert widget is not None
    return f"{type(widget).__name__}:{widget.accessibleName()}"


def test_tabs_typed_while_the_window_opens_move_through_the_start_page(
    qtbot, tmp_path: Path
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    early = _typed_while_opening(qtbot, tmp_path / "a", [Qt.Key.Key_Tab, Qt.Key.Key_Tab])
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.wait(50)  # the kept keys follow in the next turn of the event loop
    focused = QApplication.focusWidget()
    reached_early = _name(focused)
    assert focused is not None and early.window.today.isAncestorOf(focused)
    early.close()

    # The same two Tabs in a window whose page was in from the start.
    usual = make_app(qtbot, tmp_path / "b")
    _ = usual.window.today.form
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    usual.window.focusNextChild()  # the first control, as the window gives it the focus
    first = QApplication.focusWidget()
    assert first is not None and usual.window.today.isAncestorOf(first)
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert _name(QApplication.focusWidget()) == reached_early
    usual.close()


def test_the_tabs_come_after_the_start_page_in_the_tab_order(app: App) -> None:
    """The tabs are built before the page, yet Tab reaches them after it, as in reading
    order from the page's last control."""
    window = app.window
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    tabs = [window.home_tab, window.history_tab, window.notes_tab, window.routines_tab]
    positions = [chain.index(tab) for tab in [*tabs, window.settings_tab]]
    assert positions == sorted(positions)
    page = [
        i
        for i, w in enumerate(chain)
        if window.today.isAncestorOf(w)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and w.isVisible()
    ]
    assert page and max(page) < positions[0]


def test_a_frame_closed_before_the_page_is_in_quits_without_asking(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    quit_asked: list[bool] = []
    window.quitRequested.connect(lambda: quit_asked.append(True))
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
    assert quit_asked == [True]


def test_keys_typed_for_the_page_never_reach_a_session_started_from_the_command_line(
    qtbot, tmp_path: Path
) -> None:
    """``start ROUTINE``: the session begins as the page goes in; Space and P typed into
    the frame were meant for the page, not to pause or stop that session."""
    app = _typed_while_opening(
        qtbot,
        tmp_path,
        [Qt.Key.Key_Space, Qt.Key.Key_P],
        after_open=lambda window: window.start_routine("gentle-stretching"),
    )
    qtbot.wait(50)  # the turn in which kept keys would have followed
    view = app.controller.view()
    assert view is not None and view.state is State.RUNNING
    assert app.window.pages.currentWidget() is app.window.session
    app.close()

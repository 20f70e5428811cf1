"""The session page from across the room: it fits small screens, shows a pause plainly,
and tells where the session is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from hamstring_coach.ui.session_page import SessionPage
from hamstring_coach.ui.theme import LIGHT
from hamstring_coach.ui.widgets.countdown_ring import CountdownRing
from hamstring_coach.ui.window_size import PREFERRED, first_size

from .conftest import App


def start(app: App, qtbot, routine: str = "gentle-stretching") -> SessionPage:
    qtbot.mouseClick(app.window.today.start_buttons[routine], Qt.MouseButton.LeftButton)
    return app.window.session


def _settle(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def _inside(widget: QWidget, window: QWidget) -> bool:
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().contains(box)


def _fully_shown(widget: QWidget, window: QWidget) -> list[str]:
    """What is wrong with how a control is shown: hidden, off the window, or squeezed."""
    problems = []
    name = widget.accessibleName()
    if not widget.isVisible():
        problems.append(f"{name} is hidden")
    elif not _inside(widget, window):
        problems.append(f"{name} is cut off at {widget.geometry()}")
    elif widget.width() < widget.sizeHint().width() or widget.height() < 24:
        problems.append(f"{name} is squeezed to {widget.size()}")
    return problems


# 1024x600 itself (full screen), and a maximized window on it under a panel and a title bar.
@pytest.mark.parametrize("size", [QSize(1024, 600), QSize(1024, 540), QSize(1280, 800)])
def test_every_session_control_is_on_screen(app: App, qtbot, size: QSize) -> None:
    app.window.resize(size)
    page = start(app, qtbot)
    checked = 0
    while app.window.pages.currentWidget() is page:
        _settle(qtbot)
        view = app.controller.view()
        assert view is not None
        controls = [
            page.back_button,
            page.pause_button,
            page.skip_button,
            page.stop_button,
            page.pain_button,
            page.full_screen_button,
            page.side if view.segment.side else None,
            page.rep,
            page.title,
            page.progress,
            page.ring if view.segment.timed else page.done_button,
        ]
        problems = [p for c in controls if c is not None for p in _fully_shown(c, app.window)]
        assert problems == [], f"{view.segment.kind} at {size}"
        if view.segment.timed:
            assert page.ring.height() >= 0.4 * size.height()
        checked += 1
        app.controller.skip()
    assert checked > 20


def test_the_stop_question_fits_at_1024x540(app: App, qtbot) -> None:
    app.window.resize(1024, 540)
    page = start(app, qtbot)
    qtbot.keyClick(app.window, Qt.Key.Key_Escape)
    _settle(qtbot)
    assert page.confirm_bar.isVisible() and _inside(page.confirm_bar, app.window)
    assert all(_inside(b, app.window) for b in (page.pause_button, page.pain_button))


def test_the_window_opens_within_the_screen() -> None:
    assert first_size(QSize(1920, 1080)) == (PREFERRED, False)
    size, maximized = first_size(QSize(1024, 600))
    assert maximized and size.width() <= 1024 and size.height() <= 600
    size, maximized = first_size(QSize(1366, 740))  # a laptop under a panel
    assert maximized and size.height() <= 740


def test_the_window_can_be_made_as_small_as_a_1024x600_screen_allows(app: App) -> None:
    window = app.window
    assert window.minimumSize().width() <= 1024 and window.minimumSize().height() <= 540
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 540


def _ink_pixels(ring: CountdownRing, paused: bool) -> tuple[int, int]:
    """Pixels in the text colour in the digits' band and in the band below it."""
    ring.set_state(0.6, "18", "HOLD", QColor(LIGHT.hold), paused=paused)
    image = ring.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ink = ring.palette().color(ring.foregroundRole())
    side = image.width()

    def count(top: float, bottom: float) -> int:
        found = 0
        for y in range(int(side * top), int(side * bottom), 2):
            for x in range(0, side, 2):
                pixel = image.pixelColor(x, y)
                if abs(pixel.red() - ink.red()) + abs(pixel.green() - ink.green()) < 30:
                    found += 1
        return found

    return count(0.25, 0.5), count(0.6, 0.85)


def test_paused_is_plain_from_across_the_room(qtbot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(400, 400)
    digits_running, below_running = _ink_pixels(ring, paused=False)
    digits_paused, below_paused = _ink_pixels(ring, paused=True)
    assert digits_paused < digits_running / 10  # the digits fade
    assert below_paused > 4 * max(1, below_running)  # PAUSED is written large, in ink
    assert ring.caption == "PAUSED" and ring.paused


def test_pause_is_shown_on_the_page(app: App, qtbot) -> None:
    page = start(app, qtbot)
    app.advance(20)
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert page.ring.paused and page.ring.caption == "PAUSED"
    assert page.pause_button.text() == "Resume"
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert not page.ring.paused and page.ring.caption == "HOLD"


def test_progress_says_which_exercise_and_about_how_long(app: App, qtbot) -> None:
    page = start(app, qtbot)
    assert page.progress.text().startswith("Exercise 1 of 3 · about ")
    total_min = int(page.progress.text().split("about ")[1].split(" ")[0])
    while app.controller.view().segment.step_id == "seated-stretch":  # type: ignore[union-attr]
        app.controller.skip()
    text = page.progress.text()
    assert text.startswith("Exercise 2 of 3 · about ")
    assert int(text.split("about ")[1].split(" ")[0]) < total_min


def test_the_full_screen_control_is_on_the_session_page(app: App, qtbot) -> None:
    page = start(app, qtbot)
    assert page.full_screen_button.isVisible()
    assert "F11" in page.full_screen_button.text()
    qtbot.mouseClick(page.full_screen_button, Qt.MouseButton.LeftButton)
    assert app.window.isFullScreen()
    qtbot.waitUntil(lambda: page.full_screen_button.text().startswith("Leave"), timeout=2000)
    qtbot.mouseClick(page.full_screen_button, Qt.MouseButton.LeftButton)
    assert not app.window.isFullScreen()


def test_the_setting_starts_sessions_in_full_screen(app: App, qtbot) -> None:
    app.settings.update(replace(app.settings.current, full_screen=True))
    start(app, qtbot)
    assert app.window.isFullScreen()
    qtbot.keyClick(app.window, Qt.Key.Key_P)  # ends the session
    assert app.window.isFullScreen()  # the summary is read from the floor too
    qtbot.mouseClick(app.window.summary.home_button, Qt.MouseButton.LeftButton)
    assert not app.window.isFullScreen()


def test_without_the_setting_sessions_keep_the_window_as_it_is(app: App, qtbot) -> None:
    start(app, qtbot)
    assert not app.window.isFullScreen()


class _SmallScreen:
    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 1024, 600)


def test_on_a_1024x600_screen_the_window_opens_maximized_within_it(qtbot) -> None:
    from hamstring_coach.ui.window_size import fit_to_screen

    class Window(QWidget):
        def screen(self):  # the screen the window would open on
            return _SmallScreen()

    window = Window()
    qtbot.addWidget(window)
    fit_to_screen(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= 1024 and window.height() <= 600
    assert window.minimumSize().width() <= 1024 and window.minimumSize().height() <= 540


def _routine_ids() -> list[str]:
    from hamstring_coach.cli import builtin_routine_paths
    from hamstring_coach.core.routines import load_routines

    return [r.id for r in load_routines(builtin_routine_paths())]


@pytest.mark.parametrize("routine_id", _routine_ids())
def test_every_kind_of_step_fits_at_1024x540(app: App, qtbot, routine_id: str) -> None:
    app.window.resize(1024, 540)
    app.window.start_routine(routine_id)
    page = app.window.session
    seen: set[tuple[str, str, bool]] = set()
    while app.window.pages.currentWidget() is page:
        view = app.controller.view()
        assert view is not None
        seg = view.segment
        moment = (seg.kind, seg.step_id, bool(seg.side))
        if moment not in seen:
            seen.add(moment)
            _settle(qtbot)
            controls = [
                page.back_button,
                page.pause_button,
                page.skip_button,
                page.stop_button,
                page.pain_button,
                page.full_screen_button,
                page.title,
                page.progress,
                page.side if seg.side else None,
                page.ring if seg.timed else None,
                page.done_button if page.done_button.isVisibleTo(page) else None,
            ]
            problems = [p for c in controls if c is not None for p in _fully_shown(c, app.window)]
            assert problems == [], f"{routine_id}: {seg.kind} of {seg.step_id}"
            if not seg.timed:  # every item of a checklist is on screen, wrapped as needed
                box = page.checklist
                assert box.isVisible() and _inside(box, app.window)
                assert box.heightForWidth(box.width()) <= box.height() + 2
        app.controller.skip()
    assert seen

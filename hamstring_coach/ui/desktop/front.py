"""Bringing the window to the front (for a second launch, the ice alert, the tray), and
waiting for its first frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FIRST_PAINT_WAIT_MS = 1000


def bring_to_front(window: QWidget) -> None:
    """Show the window (from the tray or the task bar), raise it and ask for the focus.

    Desktops may refuse the focus to a window that did not just get a click; the task
    bar entry is then asked to draw attention instead (QApplication.alert).
    """
    from PySide6.QtCore import Qt  # not at start: the first frame needs no Qt namespace

    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    if not window.isActiveWindow():
        QApplication.alert(window)


class _FirstPaint(QObject):
    """Runs ``callback`` once, just after the window's first paint (or after
    ``FIRST_PAINT_WAIT_MS`` should no paint come)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._run)
        # Quitting before that paint (a stop signal while the window opens): the filter
        # goes while everything is alive, not at exit, when Python is half torn down.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # once this paint pass is done
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._window.removeEventFilter(self)
            callback()

    def _stop(self) -> None:
        if self._callback is not None:
            self._callback = None
            self._window.removeEventFilter(self)


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once the window has shown its first frame: work that the first
    frame does not need waits until then, so the window appears sooner."""
    _FirstPaint(window, callback)

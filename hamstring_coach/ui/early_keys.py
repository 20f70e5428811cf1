"""Keys typed while the window opens.

The window shows its frame before its start page is in (``MainWindow.open``). A key
pressed in that moment, say Enter to start the routine that will have the focus, is not
lost: the keys that come to the frame (the window itself, or one of its tabs) are kept,
and once the page is in, the focus goes where it would have gone had the page been
there from the start, and the kept keys follow, in order, each to whatever has the
focus when it comes.

Nothing here names Qt's namespace (``Qt.Key``, ``Qt.FocusPolicy``) before the page is
in: loading it takes about 30 ms, which the first frame does not need to wait for.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# Enough for anyone typing ahead; a key held down repeats, and the repeats are not kept.
MOST_KEPT = 32


class EarlyKeys(QObject):
    """Keeps the key presses and releases that reach ``window`` or ``controls`` (the
    frame's widgets that can take the focus) until ``hand_over``."""

    def __init__(self, window: QWidget, controls: Sequence[QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._controls = list(controls)
        self._kept: list[QKeyEvent] = []
        self._page: QWidget = window  # ``hand_over`` names the page
        for watched in (window, *self._controls):
            watched.installEventFilter(self)

    @property
    def kept(self) -> int:
        return len(self._kept)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if not event.isAutoRepeat() and len(self._kept) < MOST_KEPT:
                self._kept.append(event.clone())
            return True
        return False

    def hand_over(self, page: QWidget) -> None:
        """``page`` is in: put the frame's controls after it in the Tab order (as if it
        had been built first), give the focus to the page's first control when the
        window has the focus (or only a frame control has it), and send on the keys."""
        for watched in (self._window, *self._controls):
            watched.removeEventFilter(self)
        self._page = page
        after = _last_reachable_in(page)
        if after is not None:
            for control in self._controls:
                QWidget.setTabOrder(after, control)
                after = control
        focus = QApplication.focusWidget()
        if self._window.isActiveWindow() and (focus is None or focus in self._controls):
            if focus is not None:
                focus.clearFocus()
            self._window.focusNextChild()
        QTimer.singleShot(0, self, self._send_on)  # once the window's opening is done

    def _send_on(self) -> None:
        """Each kept key to whatever has the focus when it comes, as typed keys go; none
        when the window has moved on from the page meanwhile (``start ROUTINE`` began a
        session, ``show PAGE`` opened a page, a question came up): they were typed for
        the page, and Space or P must not pause or stop a session nobody looked at."""
        kept, self._kept = self._kept, []
        focus = QApplication.focusWidget()
        on_the_page = self._page.isVisible() and (focus is None or focus.window() is self._window)
        for event in kept if on_the_page else []:
            QCoreApplication.sendEvent(QApplication.focusWidget() or self._window, event)
        self.deleteLater()


def _last_reachable_in(page: QWidget) -> QWidget | None:
    """The last widget of ``page`` in its window's focus chain that Tab can reach."""
    from PySide6.QtCore import Qt

    window = page.window()
    last: QWidget | None = None
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if (widget is page or page.isAncestorOf(widget)) and (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            last = widget
        widget = widget.nextInFocusChain()
    return last

"""The window's first size: what suits the pages, within the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1100, 720)
# The smallest window every page is laid out for: a 1024x600 screen, less a panel and
# a title bar, with room to spare.
SMALLEST = QSize(800, 500)
# Room left for the window's frame and title bar, which Qt cannot measure before showing.
FRAME = QSize(16, 48)


def first_size(available: QSize) -> tuple[QSize, bool]:
    """The size to open at on a screen with ``available`` room, and whether to open
    maximized (when the preferred size and its frame do not fit)."""
    room = available - FRAME
    if room.width() >= PREFERRED.width() and room.height() >= PREFERRED.height():
        return QSize(PREFERRED), False
    return room.expandedTo(SMALLEST).boundedTo(available), True


def size_for_screen(window: QWidget) -> bool:
    """Give the window its smallest and first size; whether it should open maximized.

    ``MainWindow`` maximizes itself with ``showMaximized``, which names no state in
    Python, so that its first frame does not wait for Qt's namespace to load (30 ms)."""
    window.setMinimumSize(SMALLEST)
    size, maximized = first_size(window.screen().availableGeometry().size())
    window.resize(size)
    return maximized


def fit_to_screen(window: QWidget) -> None:
    """Open at the preferred size where it fits, and maximized where it does not."""
    if size_for_screen(window):
        from PySide6.QtCore import Qt

        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

"""Visible keyboard focus: a thick ring around whatever has the focus, in every theme.

The platform styles draw focus thinly, or not at all on frames and on the widgets the
app paints itself (the routine cards, the pain scale, the charts). One ring per window,
a ``QFocusFrame`` (a sibling of the focused widget, so it scrolls and clips with it),
follows the focus and is drawn over the widget's edge, ``WIDTH`` pixels wide in the
theme's highlight colour,
which has a contrast of at least 3:1 on the window in light and dark
(``tests/ui/test_focus_ring.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from hamstring_coach.ui.theme import scheme_of

WIDTH = 3  # pixels of ring, drawn along the inside of the widget's edge


class _Margins(QProxyStyle):
    """The ring lies on the widget itself, not around it: a widget that touches the
    edge of its parent (a card in its column, a tab in its row) would have a ring
    outside it cut off there."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        margins = (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin)
        if metric in margins:
            return 0
        return super().pixelMetric(metric, option, widget)


class FocusRing(QFocusFrame):
    """Drawn around the widget given to ``setWidget``, as its sibling."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        style = _Margins()
        style.setParent(self)
        self.setStyle(style)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def colour(self) -> QColor:
        """The theme's highlight colour, in the palette the ring is shown in."""
        return QColor(scheme_of(self.palette()).highlight)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour(), WIDTH))
        half = WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 4, 4)
        painter.end()


def framed(widget: QWidget) -> QWidget:
    """The control the ring goes around: a spin box or combo box for its inner edit."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return parent
        parent = parent.parentWidget()
    return widget


def ring_of(window: QWidget) -> FocusRing:
    """The window's ring, made on first use; it lives and dies with the window."""
    found = window.findChild(FocusRing)
    return found if isinstance(found, FocusRing) else FocusRing(window)


class FocusRings(QObject):
    """Keeps a ring around the focused widget of the window that has the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        # A slot without arguments: Qt hands no widgets over, so a widget that loses
        # the focus while it is being destroyed is never touched from Python.
        app.focusChanged.connect(self.follow)

    @Slot()
    def follow(self) -> None:
        """Put the ring around the widget that has the focus now, if any."""
        focused = QApplication.focusWidget()
        if focused is None:
            return
        try:
            ring = ring_of(focused.window())
            ring.setWidget(framed(focused))
            ring.raise_()  # over the widget, whatever was raised since
        except RuntimeError:  # deleted in the meantime: nothing to draw around
            return

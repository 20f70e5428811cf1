"""A ring that empties as a countdown runs, with the seconds in the middle.

The digits scale with the ring, so a full-screen window shows them large enough to read
from across the room. Paused, the ring and the digits fade (still readable) and PAUSED
is written large below them, in the text colour, never over them, so a pause is told
from a running count at a glance without a blinking timer that would wake the app. The
widget only draws what it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self._color = QColor("#2a9d8f")
        self._paused = False
        self._paused_text = self.tr("PAUSED")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Countdown"))
        self._describe("")

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_state(
        self, fraction: float, text: str, caption: str, color: QColor, *, paused: bool = False
    ) -> None:
        self._fraction = min(1.0, max(0.0, fraction))
        self._text = text
        self._caption = self._paused_text if paused else caption
        self._color = QColor(color)
        self._paused = paused
        self._describe(self._caption)
        self.update()

    def _describe(self, caption: str) -> None:
        """A description that changes with the kind of moment, not with every second:
        the seconds reach a screen reader as announcements (``ui.announcer``)."""
        if caption:
            text = self.tr("{caption}: the seconds left in this step.").format(caption=caption)
        else:
            text = self.tr("The seconds left in this step.")
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def text(self) -> str:
        return self._text

    @property
    def caption(self) -> str:
        return self._caption

    def _geometry(self) -> tuple[float, float, QRectF]:
        """The ring's side, its line's thickness, and the box it is drawn in."""
        side = float(min(self.width(), self.height()))
        thickness = max(8.0, side * 0.06)
        box = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        return side, thickness, box

    def _digits_font(self, side: float) -> QFont:
        digits = QFont(self.font())
        digits.setBold(True)
        digits.setPixelSize(max(12, int(side * (0.36 if len(self._text) <= 2 else 0.26))))
        return digits

    def _caption_font(self, side: float) -> QFont:
        """As large as fits inside the ring: a short word (HOLD, PAUSED) reads from the
        floor; PAUSED a size up."""
        caption = QFont(self.font())
        caption.setBold(True)
        share = 0.13 if self._paused else 0.1
        caption.setPixelSize(max(10, int(side * share)))
        room = side * 0.62
        wide = QFontMetricsF(caption).horizontalAdvance(self._caption)
        if wide > room:
            caption.setPixelSize(max(10, int(side * share * room / wide)))
        return caption

    def digits_rect(self) -> QRectF:
        """Where the digits' letters are drawn (their ink, not the box around them)."""
        side, _, box = self._geometry()
        area = box.adjusted(0, -side * 0.06, 0, -side * 0.06)
        metrics = QFontMetricsF(self._digits_font(side))
        return metrics.boundingRect(area, int(Qt.AlignmentFlag.AlignCenter), self._text)

    def caption_rect(self) -> QRectF:
        """Where the caption's letters are drawn, below the digits."""
        side, _, box = self._geometry()
        lower = QRectF(box.left(), box.center().y() + side * 0.15, box.width(), side * 0.16)
        metrics = QFontMetricsF(self._caption_font(side))
        return metrics.boundingRect(lower, int(Qt.AlignmentFlag.AlignCenter), self._caption)

    def paintEvent(self, event: QPaintEvent) -> None:
        side, thickness, box = self._geometry()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(self.palette().color(self.foregroundRole()))
        track = QColor(ink)
        track.setAlphaF(0.12)
        painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(box)
        arc = QColor(self._color)
        digits_ink = QColor(ink)
        if self._paused:  # faded: the count is not running, but what is left still reads
            arc.setAlphaF(0.3)
            digits_ink.setAlphaF(0.45)
        if self._fraction > 0:
            pen = QPen(arc, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(box, 90 * 16, round(self._fraction * 360 * 16))
        painter.setPen(digits_ink)
        painter.setFont(self._digits_font(side))
        painter.drawText(self.digits_rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        # Below the digits: the caption in its kind's colour, or PAUSED in the text colour.
        painter.setFont(self._caption_font(side))
        painter.setPen(ink if self._paused else self._color)
        painter.drawText(self.caption_rect(), Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()

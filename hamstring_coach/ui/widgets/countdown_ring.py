"""A ring that empties as a countdown runs, with the seconds in the middle.

The digits scale with the ring, so a full-screen window shows them large enough to read
from across the room. The widget only draws what it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self._color = QColor("#2a9d8f")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Countdown"))

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_state(self, fraction: float, text: str, caption: str, color: QColor) -> None:
        self._fraction = min(1.0, max(0.0, fraction))
        self._text = text
        self._caption = caption
        self._color = QColor(color)
        self.setAccessibleDescription(f"{caption} {text}".strip())
        self.update()

    @property
    def text(self) -> str:
        return self._text

    @property
    def caption(self) -> str:
        return self._caption

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        thickness = max(8.0, side * 0.06)
        box = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(self.palette().color(self.foregroundRole()))
        track.setAlphaF(0.12)
        painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(box)
        if self._fraction > 0:
            pen = QPen(self._color, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(box, 90 * 16, round(self._fraction * 360 * 16))
        painter.setPen(self.palette().color(self.foregroundRole()))
        digits = QFont(self.font())
        digits.setBold(True)
        digits.setPixelSize(max(12, int(side * (0.36 if len(self._text) <= 2 else 0.26))))
        painter.setFont(digits)
        painter.drawText(
            box.adjusted(0, -side * 0.06, 0, -side * 0.06), Qt.AlignmentFlag.AlignCenter, self._text
        )
        caption = QFont(self.font())
        caption.setBold(True)
        caption.setPixelSize(max(10, int(side * 0.075)))
        painter.setFont(caption)
        painter.setPen(self._color)
        lower = QRectF(box.left(), box.center().y() + side * 0.16, box.width(), side * 0.12)
        painter.drawText(lower, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()

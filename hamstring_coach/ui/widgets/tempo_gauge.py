"""The tempo of a paced repetition, large beside the count: a word (UP or DOWN, with an
arrow) and a marker that rises along a track while the leg goes up and falls while it
comes down. Word and motion together, so it reads without colour. Only draws what it is
given (``core.tempo.TempoPhase``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamstring_coach.core.tempo import TempoPhase


class TempoGauge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase: TempoPhase | None = None
        self._color = QColor("#2a9d8f")
        self._paused = False
        self._words = {"up": self.tr("UP"), "down": self.tr("DOWN")}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(110, 120)
        self.setAccessibleName(self.tr("Tempo"))

    def sizeHint(self) -> QSize:
        return QSize(220, 360)

    @property
    def word(self) -> str:
        """The word shown: UP or DOWN, or nothing without a tempo."""
        return "" if self._phase is None else self._words[self._phase.direction]

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def height_shown(self) -> float:
        """Where the marker is, from 0 (bottom) to 1 (top)."""
        return 0.0 if self._phase is None else self._phase.height

    def set_phase(self, phase: TempoPhase | None, color: QColor, *, paused: bool = False) -> None:
        changed_word = (phase is None) != (self._phase is None) or (
            phase is not None
            and self._phase is not None
            and phase.direction != self._phase.direction
        )
        self._phase = phase
        self._color = QColor(color)
        self._paused = paused
        if changed_word:
            self.setAccessibleDescription(self.word)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._phase is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(self.palette().color(self.foregroundRole()))
        accent = QColor(self._color)
        if self._paused:
            accent.setAlphaF(0.3)
            ink.setAlphaF(0.4)
        width, height = float(self.width()), float(self.height())
        up = self._phase.direction == "up"
        # The word, as large as fits the width, at the end the marker moves towards.
        word = f"▲ {self.word}" if up else f"▼ {self.word}"
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(12, int(min(height * 0.14, width * 0.34))))
        wide = QFontMetricsF(font).horizontalAdvance(word)
        if wide > width * 0.95:
            font.setPixelSize(max(10, int(font.pixelSize() * width * 0.95 / wide)))
        painter.setFont(font)
        words_h = QFontMetricsF(font).height() * 1.2
        painter.setPen(ink)
        words = QRectF(0, 0 if up else height - words_h, width, words_h)
        painter.drawText(words, Qt.AlignmentFlag.AlignCenter, word)
        # The track, and the marker moving along it.
        top = words_h * 0.2 + (words_h if up else 0.0)
        bottom = height - words_h * 0.2 - (0.0 if up else words_h)
        track_w = max(10.0, min(width * 0.22, 60.0))
        left = (width - track_w) / 2
        faint = QColor(ink)
        faint.setAlphaF(0.15 if not self._paused else 0.08)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(faint)
        painter.drawRoundedRect(QRectF(left, top, track_w, bottom - top), track_w / 2, track_w / 2)
        level = bottom - (bottom - top - track_w) * self._phase.height - track_w
        filled = QColor(accent)
        filled.setAlphaF(accent.alphaF() * 0.45)
        painter.setBrush(filled)
        painter.drawRoundedRect(
            QRectF(left, level, track_w, bottom - level), track_w / 2, track_w / 2
        )
        painter.setBrush(accent)
        painter.setPen(QPen(ink, max(2.0, track_w * 0.08)))
        knob = QRectF(left - track_w * 0.2, level - track_w * 0.2, track_w * 1.4, track_w * 1.4)
        painter.drawEllipse(knob)
        painter.end()

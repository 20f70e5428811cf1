"""Bars against the plan: one bar per day or week, a dashed line at what the plan asks.

A bar that meets its aim is drawn in the "met" colour with a tick above it, one that
does not in a neutral grey, so the picture reads without colour too. The drawing is
a plain object (:class:`TargetBarsFigure`) that paints into any rectangle, so the PDF
report draws the very same picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hamstring_coach.ui.widgets.chart_colors import ChartColors, chart_colors


@dataclass(frozen=True)
class Bar:
    label: str  # under the bar: a day's number, a week's first day
    value: int
    aim: int
    tip: str = ""  # a sentence for the tooltip

    @property
    def met(self) -> bool:
        return self.value >= self.aim


class TargetBarsFigure:
    def __init__(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)

    def top(self) -> int:
        highest = max([1, *(b.value for b in self.bars), *(b.aim for b in self.bars)])
        return highest + (1 if highest <= 4 else math.ceil(highest / 5))

    def plot_area(self, area: QRectF, font: QFont) -> QRectF:
        metrics = QFontMetricsF(font)
        left = metrics.horizontalAdvance(str(self.top())) + metrics.height() * 0.6
        return area.adjusted(left, metrics.height() * 1.2, -4, -metrics.height() * 1.4)

    def slot_at(self, area: QRectF, font: QFont, x: float) -> int | None:
        plot = self.plot_area(area, font)
        if not self.bars or not plot.left() <= x < plot.right():
            return None
        return int((x - plot.left()) / (plot.width() / len(self.bars)))

    def label_places(self, area: QRectF, font: QFont) -> list[QRectF | None]:
        """Where each bar's label goes, or None for a label left out: centred under its
        bar, kept inside the picture, every so many bars as the widest needs, and never
        over the label before (long labels at the edges would meet)."""
        if not self.bars:
            return []
        metrics = QFontMetricsF(font)
        plot = self.plot_area(area, font)
        slot = plot.width() / len(self.bars)
        gap = metrics.averageCharWidth()
        widest = max(metrics.horizontalAdvance(b.label) for b in self.bars)
        every = max(1, math.ceil((widest + gap) / slot))
        places: list[QRectF | None] = []
        last_right = -math.inf
        for index, bar in enumerate(self.bars):
            text_w = metrics.horizontalAdvance(bar.label) + 2
            centre = plot.left() + slot * (index + 0.5)
            left = min(max(area.left(), centre - text_w / 2), area.right() - text_w)
            if index % every == 0 and left >= last_right + gap:
                places.append(QRectF(left, plot.bottom() + 2, text_w, metrics.height()))
                last_right = left + text_w
            else:
                places.append(None)
        return places

    def draw(self, painter: QPainter, area: QRectF, colors: ChartColors, font: QFont) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        plot = self.plot_area(area, font)
        top = self.top()
        step = 1 if top <= 6 else math.ceil(top / 5)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        for tick in range(0, top + 1, step):
            y = y_of(tick)
            painter.setPen(QPen(colors.color("grid"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colors.color("muted"))
            label = QRectF(
                area.left(),
                y - metrics.height() / 2,
                plot.left() - area.left() - 6,
                metrics.height(),
            )
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick)
            )
        if not self.bars:
            painter.restore()
            return
        slot = plot.width() / len(self.bars)
        width = max(2.0, slot * 0.62)
        places = self.label_places(area, font)
        show_values = slot >= metrics.horizontalAdvance("88") + 2
        show_ticks = slot >= metrics.horizontalAdvance("88✓") + 4
        for index, bar in enumerate(self.bars):
            x = plot.left() + slot * index + (slot - width) / 2
            colour = colors.color("met" if bar.met else "short")
            if bar.value > 0:
                painter.fillRect(
                    QRectF(x, y_of(bar.value), width, plot.bottom() - y_of(bar.value)), colour
                )
            else:
                painter.fillRect(QRectF(x, plot.bottom() - 2, width, 2), colors.color("grid"))
            aim_pen = QPen(colors.color("text"), 2, Qt.PenStyle.DashLine)
            painter.setPen(aim_pen)
            aim_y = y_of(bar.aim)
            painter.drawLine(
                QPointF(plot.left() + slot * index, aim_y),
                QPointF(plot.left() + slot * (index + 1), aim_y),
            )
            if show_values:
                painter.setPen(colors.color("text"))
                above = QRectF(
                    x - slot,
                    y_of(max(bar.value, bar.aim)) - metrics.height() - 1,
                    width + 2 * slot,
                    metrics.height(),
                )
                text = f"{bar.value}✓" if show_ticks and bar.met and bar.value else str(bar.value)
                painter.drawText(
                    above, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text
                )
            under = places[index]
            if under is not None:
                painter.setPen(colors.color("muted"))
                painter.drawText(under, Qt.AlignmentFlag.AlignCenter, bar.label)
        painter.setPen(QPen(colors.color("muted"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.restore()


class TargetBars(QWidget):
    """The widget: a figure of bars, with each bar's sentence as its tooltip."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = TargetBarsFigure([])
        self.setAccessibleName(name)
        self.setAccessibleDescription(self.tr("Nothing to show yet."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def set_bars(self, bars: Sequence[Bar], summary: str) -> None:
        """Show ``bars``; ``summary`` says in a sentence what they show."""
        self.figure = TargetBarsFigure(bars)
        self.setAccessibleDescription(summary)
        self.update()

    @property
    def bars(self) -> list[Bar]:
        return self.figure.bars

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.figure.slot_at(QRectF(self.rect()), self.font(), event.pos().x())
            tip = self.figure.bars[index].tip if index is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colors = chart_colors(self.palette())
        self.figure.draw(painter, QRectF(self.rect()), colors, self.font())
        if not self.figure.bars:
            painter.setPen(colors.color("muted"))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                QCoreApplication.translate("TargetBars", "Nothing to show for this period."),
            )
        painter.end()

"""A month of sessions: one cell a day, one small shape a session.

The shape says the kind of routine (stretching a circle, strengthening a square, ice a
diamond, anything else a triangle), the fill says how it ended (filled: completed,
hollow: stopped or interrupted, red with a bar: stopped for sharp pain), and a day that
met the stretching plan is tinted and ticked. Colour is never the only signal. The
drawing is a plain object (:class:`MonthFigure`), so the PDF report can draw it too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hamstring_coach.ui.widgets.chart_colors import ChartColors, chart_colors

CATEGORIES = ("stretching", "strengthening", "ice", "other")
OUTCOMES = ("done", "partial", "pain")


@dataclass(frozen=True)
class DayMark:
    category: str  # one of CATEGORIES
    outcome: str  # one of OUTCOMES


@dataclass(frozen=True)
class MonthData:
    month: date  # any day of the month shown
    weeks: list[list[date]]
    day_names: list[str]  # the column headings, in the order of the weeks' days
    marks: Mapping[date, Sequence[DayMark]] = field(default_factory=dict)
    plan_met: frozenset[date] = frozenset()
    today: date | None = None
    tips: Mapping[date, str] = field(default_factory=dict)


def draw_shape(
    painter: QPainter, category: str, outcome: str, centre: QPointF, size: float, c: ChartColors
) -> None:
    """One session's shape, as the calendar and its legend draw it."""
    colour = c.color("sharp_pain") if outcome == "pain" else c.category(category)
    painter.setPen(QPen(colour, max(1.2, size * 0.16)))
    painter.setBrush(QBrush(colour) if outcome != "partial" else QBrush(c.color("background")))
    half = size / 2
    x, y = centre.x(), centre.y()
    if category == "stretching":
        painter.drawEllipse(centre, half, half)
    elif category == "strengthening":
        painter.drawRect(QRectF(x - half * 0.9, y - half * 0.9, size * 0.9, size * 0.9))
    elif category == "ice":
        diamond = [QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half)]
        painter.drawPolygon(QPolygonF([*diamond, QPointF(x - half, y)]))
    else:
        triangle = [QPointF(x, y - half), QPointF(x + half, y + half), QPointF(x - half, y + half)]
        painter.drawPolygon(QPolygonF(triangle))
    if outcome == "pain":  # a bar across, so that it reads without its colour
        painter.setPen(QPen(c.color("background"), max(1.2, size * 0.18)))
        painter.drawLine(QPointF(x - half * 0.55, y), QPointF(x + half * 0.55, y))


class MonthFigure:
    def __init__(self, data: MonthData) -> None:
        self.data = data

    def header_height(self, font: QFont) -> float:
        return QFontMetricsF(font).height() * 1.5

    def cell(self, area: QRectF, font: QFont, row: int, column: int) -> QRectF:
        top = area.top() + self.header_height(font)
        width = area.width() / 7
        height = (area.height() - self.header_height(font)) / max(1, len(self.data.weeks))
        return QRectF(area.left() + column * width, top + row * height, width, height)

    def day_at(self, area: QRectF, font: QFont, point: QPointF) -> date | None:
        for row, week in enumerate(self.data.weeks):
            for column, day in enumerate(week):
                if self.cell(area, font, row, column).contains(point):
                    return day
        return None

    def draw(self, painter: QPainter, area: QRectF, colors: ChartColors, font: QFont) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        header = self.header_height(font)
        width = area.width() / 7
        for column, name in enumerate(self.data.day_names[:7]):
            box = QRectF(area.left() + column * width, area.top(), width, header)
            painter.setPen(colors.color("muted"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
        bold = QFont(font)
        bold.setBold(True)
        for row, week in enumerate(self.data.weeks):
            for column, day in enumerate(week):
                self._draw_day(painter, self.cell(area, font, row, column), day, colors, bold)
        painter.setFont(font)
        painter.setPen(QPen(colors.color("grid"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rows = len(self.data.weeks)
        grid = QRectF(area.left(), area.top() + header, area.width(), area.height() - header)
        for row in range(rows + 1):
            y = grid.top() + grid.height() * row / max(1, rows)
            painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        for column in range(8):
            x = grid.left() + width * column
            painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
        painter.restore()

    def _draw_day(
        self, painter: QPainter, cell: QRectF, day: date, colors: ChartColors, bold: QFont
    ) -> None:
        data = self.data
        inside = (day.year, day.month) == (data.month.year, data.month.month)
        metrics = QFontMetricsF(bold)
        pad = max(2.0, cell.width() * 0.06)
        if inside and day in data.plan_met:
            tint = colors.color("met")
            tint.setAlphaF(0.16)
            painter.fillRect(cell.adjusted(1, 1, -1, -1), tint)
            painter.setFont(bold)
            painter.setPen(colors.color("met"))
            painter.drawText(
                cell.adjusted(pad, pad * 0.5, -pad, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                "✓",
            )
        number = QRectF(
            cell.left() + pad, cell.top() + pad * 0.5, metrics.height() * 1.6, metrics.height()
        )
        if day == data.today:
            painter.setPen(QPen(colors.color("today"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(number.adjusted(-2, 0, 0, 0), 6, 6)
        painter.setFont(bold)
        painter.setPen(colors.color("text" if inside else "muted"))
        if inside or cell.height() > metrics.height() * 1.5:
            painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
        if not inside:
            return
        marks = list(data.marks.get(day, ()))
        if not marks:
            return
        room = cell.adjusted(pad, number.height() + pad * 0.8, -pad, -pad * 0.5)
        size = min(metrics.height() * 0.62, room.height() * 0.8, room.width() / 4.2)
        size = max(size, 4.0)
        step = size * 1.45
        per_row = max(1, int(room.width() // step))
        rows = max(1, int(room.height() // step))
        fits = per_row * rows
        shown = marks if len(marks) <= fits else marks[: fits - 1]
        for index, mark in enumerate(shown):
            centre = QPointF(
                room.left() + step * (index % per_row) + size / 2 + 1,
                room.top() + step * (index // per_row) + size / 2 + 1,
            )
            draw_shape(painter, mark.category, mark.outcome, centre, size, colors)
        if len(shown) < len(marks):
            index = len(shown)
            more = QRectF(
                room.left() + step * (index % per_row),
                room.top() + step * (index // per_row),
                step * 2,
                step,
            )
            small = QFont(bold)
            small.setPointSizeF(bold.pointSizeF() * 0.8)
            painter.setFont(small)
            painter.setPen(colors.color("text"))
            painter.drawText(
                more,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"+{len(marks) - len(shown)}",
            )


class MonthCalendar(QWidget):
    """The widget: a month figure, with each day's sentence as its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: MonthFigure | None = None
        self.setAccessibleName(self.tr("Sessions by day"))
        self.setAccessibleDescription(self.tr("No month to show yet."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 200)

    def sizeHint(self) -> QSize:
        return QSize(520, 340)

    def show_month(self, data: MonthData, summary: str) -> None:
        self.figure = MonthFigure(data)
        self.setAccessibleDescription(summary)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = None
            if self.figure is not None:
                day = self.figure.day_at(QRectF(self.rect()), self.font(), QPointF(event.pos()))
            tip = self.figure.data.tips.get(day, "") if self.figure and day else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.figure is None:
            return
        painter = QPainter(self)
        self.figure.draw(painter, QRectF(self.rect()), chart_colors(self.palette()), self.font())
        painter.end()


class CalendarLegend(QWidget):
    """What the calendar's shapes mean, drawn with the calendar's own shapes."""

    def __init__(self, entries: Sequence[tuple[str, str, str]], parent: QWidget | None = None):
        """``entries``: (category, outcome, words) for each shape to explain."""
        super().__init__(parent)
        self._entries = list(entries)
        self.setAccessibleName(self.tr("Calendar legend"))
        self.setAccessibleDescription("; ".join(words for _, _, words in self._entries))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _layout(self, width: float) -> list[tuple[QPointF, tuple[str, str, str]]]:
        metrics = QFontMetricsF(self.font())
        line = metrics.height() * 1.3
        x, y = 0.0, 0.0
        placed = []
        for entry in self._entries:
            needed = metrics.height() + 6 + metrics.horizontalAdvance(entry[2]) + 18
            if x > 0 and x + needed > width:
                x, y = 0.0, y + line
            placed.append((QPointF(x, y), entry))
            x += needed
        return placed

    def heightForWidth(self, width: int) -> int:
        placed = self._layout(width)
        rows = (
            1 + round(placed[-1][0].y() / (QFontMetricsF(self.font()).height() * 1.3))
            if placed
            else 1
        )
        return int(rows * QFontMetricsF(self.font()).height() * 1.3) + 2

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        return QSize(520, self.heightForWidth(520))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = chart_colors(self.palette())
        metrics = QFontMetricsF(self.font())
        size = metrics.height() * 0.6
        for at, (category, outcome, words) in self._layout(self.width()):
            centre = QPointF(at.x() + size / 2 + 1, at.y() + metrics.height() * 0.65)
            draw_shape(painter, category, outcome, centre, size, colors)
            painter.setPen(colors.color("text"))
            painter.drawText(QPointF(at.x() + size + 6, at.y() + metrics.ascent() + 2), words)
        painter.end()

"""Pain over time: before a session (dashed, hollow dots) and after it (solid, filled dots),
from 0 to 10, with the injury and the start of each recovery phase marked.

Times are the local wall-clock times the sessions happened at, so a session sits on the
day it was done wherever that was. The drawing is a plain object
(:class:`PainChartFigure`), so the PDF report draws the very same picture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamstring_coach.ui.locale_text import day_month_text, month_year_text
from hamstring_coach.ui.widgets.chart_colors import ChartColors, chart_colors

MAX_PAIN = 10
DOTS_UP_TO = 120  # more points than this are drawn as lines only
translate = QCoreApplication.translate


@dataclass(frozen=True)
class PainPoint:
    at: datetime  # naive: the local wall-clock time
    before: float | None
    after: float | None


@dataclass(frozen=True)
class Mark:
    at: datetime  # naive: the local wall-clock time
    label: str


def _seconds(moment: datetime) -> float:
    return (moment - datetime(2000, 1, 1)).total_seconds()


def ticks(start: date, end: date) -> tuple[list[date], Callable[[date], str]]:
    """Days to label on the time axis and how to label them, as the locale writes them:
    a day and month ("5 Jan", "Jan 5", "5. Jan."), a month and year, or a year."""
    span = (end - start).days
    if span <= 16:
        step = max(1, span // 8)
        return [start + timedelta(days=d) for d in range(0, span + 1, step)], day_month_text
    if span <= 95:
        first = start + timedelta(days=(7 - start.weekday()) % 7)  # Mondays
        days = [first + timedelta(days=d) for d in range(0, (end - first).days + 1, 7)]
        return days, day_month_text
    months: list[date] = []
    every = 1 if span <= 400 else 3 if span <= 1200 else 12
    day = date(start.year, start.month, 1)
    while day <= end:
        if day >= start and (day.month - 1) % every == 0:
            months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months, _short_month if every < 12 else _year


def _short_month(day: date) -> str:
    return month_year_text(day, short=True)


def _year(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "yyyy")


class PainChartFigure:
    def __init__(
        self, points: Sequence[PainPoint], marks: Sequence[Mark], start: date, end: date
    ) -> None:
        self.points = sorted(points, key=lambda p: p.at)
        self.start = datetime.combine(start, time(0))
        self.end = datetime.combine(end + timedelta(days=1), time(0))
        self.marks = [m for m in marks if self.start <= m.at <= self.end]

    def draw(self, painter: QPainter, area: QRectF, colors: ChartColors, font: QFont) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        plot = area.adjusted(
            metrics.horizontalAdvance("10") + line * 0.6, line * 1.6, -line * 0.6, -line * 1.5
        )
        span = _seconds(self.end) - _seconds(self.start)

        def x_of(moment: datetime) -> float:
            return plot.left() + plot.width() * (_seconds(moment) - _seconds(self.start)) / span

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / MAX_PAIN

        for value in range(0, MAX_PAIN + 1, 2):
            painter.setPen(QPen(colors.color("grid"), 1))
            painter.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
            painter.setPen(colors.color("muted"))
            painter.drawText(
                QRectF(area.left(), y_of(value) - line / 2, plot.left() - area.left() - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        days, label = ticks(self.start.date(), self.end.date() - timedelta(days=1))
        last_right = -1e9
        for day in days:
            x = x_of(datetime.combine(day, time(0)))
            painter.setPen(QPen(colors.color("grid"), 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            text = label(day)
            width = metrics.horizontalAdvance(text)
            if x - width / 2 > last_right + line * 0.5 and x + width / 2 <= area.right():
                painter.setPen(colors.color("muted"))
                painter.drawText(
                    QPointF(max(area.left(), x - width / 2), plot.bottom() + line * 1.2), text
                )
                last_right = x + width / 2
        painter.setPen(QPen(colors.color("muted"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        self._draw_marks(painter, plot, colors, metrics, x_of)
        dots = len(self.points) <= DOTS_UP_TO
        for which, style, colour in (
            ("before", Qt.PenStyle.DashLine, colors.color("before")),
            ("after", Qt.PenStyle.SolidLine, colors.color("after")),
        ):
            values = [
                (x_of(p.at), y_of(v)) for p in self.points if (v := getattr(p, which)) is not None
            ]
            if len(values) > 1:
                path = QPainterPath(QPointF(*values[0]))
                for x, y in values[1:]:
                    path.lineTo(x, y)
                width = (2.5 if which == "after" else 2.0) * line / 20
                painter.setPen(QPen(colour, max(1.0, width), style))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            if dots or len(values) == 1:
                painter.setPen(QPen(colour, max(1.0, 2 * line / 20)))
                brush = QBrush(colour) if which == "after" else QBrush(colors.color("background"))
                painter.setBrush(brush)
                radius = max(2.5, line * 0.2)
                for x, y in values:
                    painter.drawEllipse(QPointF(x, y), radius, radius)
        self._draw_legend(painter, area, colors, metrics)
        painter.restore()

    def _draw_marks(
        self,
        painter: QPainter,
        plot: QRectF,
        colors: ChartColors,
        metrics: QFontMetricsF,
        x_of: Callable[[datetime], float],
    ) -> None:
        rows: list[float] = []  # the right edge of the last label in each row
        for mark in self.marks:
            x = x_of(mark.at)
            pen = QPen(colors.color("mark"), max(1.0, 1.5 * metrics.height() / 20))
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            width = metrics.horizontalAdvance(mark.label) + 6
            left = min(x + 3, plot.right() - width)
            row = next((i for i, right in enumerate(rows) if left > right), len(rows))
            if row == len(rows):
                rows.append(0.0)
            rows[row] = left + width
            box = QRectF(left, plot.top() + row * metrics.height(), width, metrics.height())
            painter.fillRect(box, colors.color("background"))
            painter.setPen(colors.color("mark"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark.label)

    def _draw_legend(
        self, painter: QPainter, area: QRectF, colors: ChartColors, metrics: QFontMetricsF
    ) -> None:
        x = area.right()
        y = area.top() + metrics.height() * 0.7
        for which, style, label in (
            ("after", Qt.PenStyle.SolidLine, translate("PainChart", "after")),
            ("before", Qt.PenStyle.DashLine, translate("PainChart", "before")),
        ):
            width = metrics.horizontalAdvance(label)
            x -= width
            painter.setPen(colors.color("text"))
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), label)
            x -= metrics.height() * 1.8 + 4
            painter.setPen(QPen(colors.color(which), max(1.0, 2.5 * metrics.height() / 20), style))
            painter.drawLine(QPointF(x, y), QPointF(x + metrics.height() * 1.8, y))
            x -= metrics.height()


class PainChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.figure = PainChartFigure([], [], today, today)
        self.setAccessibleName(self.tr("Pain before and after sessions"))
        self.setAccessibleDescription(self.tr("No pain ratings to show yet."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 150)

    def sizeHint(self) -> QSize:
        return QSize(800, 200)

    def show_pain(
        self,
        points: Sequence[PainPoint],
        marks: Sequence[Mark],
        start: date,
        end: date,
        summary: str,
    ) -> None:
        self.figure = PainChartFigure(points, marks, start, end)
        self.setAccessibleDescription(summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colors = chart_colors(self.palette())
        self.figure.draw(painter, QRectF(self.rect()), colors, self.font())
        if not self.figure.points:
            painter.setPen(colors.color("muted"))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No pain ratings in this period."),
            )
        painter.end()

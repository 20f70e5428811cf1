"""The history's picture widgets on their own: what they draw where, light and dark."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPalette

from hamstring_coach.core.calendar_month import month_weeks
from hamstring_coach.ui.widgets.chart_colors import DARK, LIGHT, chart_colors
from hamstring_coach.ui.widgets.month_calendar import DayMark, MonthCalendar, MonthData
from hamstring_coach.ui.widgets.pain_chart import Mark, PainChart, PainChartFigure, PainPoint
from hamstring_coach.ui.widgets.target_bars import Bar, TargetBars, TargetBarsFigure

DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def colour_at(widget, x: float, y: float) -> str:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(int(x * ratio), int(y * ratio))).name()


def palette(dark: bool) -> QPalette:
    chosen = QPalette()
    chosen.setColor(QPalette.ColorRole.Window, QColor("#242424" if dark else "#f6f5f4"))
    chosen.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0" if dark else "#1e1e1e"))
    return chosen


@pytest.mark.parametrize("dark", [False, True])
def test_bars_that_meet_the_aim_are_coloured_and_the_others_grey(qtbot, dark: bool) -> None:
    bars = TargetBars("Stretching")
    qtbot.addWidget(bars)
    bars.setPalette(palette(dark))
    bars.resize(400, 200)
    bars.set_bars([Bar("1", 2, 2), Bar("2", 1, 2), Bar("3", 3, 2)], "Two of three days.")
    assert bars.accessibleDescription() == "Two of three days."
    colours = chart_colors(bars.palette())
    assert colours is (DARK if dark else LIGHT)
    plot = bars.figure.plot_area(QRectF(bars.rect()), bars.font())
    slot = plot.width() / 3
    found = [colour_at(bars, plot.left() + slot * (i + 0.5), plot.bottom() - 3) for i in range(3)]
    assert found == [colours.met, colours.short, colours.met]


def test_a_bar_slot_is_found_under_the_pointer(qtbot) -> None:
    bars = TargetBars("Strengthening")
    qtbot.addWidget(bars)
    bars.resize(300, 150)
    bars.set_bars([Bar("a", 1, 3, "first"), Bar("b", 3, 3, "second")], "")
    area = QRectF(bars.rect())
    plot = bars.figure.plot_area(area, bars.font())
    assert bars.figure.slot_at(area, bars.font(), plot.left() + 1) == 0
    assert bars.figure.slot_at(area, bars.font(), plot.right() - 1) == 1
    assert bars.figure.slot_at(area, bars.font(), area.left()) is None


def test_bar_labels_never_overlap_and_stay_inside(qtbot) -> None:
    # Twelve-hour times make long labels; the two outer ones are pushed inwards.
    labels = ["Mon, 16 from 5:40\u202fPM", "Tue, 17", "Wed, 18 to 5:40\u202fPM"]
    figure = TargetBarsFigure([Bar(label, 1, 6) for label in labels])
    font = QFont()
    for width in (200, 240, 300, 420, 900):
        area = QRectF(0, 0, width, 150)
        shown = [place for place in figure.label_places(area, font) if place is not None]
        assert shown, width
        assert all(area.left() <= p.left() and p.right() <= area.right() for p in shown)
        assert all(a.right() < b.left() for a, b in pairwise(shown)), width
    wide = figure.label_places(QRectF(0, 0, 900, 150), font)
    assert all(place is not None for place in wide)  # room for all three


def test_the_pain_chart_keeps_only_marks_inside_its_period() -> None:
    figure = PainChartFigure(
        [PainPoint(datetime(2026, 3, 5, 9), 6, 4), PainPoint(datetime(2026, 3, 2, 9), None, 5)],
        [Mark(datetime(2026, 2, 27, 18), "Injury"), Mark(datetime(2026, 3, 4, 18), "Day 7")],
        date(2026, 3, 1),
        date(2026, 3, 31),
    )
    assert [m.label for m in figure.marks] == ["Day 7"]
    assert [p.at.day for p in figure.points] == [2, 5]  # oldest first


def test_the_pain_chart_draws_after_above_before(qtbot) -> None:
    chart = PainChart()
    qtbot.addWidget(chart)
    chart.resize(600, 260)
    day = datetime(2026, 3, 10, 12)
    chart.show_pain([PainPoint(day, 0, 10)], [], date(2026, 3, 1), date(2026, 3, 20), "")
    colours = chart_colors(chart.palette())
    image = chart.grab().toImage()
    top_half = {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height() // 2)
    }
    bottom_half = {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height() // 2, image.height())
    }
    assert colours.after in top_half and colours.after not in bottom_half  # pain 10, after
    assert colours.before in bottom_half  # pain 0, before


def test_the_calendar_knows_its_days_and_says_them(qtbot) -> None:
    calendar = MonthCalendar()
    qtbot.addWidget(calendar)
    calendar.resize(490, 400)
    marks = {date(2026, 3, 4): [DayMark("stretching", "done"), DayMark("ice", "pain")]}
    data = MonthData(
        date(2026, 3, 1),
        month_weeks(date(2026, 3, 1), 1),
        DAYS,
        marks,
        frozenset({date(2026, 3, 4)}),
        date(2026, 3, 20),
        {date(2026, 3, 4): "Wednesday 4 March"},
    )
    calendar.show_month(data, "2 sessions in March.")
    figure = calendar.figure
    assert figure is not None
    area = QRectF(calendar.rect())
    cell = figure.cell(area, calendar.font(), 1, 2)  # second week, Wednesday
    assert figure.day_at(area, calendar.font(), cell.center()) == date(2026, 3, 4)
    assert figure.day_at(area, calendar.font(), QPointF(-5, -5)) is None
    plain = figure.cell(area, calendar.font(), 1, 3)  # Thursday 5: nothing that day
    tinted = colour_at(calendar, cell.right() - 6, cell.bottom() - 4)
    untinted = colour_at(calendar, plain.right() - 6, plain.bottom() - 4)
    assert tinted != untinted  # the day that met the plan is tinted
    tint = QColor(tinted)
    assert tint.green() > tint.red() and tint.green() > tint.blue()  # green, as "met" is
    assert calendar.accessibleDescription() == "2 sessions in March."

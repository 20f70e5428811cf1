"""The history's pictures on hand-made histories with known answers: the streak across a
month's end and a time-zone change, weeks that start on the locale's first day, the
stretching and strengthening plan, ice per day of the first 48 hours, and pain."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor

from hamstring_coach.ui.widgets.chart_colors import chart_colors

from .conftest import App
from .handmade import NEW_YORK, add_session, at

TODAY = date(2026, 1, 5)  # the fake clock's day


@pytest.fixture
def locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def open_pictures(app: App, qtbot):
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    page = app.window.history
    assert page.pictures is None  # nothing is drawn before it is asked for
    qtbot.mouseClick(page.pictures_tab, Qt.MouseButton.LeftButton)
    assert page.pictures is not None and page.pictures.isVisible()
    return page.pictures


def handmade(app: App) -> None:
    history = app.history
    add_session(history, at(2025, 12, 26))  # before a gap: not in the streak
    add_session(history, at(2025, 12, 28, 23, 30, zone=NEW_YORK))  # 29 Dec in Europe
    for day in (29, 30, 31):
        add_session(history, at(2025, 12, day, 20))
    add_session(history, at(2026, 1, 1, 0, 15))  # just after midnight: the new year
    add_session(history, at(2026, 1, 2, 8))
    add_session(history, at(2026, 1, 2, 19))  # twice on the 2nd: the plan met
    add_session(history, at(2026, 1, 3, 8))
    add_session(history, at(2026, 1, 3, 19), status="sharp-pain", done=1)
    add_session(history, at(2026, 1, 4, 8), status="stopped", done=1)  # not completed
    for moment in (at(2025, 12, 30, 17), at(2026, 1, 1, 17), at(2026, 1, 4, 17)):
        add_session(history, moment, routine="strengthening", holds=1)


def test_the_streak_counts_local_days_across_the_month_and_time_zones(
    app: App, qtbot, locale
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    handmade(app)
    pictures = open_pictures(app, qtbot)
    # 28 Dec (in New York) to 4 Jan: eight days in a row; today has none yet.
    assert pictures.streak.text() == "Current streak: 8 days"
    data = pictures.calendar.figure.data
    assert data.month == date(2026, 1, 1) and data.today == TODAY
    # 23:30 in New York is the 29th in Europe; it stays on the 28th, the day it was done.
    assert len(data.marks[date(2025, 12, 29)]) == 1
    assert [m.outcome for m in data.marks[date(2026, 1, 3)]] == ["done", "pain"]
    assert [m.category for m in data.marks[date(2026, 1, 1)]] == ["stretching", "strengthening"]
    assert data.plan_met == frozenset({date(2026, 1, 2)})


def test_weeks_start_on_the_locales_first_day(app: App, qtbot, locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    handmade(app)
    pictures = open_pictures(app, qtbot)
    data = pictures.calendar.figure.data
    assert data.weeks[0][0] == date(2025, 12, 29) and data.day_names[0].startswith("Mo")
    assert [b.value for b in pictures.strengthening.bars] == [3, 0]  # 29 Dec - 4 Jan
    assert "in 1 of 2 weeks" in pictures.strengthening_note.text()

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    pictures.load()
    data = pictures.calendar.figure.data
    assert data.weeks[0][0] == date(2025, 12, 28) and data.day_names[0] == "Sun"
    assert [b.value for b in pictures.strengthening.bars] == [2, 1]  # 28 Dec - 3 Jan, 4 Jan -
    assert "in 0 of 2 weeks" in pictures.strengthening_note.text()


def test_stretching_days_against_the_plan(app: App, qtbot, locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    handmade(app)
    pictures = open_pictures(app, qtbot)
    bars = pictures.stretching.bars
    assert [(b.label, b.value, b.met) for b in bars] == [
        ("1", 1, False),
        ("2", 2, True),
        ("3", 1, False),  # the sharp-pain stop is not counted as done
        ("4", 0, False),
        ("5", 0, False),
    ]
    assert pictures.stretching_note.text() == "Stretched twice or more on 1 of 5 days."
    # The bar that met the plan is drawn in the "met" colour, the others in grey.
    widget = pictures.stretching
    image = widget.grab().toImage()
    plot = widget.figure.plot_area(QRectF(widget.rect()), widget.font())
    slot = plot.width() / len(bars)
    ratio = image.devicePixelRatio()
    colours = chart_colors(widget.palette())

    def colour_of(index: int) -> str:
        x = (plot.left() + slot * (index + 0.5)) * ratio
        y = (plot.bottom() - 3) * ratio
        return QColor(image.pixel(int(x), int(y))).name()

    assert colour_of(1) == colours.met and colour_of(0) == colours.short


def test_ice_per_day_of_the_first_48_hours(app: App, qtbot, locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.injuries.record(at(2026, 1, 3, 18), "left", None, at(2026, 1, 3, 18, 30))
    for moment in (at(2026, 1, 3, 19), at(2026, 1, 4, 8), at(2026, 1, 4, 11)):
        add_session(app.history, moment, routine="ice", holds=0, timed_s=20 * 60)
    add_session(app.history, at(2026, 1, 4, 14), routine="ice", status="stopped", timed_s=5 * 60)
    pictures = open_pictures(app, qtbot)
    bars = pictures.ice.bars
    assert [(b.label, b.value, b.aim) for b in bars] == [
        ("Sat, 3 from 18:00", 1, 6),
        ("Sun, 4", 2, 6),
        ("Mon, 5 to 18:00", 0, 6),
    ]
    assert pictures.ice_note.text().startswith("Left hamstring, hurt 3 Jan 2026: 3 ice")


def test_without_an_injury_the_ice_picture_says_why_it_is_empty(app: App, qtbot) -> None:
    add_session(app.history, at(2026, 1, 4))
    pictures = open_pictures(app, qtbot)
    assert pictures.ice.bars == [] and not pictures.ice.isVisible()
    assert pictures.ice_note.text().startswith("No injury is recorded.")


def test_the_pain_chart_marks_the_injury_and_its_phases(app: App, qtbot, locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.injuries.record(at(2025, 12, 1, 18), "right", None, at(2025, 12, 1, 19))
    for day, before, after in ((2, 7, 6), (9, 5, 4), (20, 4, 2)):
        add_session(app.history, at(2025, 12, day), pain_before=before, pain_after=after)
    add_session(app.history, at(2026, 1, 3))  # not rated: not a point
    pictures = open_pictures(app, qtbot)
    figure = pictures.pain.figure
    assert [(p.before, p.after) for p in figure.points] == [(7, 6), (5, 4), (4, 2)]
    labels = [m.label for m in figure.marks]
    assert labels == ["Injury", "48 h", "Day 7", "Day 28"]
    pictures.pain_period.setCurrentIndex(pictures.pain_period.findData("month"))
    assert pictures.pain.figure.points == [] and "No pain rated" in pictures.pain_note.text()


def test_months_step_back_and_not_past_this_one(app: App, qtbot) -> None:
    handmade(app)
    pictures = open_pictures(app, qtbot)
    assert not pictures.next.isEnabled()
    qtbot.mouseClick(pictures.previous, Qt.MouseButton.LeftButton)
    assert pictures.month == date(2025, 12, 1) and pictures.next.isEnabled()
    assert date(2025, 12, 31) in pictures.calendar.figure.data.marks
    qtbot.mouseClick(pictures.this_month, Qt.MouseButton.LeftButton)
    assert pictures.month == date(2026, 1, 1)


@pytest.mark.parametrize("dark", [False, True])
def test_the_pictures_paint_in_light_and_dark(app: App, qtbot, dark: bool) -> None:
    from hamstring_coach.ui.theme import DARK, LIGHT, palette

    handmade(app)
    pictures = open_pictures(app, qtbot)
    scheme = DARK if dark else LIGHT
    pictures.setPalette(palette(scheme))
    background = scheme.window
    for widget in (pictures.calendar, pictures.stretching, pictures.pain):
        image = widget.grab().toImage()
        colours = {
            QColor(image.pixel(x, y)).name()
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        }
        assert len(colours) > 4, widget  # lines, shapes and words were drawn on it
        assert background in colours
    assert chart_colors(pictures.calendar.palette()).dark is dark


def test_one_session_and_one_day_are_said_in_the_singular(app: App, qtbot) -> None:
    add_session(app.history, at(2026, 1, 4, 8))
    pictures = open_pictures(app, qtbot)
    assert pictures.streak.text() == "Current streak: 1 day"
    assert pictures.calendar.accessibleDescription().startswith("1 session in ")

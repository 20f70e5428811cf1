"""Dates, times and numbers as the locale writes them.

Everything goes through the default QLocale, which ``ui.translations`` sets at start to
the system's locale (or the window's language in the system's country). Stored times
are aware datetimes; they are shown in the local time zone.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from hamstring_coach.ui import date_patterns

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is not None else moment


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def time_text(moment: datetime) -> str:
    """``14:05`` in Germany, ``2:05 PM`` in the United States."""
    local = _local(moment)
    return QLocale().toString(QTime(local.hour, local.minute), SHORT)


def date_text(day: date, long: bool = False) -> str:
    """``27.11.26`` (or ``Freitag, 27. November 2026`` when long)."""
    return QLocale().toString(qdate(day), LONG if long else SHORT)


def moment_text(moment: datetime) -> str:
    """A weekday, date and time in a table cell: ``Fr., 27.11.26, 14:05``."""
    local = _local(moment)
    locale = QLocale()
    return QCoreApplication.translate("LocaleText", "{weekday} {date}, {time}").format(
        weekday=locale.dayName(local.isoweekday(), SHORT),
        date=locale.toString(qdate(local.date()), SHORT),
        time=locale.toString(QTime(local.hour, local.minute), SHORT),
    )


def date_time_format() -> str:
    """The locale's short date and time pattern, with the year in full
    (``dd.MM.yyyy HH:mm`` in Germany, ``M/d/yyyy h:mm AP`` in the United States)."""
    pattern = QLocale().dateTimeFormat(SHORT)
    return re.sub(r"y+", "yyyy", pattern)


def clock_text(clock: time) -> str:
    """A wall-clock time as it stands, in the locale's short form: ``17:30``, ``5:30 PM``."""
    return QLocale().toString(QTime(clock.hour, clock.minute), SHORT)


def _long_pattern() -> str:
    return QLocale().dateFormat(LONG)


def day_month_text(day: date) -> str:
    """``Jan 5`` in the United States, ``5 Jan`` in England, ``5. Jan.`` in Germany."""
    return QLocale().toString(qdate(day), date_patterns.day_month(_long_pattern()))


def day_month_year_text(day: date) -> str:
    """``Jan 5, 2026``, ``5 Jan 2026``, ``5. Jan. 2026``, ``2026年1月5日``."""
    return QLocale().toString(qdate(day), date_patterns.day_month_year(_long_pattern()))


def weekday_date_text(day: date, with_year: bool = True) -> str:
    """``Mon, Jan 5, 2026`` in the United States, ``Mo., 5. Jan. 2026`` in Germany;
    without the year ``Mon, Jan 5``, ``Mo., 5. Jan.``."""
    long = _long_pattern()
    pattern = (
        date_patterns.weekday_day_month_year(long)
        if with_year
        else date_patterns.weekday_day_month(long)
    )
    return QLocale().toString(qdate(day), pattern)


def weekday_day_text(day: date) -> str:
    """A day under a bar of a week: ``Mon, 5``, ``Mo., 5.``, ``5日月``."""
    return QLocale().toString(qdate(day), date_patterns.weekday_day(_long_pattern()))


def month_year_text(day: date, short: bool = False) -> str:
    """A month on a calendar: ``January 2026``, ``2026年1月``, Russian ``январь 2026 г.``
    (the month's name as it stands alone); ``Jan 2026`` when short."""
    locale = QLocale()
    pattern = date_patterns.month_year(_long_pattern())
    if short:
        pattern = date_patterns.abbreviated(pattern)
    name = locale.standaloneMonthName(day.month, SHORT if short else LONG)
    width = 3 if short else 4
    return "".join(
        name
        if token.field == "M" and len(token.text) == width
        else locale.toString(qdate(day), token.text)
        if token.field
        else date_patterns.unquoted(token.text)
        for token in date_patterns.tokens(pattern)
    )


def number_text(value: float) -> str:
    """``7,5`` in Germany, ``7.5`` in England; whole numbers without decimals."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)

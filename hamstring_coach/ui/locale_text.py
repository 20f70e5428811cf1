"""Dates, times and numbers as the locale writes them.

Everything goes through the default QLocale, which ``ui.translations`` sets at start to
the system's locale (or the window's language in the system's country). Stored times
are aware datetimes; they are shown in the local time zone.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

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


def number_text(value: float) -> str:
    """``7,5`` in Germany, ``7.5`` in England; whole numbers without decimals."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)

"""Shorter date patterns keep the order, separators and words of the locale's own pattern.

The patterns are the long date patterns Qt 6 knows for these locales; the second half
renders them through QLocale, as the history does.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale

from hamstring_coach.ui import date_patterns, history_texts, locale_text
from hamstring_coach.ui.widgets.pain_chart import ticks

US = "dddd, MMMM d, yyyy"
GB = "dddd, d MMMM yyyy"
DE = "dddd, d. MMMM yyyy"
JA = "yyyy年M月d日dddd"
HU = "yyyy. MMMM d., dddd"
RU = "dddd, d MMMM yyyy\u202f'г'."
LV = "dddd, yyyy. 'gada' d. MMMM"
ES = "dddd, d 'de' MMMM 'de' yyyy"

MONDAY = date(2026, 1, 5)


def test_the_pattern_is_read_as_fields_and_literal_text() -> None:
    parts = date_patterns.tokens(ES)
    assert [t.text for t in parts] == ["dddd", ", ", "d", " 'de' ", "MMMM", " 'de' ", "yyyy"]
    assert [t.field for t in parts] == ["d", "", "d", "", "M", "", "y"]
    assert date_patterns.tokens("d 'dMy''s' M")[1].text == " 'dMy''s' "  # quoted letters


@pytest.mark.parametrize(
    ("long", "weekday_day_month", "day_month_year", "month_year"),
    [
        (US, "ddd, MMM d", "MMM d, yyyy", "MMMM yyyy"),  # month before day
        (GB, "ddd, d MMM", "d MMM yyyy", "MMMM yyyy"),  # day before month
        (DE, "ddd, d. MMM", "d. MMM yyyy", "MMMM yyyy"),  # the day keeps its dot
        (JA, "M月d日ddd", "yyyy年M月d日", "yyyy年M月"),  # year first, no spaces
        (HU, "MMM d., ddd", "yyyy. MMM d.", "yyyy. MMMM"),  # year first, weekday last
        (RU, "ddd, d MMM", "d MMM yyyy\u202f'г'.", "MMMM yyyy\u202f'г'."),  # year's word
        (LV, "ddd, d. MMM", "yyyy. 'gada' d. MMM", "yyyy. 'gada' MMMM"),  # year mid-way
        (ES, "ddd, d 'de' MMM", "d 'de' MMM 'de' yyyy", "MMMM 'de' yyyy"),
    ],
)
def test_shorter_patterns_keep_the_locales_order(
    long: str, weekday_day_month: str, day_month_year: str, month_year: str
) -> None:
    assert date_patterns.weekday_day_month(long) == weekday_day_month
    assert date_patterns.day_month_year(long) == day_month_year
    assert date_patterns.month_year(long) == month_year


def test_a_day_under_a_bar_and_a_month_in_words_or_numbers() -> None:
    assert date_patterns.weekday_day(US) == "ddd, d"
    assert date_patterns.weekday_day(DE) == "ddd, d."
    assert date_patterns.weekday_day(JA) == "d日ddd"
    assert date_patterns.day_month(DE) == "d. MMM"
    assert date_patterns.abbreviated(JA) == "yyyy年M月d日ddd"  # a number stays a number


def test_quoted_text_is_shown_without_its_quotes() -> None:
    assert date_patterns.unquoted(" 'de' ") == " de "
    assert date_patterns.unquoted("'o''clock'") == "o'clock"
    assert date_patterns.unquoted("''") == "'"


# What Qt 6 writes for Monday 5 January 2026 at 17:30, through the history's own texts.
# The time joins the date with the untranslated "{date}, {time}".
EXPECTED = {
    "en_US": ("Mon, Jan 5, 5:30\u202fPM", "Jan 5, 2026", "January 2026", "5:30\u202fPM"),
    "en_GB": ("Mon, 5 Jan, 17:30", "5 Jan 2026", "January 2026", "17:30"),
    "de_DE": ("Mo., 5. Jan., 17:30", "5. Jan. 2026", "Januar 2026", "17:30"),
    "ja_JP": ("1月5日月, 17:30", "2026年1月5日", "2026年1月", "17:30"),
    "fi_FI": ("ma 5. tammi, 17.30", "5. tammi 2026", "tammikuu 2026", "17.30"),
    "ru_RU": ("пн, 5 янв., 17:30", "5 янв. 2026\u202fг.", "январь 2026\u202fг.", "17:30"),
}


@pytest.mark.parametrize("locale", list(EXPECTED), indirect=True)
def test_the_history_writes_dates_and_times_as_the_locale_does(locale: QLocale) -> None:
    when, day, month, clock = EXPECTED[locale.name()]
    start = datetime.combine(MONDAY, time(17, 30))
    assert history_texts.when_text(start, this_year=2026) == when
    assert history_texts.day_text(MONDAY) == day
    assert locale_text.month_year_text(MONDAY) == month  # the month standing alone
    assert history_texts.time_text(start) == clock
    assert history_texts.when_text(start, this_year=2025).count("2026") == 1
    assert history_texts.long_day_text(MONDAY) == locale.toString(
        locale_text.qdate(MONDAY), QLocale.FormatType.LongFormat
    )


@pytest.mark.parametrize("locale", ["en_US", "de_DE"], indirect=True)
def test_the_chart_axis_labels_days_and_months_in_the_locales_order(locale: QLocale) -> None:
    days, label = ticks(MONDAY, date(2026, 1, 12))
    assert label(days[0]) == {"en_US": "Jan 5", "de_DE": "5. Jan."}[locale.name()]
    months, label = ticks(MONDAY, date(2026, 9, 1))
    assert label(months[0]) == {"en_US": "Feb 2026", "de_DE": "Feb 2026"}[locale.name()]

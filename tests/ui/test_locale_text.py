"""Dates, times and numbers are written as the locale writes them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from hamstring_coach.ui import locale_text
from hamstring_coach.ui.translations import locale_for

# 14:05 on Friday 27 November 2026, in the local time zone of the test run.
MOMENT = datetime(2026, 11, 27, 14, 5).astimezone()


@pytest.mark.parametrize("locale", ["de_DE"], indirect=True)
def test_german_dates_and_numbers(locale: QLocale) -> None:
    assert locale_text.time_text(MOMENT) == "14:05"
    assert locale_text.date_text(MOMENT.date()) == "27.11.26"
    assert locale_text.date_text(date(2026, 11, 27), long=True) == "Freitag, 27. November 2026"
    assert locale_text.moment_text(MOMENT) == "Fr. 27.11.26, 14:05"  # untranslated template
    assert locale_text.number_text(7.5) == "7,5"
    assert locale_text.number_text(30.0) == "30"
    assert locale_text.number_text(1500) == "1.500"
    assert locale_text.date_time_format() == "dd.MM.yyyy HH:mm"


@pytest.mark.parametrize("locale", ["en_US"], indirect=True)
def test_american_dates_and_numbers(locale: QLocale) -> None:
    time = locale_text.time_text(MOMENT)
    assert time.startswith("2:05") and time.endswith("PM")
    assert locale_text.date_text(MOMENT.date()) == "11/27/26"
    assert locale_text.date_text(date(2026, 11, 27), long=True) == "Friday, November 27, 2026"
    assert locale_text.moment_text(MOMENT).startswith("Fri 11/27/26, 2:05")
    assert locale_text.number_text(7.5) == "7.5"
    assert locale_text.number_text(1500) == "1,500"
    assert locale_text.date_time_format().startswith("M/d/yyyy h:mm")


@pytest.mark.parametrize("locale", ["de_DE"], indirect=True)
def test_a_stored_utc_time_is_shown_in_local_time(locale: QLocale) -> None:
    stored = MOMENT.astimezone(UTC)
    assert locale_text.time_text(stored) == "14:05"
    assert locale_text.time_text(stored + timedelta(minutes=90)) == "15:35"


def test_the_locale_speaks_the_language_of_the_window() -> None:
    # The system's locale when it speaks the window's language...
    assert locale_for("de", QLocale("de_AT")).name() == "de_AT"
    assert locale_for("en", QLocale("en_GB")).name() == "en_GB"
    # ...else the window's language in the system's country, so no month is named in a
    # second language: English in France writes 24-hour times.
    assert locale_for("en", QLocale("fr_FR")).language() == QLocale.Language.English
    assert locale_for("de", QLocale("en_US")).language() == QLocale.Language.German
    assert locale_for("en", QLocale.c()) == QLocale.c()


def test_the_voice_speaks_the_language_of_the_window(qapp) -> None:
    from hamstring_coach.ui.cue_players import Voice

    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))  # the test engine has Norwegian, not German
    try:
        voice = Voice("mock")
        assert voice.prepare() and voice.speech is not None
        assert voice.speech.locale().name() == "nb_NO"
    finally:
        QLocale.setDefault(before)
    english = Voice("mock")
    assert english.prepare() and english.speech is not None
    assert english.speech.locale().language() == QLocale.Language.English

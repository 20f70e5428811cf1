"""core.entered_text: the bounds of an injury's time and of a note."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hamstring_coach.core.entered_text import (
    EARLIEST,
    MAX_NOTE_CHARS,
    EntryError,
    check_moment,
    clean_note,
    earliest_moment,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def test_a_minute_of_slack_for_a_clock_read_a_moment_apart() -> None:
    assert check_moment(NOW + timedelta(seconds=60), NOW) == NOW + timedelta(seconds=60)
    with pytest.raises(EntryError) as refused:
        check_moment(NOW + timedelta(seconds=61), NOW)
    assert refused.value.problem == "future"


def test_five_years_back_and_never_before_1970() -> None:
    earliest = earliest_moment(NOW)
    assert NOW - timedelta(days=5 * 366) <= earliest <= NOW - timedelta(days=5 * 365)
    assert check_moment(earliest, NOW) == earliest
    for old in (earliest - timedelta(seconds=1), datetime(1, 1, 1, tzinfo=UTC)):
        with pytest.raises(EntryError) as refused:
            check_moment(old, NOW)
        assert refused.value.problem == "too-old"
        assert str(refused.value).count(". ") == 0
    assert earliest_moment(datetime(1971, 6, 1, tzinfo=UTC)) == EARLIEST


def test_a_note_is_trimmed_and_blank_is_none() -> None:
    assert clean_note(None) is None
    assert clean_note(" \n\t ") is None
    assert clean_note("  a\r\nb\tc  ") == "a\nb\tc"
    assert clean_note("é" * MAX_NOTE_CHARS) == "é" * MAX_NOTE_CHARS


@pytest.mark.parametrize(
    "char", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x7f", "\x9b", "\u2066"]
)
def test_controls_other_than_newline_and_tab_are_refused(char: str) -> None:
    with pytest.raises(EntryError) as refused:
        clean_note(f"a{char}b")
    assert refused.value.problem == "note-control"


def test_a_long_note_is_refused_in_one_sentence() -> None:
    with pytest.raises(EntryError) as refused:
        clean_note("x" * (MAX_NOTE_CHARS + 1))
    assert refused.value.problem == "note-long"
    assert "x" * 10 not in str(refused.value)

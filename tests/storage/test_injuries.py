"""InjuryRepository on a real history file: injuries, the current one, and the sessions
the plan reads."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from hamstring_coach.storage.database import DatabaseError, migrate, open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.schema import MIGRATIONS

from .conftest import UTC_PLUS_2

HURT = datetime(2026, 11, 27, 8, 0, tzinfo=UTC_PLUS_2)
LATER = HURT + timedelta(hours=3)


@pytest.fixture
def injuries(conn: sqlite3.Connection) -> InjuryRepository:
    return InjuryRepository(conn)


def test_an_injury_is_kept_with_its_local_time_leg_and_note(injuries: InjuryRepository) -> None:
    stored = injuries.record(HURT, "left", "  sprinting for a bus ", LATER)
    assert stored.happened_at == HURT
    assert stored.happened_at.utcoffset() == timedelta(hours=2)
    assert (stored.leg, stored.note, stored.recovered_at) == ("left", "sprinting for a bus", None)
    assert injuries.current() == stored
    assert injuries.all() == [stored]


def test_the_time_is_stored_as_utc_text_and_offset(
    injuries: InjuryRepository, conn: sqlite3.Connection
) -> None:
    injuries.record(HURT, "both", None, LATER)
    row = conn.execute("SELECT happened_at, utc_offset_min, note FROM injuries").fetchone()
    assert row == ("2026-11-27T06:00:00.000000+00:00", 120, None)


def test_the_latest_injury_is_current_and_earlier_ones_stay(injuries: InjuryRepository) -> None:
    first = injuries.record(HURT - timedelta(days=60), "right", None, HURT - timedelta(days=60))
    second = injuries.record(HURT, "left", None, LATER)
    assert injuries.current() == second
    assert [i.id for i in injuries.all()] == [first.id, second.id]


def test_marking_recovered_ends_the_current_injury(injuries: InjuryRepository) -> None:
    assert injuries.mark_recovered(LATER) is None
    injuries.record(HURT, "left", None, LATER)
    done = injuries.mark_recovered(LATER + timedelta(days=9))
    assert done is not None and done.recovered_at == LATER + timedelta(days=9)
    assert injuries.current() is None
    assert injuries.mark_recovered(LATER + timedelta(days=10)) is None  # nothing current
    assert len(injuries.all()) == 1


@pytest.mark.parametrize(
    ("happened", "leg", "match"),
    [
        (HURT, "middle", "Unknown leg"),
        (LATER + timedelta(minutes=2), "left", "in the future"),
        (datetime(1, 1, 1, tzinfo=UTC), "left", "years ago"),
        (datetime(1969, 12, 31, tzinfo=UTC), "left", "years ago"),
        (LATER - timedelta(days=6 * 365), "left", "years ago"),
        (datetime(2026, 11, 27, 8, 0), "left", "timezone-aware"),
    ],
)
def test_what_cannot_be_stored_is_refused_and_nothing_is_kept(
    injuries: InjuryRepository, happened: datetime, leg: str, match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        injuries.record(happened, leg, None, LATER)
    assert injuries.all() == []


def test_activities_give_each_session_its_end_status_and_ice(
    conn: sqlite3.Connection, injuries: InjuryRepository, make_segment
) -> None:
    history = HistoryRepository(conn)
    ice = history.start_session("ice", "Ice", HURT)
    history.add_segment(ice, make_segment(0, HURT, 30, kind="checklist", planned_s=None, side=None))
    start = HURT + timedelta(seconds=30)
    history.add_segment(ice, make_segment(1, start, 1200, kind="timed", planned_s=1200, side=None))
    history.finish_session(ice, "completed", start + timedelta(seconds=1200))
    history.set_pain(ice, 4)
    left_open = history.start_session("gentle-stretching", "Gentle", LATER)
    history.add_segment(left_open, make_segment(0, LATER, 30))
    old = history.start_session("gentle-stretching", "Gentle", HURT - timedelta(days=20))
    history.finish_session(old, "completed", HURT - timedelta(days=20))

    first, second = injuries.activities(HURT - timedelta(days=1))
    assert (first.routine_id, first.status, first.pain_after, first.timed_s) == (
        "ice",
        "completed",
        4,
        1200,
    )
    assert first.ended_at == start + timedelta(seconds=1200)
    assert first.started_at.utcoffset() == timedelta(hours=2)
    assert (second.routine_id, second.status, second.timed_s) == ("gentle-stretching", None, 0)
    assert second.ended_at == LATER + timedelta(seconds=30)  # its last segment's end


def test_a_bad_stored_value_is_one_sentence_naming_the_file(
    injuries: InjuryRepository, conn: sqlite3.Connection, db_path
) -> None:
    injuries.record(HURT, "left", None, LATER)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE injuries SET happened_at = 'yesterday'")
    with pytest.raises(DatabaseError) as raised:
        injuries.current()
    message = str(raised.value)
    assert db_path.name in message and "injury 1" in message and "\n" not in message


def test_a_file_of_the_first_version_gains_the_injuries_table(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    migrate(raw, path, MIGRATIONS[:1])
    raw.execute(  # as the first version's repository wrote it
        "INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset_min)"
        " VALUES ('gentle-stretching', 'Gentle', ?, 0)",
        (HURT.astimezone(UTC).isoformat(timespec="microseconds"),),
    )
    raw.close()
    conn = open_database(path)
    try:
        assert InjuryRepository(conn).all() == []
        assert HistoryRepository(conn).count_sessions() == 1
        InjuryRepository(conn).record(HURT, "right", None, datetime.now(UTC))
    finally:
        conn.close()


def test_an_offset_far_from_utc_survives(injuries: InjuryRepository) -> None:
    far = datetime(2026, 11, 27, 23, 30, tzinfo=timezone(timedelta(hours=13, minutes=45)))
    stored = injuries.record(far, "left", None, far + timedelta(hours=1))
    assert stored.happened_at == far and stored.happened_at.hour == 23


@pytest.mark.parametrize(
    ("note", "match"),
    [
        ("fell\x00over", "U\\+0000"),
        ("\x1b[31mred", "U\\+001B"),
        ("bell\x07!", "U\\+0007"),
        ("del\x7f!", "U\\+007F"),
        ("c1\x85c1", "U\\+0085"),
        ("rtl \u202e override", "U\\+202E"),
        ("x" * 501, "at most 500"),
    ],
)
def test_a_note_with_control_characters_or_too_long_is_refused(
    injuries: InjuryRepository, note: str, match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        injuries.record(HURT, "left", note, LATER)
    assert injuries.all() == []


def test_a_note_keeps_its_lines_and_tabs_up_to_the_limit(injuries: InjuryRepository) -> None:
    note = "sprint\r\n\tthen a slip" + "x" * (500 - 19)
    assert len(note.replace("\r\n", "\n")) == 500
    stored = injuries.record(HURT, "left", f"  {note}  ", LATER)
    assert stored.note == note.replace("\r\n", "\n")

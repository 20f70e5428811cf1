"""HistoryRepository: writes, times with their offsets, and the session queries."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hamstring_coach.storage.database import migrate
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord

UTC_PLUS_2 = timezone(timedelta(hours=2))
Segment = Callable[..., SegmentRecord]


def test_round_trip_keeps_every_field(repo: HistoryRepository, make_segment: Segment) -> None:
    start = datetime(2026, 11, 25, 8, 0, 0, 123456, tzinfo=UTC_PLUS_2)
    session_id = repo.start_session("warm-up", "Gentle warm-up", start)
    first = make_segment(0, start)
    second = make_segment(
        1, start + timedelta(seconds=40), 12.5, kind="checklist", side=None, rep=None,
        planned_s=None, completed=False,
    )  # fmt: skip
    repo.add_segment(session_id, first)
    repo.add_segment(session_id, second)
    repo.set_pain(session_id, 2)
    repo.finish_session(session_id, "completed", start + timedelta(minutes=5), "felt fine")

    record = repo.get_session(session_id)
    assert record is not None
    assert (record.id, record.routine_id, record.routine_title) == (
        session_id, "warm-up", "Gentle warm-up",
    )  # fmt: skip
    assert record.started_at == start and record.started_at.utcoffset() == timedelta(hours=2)
    assert record.ended_at == start + timedelta(minutes=5)
    assert record.ended_at.utcoffset() == timedelta(hours=2)
    assert (record.status, record.pain_after, record.note) == ("completed", 2, "felt fine")
    assert record.active_s == pytest.approx(42.5)
    assert record.segment_count == 2
    assert record.segments == (first, second)
    assert all(s.started_at.utcoffset() == timedelta(hours=2) for s in record.segments)


def test_late_evening_keeps_its_local_date(
    repo: HistoryRepository, conn: sqlite3.Connection
) -> None:
    start = datetime(2026, 11, 25, 23, 30, tzinfo=UTC_PLUS_2)
    session_id = repo.start_session("ice", "Ice", start)
    stored = conn.execute(
        "SELECT started_at, utc_offset_min FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    assert stored == ("2026-11-25T21:30:00.000000+00:00", 120)
    record = repo.list_sessions()[0]
    assert record.started_at.date() == date(2026, 11, 25)
    assert (record.started_at.hour, record.started_at.minute) == (23, 30)
    assert repo.export()[0]["started_at"] == "2026-11-25T23:30:00.000000+02:00"


@given(
    moment=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
        timezones=st.integers(-14 * 60, 14 * 60).map(
            lambda minutes: timezone(timedelta(minutes=minutes))
        ),
    )
)  # fmt: skip
def test_any_aware_time_round_trips(moment: datetime) -> None:
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        migrate(conn)
        repo = HistoryRepository(conn)
        session_id = repo.start_session("r", "R", moment)
        record = repo.get_session(session_id)
    assert record is not None
    assert record.started_at == moment
    assert record.started_at.utcoffset() == moment.utcoffset()


def test_naive_times_are_refused(repo: HistoryRepository, make_segment: Segment) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        repo.start_session("r", "R", datetime(2026, 1, 1, 8, 0))
    session_id = repo.start_session("r", "R", datetime(2026, 1, 1, 8, 0, tzinfo=UTC_PLUS_2))
    with pytest.raises(ValueError, match="timezone-aware"):
        repo.add_segment(session_id, make_segment(0, datetime(2026, 1, 1, 8, 0)))
    with pytest.raises(ValueError, match="timezone-aware"):
        repo.finish_session(session_id, "completed", datetime(2026, 1, 1, 9, 0))
    assert repo.get_session(session_id) == repo.list_sessions()[0]


def test_segments_come_back_by_position_then_insertion(
    repo: HistoryRepository, make_segment: Segment
) -> None:
    session_id = repo.start_session("r", "R", datetime(2026, 1, 1, tzinfo=UTC_PLUS_2))
    for position, step in [(2, "c"), (0, "a"), (1, "b1"), (1, "b2")]:
        repo.add_segment(session_id, make_segment(position, step_id=step))
    record = repo.get_session(session_id)
    assert record is not None
    assert [s.step_id for s in record.segments] == ["a", "b1", "b2", "c"]


def test_bad_arguments_raise_value_error(repo: HistoryRepository, make_segment: Segment) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC_PLUS_2)
    session_id = repo.start_session("r", "R", start)
    with pytest.raises(ValueError, match="status"):
        repo.finish_session(session_id, "done", start)
    for pain in (-1, 11, True, 2.5):
        with pytest.raises(ValueError, match="Pain"):
            repo.set_pain(session_id, pain)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind"):
        repo.add_segment(session_id, make_segment(kind="jump"))
    with pytest.raises(ValueError, match="side"):
        repo.add_segment(session_id, make_segment(side="both"))
    with pytest.raises(ValueError, match="no session 999"):
        repo.add_segment(999, make_segment())
    with pytest.raises(ValueError, match="no session 999"):
        repo.finish_session(999, "completed", start)
    with pytest.raises(ValueError, match="no session 999"):
        repo.set_pain(999, 1)
    record = repo.get_session(session_id)
    assert record is not None
    assert (record.status, record.pain_after, record.segment_count) == (None, None, 0)
    repo.set_pain(session_id, 0)  # the repository still works after the refusals
    repo.set_pain(session_id, None)
    repo.set_pain(session_id, 10)
    assert repo.list_sessions()[0].pain_after == 10


def test_note_none_keeps_the_note(repo: HistoryRepository) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC_PLUS_2)
    session_id = repo.start_session("r", "R", start)
    repo.finish_session(session_id, "stopped", start, note="left calf tight")
    repo.finish_session(session_id, "sharp-pain", start + timedelta(minutes=1))
    record = repo.get_session(session_id)
    assert record is not None
    assert (record.status, record.note) == ("sharp-pain", "left calf tight")


def test_every_write_is_visible_to_another_connection_at_once(
    repo: HistoryRepository, db_path: Path, make_segment: Segment
) -> None:
    session_id = repo.start_session("r", "R", datetime(2026, 1, 1, tzinfo=UTC_PLUS_2))
    with closing(sqlite3.connect(db_path)) as other:
        for position in range(3):
            repo.add_segment(session_id, make_segment(position))
            count = other.execute("SELECT COUNT(*) FROM segments").fetchone()[0]
            assert count == position + 1
        repo.set_pain(session_id, 4)
        assert other.execute("SELECT pain_after FROM sessions").fetchone()[0] == 4

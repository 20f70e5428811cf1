"""HistoryRepository queries: interrupted sessions, pages with totals, and the export."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest

from hamstring_coach.storage.history import HistoryRepository, SegmentRecord

UTC_MINUS_5 = timezone(timedelta(hours=-5))
DAY0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC_MINUS_5)
Segment = Callable[..., SegmentRecord]


def _sessions(repo: HistoryRepository, make_segment: Segment, count: int) -> list[int]:
    """Sessions one day apart; session i has i segments of 10 s each (i = 0..count-1)."""
    ids = []
    for day in range(count):
        start = DAY0 + timedelta(days=day)
        session_id = repo.start_session(f"routine-{day}", f"Routine {day}", start)
        for position in range(day):
            repo.add_segment(session_id, make_segment(position, start, 10.0))
        repo.finish_session(session_id, "completed", start + timedelta(minutes=10))
        ids.append(session_id)
    return ids


def _left_open(repo: HistoryRepository, make_segment: Segment) -> tuple[int, datetime, int, int]:
    """Two sessions left open (one with segments ending at last_end) and one finished."""
    with_segments = repo.start_session("a", "A", DAY0)
    last_end = DAY0 + timedelta(minutes=3)
    repo.add_segment(with_segments, make_segment(1, last_end - timedelta(seconds=30)))
    repo.add_segment(with_segments, make_segment(0, DAY0))
    without = repo.start_session("b", "B", DAY0 + timedelta(hours=1))
    finished = repo.start_session("c", "C", DAY0 + timedelta(hours=2))
    repo.finish_session(finished, "stopped", DAY0 + timedelta(hours=3))
    return with_segments, last_end, without, finished


def test_close_interrupted(repo: HistoryRepository, make_segment: Segment) -> None:
    with_segments, last_end, without, finished = _left_open(repo, make_segment)

    assert repo.close_interrupted() == [with_segments, without]

    first, second, third = (repo.get_session(i) for i in (with_segments, without, finished))
    assert first is not None and second is not None and third is not None
    assert (first.status, first.ended_at) == ("interrupted", last_end)
    assert (second.status, second.ended_at) == ("interrupted", second.started_at)
    assert (third.status, third.ended_at) == ("stopped", DAY0 + timedelta(hours=3))
    assert repo.close_interrupted() == []


def test_list_sessions_pages_newest_first(repo: HistoryRepository, make_segment: Segment) -> None:
    ids = _sessions(repo, make_segment, 7)
    assert repo.count_sessions() == 7
    pages = [repo.list_sessions(offset, 3) for offset in (0, 3, 6, 9)]
    assert [len(page) for page in pages] == [3, 3, 1, 0]
    listed = [record.id for page in pages for record in page]
    assert listed == list(reversed(ids))
    newest = pages[0][0]
    assert (newest.segment_count, newest.active_s, newest.segments) == (6, 60.0, ())
    oldest = pages[2][0]
    assert (oldest.segment_count, oldest.active_s) == (0, 0.0)
    assert oldest.started_at == DAY0 and oldest.started_at.utcoffset() == timedelta(hours=-5)
    assert repo.list_sessions(limit=0) == []
    with pytest.raises(ValueError):
        repo.list_sessions(offset=-1)


def test_a_page_takes_two_queries_however_long(
    repo: HistoryRepository, conn: sqlite3.Connection, make_segment: Segment
) -> None:
    _sessions(repo, make_segment, 12)
    repo.list_sessions(0, 1)  # the kind codes are read once

    def selects(limit: int) -> list[str]:
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        try:
            records = repo.list_sessions(0, limit)
        finally:
            conn.set_trace_callback(None)
        assert len(records) == limit
        return [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]

    assert len(selects(2)) == len(selects(12)) == 2  # the sessions, then their segments


def test_export_shape(repo: HistoryRepository, make_segment: Segment) -> None:
    first, second = _sessions(repo, make_segment, 3)[1:]
    repo.set_pain(first, 3)
    exported = repo.export()
    assert [item["id"] for item in exported][1:] == [first, second]  # oldest first
    item = exported[1]
    assert set(item) == {
        "id", "routine_id", "routine_title", "started_at", "ended_at", "status",
        "pain_before", "pain_after", "note", "segments",
    }  # fmt: skip
    assert item["started_at"] == "2026-03-02T09:00:00.000000-05:00"
    assert item["ended_at"] == "2026-03-02T09:10:00.000000-05:00"
    assert (item["status"], item["pain_after"], item["note"]) == ("completed", 3, None)
    assert item["pain_before"] is None
    assert item["segments"] == [
        {
            "step_id": "step-0", "kind": "hold", "side": "left", "rep": 1,
            "planned_s": 30.0, "actual_s": 10.0, "completed": True,
            "started_at": "2026-03-02T09:00:00.000000-05:00",
            "ended_at": "2026-03-02T09:00:10.000000-05:00",
        }
    ]  # fmt: skip
    assert exported[0]["segments"] == []
    assert json.loads(json.dumps(exported)) == exported


def test_export_of_an_open_session(repo: HistoryRepository) -> None:
    repo.start_session("r", "R", DAY0)
    (item,) = repo.export()
    assert (item["ended_at"], item["status"]) == (None, None)


def test_export_orders_segments_by_position(repo: HistoryRepository, make_segment: Segment) -> None:
    session_id = repo.start_session("r", "R", DAY0)
    for position in (2, 0, 1):
        repo.add_segment(session_id, make_segment(position, DAY0))
    (item,) = repo.export()
    steps = [segment["step_id"] for segment in item["segments"]]  # type: ignore[attr-defined]
    assert steps == ["step-0", "step-1", "step-2"]


def test_export_can_report_open_sessions_as_interrupted(
    repo: HistoryRepository, conn: sqlite3.Connection, make_segment: Segment
) -> None:
    with_segments, _, without, _ = _left_open(repo, make_segment)
    as_stored = repo.export()
    assert [item["status"] for item in as_stored] == [None, None, "stopped"]

    reported = repo.export(open_as_interrupted=True)
    assert [item["status"] for item in reported] == ["interrupted", "interrupted", "stopped"]
    assert reported[0]["ended_at"] == "2026-03-01T09:03:00.000000-05:00"  # its last segment
    assert reported[1]["ended_at"] == reported[1]["started_at"]
    assert reported[2] == as_stored[2]
    rows = conn.execute("SELECT status, ended_at FROM sessions ORDER BY id").fetchall()
    assert [tuple(row) for row in rows][:2] == [(None, None), (None, None)]  # only reported

    assert repo.close_interrupted() == [with_segments, without]
    assert repo.export() == reported  # just as the app's next start records them

"""The repository API the history page is built on: filters, what was done, edits, undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

import pytest

from hamstring_coach.core.engine import SegmentFinished
from hamstring_coach.core.timeline import Segment
from hamstring_coach.storage.history import (
    HistoryRepository,
    PlannedWork,
    SegmentRecord,
    SessionFilter,
)
from hamstring_coach.storage.recorder import SessionRecorder, planned_work

CET = timezone(timedelta(hours=1))
TOKYO = timezone(timedelta(hours=9))
LA = timezone(timedelta(hours=-8))
Segment_ = Callable[..., SegmentRecord]


def _session(
    repo: HistoryRepository,
    make_segment: Segment_,
    start: datetime,
    routine: str = "gentle-stretching",
    status: str = "completed",
    note: str | None = None,
    holds: int = 0,
) -> int:
    session_id = repo.start_session(
        routine, routine.replace("-", " ").title(), start, planned=PlannedWork(holds=holds)
    )
    for position in range(holds):
        repo.add_segment(
            session_id, make_segment(position, start + timedelta(seconds=30 * position))
        )
    repo.finish_session(session_id, status, start + timedelta(minutes=10), note)
    return session_id


def test_filters_by_routine_status_dates_and_note_words(
    repo: HistoryRepository, make_segment: Segment_
) -> None:
    a = _session(repo, make_segment, datetime(2026, 3, 1, 8, 0, tzinfo=CET), note="Left side TIGHT")
    b = _session(repo, make_segment, datetime(2026, 3, 1, 23, 30, tzinfo=CET), "ice", "stopped")
    # 01:00 on the 2nd in Tokyo is still the 1st in UTC: the local day counts.
    c = _session(
        repo, make_segment, datetime(2026, 3, 2, 1, 0, tzinfo=TOKYO), note="Überdehnt, tight"
    )
    # 20:00 on the 2nd in Los Angeles is already the 3rd in UTC.
    d = _session(repo, make_segment, datetime(2026, 3, 2, 20, 0, tzinfo=LA), "ice", "sharp-pain")
    e = repo.start_session("ice", "Ice", datetime(2026, 3, 4, 9, 0, tzinfo=CET))  # still open

    def ids(matching: SessionFilter) -> list[int]:
        listed = [record.id for record in repo.list_sessions(0, 100, matching)]
        assert repo.count_sessions(matching) == len(listed)
        return listed

    assert ids(SessionFilter()) == [e, d, b, c, a]  # by the moment, wherever it was
    assert ids(SessionFilter(routines=frozenset({"ice"}))) == [e, d, b]
    assert ids(SessionFilter(statuses=frozenset({"stopped", "sharp-pain"}))) == [d, b]
    assert ids(SessionFilter(statuses=frozenset({None}))) == [e]
    assert ids(SessionFilter(since=date(2026, 3, 2))) == [e, d, c]
    assert ids(SessionFilter(until=date(2026, 3, 1))) == [b, a]
    assert ids(SessionFilter(since=date(2026, 3, 2), until=date(2026, 3, 2))) == [d, c]
    assert ids(SessionFilter(text="tight")) == [c, a]
    assert ids(SessionFilter(text="TIGHT überdehnt")) == [c]  # every word, any case
    assert ids(SessionFilter(text="100%")) == []
    both = SessionFilter(routines=frozenset({"ice"}), since=date(2026, 3, 2))
    assert ids(both) == [e, d]
    assert [r.id for r in repo.list_sessions(1, 2, SessionFilter())] == [d, b]


def test_bad_filters_are_refused() -> None:
    with pytest.raises(ValueError, match="status"):
        SessionFilter(statuses=frozenset({"done"}))
    with pytest.raises(ValueError, match="comes after"):
        SessionFilter(since=date(2026, 3, 2), until=date(2026, 3, 1))
    with pytest.raises(ValueError, match="at most"):
        SessionFilter(text="x" * 201)


def test_what_was_done_counts_holds_done_again_once(
    repo: HistoryRepository, make_segment: Segment_
) -> None:
    start = datetime(2026, 3, 1, 8, 0, tzinfo=CET)
    session_id = repo.start_session("r", "R", start, planned=PlannedWork(holds=4, sets=2))
    repo.add_segment(session_id, make_segment(0, start))
    repo.add_segment(session_id, make_segment(1, start, completed=False))  # cut short
    repo.add_segment(session_id, make_segment(1, start))  # and done again
    repo.add_segment(session_id, make_segment(2, start, completed=False))  # skipped
    repo.add_segment(session_id, make_segment(3, start, kind="reps"))
    repo.add_segment(session_id, make_segment(4, start, kind="rest"))
    repo.finish_session(session_id, "stopped", start + timedelta(minutes=3))

    (listed,) = repo.list_sessions()
    detail = repo.get_session(session_id)
    assert detail is not None
    for record in (listed, detail):
        work = record.work
        assert work.planned_known
        assert (work.holds.planned, work.holds.done, work.holds.skipped) == (4, 2, 1)
        assert work.holds.not_reached == 1
        assert (work.sets.planned, work.sets.done, work.sets.skipped) == (2, 1, 0)
        assert (work.timed.planned, work.checklists.planned) == (0, 0)
        assert record.segment_count == 6


def test_planned_work_comes_from_the_timeline() -> None:
    timeline = [
        Segment("a", "prepare", "A", "", 5.0),
        Segment("a", "hold", "A", "", 30.0),
        Segment("a", "hold", "A", "", 30.0),
        Segment("b", "reps", "B", "", 30.0),
        Segment("c", "checklist", "C", "", None),
        Segment("d", "timed", "D", "", 900.0),
    ]
    assert planned_work(timeline) == PlannedWork(holds=2, sets=1, timed=1, checklists=1)


def test_the_recorder_stores_the_plan_and_the_pain_before(repo: HistoryRepository) -> None:
    recorder = SessionRecorder(repo, lambda: 0.0)
    start = datetime(2026, 3, 1, 8, 0, tzinfo=CET)
    hold = Segment("a", "hold", "A", "", 30.0, side="left", rep=1)
    recorder.begin("r", "R", start, [hold, hold])
    assert recorder.rate_before(4)
    recorder.segment_finished(
        SegmentFinished(0, hold, 30.0, True, start, start + timedelta(seconds=30))
    )
    (record,) = repo.list_sessions()
    assert record.pain_before == 4
    assert (record.work.holds.planned, record.work.holds.done) == (2, 1)


def test_pain_and_notes_can_be_edited_later(
    repo: HistoryRepository, make_segment: Segment_
) -> None:
    session_id = _session(repo, make_segment, datetime(2026, 3, 1, 8, 0, tzinfo=CET), note="x")
    repo.set_pain_before(session_id, 6)
    repo.set_pain(session_id, 3)
    repo.set_note(session_id, "  Better than yesterday.\n")
    record = repo.get_session(session_id)
    assert record is not None
    assert (record.pain_before, record.pain_after, record.note) == (6, 3, "Better than yesterday.")
    repo.set_pain_before(session_id, None)
    repo.set_note(session_id, "   ")
    record = repo.get_session(session_id)
    assert record is not None and (record.pain_before, record.note) == (None, None)
    for bad in (-1, 11, 2.5, True):
        with pytest.raises(ValueError, match="Pain"):
            repo.set_pain_before(session_id, bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at most 500"):
        repo.set_note(session_id, "x" * 501)
    for control in ("\x00", "\x1b", "\x7f", "\u202e"):
        with pytest.raises(ValueError, match="control character"):
            repo.set_note(session_id, f"before{control}after")
    record = repo.get_session(session_id)
    assert record is not None and record.note is None  # nothing changed
    repo.set_note(session_id, "line one\n\tline two")
    record = repo.get_session(session_id)
    assert record is not None and record.note == "line one\n\tline two"
    with pytest.raises(ValueError, match="no session 999"):
        repo.set_note(999, "hello")


def test_delete_and_undo_put_the_session_back_whole(
    repo: HistoryRepository, make_segment: Segment_, conn: sqlite3.Connection
) -> None:
    start = datetime(2026, 3, 1, 8, 0, 0, 123456, tzinfo=CET)
    first = _session(repo, make_segment, start, holds=3, note="keep me")
    second = _session(repo, make_segment, start + timedelta(days=1), holds=2)
    repo.set_pain_before(first, 5)
    before = repo.export()
    uids = conn.execute("SELECT id, uid FROM sessions ORDER BY id").fetchall()

    removed = repo.delete_session(first)
    assert [r.id for r in repo.list_sessions()] == [second]
    assert (
        conn.execute("SELECT COUNT(*) FROM segments WHERE session_id = ?", (first,)).fetchone()[0]
        == 0
    )
    assert (removed.id, removed.started_at, removed.routine_title) == (
        first,
        start,
        "Gentle Stretching",
    )

    assert repo.undo_delete(removed) == first
    assert repo.export() == before
    assert conn.execute("SELECT id, uid FROM sessions ORDER BY id").fetchall() == uids
    assert repo.undo_delete(removed) == first  # twice: nothing more
    assert repo.count_sessions() == 2


def test_undo_after_the_id_was_taken_gives_a_new_id(
    repo: HistoryRepository, make_segment: Segment_
) -> None:
    start = datetime(2026, 3, 1, 8, 0, tzinfo=CET)
    newest = _session(repo, make_segment, start, holds=2)
    removed = repo.delete_session(newest)
    taken = _session(repo, make_segment, start + timedelta(hours=1))
    assert taken == newest  # SQLite gave the free id to the next session
    back = repo.undo_delete(removed)
    assert back != newest
    restored = repo.get_session(back)
    assert restored is not None and restored.started_at == start and restored.segment_count == 2


def test_a_session_under_way_cannot_be_deleted(repo: HistoryRepository) -> None:
    session_id = repo.start_session("r", "R", datetime(2026, 3, 1, 8, 0, tzinfo=CET))
    with pytest.raises(ValueError, match="under way"):
        repo.delete_session(session_id)
    with pytest.raises(ValueError, match="no session"):
        repo.delete_session(session_id + 1)


def test_pages_and_iteration_report_open_sessions_as_the_next_start_will(
    repo: HistoryRepository, make_segment: Segment_
) -> None:
    start = datetime(2026, 3, 1, 8, 0, tzinfo=CET)
    open_id = repo.start_session("r", "R", start)
    repo.add_segment(open_id, make_segment(0, start, 40.0))
    (page,) = repo.list_sessions(open_as_interrupted=True)
    (item,) = repo.iter_sessions(open_as_interrupted=True)
    for record in (page, item):
        assert record.status == "interrupted"
        assert record.ended_at == start + timedelta(seconds=40)
    assert repo.list_sessions()[0].status is None  # only reported


def test_iteration_keeps_the_newest_and_can_give_segments_as_saved(
    repo: HistoryRepository, make_segment: Segment_
) -> None:
    start = datetime(2026, 3, 1, 8, 0, tzinfo=CET)
    ids = [_session(repo, make_segment, start + timedelta(days=day)) for day in range(5)]
    assert [r.id for r in repo.iter_sessions(limit=2)] == ids[3:]
    assert [r.id for r in repo.iter_sessions(limit=2, newest_first=True)] == ids[:2:-1][:2]
    assert [r.id for r in repo.iter_sessions(SessionFilter(until=date(2026, 3, 2)))] == ids[:2]
    session_id = repo.start_session("r", "R", start)
    for position in (1, 0):
        repo.add_segment(session_id, make_segment(position, start))
    record = repo.get_session(session_id)
    (saved,) = repo.iter_sessions(SessionFilter(statuses=frozenset({None})), as_saved=True)
    assert record is not None
    assert [s.position for s in record.segments] == [0, 1]
    assert [s.position for s in saved.segments] == [1, 0]


def test_routines_in_history_have_their_latest_title(repo: HistoryRepository) -> None:
    repo.start_session("ice", "Ice", datetime(2026, 3, 1, 8, 0, tzinfo=CET))
    repo.start_session("ice", "Ice (R.I.C.E.)", datetime(2026, 3, 2, 8, 0, tzinfo=CET))
    repo.start_session("a-stretch", "Stretching", datetime(2026, 3, 1, 9, 0, tzinfo=CET))
    assert repo.routines_in_history() == [("ice", "Ice (R.I.C.E.)"), ("a-stretch", "Stretching")]

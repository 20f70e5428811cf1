"""The recorder saves a session as it happens and keeps, in order, what the file refuses."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.engine import SegmentFinished, SessionFinished
from hamstring_coach.core.timeline import Segment
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.recorder import RETRY_S, SHARP_PAIN_NOTE, SessionRecorder

START = datetime(2026, 11, 27, 9, 0, tzinfo=timezone(timedelta(hours=1)))
HOLD = Segment("seated", "hold", "Seated", "", 30.0, side="left", rep=1, rep_total=3)


def finished(index: int, actual_s: float, *, completed: bool = True) -> SegmentFinished:
    begun = START + timedelta(seconds=index * 40)
    return SegmentFinished(
        index, HOLD, actual_s, completed, begun, begun + timedelta(seconds=actual_s)
    )


class Disk:
    """Makes chosen repository writes fail as a full disk would, while ``full`` is True."""

    def __init__(self, repo: HistoryRepository, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        for name in ("start_session", "add_segment", "finish_session", "set_pain"):
            monkeypatch.setattr(repo, name, self._wrap(getattr(repo, name)))

    def _wrap(self, real):
        def write(*args, **kwargs):
            if self.full:
                raise DatabaseError("Could not save to h.sqlite3: the disk is full.")
            return real(*args, **kwargs)

        return write


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=0)


@pytest.fixture
def recorder(repo: HistoryRepository, clock: FakeClock) -> SessionRecorder:
    return SessionRecorder(repo, clock.now)


def test_a_session_is_written_as_it_happens(recorder, repo) -> None:
    recorder.begin("gentle-stretching", "Gentle stretching", START)
    session_id = recorder.session_id
    assert session_id is not None
    recorder.segment_finished(finished(0, 7.25, completed=False))  # skipped after 7.25 s
    stored = repo.get_session(session_id)
    assert stored is not None and [s.actual_s for s in stored.segments] == [7.25]
    recorder.segment_finished(finished(1, 29.9996))
    recorder.session_finished(SessionFinished("sharp-pain", START + timedelta(minutes=2)))
    assert recorder.rate(4)
    stored = repo.get_session(session_id)
    assert stored is not None
    assert [s.actual_s for s in stored.segments] == [7.25, 30.0]  # to the millisecond
    assert [s.completed for s in stored.segments] == [False, True]
    assert (stored.status, stored.pain_after, stored.note) == ("sharp-pain", 4, SHARP_PAIN_NOTE)
    assert recorder.unsaved == 0 and recorder.retry_at is None


def test_failed_writes_wait_in_order_and_are_retried_when_due(
    recorder, repo, clock, monkeypatch
) -> None:
    news: list[DatabaseError | None] = []
    recorder.subscribe(news.append)
    disk = Disk(repo, monkeypatch)
    disk.full = True
    recorder.begin("r", "R", START)  # even the session's own row waits
    recorder.segment_finished(finished(0, 5.5))
    assert recorder.unsaved == 2 and recorder.session_id is None
    assert recorder.retry_at == RETRY_S
    assert recorder.retry_in() == RETRY_S
    assert [str(e) for e in news if e] == ["Could not save to h.sqlite3: the disk is full."] * 2
    disk.full = False
    clock.advance(RETRY_S - 0.5)
    assert not recorder.retry_if_due()  # not yet: nothing written
    assert repo.count_sessions() == 0 and recorder.retry_in() == pytest.approx(0.5)
    clock.advance(0.5)
    assert recorder.retry_if_due()
    assert news[-1] is None  # recovered, said once
    assert recorder.unsaved == 0 and recorder.retry_at is None and recorder.last_error is None
    stored = repo.get_session(recorder.session_id)
    assert stored is not None and [s.actual_s for s in stored.segments] == [5.5]


def test_a_write_that_fails_again_moves_the_next_attempt(recorder, repo, clock, monkeypatch):
    disk = Disk(repo, monkeypatch)
    recorder.begin("r", "R", START)
    disk.full = True
    recorder.session_finished(SessionFinished("completed", START))
    clock.advance(RETRY_S)
    assert not recorder.retry_if_due()
    assert recorder.retry_at == 2 * RETRY_S and recorder.unsaved == 1


def test_a_new_session_keeps_the_earlier_ones_waiting_writes(recorder, repo, monkeypatch):
    disk = Disk(repo, monkeypatch)
    recorder.begin("first", "First", START)
    first_id = recorder.session_id
    disk.full = True
    recorder.session_finished(SessionFinished("stopped", START + timedelta(minutes=1)))
    recorder.begin("second", "Second", START + timedelta(minutes=5))
    disk.full = False
    assert recorder.retry()
    assert recorder.session_id is not None and recorder.session_id != first_id
    first = repo.get_session(first_id)
    second = repo.get_session(recorder.session_id)
    assert first is not None and first.status == "stopped"
    assert second is not None and second.status is None and second.routine_id == "second"


def test_abandoning_drops_what_waits(recorder, repo, monkeypatch) -> None:
    Disk(repo, monkeypatch).full = True
    recorder.begin("r", "R", START)
    assert recorder.abandon() == 1
    assert recorder.unsaved == 0 and recorder.retry_at is None

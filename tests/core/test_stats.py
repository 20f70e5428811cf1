"""What a session adds up to, worked out from its timeline and the segments it left."""

from __future__ import annotations

from datetime import datetime

import pytest

from hamstring_coach.core.engine import SegmentFinished
from hamstring_coach.core.stats import WorkCount, session_outcome, work_count
from hamstring_coach.core.timeline import Segment

AT = datetime(2026, 11, 27, 9, 0).astimezone()


def seg(kind: str, planned: float | None = 30.0) -> Segment:
    return Segment("s", kind, "S", "", planned)  # type: ignore[arg-type]


TIMELINE = [
    seg("checklist", None),  # 0
    seg("prepare", 5),  # 1
    seg("hold"),  # 2
    seg("rest", 10),  # 3
    seg("prepare", 5),  # 4
    seg("hold"),  # 5
    seg("prepare", 5),  # 6
    seg("reps", 20),  # 7
    seg("timed", 60),  # 8
]


def ended(index: int, actual: float, completed: bool = True) -> SegmentFinished:
    return SegmentFinished(index, TIMELINE[index], actual, completed, AT, AT)


def test_each_kind_of_work_is_counted_apart() -> None:
    finished = [ended(0, 3), ended(1, 5), ended(2, 30), ended(3, 10), ended(4, 5)]
    finished += [ended(5, 12.5, completed=False), ended(6, 5), ended(7, 20)]
    outcome = session_outcome("stopped", TIMELINE, finished)
    assert outcome.holds == WorkCount(planned=2, done=1, skipped=1)
    assert outcome.sets == WorkCount(planned=1, done=1, skipped=0)
    assert outcome.timed == WorkCount(planned=1, done=0, skipped=0)
    assert outcome.timed.not_reached == 1
    assert outcome.checklists == WorkCount(planned=1, done=1, skipped=0)
    assert outcome.active_s == pytest.approx(3 + 5 + 30 + 10 + 5 + 12.5 + 5 + 20)
    assert outcome.status == "stopped"


def test_a_hold_left_and_done_again_after_back_counts_once_and_is_not_skipped() -> None:
    finished = [ended(2, 30), ended(3, 1, completed=False), ended(2, 30)]
    assert work_count("hold", TIMELINE, finished) == WorkCount(planned=2, done=1, skipped=0)
    assert work_count("hold", TIMELINE, [ended(2, 4, completed=False), ended(2, 30)]).skipped == 0


@pytest.mark.parametrize(
    ("done", "mostly"),
    [(0, False), (2, False), (3, True), (5, True)],
)
def test_mostly_done_needs_half_of_the_work(done: int, mostly: bool) -> None:
    work = [i for i, s in enumerate(TIMELINE) if s.kind in ("hold", "reps", "timed", "checklist")]
    finished = [ended(index, 1) for index in work[:done]]
    assert session_outcome("completed", TIMELINE, finished).mostly_done is mostly

"""Hand-made histories for the history page's tests: sessions written through the
repository, at given local times and UTC offsets, with known holds, pain and notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from hamstring_coach.storage.history import HistoryRepository, PlannedWork, SegmentRecord

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-5))
TITLES = {
    "gentle-stretching": "Gentle stretching",
    "strengthening": "Strengthening",
    "ice": "Ice",
    "warm-up": "Warm-up",
}


def at(year: int, month: int, day: int, hour: int = 9, minute: int = 0, zone=CET) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def add_session(
    history: HistoryRepository,
    start: datetime,
    routine: str = "gentle-stretching",
    status: str = "completed",
    *,
    holds: int = 2,
    done: int | None = None,
    pain_before: int | None = None,
    pain_after: int | None = None,
    note: str | None = None,
    step: str = "seated-stretch",
    timed_s: float = 0.0,
) -> int:
    """A session of ``holds`` holds (each with a get-ready before it), ``done`` of them
    completed (all unless given); a session stopped early ends at the first not done.
    With ``timed_s``, one timed block instead (an ice application)."""
    done = holds if done is None else done
    planned = PlannedWork(holds=holds) if not timed_s else PlannedWork(timed=1)
    session_id = history.start_session(
        routine, TITLES.get(routine, routine), start, pain_before=pain_before, planned=planned
    )
    moment = start
    position = 0

    def segment(kind: str, seconds: float, completed: bool, rep: int | None, side=None) -> None:
        nonlocal moment, position
        end = moment + timedelta(seconds=seconds)
        history.add_segment(
            session_id,
            SegmentRecord(
                position, step, kind, side, rep, seconds, seconds, completed, moment, end
            ),
        )
        moment = end
        position += 1

    if timed_s:
        segment("timed", timed_s, status == "completed", None)
    for rep in range(1, holds + 1):
        if rep > done + (0 if status == "completed" else 1):
            break
        segment("prepare", 5, True, rep, "left")
        segment("hold", 30, rep <= done, rep, "left")
    history.finish_session(session_id, status, moment + timedelta(seconds=1), note)
    if pain_after is not None:
        history.set_pain(session_id, pain_after)
    return session_id


def add_sessions(history: HistoryRepository, starts: Sequence[datetime], **kwargs) -> list[int]:
    return [add_session(history, start, **kwargs) for start in starts]

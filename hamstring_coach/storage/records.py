"""What the history holds, as plain frozen records, and how its times are stored."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from hamstring_coach.core.stats import WorkCount
from hamstring_coach.core.timeline import SEGMENT_KINDS, SIDES

STATUSES: tuple[str, ...] = ("completed", "stopped", "sharp-pain", "interrupted")
MAX_PAIN = 10  # pain is rated from 0 to this
KINDS: tuple[str, ...] = SEGMENT_KINDS


@dataclass(frozen=True)
class SegmentRecord:
    """One counted part of a session, as it finished."""

    position: int
    step_id: str
    kind: str
    side: str | None
    rep: int | None
    planned_s: float | None
    actual_s: float
    completed: bool
    started_at: datetime
    ended_at: datetime


@dataclass(frozen=True)
class PlannedWork:
    """How many pieces of each kind of work a session's timeline held."""

    holds: int = 0
    sets: int = 0
    timed: int = 0
    checklists: int = 0

    def __post_init__(self) -> None:
        for name in ("holds", "sets", "timed", "checklists"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"Planned {name} must be a whole number from 0, got {value!r}.")


@dataclass(frozen=True)
class WorkDone:
    """What was done of each kind of work in a session ("12 of 18 holds").

    A piece done again after going back counts once. ``planned_known`` is False for a
    session from before the plan was stored that did not run to the end: then each
    count's ``planned`` is only what was reached (done or skipped).
    """

    holds: WorkCount = field(default_factory=WorkCount)
    sets: WorkCount = field(default_factory=WorkCount)
    timed: WorkCount = field(default_factory=WorkCount)
    checklists: WorkCount = field(default_factory=WorkCount)
    planned_known: bool = True

    def counts(self) -> tuple[WorkCount, ...]:
        return (self.holds, self.sets, self.timed, self.checklists)

    @classmethod
    def of(cls, counts: Sequence[WorkCount], *, planned_known: bool) -> WorkDone:
        """From the counts of holds, sets, timed blocks and checklists, in that order."""
        holds, sets, timed, checklists = counts
        return cls(holds, sets, timed, checklists, planned_known=planned_known)


@dataclass(frozen=True)
class SessionRecord:
    """One session; times are in the local UTC offset stored with it.

    ``uid`` is the session's identity across copies, exports and imports (32 hex
    digits); ``id`` is its row in this file. ``active_s`` adds up every segment's
    running time (pauses excluded); ``ended_at`` and ``status`` are None while the
    session is under way (or was left open by a crash: see ``close_interrupted``).
    """

    id: int
    routine_id: str
    routine_title: str
    started_at: datetime
    ended_at: datetime | None
    status: str | None
    pain_after: int | None
    note: str | None
    active_s: float
    segment_count: int
    segments: tuple[SegmentRecord, ...] = ()
    uid: str = ""
    pain_before: int | None = None
    work: WorkDone = field(default_factory=WorkDone)


def check_pain(pain: int | None) -> None:
    """Raise ValueError unless pain is None or a whole number from 0 to MAX_PAIN."""
    if pain is not None and (
        isinstance(pain, bool) or not isinstance(pain, int) or not 0 <= pain <= MAX_PAIN
    ):
        raise ValueError(f"Pain must be a whole number from 0 to {MAX_PAIN}, got {pain!r}.")


def check_segment(segment: SegmentRecord) -> None:
    """Raise ValueError when a segment could not be stored as given."""
    if segment.kind not in KINDS:
        raise ValueError(f"Unknown segment kind {segment.kind!r}; expected one of {KINDS}.")
    if segment.side is not None and segment.side not in SIDES:
        raise ValueError(f"Unknown side {segment.side!r}; expected 'left', 'right' or None.")
    for name in ("planned_s", "actual_s"):
        value = getattr(segment, name)
        if value is None and name == "planned_s":
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"Segment {name} must be a number of seconds, got {value!r}.")
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"Segment {name} must be finite and not negative, got {value!r}.")
    require_aware(segment.started_at, "segment started_at")
    require_aware(segment.ended_at, "segment ended_at")


def require_aware(moment: datetime, what: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got {moment!r}.")


def to_utc_text(moment: datetime) -> str:
    """An aware datetime as fixed-width UTC ISO-8601 text, so that text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def offset_minutes(moment: datetime) -> int:
    """The UTC offset of an aware datetime, in whole minutes."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"{moment!r} must be timezone-aware.")
    return round(offset.total_seconds() / 60)


def from_utc_text(text: str, offset_min: int) -> datetime:
    """Stored UTC text back to an aware datetime in the given local offset."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone(offset_min))


@functools.lru_cache(maxsize=256)
def zone(offset_min: int) -> timezone:
    """The fixed UTC offset of offset_min minutes (made once: ten years hold a few)."""
    return timezone(timedelta(minutes=offset_min))


def iso_local(moment: datetime | None) -> str | None:
    """ISO-8601 text for export, keeping the datetime's own offset."""
    return None if moment is None else moment.isoformat(timespec="microseconds")

"""What the history holds, as plain frozen records, and how its times are stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

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
class SessionRecord:
    """One session; times are in the local UTC offset stored with it."""

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


def check_segment(segment: SegmentRecord) -> None:
    """Raise ValueError when a segment could not be stored as given."""
    if segment.kind not in KINDS:
        raise ValueError(f"Unknown segment kind {segment.kind!r}; expected one of {KINDS}.")
    if segment.side is not None and segment.side not in SIDES:
        raise ValueError(f"Unknown side {segment.side!r}; expected 'left', 'right' or None.")
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
    return moment.astimezone(timezone(timedelta(minutes=offset_min)))


def iso_local(moment: datetime | None) -> str | None:
    """ISO-8601 text for export, keeping the datetime's own offset."""
    return None if moment is None else moment.isoformat(timespec="microseconds")

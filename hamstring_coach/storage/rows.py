"""Rows of the history file to records, and records to JSON-ready dicts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hamstring_coach.storage.records import (
    SegmentRecord,
    SessionRecord,
    from_utc_text,
    iso_local,
)

# The columns each function below expects, in order.
SESSION_COLUMNS = (
    "s.id, s.routine_id, s.routine_title, s.started_at, s.utc_offset_min, s.ended_at,"
    " s.status, s.pain_after, s.note, COALESCE(SUM(g.actual_s), 0.0), COUNT(g.id)"
)
SEGMENT_COLUMNS = (
    "position, step_id, kind, side, rep, planned_s, actual_s, completed, started_at, ended_at"
)
OFFSET_INDEX = 4  # utc_offset_min in SESSION_COLUMNS


def session_from_row(row: Sequence[Any]) -> SessionRecord:
    offset_min = int(row[OFFSET_INDEX])
    return SessionRecord(
        id=int(row[0]),
        routine_id=str(row[1]),
        routine_title=str(row[2]),
        started_at=from_utc_text(row[3], offset_min),
        ended_at=None if row[5] is None else from_utc_text(row[5], offset_min),
        status=row[6],
        pain_after=None if row[7] is None else int(row[7]),
        note=row[8],
        active_s=float(row[9]),
        segment_count=int(row[10]),
    )


def segment_from_row(row: Sequence[Any], offset_min: int) -> SegmentRecord:
    return SegmentRecord(
        position=int(row[0]),
        step_id=str(row[1]),
        kind=str(row[2]),
        side=row[3],
        rep=None if row[4] is None else int(row[4]),
        planned_s=None if row[5] is None else float(row[5]),
        actual_s=float(row[6]),
        completed=bool(row[7]),
        started_at=from_utc_text(row[8], offset_min),
        ended_at=from_utc_text(row[9], offset_min),
    )


def session_dict(record: SessionRecord, segments: list[dict[str, object]]) -> dict[str, object]:
    """The export form of a session; times keep the session's local offset."""
    return {
        "id": record.id,
        "routine_id": record.routine_id,
        "routine_title": record.routine_title,
        "started_at": iso_local(record.started_at),
        "ended_at": iso_local(record.ended_at),
        "status": record.status,
        "pain_after": record.pain_after,
        "note": record.note,
        "segments": segments,
    }


def segment_dict(record: SegmentRecord) -> dict[str, object]:
    return {
        "step_id": record.step_id,
        "kind": record.kind,
        "side": record.side,
        "rep": record.rep,
        "planned_s": record.planned_s,
        "actual_s": record.actual_s,
        "completed": record.completed,
        "started_at": iso_local(record.started_at),
        "ended_at": iso_local(record.ended_at),
    }

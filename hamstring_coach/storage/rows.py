"""Rows of the history file to records, and records to JSON-ready dicts.

A row that cannot be read as stored (a time that is not ISO-8601, an unknown status,
kind or side, a number that is not one) raises :class:`BadValue` naming the column; the
repository words it as a DatabaseError naming the file and the session.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from hamstring_coach.storage.records import (
    KINDS,
    MAX_PAIN,
    SIDES,
    STATUSES,
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
MAX_OFFSET_MIN = 24 * 60 - 1  # what datetime.timezone accepts
_SHOWN_CHARS = 40

T = TypeVar("T")


class BadValue(ValueError):
    """A stored value that cannot be read; str(e) names the column and the value."""

    def __init__(self, column: str, value: object) -> None:
        shown = repr(value)
        if len(shown) > _SHOWN_CHARS:
            shown = shown[: _SHOWN_CHARS - 1] + "…"
        super().__init__(f"a bad {column} ({shown})")
        self.column = column


def _read(column: str, value: object, convert: Callable[[Any], T]) -> T:
    try:
        return convert(value)
    except (ValueError, TypeError, OverflowError):
        raise BadValue(column, value) from None


def _integer(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(value)


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    raise TypeError(value)


def _number(value: object) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    raise ValueError(value)


def _one_of(choices: tuple[str, ...]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if isinstance(value, str) and value in choices:
            return value
        raise ValueError(value)

    return check


def _optional(convert: Callable[[Any], T]) -> Callable[[Any], T | None]:
    return lambda value: None if value is None else convert(value)


def _offset(value: object) -> int:
    minutes = _integer(value)
    if abs(minutes) > MAX_OFFSET_MIN:
        raise ValueError(value)
    return minutes


def _moment(offset_min: int) -> Callable[[object], datetime]:
    return lambda value: from_utc_text(_text(value), offset_min)


def _pain(value: object) -> int:
    pain = _integer(value)
    if not 0 <= pain <= MAX_PAIN:
        raise ValueError(value)
    return pain


def _flag(value: object) -> bool:
    if value in (0, 1) and not isinstance(value, float):
        return bool(value)
    raise ValueError(value)


def session_offset(row: Sequence[Any]) -> int:
    """The session's UTC offset in minutes, checked."""
    return _read("utc_offset_min", row[OFFSET_INDEX], _offset)


def session_from_row(row: Sequence[Any]) -> SessionRecord:
    offset_min = session_offset(row)
    return SessionRecord(
        id=int(row[0]),
        routine_id=_read("routine_id", row[1], _text),
        routine_title=_read("routine_title", row[2], _text),
        started_at=_read("started_at", row[3], _moment(offset_min)),
        ended_at=_read("ended_at", row[5], _optional(_moment(offset_min))),
        status=_read("status", row[6], _optional(_one_of(STATUSES))),
        pain_after=_read("pain_after", row[7], _optional(_pain)),
        note=_read("note", row[8], _optional(_text)),
        active_s=_read("total of segment actual_s", row[9], _number),
        segment_count=int(row[10]),
    )


def segment_from_row(row: Sequence[Any], offset_min: int) -> SegmentRecord:
    return SegmentRecord(
        position=_read("segment position", row[0], _integer),
        step_id=_read("segment step_id", row[1], _text),
        kind=_read("segment kind", row[2], _one_of(KINDS)),
        side=_read("segment side", row[3], _optional(_one_of(SIDES))),
        rep=_read("segment rep", row[4], _optional(_integer)),
        planned_s=_read("segment planned_s", row[5], _optional(_number)),
        actual_s=_read("segment actual_s", row[6], _number),
        completed=_read("segment completed", row[7], _flag),
        started_at=_read("segment started_at", row[8], _moment(offset_min)),
        ended_at=_read("segment ended_at", row[9], _moment(offset_min)),
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

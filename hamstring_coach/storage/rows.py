"""Rows of the history file to records, and records to JSON-ready dicts.

A row that cannot be read as stored (a time that is not ISO-8601, an unknown status,
kind or side, a number that is not one) raises :class:`BadValue` naming the column; the
repository words it as a DatabaseError naming the file and the session. Segments are
read by a fast path that checks every value's type at once, and by the careful path,
value by value, only when that check fails, to say which value is bad.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from hamstring_coach.core.stats import WorkCount
from hamstring_coach.storage.records import (
    KINDS,
    MAX_PAIN,
    SIDES,
    STATUSES,
    SegmentRecord,
    SessionRecord,
    WorkDone,
    from_utc_text,
    iso_local,
)

WORK_KINDS = ("hold", "reps", "timed", "checklist")  # in the order of WorkDone's counts
SEGMENT_COLUMNS = (
    "seq, position, step, kind, side, rep, planned_ms, actual_ms, completed, start_ms, end_ms"
)
V1_SEGMENT_COLUMNS = (
    "position, step_id, kind, side, rep, planned_s, actual_s, completed, started_at, ended_at"
)
OFFSET_INDEX = 5  # utc_offset_min in SESSION_COLUMNS
MAX_OFFSET_MIN = 24 * 60 - 1  # what datetime.timezone accepts
_SHOWN_CHARS = 40

T = TypeVar("T")


# The columns session_from_row reads, from the sessions table ``s``.
SESSION_COLUMNS = (
    "s.id, s.uid, s.routine_id, s.routine_title, s.started_at, s.utc_offset_min,"
    " s.ended_at, s.status, s.pain_before, s.pain_after, s.note, s.planned_holds,"
    " s.planned_sets, s.planned_timed, s.planned_checklists"
)


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


def _code_of(names: Mapping[int, str]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if isinstance(value, int) and value in names:
            return names[value]
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


def _count(value: object) -> int:
    count = _integer(value)
    if count < 0:
        raise ValueError(value)
    return count


def _flag(value: object) -> bool:
    if value in (0, 1) and not isinstance(value, float):
        return bool(value)
    raise ValueError(value)


def _uid(value: object) -> str:
    if isinstance(value, bytes) and len(value) == 16:
        return value.hex()
    raise ValueError(value)


def session_offset(row: Sequence[Any]) -> int:
    """The session's UTC offset in minutes, checked."""
    return _read("utc_offset_min", row[OFFSET_INDEX], _offset)


def session_start(started_at: object, offset_min: object) -> datetime:
    """A session's stored start and offset as an aware local datetime, checked."""
    offset = _read("utc_offset_min", offset_min, _offset)
    return _read("started_at", started_at, _moment(offset))


def _planned(row: Sequence[Any]) -> WorkDone:
    """The work a session planned (nothing done yet); planned_known False without it."""
    names = ("holds", "sets", "timed", "checklists")
    planned = [
        _read(f"planned_{name}", row[11 + index], _optional(_count))
        for index, name in enumerate(names)
    ]
    known = all(value is not None for value in planned)
    counts = [WorkCount(planned=value or 0) for value in planned]
    return WorkDone.of(counts, planned_known=known)


def work_done(stored: WorkDone, pieces: Sequence[Mapping[int, bool]]) -> WorkDone:
    """What was done: ``pieces`` holds, for hold, reps, timed and checklist in turn, each
    position reached and whether it was done (once done, done); the plan is ``stored``'s
    when known, else what was reached."""
    counts = []
    for known, reached in zip(stored.counts(), pieces, strict=True):
        done = sum(1 for finished in reached.values() if finished)
        planned = known.planned if stored.planned_known else len(reached)
        counts.append(WorkCount(max(planned, len(reached)), done, len(reached) - done))
    return WorkDone.of(counts, planned_known=stored.planned_known)


def session_from_row(row: Sequence[Any]) -> SessionRecord:
    """A row of SESSION_COLUMNS, without its segments' totals (zero until counted)."""
    offset_min = session_offset(row)
    started_at = _read("started_at", row[4], _moment(offset_min))
    ended_at = _read("ended_at", row[6], _optional(_moment(offset_min)))
    status = _read("status", row[7], _optional(_one_of(STATUSES)))
    return SessionRecord(
        id=int(row[0]),
        uid=_read("uid", row[1], _uid),
        routine_id=_read("routine_id", row[2], _text),
        routine_title=_read("routine_title", row[3], _text),
        started_at=started_at,
        ended_at=ended_at,
        status=status,
        pain_before=_read("pain_before", row[8], _optional(_pain)),
        pain_after=_read("pain_after", row[9], _optional(_pain)),
        note=_read("note", row[10], _optional(_text)),
        active_s=0.0,
        segment_count=0,
        work=_planned(row),
    )


def segment_from_row(
    row: Sequence[Any],
    start: datetime,
    steps: Mapping[int, str],
    kinds: Mapping[int, str],
    sides: Mapping[int, str],
) -> SegmentRecord:
    """A row of SEGMENT_COLUMNS, its times counted from the session's start."""
    _, position, step, kind, side, rep, planned, actual, completed, start_ms, end_ms = row
    if (
        type(position) is int
        and type(actual) is int
        and type(start_ms) is int
        and type(end_ms) is int
        and (planned is None or type(planned) is int)
        and (rep is None or type(rep) is int)
        and (completed == 0 or completed == 1)
        and type(completed) is int
        and step in steps
        and kind in kinds
        and (side is None or side in sides)
    ):
        return SegmentRecord(
            position=position,
            step_id=steps[step],
            kind=kinds[kind],
            side=None if side is None else sides[side],
            rep=rep,
            planned_s=None if planned is None else planned / 1000,
            actual_s=actual / 1000,
            completed=completed == 1,
            started_at=start + timedelta(milliseconds=start_ms),
            ended_at=start + timedelta(milliseconds=end_ms),
        )
    return _careful_segment(row, start, steps, kinds, sides)


def _careful_segment(
    row: Sequence[Any],
    start: datetime,
    steps: Mapping[int, str],
    kinds: Mapping[int, str],
    sides: Mapping[int, str],
) -> SegmentRecord:
    def moment(value: object) -> datetime:
        return start + timedelta(milliseconds=_integer(value))

    planned = _read("segment planned_ms", row[6], _optional(_integer))
    return SegmentRecord(
        position=_read("segment position", row[1], _integer),
        step_id=_read("segment step", row[2], _code_of(steps)),
        kind=_read("segment kind", row[3], _code_of(kinds)),
        side=_read("segment side", row[4], _optional(_code_of(sides))),
        rep=_read("segment rep", row[5], _optional(_integer)),
        planned_s=None if planned is None else planned / 1000,
        actual_s=_read("segment actual_ms", row[7], _integer) / 1000,
        completed=_read("segment completed", row[8], _flag),
        started_at=_read("segment start_ms", row[9], moment),
        ended_at=_read("segment end_ms", row[10], moment),
    )


def segment_from_v1_row(row: Sequence[Any], offset_min: int) -> SegmentRecord:
    """A segment as schema versions 1 and 2 stored it (V1_SEGMENT_COLUMNS): text times."""
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
    """The ``history --json`` form of a session; times keep the session's local offset."""
    return {
        "id": record.id,
        "routine_id": record.routine_id,
        "routine_title": record.routine_title,
        "started_at": iso_local(record.started_at),
        "ended_at": iso_local(record.ended_at),
        "status": record.status,
        "pain_before": record.pain_before,
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

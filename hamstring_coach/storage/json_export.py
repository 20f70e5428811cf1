"""The JSON export: everything stored, in a form ``importing`` reads back exactly.

An object with the format's name and version, the app's version and the range asked
for, then ``sessions`` (one to a line, oldest first), ``settings`` and, where the file
has them, ``injuries``. A session holds its identity (``uid``), routine, local start and
end (with their UTC offset), status, pain before and after, note, the work it planned
(or null) and its segments in the order they happened, each with its local start and
end to the microsecond. Segments are read and written a session at a time from whole
numbers (see ``packed``); a session holding a value the app never writes goes the
careful way, and is refused with one sentence naming it.
"""

from __future__ import annotations

import json
from contextlib import closing
from operator import attrgetter
from typing import IO, Any

from hamstring_coach import __version__
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.history_reads import connection_of
from hamstring_coach.storage.packed import (
    NO_PLAN,
    PAIR,
    THOUSANDTHS,
    Describe,
    LocalTimes,
    in_chunks,
)
from hamstring_coach.storage.records import SessionRecord
from hamstring_coach.storage.session_filter import SessionFilter

FORMAT = "hamstring-coach-history"
FORMAT_VERSION = 1
EXTRA_TABLES = ("injuries",)  # exported whole when the file has them
DAY_MS = 86_400_000


def write_json(history: HistoryRepository, out: IO[str], matching: SessionFilter | None) -> int:
    """Write the export to out; returns how many sessions it holds."""
    conn = connection_of(history)
    head = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "since": None if matching is None or matching.since is None else str(matching.since),
        "until": None if matching is None or matching.until is None else str(matching.until),
    }
    extras = history.stored_extras(EXTRA_TABLES)
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "sessions": [')
    describe = Describe(conn, _describe)
    seconds: dict[int, str] = {}
    count = 0
    with closing(history.session_heads(matching)) as sessions:
        for session, rows in in_chunks(conn, sessions, attrgetter("id")):
            out.write(",\n" if count else "\n")
            text = json.dumps(session_fields(session), ensure_ascii=False)
            try:
                segments = _fast_segments(session, rows, describe, seconds)
            except (KeyError, TypeError, ValueError, IndexError):
                segments = _careful_segments(history, session)
            out.write(text[:-1] + ', "segments": [' + segments + "]}")
            count += 1
    out.write("\n]")
    for key, value in extras.items():
        out.write(f", {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    out.write("}\n")
    return count


def _describe(
    position: int, step: str, kind: str, side: str | None, rep: int | None, done: bool
) -> tuple[str, str]:
    """A segment's JSON up to "planned_s": (left open), and its "completed" text."""
    fields = {"position": position, "step_id": step, "kind": kind, "side": side, "rep": rep}
    text = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return text[:-1] + ',"planned_s":', "true" if done else "false"


def _fast_segments(
    session: SessionRecord,
    rows: list[tuple[Any, ...]],
    describe: Describe,
    seconds: dict[int, str],
) -> str:
    # The hot loop of ten years of segments: everything it needs is a local name.
    times = LocalTimes(session.started_at)
    base, micro = divmod(times.base_us, 1000)
    prefix = '"' + times.prefix
    ending = f"{micro:03d}{times.offset}" + '"'
    day, thousandths, known = times.seconds, THOUSANDTHS, describe.known
    parts = []
    last_ms, last_text = -1, ""
    for key, durations, span in rows:
        head, done = known.get(key) or describe(key)
        planned = durations // PAIR
        actual = durations - planned * PAIR
        planned_text = (
            "null" if planned == NO_PLAN else seconds.get(planned) or _seconds_of(planned, seconds)
        )
        actual_text = seconds.get(actual) or _seconds_of(actual, seconds)
        start = span // PAIR
        end = span - start * PAIR
        if start == last_ms:
            start_text = last_text  # segments mostly follow each other
        elif base + start < DAY_MS:
            at = base + start
            start_text = prefix + day[at // 1000] + thousandths[at % 1000] + ending
        else:
            start_text = '"' + times.text(start, 6) + '"'
        if base + end < DAY_MS:
            at = base + end
            end_text = prefix + day[at // 1000] + thousandths[at % 1000] + ending
        else:
            end_text = '"' + times.text(end, 6) + '"'
        last_ms, last_text = end, end_text
        parts.append(
            f'{head}{planned_text},"actual_s":{actual_text},"completed":{done},'
            f'"started_at":{start_text},"ended_at":{end_text}}}'
        )
    return ",".join(parts)


def _seconds_of(ms: object, known: dict[int, str]) -> str:
    """Whole milliseconds as JSON seconds, as float's repr writes them."""
    if type(ms) is not int or ms < 0:
        raise TypeError(ms)
    text = known[ms] = repr(ms / 1000)
    return text


def _careful_segments(history: HistoryRepository, session: SessionRecord) -> str:
    """A session's segments read the careful way (a bad value raises DatabaseError)."""
    whole = history.get_session(session.id, as_saved=True)
    segments = () if whole is None else whole.segments
    return ",".join(
        json.dumps(
            {
                "position": s.position,
                "step_id": s.step_id,
                "kind": s.kind,
                "side": s.side,
                "rep": s.rep,
                "planned_s": s.planned_s,
                "actual_s": s.actual_s,
                "completed": s.completed,
                "started_at": s.started_at.isoformat(timespec="microseconds"),
                "ended_at": s.ended_at.isoformat(timespec="microseconds"),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        for s in segments
    )


def session_fields(session: SessionRecord) -> dict[str, object]:
    """A session's own fields in the export (its segments go after them)."""
    work = session.work
    planned = (
        {
            "holds": work.holds.planned,
            "sets": work.sets.planned,
            "timed": work.timed.planned,
            "checklists": work.checklists.planned,
        }
        if work.planned_known
        else None
    )
    ended = session.ended_at
    return {
        "uid": session.uid,
        "routine_id": session.routine_id,
        "routine_title": session.routine_title,
        "started_at": session.started_at.isoformat(timespec="microseconds"),
        "ended_at": None if ended is None else ended.isoformat(timespec="microseconds"),
        "status": session.status,
        "pain_before": session.pain_before,
        "pain_after": session.pain_after,
        "note": session.note,
        "planned": planned,
    }

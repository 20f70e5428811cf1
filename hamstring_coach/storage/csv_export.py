"""The CSV export: one row per segment, each with its session's columns (RFC 4180).

A header row, CRLF line ends, UTF-8 without a byte order mark, and a field in double
quotes (its quotes doubled) when it holds a comma, a quote or a line end. A session
without segments has one row, its segment columns empty. Times are local ISO-8601 to the
millisecond with the session's UTC offset; durations are seconds.

A cell that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a
carriage return, or their full-width forms) gets a leading apostrophe, so it is shown
as the text it is. Segments are read and written a session at a time from whole
numbers (see ``packed``), so ten years take seconds; a session holding a value the app
never writes goes the careful way instead, and is refused with one sentence naming it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import IO, Any

from hamstring_coach.storage.errors import file_of
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

DAY_MS = 86_400_000
CSV_COLUMNS = (
    "session_uid", "session_started_at", "session_ended_at", "session_local_date",
    "routine_id", "routine_title", "status", "pain_before", "pain_after", "note",
    "position", "step_id", "kind", "side", "rep", "planned_s", "actual_s", "completed",
    "started_at", "ended_at",
)  # fmt: skip
# What a spreadsheet may take for the start of a formula, and the full-width forms some
# spreadsheets read the same way.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralise(cell: str) -> str:
    """A cell as text a spreadsheet will not run: a formula's start gets an apostrophe."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def cell(text: str) -> str:
    """One field as written: neutralised, and quoted when RFC 4180 asks for it."""
    text = neutralise(text)
    if any(mark in text for mark in (",", '"', "\r", "\n")):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(history: HistoryRepository, out: IO[str], matching: SessionFilter | None) -> int:
    """Write the matching sessions to out; returns how many."""
    with closing(history.session_heads(matching)) as sessions:
        return write_sessions(history, out, sessions, True)


def write_sessions(
    history: HistoryRepository, out: IO[str], sessions: Iterable[SessionRecord], header: bool
) -> int:
    """Write these sessions (read by ``session_heads``) to out, after the header row when
    asked; returns how many."""
    conn = connection_of(history)
    describe = Describe(conn, _describe)
    seconds: dict[int, str] = {}
    if header:
        out.write(",".join(cell(name) for name in CSV_COLUMNS) + "\r\n")
    count = 0
    for session, rows in in_chunks(conn, sessions, attrgetter("id")):
        head = ",".join(cell(text) for text in _head(session)) + ","
        try:
            out.write(_fast_lines(head, session, rows, describe, seconds))
        except (KeyError, TypeError, ValueError, IndexError):
            out.writelines(_careful_lines(history, session))
        count += 1
    return count


def _describe(
    position: int, step: str, kind: str, side: str | None, rep: int | None, done: bool
) -> tuple[str, str]:
    """The cells from the position to the repetition (with a comma), and done or not."""
    return (
        f"{position},{cell(step)},{kind},{side or ''},{'' if rep is None else rep},",
        "yes" if done else "no",
    )


def _fast_lines(
    head: str,
    session: SessionRecord,
    rows: list[tuple[Any, ...]],
    describe: Describe,
    seconds: dict[int, str],
) -> str:
    if not rows:
        return head + "," * (len(CSV_COLUMNS) - 11) + "\r\n"
    # The hot loop of ten years of segments: everything it needs is a local name.
    times = LocalTimes(session.started_at)
    base, prefix, offset = times.base_us // 1000, times.prefix, times.offset
    day, thousandths, known = times.seconds, THOUSANDTHS, describe.known
    lines = []
    last_ms, last_text = -1, ""
    for key, durations, span in rows:
        middle, done = known.get(key) or describe(key)
        planned = durations // PAIR
        actual = durations - planned * PAIR
        planned_text = (
            "" if planned == NO_PLAN else seconds.get(planned) or _seconds_of(planned, seconds)
        )
        actual_text = seconds.get(actual) or _seconds_of(actual, seconds)
        start = span // PAIR
        end = span - start * PAIR
        if start == last_ms:
            start_text = last_text  # segments mostly follow each other
        elif base + start < DAY_MS:
            at = base + start
            start_text = prefix + day[at // 1000] + thousandths[at % 1000] + offset
        else:
            start_text = times.text(start, 3)
        if base + end < DAY_MS:
            at = base + end
            end_text = prefix + day[at // 1000] + thousandths[at % 1000] + offset
        else:
            end_text = times.text(end, 3)
        last_ms, last_text = end, end_text
        lines.append(
            f"{head}{middle}{planned_text},{actual_text},{done},{start_text},{end_text}\r\n"
        )
    return "".join(lines)


def _seconds_of(ms: object, known: dict[int, str]) -> str:
    """Whole milliseconds as seconds ("30", "29.998"); TypeError for anything else."""
    if type(ms) is not int or ms < 0:
        raise TypeError(ms)
    whole, part = divmod(ms, 1000)
    text = str(whole) if part == 0 else f"{whole}.{part:03d}".rstrip("0")
    known[ms] = text
    return text


def _careful_lines(history: HistoryRepository, session: SessionRecord) -> list[str]:
    """A session read the careful way (a bad value raises DatabaseError naming it)."""
    whole = history.get_session(session.id, as_saved=True)
    buffer: list[str] = []
    if whole is not None:
        writer = csv.writer(_Lines(buffer), lineterminator="\r\n")
        writer.writerows(csv_rows(whole))
    return buffer


class _Lines:
    def __init__(self, lines: list[str]) -> None:
        self._lines = lines

    def write(self, text: str) -> int:
        self._lines.append(text)
        return len(text)


def _head(session: SessionRecord) -> list[str]:
    return [
        session.uid,
        _time(session.started_at),
        _time(session.ended_at),
        session.started_at.date().isoformat(),
        session.routine_id,
        session.routine_title,
        session.status or "",
        _number(session.pain_before),
        _number(session.pain_after),
        session.note or "",
    ]


def csv_rows(session: SessionRecord) -> Iterable[list[str]]:
    """A session's rows from its record (the careful way), before quoting."""
    head = [neutralise(text) for text in _head(session)]
    if not session.segments:
        return [[*head, *[""] * (len(CSV_COLUMNS) - len(head))]]
    return [
        [
            *head,
            str(segment.position),
            neutralise(segment.step_id),
            segment.kind,
            segment.side or "",
            _number(segment.rep),
            _seconds(segment.planned_s),
            _seconds(segment.actual_s),
            "yes" if segment.completed else "no",
            _time(segment.started_at),
            _time(segment.ended_at),
        ]
        for segment in session.segments
    ]


def _time(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat(timespec="milliseconds")


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}".rstrip("0").rstrip(".")


def export_path(
    history: HistoryRepository,
    target: Path,
    matching: SessionFilter | None,
    *,
    replace: bool = True,
) -> int:
    """Write the CSV to target, whole or not at all (see exporting.write_atomically); a
    long export from the command line is written by two processes (see split_export)."""
    from hamstring_coach.storage.exporting import write_atomically
    from hamstring_coach.storage.split_export import worth_forking, write_in_two

    count = 0
    db_file = file_of(connection_of(history))

    def write(out: IO[str]) -> None:
        nonlocal count
        with closing(history.session_heads(matching)) as sessions:
            heads = list(sessions)
        if db_file and worth_forking(len(heads)):
            count = write_in_two(history, db_file, out, heads, write_sessions, target.parent)
        else:
            count = write_sessions(history, out, heads, True)

    write_atomically(target, write, replace=replace)
    return count

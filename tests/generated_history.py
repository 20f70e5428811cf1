"""Histories made up for tests and benchmarks, written straight into the history file.

``generate(path)`` writes ten years of gentle stretching: 18,000 sessions, about five a
day, each with 54 segments (the routine's 51, and three holds done again after going
back), 972,000 segments in all. Everything is drawn from one seeded random generator,
so the same arguments always give the same history. A session has a status (mostly
completed; some stopped, stopped for sharp pain or interrupted), pain ratings, now and
then a note, and the local UTC offset of its day (summer and winter time, and a stay
abroad now and then).

``layout`` picks the schema written: ``1`` is the first schema (text times), as the app
wrote it before the file was made compact; ``None`` is the current one. The rows go in
with plain SQL, many at a time, without the repository's one-write-per-segment commits.

Run as a script to make a file to look at: ``python -m tests.generated_history OUT``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

from hamstring_coach.core.routines import load_routine
from hamstring_coach.core.timeline import Segment, expand
from hamstring_coach.resources import resource_path
from hamstring_coach.storage.database import migrate
from hamstring_coach.storage.records import to_utc_text
from hamstring_coach.storage.schema import MIGRATIONS, SCHEMA_VERSION

TEN_YEARS_SESSIONS = 18_000
TEN_YEARS_DAYS = 3_650
END = date(2026, 3, 1)  # the last day of every generated history
ROUTINE_FILE = "gentle-stretching.toml"
NOTES = (
    "Left side tight this morning.",
    "Felt easy, could reach further.",
    "Stiff after a long drive.",
    "Right hamstring sore after running.",
    "Slept badly; went gently.",
    "Physio said to add a fourth hold.",
)
WORK = ("hold", "reps", "timed", "checklist")


@dataclass(frozen=True)
class GenSegment:
    position: int
    step_id: str
    kind: str
    side: str | None
    rep: int | None
    planned_ms: int | None
    actual_ms: int
    completed: bool
    start_ms: int  # from the session's start
    end_ms: int


@dataclass(frozen=True)
class GenSession:
    uid: bytes
    routine_id: str
    routine_title: str
    started_at: datetime  # aware, in the session's local offset, whole milliseconds
    ended_ms: int | None  # from the start; None while open
    status: str | None
    pain_before: int | None
    pain_after: int | None
    note: str | None
    planned: tuple[int, ...]  # holds, sets, timed blocks, checklists (WORK order)
    segments: tuple[GenSegment, ...]


def _timeline() -> tuple[str, str, list[Segment]]:
    routine = load_routine(resource_path("routines") / ROUTINE_FILE)
    return routine.id, routine.title, expand(routine)


def _offset(day: date, rng: random.Random) -> int:
    """Central European time, with a stay in New York now and then."""
    summer = date(day.year, 3, 28) <= day < date(day.year, 10, 26)
    if day.month == 8 and day.day <= 10 and day.year % 3 == 0:
        return -240  # a summer holiday abroad
    return 120 if summer else 60


def _day_counts(sessions: int, days: int, rng: random.Random) -> list[int]:
    """How many sessions fall on each day, adding up to ``sessions``."""
    base, extra = divmod(sessions, days)
    counts = [base] * days
    for index in rng.sample(range(days), extra):
        counts[index] += 1
    return counts


def _segments(timeline: Sequence[Segment], status: str, rng: random.Random) -> list[GenSegment]:
    """The timeline as done: each step's second hold gone back over once and redone."""
    done: list[GenSegment] = []
    at = 0
    redone: set[str] = set()
    cut = len(timeline) - rng.randint(3, 12) if status in ("stopped", "sharp-pain") else None
    for position, segment in enumerate(timeline):
        planned = None if segment.planned_s is None else round(segment.planned_s * 1000)
        tries = 1
        if segment.kind == "hold" and segment.rep == 2 and segment.step_id not in redone:
            redone.add(segment.step_id)
            tries = 2
        for attempt in range(tries):
            gone_back = attempt + 1 < tries
            skipped = cut is not None and position >= cut
            if planned is None:
                actual = rng.randint(4_000, 20_000)
            elif gone_back:
                actual = rng.randint(2_000, planned)
            elif skipped:
                actual = rng.randint(0, planned)
            else:
                actual = planned + rng.randint(-3, 3) if planned > 10 else planned
            paused = rng.randint(5_000, 90_000) if rng.random() < 0.02 else 0
            done.append(
                GenSegment(
                    position=position,
                    step_id=segment.step_id,
                    kind=segment.kind,
                    side=segment.side,
                    rep=segment.rep,
                    planned_ms=planned,
                    actual_ms=max(actual, 0),
                    completed=not gone_back and not skipped,
                    start_ms=at,
                    end_ms=at + max(actual, 0) + paused,
                )
            )
            at = done[-1].end_ms
    return done


def sessions(
    count: int = TEN_YEARS_SESSIONS,
    days: int = TEN_YEARS_DAYS,
    end: date = END,
    seed: int = 8,
) -> Iterator[GenSession]:
    """``count`` sessions spread over the ``days`` days up to ``end``, oldest first."""
    rng = random.Random(seed)
    routine_id, title, timeline = _timeline()
    planned = tuple(sum(1 for s in timeline if s.kind == kind) for kind in WORK)
    first = end - timedelta(days=days - 1)
    for index, per_day in enumerate(_day_counts(count, days, rng)):
        day = first + timedelta(days=index)
        offset = _offset(day, rng)
        zone = timezone(timedelta(minutes=offset))
        hours = sorted(rng.sample(range(7, 22), per_day)) if per_day <= 15 else [7] * per_day
        for hour in hours:
            minute, second, milli = rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
            start = datetime.combine(day, time(hour, minute, second, milli * 1000), zone)
            roll = rng.random()
            status = (
                "completed"
                if roll < 0.90
                else "stopped"
                if roll < 0.95
                else "sharp-pain"
                if roll < 0.96
                else "interrupted"
            )
            segments = _segments(timeline, status, rng)
            pain = rng.randint(0, 6)
            yield GenSession(
                uid=rng.randbytes(16),
                routine_id=routine_id,
                routine_title=title,
                started_at=start,
                ended_ms=segments[-1].end_ms + rng.randint(0, 3_000),
                status=status,
                pain_before=pain if rng.random() < 0.8 else None,
                pain_after=max(0, pain - rng.randint(0, 2)) if rng.random() < 0.85 else None,
                note=rng.choice(NOTES) if rng.random() < 0.1 else None,
                planned=planned,
                segments=tuple(segments),
            )


# --------------------------------------------------------------------------- writing


Row = tuple[object, ...]


def _v1_rows(session_id: int, session: GenSession) -> tuple[Row, list[Row]]:
    start = session.started_at
    offset = round(start.utcoffset().total_seconds() / 60)  # type: ignore[union-attr]
    ended = None if session.ended_ms is None else start + timedelta(milliseconds=session.ended_ms)
    row: Row = (
        session_id,
        session.routine_id,
        session.routine_title,
        to_utc_text(start),
        offset,
        None if ended is None else to_utc_text(ended),
        session.status,
        session.pain_after,
        session.note,
    )
    segments: list[Row] = [
        (
            session_id,
            s.position,
            s.step_id,
            s.kind,
            s.side,
            s.rep,
            None if s.planned_ms is None else s.planned_ms / 1000,
            s.actual_ms / 1000,
            int(s.completed),
            to_utc_text(start + timedelta(milliseconds=s.start_ms)),
            to_utc_text(start + timedelta(milliseconds=s.end_ms)),
        )
        for s in session.segments
    ]
    return row, segments


def write_v1(conn: sqlite3.Connection, made: Iterator[GenSession]) -> int:
    """Write sessions in the first schema's layout; returns how many."""
    count = 0
    conn.execute("BEGIN")
    for session_id, session in enumerate(made, start=1):
        row, segments = _v1_rows(session_id, session)
        conn.execute("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        conn.executemany(
            "INSERT INTO segments (session_id, position, step_id, kind, side, rep,"
            " planned_s, actual_s, completed, started_at, ended_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            segments,
        )
        count = session_id
    conn.execute("COMMIT")
    return count


def write_compact(conn: sqlite3.Connection, made: Iterator[GenSession]) -> int:
    """Write sessions in the layout of schema version 3 (compact segments)."""
    kinds = {name: code for code, name in conn.execute("SELECT code, name FROM kinds")}
    sides = {name: code for code, name in conn.execute("SELECT code, name FROM sides")}
    steps: dict[str, int] = {}
    count = 0
    conn.execute("BEGIN")
    for session_id, session in enumerate(made, start=1):
        start = session.started_at
        offset = round(start.utcoffset().total_seconds() / 60)  # type: ignore[union-attr]
        ended = (
            None if session.ended_ms is None else start + timedelta(milliseconds=session.ended_ms)
        )
        conn.execute(
            "INSERT INTO sessions (id, uid, routine_id, routine_title, started_at,"
            " utc_offset_min, ended_at, status, pain_before, pain_after, note, planned_holds,"
            " planned_sets, planned_timed, planned_checklists)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                session_id,
                session.uid,
                session.routine_id,
                session.routine_title,
                to_utc_text(start),
                offset,
                None if ended is None else to_utc_text(ended),
                session.status,
                session.pain_before,
                session.pain_after,
                session.note,
                *session.planned,
            ),
        )
        for segment in session.segments:
            if segment.step_id not in steps:
                steps[segment.step_id] = len(steps) + 1
                conn.execute(
                    "INSERT INTO steps (code, step_id) VALUES (?, ?)",
                    (steps[segment.step_id], segment.step_id),
                )
        conn.executemany(
            "INSERT INTO segments (session_id, seq, position, step, kind, side, rep,"
            " planned_ms, actual_ms, completed, start_ms, end_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    session_id,
                    seq,
                    s.position,
                    steps[s.step_id],
                    kinds[s.kind],
                    None if s.side is None else sides[s.side],
                    s.rep,
                    s.planned_ms,
                    s.actual_ms,
                    int(s.completed),
                    s.start_ms,
                    s.end_ms,
                )
                for seq, s in enumerate(session.segments)
            ],
        )
        count = session_id
    conn.execute("COMMIT")
    return count


# Version 2 added the injuries table only: sessions and segments are laid out as in 1.
WRITERS = {1: write_v1, 2: write_v1, 3: write_compact, 4: write_compact}  # 4: an index


def generate(
    path: Path,
    count: int = TEN_YEARS_SESSIONS,
    days: int = TEN_YEARS_DAYS,
    *,
    layout: int | None = None,
    seed: int = 8,
) -> int:
    """Make a history file at ``path`` (which must not exist) in the layout of schema
    version ``layout`` (the current one when None); returns the sessions written."""
    if path.exists():
        raise FileExistsError(path)
    version = SCHEMA_VERSION if layout is None else layout
    if version not in WRITERS:
        raise ValueError(f"no writer for schema version {version}")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, path, MIGRATIONS[:version])
        return WRITERS[version](conn, sessions(count, days, seed=seed))
    finally:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        path.chmod(0o600)


def today_in_history() -> datetime:
    """Noon (UTC) on the last generated day: "now" for a generated history."""
    return datetime.combine(END, time(12), UTC)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a made-up history file.")
    parser.add_argument("output", type=Path)
    parser.add_argument("--sessions", type=int, default=TEN_YEARS_SESSIONS)
    parser.add_argument("--days", type=int, default=TEN_YEARS_DAYS)
    parser.add_argument("--layout", type=int, default=None, help="schema version (1: the first)")
    args = parser.parse_args(argv)
    made = generate(args.output, args.sessions, args.days, layout=args.layout)
    print(f"{args.output}: {made} sessions, {args.output.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``hamstring-coach history [--json] [--since DATE] [--until DATE] [--limit N]``.

Past sessions, read without changing anything. The text gives the newest first, at
most ``--limit`` (50 unless asked); the JSON gives every matching session (or the
newest ``--limit``), oldest first, each with its segments, written as it is read.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import closing
from typing import Any

from hamstring_coach.cli.ranges import add_range_options, count, range_filter
from hamstring_coach.core.durations import clock_text
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.lock import held_elsewhere
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.storage.records import SessionRecord, WorkDone
from hamstring_coach.storage.rows import segment_dict, session_dict

TEXT_LIMIT = 50
_WORK_NAMES = (("hold", "holds"), ("set", "sets"), ("timed part", "timed parts"),
               ("checklist", "checklists"))  # fmt: skip


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    history = commands.add_parser("history", parents=parents, help="print past sessions")
    history.add_argument("--json", action="store_true", help="as JSON, with every segment")
    add_range_options(history)
    history.add_argument(
        "--limit",
        metavar="N",
        type=count,
        help=f"at most the newest N sessions (text: {TEXT_LIMIT} unless given; 0: all)",
    )
    history.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from hamstring_coach.cli.reading import open_readonly

    matching = range_filter(args)
    paths = AppPaths.resolve(args.data_dir, os.environ)
    # A session with no status is either under way in a running window, or was left open
    # by a crash and will be marked interrupted at the app's next start. Only a running app
    # holds the lock; asked before reading, since a starting app takes it long before it
    # opens a session. Nothing is written: the status is only reported.
    as_interrupted = not held_elsewhere(paths.lock_path)
    limit = args.limit if args.limit is not None else (None if args.json else TEXT_LIMIT)
    connection = open_readonly(paths)
    try:
        history = HistoryRepository(connection)
        if args.json:
            from hamstring_coach.cli.json_out import write_json_list  # json only for --json

            sessions = history.iter_sessions(
                matching, limit=limit or None, open_as_interrupted=as_interrupted
            )
            with closing(sessions):
                write_json_list(
                    (session_dict(s, [segment_dict(g) for g in s.segments]) for s in sessions),
                    sys.stdout,
                )
            return 0
        total = history.count_sessions(matching)
        shown = history.list_sessions(
            0, limit or total, matching, open_as_interrupted=as_interrupted
        )
    finally:
        connection.close()
    if not shown:
        print("No sessions yet." if matching.since is None and matching.until is None
              else "No sessions in that range.")  # fmt: skip
    for session in shown:
        print(history_line(session))
    if len(shown) < total:
        print(
            f"(The newest {len(shown)} of {total} sessions; --limit N shows more, "
            "--limit 0 all of them.)"
        )
    return 0


def history_line(session: SessionRecord) -> str:
    """One session as a line: local date and time, routine, active time, what was done,
    status, pain."""
    return "  ".join(
        [
            session.started_at.strftime("%Y-%m-%d %H:%M"),
            session.routine_title,
            clock_text(session.active_s),
            *([work] if (work := work_text(session.work)) else []),
            session.status or "in progress",
            *([pain] if (pain := pain_text(session)) else []),
        ]
    )


def work_text(work: WorkDone) -> str:
    """ "18 of 18 holds", or "12 holds" when the plan is not known."""
    parts = []
    for count_, (one, many) in zip(work.counts(), _WORK_NAMES, strict=True):
        if count_.planned == 0:
            continue
        name = one if count_.planned == 1 else many
        if work.planned_known:
            parts.append(f"{count_.done} of {count_.planned} {name}")
        else:
            parts.append(f"{count_.done} {one if count_.done == 1 else many}")
    return ", ".join(parts)


def pain_text(session: SessionRecord) -> str:
    before, after = session.pain_before, session.pain_after
    if before is not None and after is not None:
        return f"pain {before}/10 before, {after}/10 after"
    if before is not None:
        return f"pain {before}/10 before"
    if after is not None:
        return f"pain {after}/10 after"
    return ""

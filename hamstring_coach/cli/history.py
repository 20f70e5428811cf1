"""``hamstring-coach history [--json]``: past sessions, read without changing anything."""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from typing import Any

from hamstring_coach.core.durations import clock_text
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.lock import held_elsewhere
from hamstring_coach.storage.paths import AppPaths, DataFolderError


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    history = commands.add_parser("history", parents=parents, help="print past sessions")
    history.add_argument("--json", action="store_true", help="as JSON, with every segment")
    history.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(args.data_dir, os.environ)
    if paths.data_dir.exists() and not paths.data_dir.is_dir():
        raise DataFolderError(f"The data folder {paths.data_dir} is a file, not a folder.")
    if paths.data_dir.exists() and not os.access(paths.data_dir, os.R_OK | os.X_OK):
        raise DataFolderError(f"Cannot read the data folder {paths.data_dir}.")
    # A session with no status is either under way in a running window, or was left open
    # by a crash and will be marked interrupted at the app's next start. Only a running app
    # holds the lock; asked before reading, since a starting app takes it long before it
    # opens a session. Nothing is written: the status is only reported.
    app_running = held_elsewhere(paths.lock_path)
    connection = open_database(paths.db_path, readonly=True)
    try:
        sessions = HistoryRepository(connection).export(open_as_interrupted=not app_running)
    finally:
        connection.close()
    if args.json:
        import json  # only here: the window never needs it

        print(json.dumps(sessions, indent=2, ensure_ascii=False))
        return 0
    if not sessions:
        print("No sessions yet.")
    for session in sessions:
        print(history_line(session))
    return 0


def history_line(session: dict[str, Any]) -> str:
    """One session as a line: local date and time, routine, active time, status, pain."""
    started = datetime.fromisoformat(session["started_at"]).strftime("%Y-%m-%d %H:%M")
    active = sum(segment["actual_s"] for segment in session["segments"])
    pain = session["pain_after"]
    return "  ".join(
        [
            started,
            session["routine_title"],
            clock_text(active),
            session["status"] or "in progress",
            *([] if pain is None else [f"pain {pain}/10"]),
        ]
    )

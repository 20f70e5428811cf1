"""The command line: the window by default, plus start, history, routines and validate."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from hamstring_coach import __version__
from hamstring_coach.core.routines import RoutineError, load_routine, load_routines
from hamstring_coach.resources import ResourceNotFoundError, resource_path
from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.lock import held_elsewhere
from hamstring_coach.storage.paths import AppPaths, DataFolderError

PROG = "hamstring-coach"
USAGE_ERROR = 2
OUTPUT_CLOSED = 1
MAX_TIME_SCALE = 1000.0


class UsageError(Exception):
    """A bad command line; ``str(error)`` is one sentence, without the pointer to --help."""

    def __init__(self, message: str, *, see_help: bool = True) -> None:
        super().__init__(message)
        self.see_help = see_help

    def sentence(self) -> str:
        """The message as printed: still one sentence, pointing to --help where that helps."""
        text = str(self).rstrip(".")
        return f"{text}; see '{PROG} --help'." if self.see_help else f"{text}."


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message[0].upper() + message[1:].rstrip("."))


def _folder(text: str) -> str:
    if text == "":
        raise argparse.ArgumentTypeError("the folder name is empty")
    return text


def _time_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0 < value <= MAX_TIME_SCALE:
        raise argparse.ArgumentTypeError(
            f"{text} is outside the range from more than 0 to {MAX_TIME_SCALE:g}"
        )
    return value


def _add_common_options(parser: argparse.ArgumentParser, data_dir: Any, time_scale: Any) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", type=_folder, default=data_dir, help="keep the history in DIR"
    )
    parser.add_argument(
        "--time-scale",
        metavar="N",
        type=_time_scale,
        default=time_scale,
        help="run every timer N times faster (for demonstrations)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Hamstring Coach walks you through hamstring care, hands-free, and "
        "keeps a private history of your sessions. With no command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _add_common_options(parser, data_dir=None, time_scale=1.0)
    # The same options are taken after the command too (``start ID --time-scale 20``);
    # there they default to "not given", so they never undo what came before the command.
    after = _Parser(add_help=False)
    _add_common_options(after, data_dir=argparse.SUPPRESS, time_scale=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    start = commands.add_parser(
        "start", parents=[after], help="open the window and begin a routine at once"
    )
    start.add_argument("routine_id", metavar="ROUTINE_ID")
    history = commands.add_parser("history", parents=[after], help="print past sessions")
    history.add_argument("--json", action="store_true", help="as JSON, with every segment")
    commands.add_parser("routines", help="list the built-in routines")
    routine = commands.add_parser("routine", help="work with routine files")
    routine_commands = routine.add_subparsers(
        dest="routine_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    validate = routine_commands.add_parser("validate", help="check a routine file")
    validate.add_argument("file", metavar="FILE")
    return parser


def builtin_routine_paths() -> list[Path]:
    """The built-in routine files; ResourceNotFoundError when there are none."""
    folder = resource_path("routines")
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise ResourceNotFoundError(
            f"The routines folder {folder} holds no routine files; the installation looks "
            "incomplete, so reinstall the app.",
            folder,
        )
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _run(argv)
        finally:
            # Flush here, not at exit, so a reader that went away is noticed below.
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        return _output_closed()


def _output_closed() -> int:
    """The reader of stdout went away (``history --json | head -1``): end quietly.

    As the Python documentation recommends, stdout is pointed at devnull so that the
    interpreter's own flush at exit cannot fail again and print a traceback.
    """
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return OUTPUT_CLOSED


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.command == "routines":
            return _list_routines()
        if args.command == "routine":
            return _validate(Path(args.file))
        paths = AppPaths.resolve(args.data_dir, os.environ)
        if args.command == "history":
            return _history(paths, as_json=args.json)
        routines = load_routines(builtin_routine_paths())
        start = args.routine_id if args.command == "start" else None
        if start is not None and start not in {r.id for r in routines}:
            known = ", ".join(r.id for r in routines)
            raise UsageError(
                f"There is no routine '{start}'; the routines are: {known}", see_help=False
            )
        from hamstring_coach.app import run_gui  # Qt is loaded only for the window

        return run_gui(paths, args.time_scale, routines, start)
    except UsageError as error:
        _say(error.sentence())
    except (RoutineError, DataFolderError, DatabaseError, ResourceNotFoundError) as error:
        _say(str(error))
    return USAGE_ERROR


def _say(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _list_routines() -> int:
    for routine in load_routines(builtin_routine_paths()):
        print(f"{routine.id}\t{routine.title}")
    return 0


def _validate(path: Path) -> int:
    routine = load_routine(path)
    print(f"{path}: a valid routine, '{routine.title}' ({routine.id}), {len(routine.steps)} steps.")
    return 0


def _history(paths: AppPaths, *, as_json: bool) -> int:
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
    if as_json:
        import json

        print(json.dumps(sessions, indent=2, ensure_ascii=False))
        return 0
    if not sessions:
        print("No sessions yet.")
    for session in sessions:
        print(_history_line(session))
    return 0


def _history_line(session: dict[str, Any]) -> str:
    """One session as a line: local date and time, routine, active time, status, pain."""
    started = datetime.fromisoformat(session["started_at"]).strftime("%Y-%m-%d %H:%M")
    active = round(sum(segment["actual_s"] for segment in session["segments"]))
    minutes, seconds = divmod(active, 60)
    pain = session["pain_after"]
    return "  ".join(
        [
            started,
            session["routine_title"],
            f"{minutes}:{seconds:02d}",
            session["status"] or "in progress",
            *([] if pain is None else [f"pain {pain}/10"]),
        ]
    )

"""The window: ``hamstring-coach`` alone, or ``start ROUTINE_ID`` to begin at once."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from hamstring_coach.cli.common import UsageError, builtin_routine_paths
from hamstring_coach.core.quoting import quote

if TYPE_CHECKING:
    from hamstring_coach.core.routines import Routine
    from hamstring_coach.storage.routine_library import RoutineLibrary


def _minutes(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of minutes") from None


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    start = commands.add_parser(
        "start", parents=parents, help="open the window and begin a routine at once"
    )
    start.add_argument("routine_id", metavar="ROUTINE_ID")
    start.add_argument(
        "--minutes",
        metavar="N",
        type=_minutes,
        help="for the ice routine: how long the ice stays on, 15-20 minutes",
    )
    start.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    start = getattr(args, "routine_id", None)
    minutes = getattr(args, "minutes", None)
    if start is None:
        # The window alone: its frame shows first, and the routines are read behind it.
        # What opens the history is loaded before Qt, which looks through the source of
        # every module loaded after it (PySide6's import hook), about 0.3 ms each.
        import hamstring_coach.storage.database
        import hamstring_coach.storage.settings  # noqa: F401
        from hamstring_coach.storage.paths import AppPaths

        paths = AppPaths.resolve(args.data_dir, os.environ)
        builtin_routine_paths()  # an installation without its routines: said at once
        from hamstring_coach.app import run_gui

        return run_gui(paths, args.time_scale, None, None, load_library=lambda: _library(args))
    from hamstring_coach.cli.routines import open_library

    paths, library = open_library(args)
    routines = library.routines()
    if start not in {r.id for r in routines}:
        known = ", ".join(r.id for r in routines)
        raise UsageError(
            f"There is no routine {quote(start)}; the routines are: {known}", see_help=False
        )
    if minutes is not None:
        check_minutes(next(r for r in routines if r.id == start), minutes)
    from hamstring_coach.app import run_gui  # Qt is loaded only for the window

    return run_gui(paths, args.time_scale, routines, start, minutes, library=library)


def _library(args: argparse.Namespace) -> RoutineLibrary:
    from hamstring_coach.cli.routines import open_library

    return open_library(args)[1]


def check_minutes(routine: Routine, minutes: int) -> None:
    """Refuse --minutes for a routine other than ice, or outside what ice allows."""
    from hamstring_coach.core.ice import ICE_ROUTINE_ID, minutes_range, with_minutes

    if routine.id != ICE_ROUTINE_ID:
        raise UsageError(
            f"--minutes is only for the ice routine, not '{routine.id}'", see_help=False
        )
    try:
        with_minutes(routine, minutes)
    except ValueError:
        low, high = minutes_range(routine)
        raise UsageError(
            f"An ice application lasts {low} to {high} minutes, not {minutes}", see_help=False
        ) from None

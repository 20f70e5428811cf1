"""The window: ``hamstring-coach`` alone, or ``start ROUTINE_ID`` to begin at once."""

from __future__ import annotations

import argparse
import os
from typing import Any

from hamstring_coach.cli.common import UsageError, builtin_routine_paths
from hamstring_coach.core.routines import load_routines
from hamstring_coach.storage.paths import AppPaths


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    start = commands.add_parser(
        "start", parents=parents, help="open the window and begin a routine at once"
    )
    start.add_argument("routine_id", metavar="ROUTINE_ID")
    start.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(args.data_dir, os.environ)
    routines = load_routines(builtin_routine_paths())
    start = getattr(args, "routine_id", None)
    if start is not None and start not in {r.id for r in routines}:
        known = ", ".join(r.id for r in routines)
        raise UsageError(
            f"There is no routine '{start}'; the routines are: {known}", see_help=False
        )
    from hamstring_coach.app import run_gui  # Qt is loaded only for the window

    return run_gui(paths, args.time_scale, routines, start)

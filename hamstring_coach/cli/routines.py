"""``hamstring-coach routines`` and ``routine validate FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hamstring_coach.cli.common import Parser, builtin_routine_paths
from hamstring_coach.core.compose import compose
from hamstring_coach.core.quoting import shown_path
from hamstring_coach.core.routines import load_routine, load_routines


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("routines", help="list the built-in routines")
    listing.set_defaults(run=list_routines)
    routine = commands.add_parser("routine", help="work with routine files")
    actions = routine.add_subparsers(
        dest="routine_command", metavar="ACTION", required=True, parser_class=Parser
    )
    validate = actions.add_parser("validate", help="check a routine file")
    validate.add_argument("file", metavar="FILE")
    validate.set_defaults(run=validate_file)


def list_routines(_args: argparse.Namespace) -> int:
    for routine in load_routines(builtin_routine_paths()):
        print(f"{routine.id}\t{routine.title}")
    return 0


def validate_file(args: argparse.Namespace) -> int:
    path = Path(args.file)
    routine = load_routine(path)
    if routine.parts:  # made of other routines: the built-in ones
        builtin = {r.id: r for r in load_routines(builtin_routine_paths())}
        routine = compose(routine, builtin, str(path))
    summary = f"'{routine.title}' ({routine.id}), {len(routine.steps)} steps"
    print(f"{shown_path(path)}: a valid routine, {summary}.")
    return 0

"""``routines`` and ``routine validate|import|export|delete``: routine files.

``routines`` lists every routine, built in or the person's own, one a line:
``ID<TAB>TITLE<TAB>built-in|own``. Own routines live in the data folder's ``routines``
folder; ``import`` adds a file there (checked as ``validate`` checks it), ``export``
writes any routine to a file to edit, ``delete`` removes an own one. Reading never
creates the data folder; a refusal is one sentence and exit status 2.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from hamstring_coach.cli.common import Parser, UsageError, builtin_routine_paths, say
from hamstring_coach.core.compose import compose
from hamstring_coach.core.quoting import shown_path
from hamstring_coach.core.routines import load_routine, load_routines
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.storage.routine_library import LibraryError, RoutineLibrary

BUILT_IN = "built-in"
OWN = "own"


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser(
        "routines", parents=parents, help="list the routines, built in and your own"
    )
    listing.set_defaults(run=list_routines)
    routine = commands.add_parser("routine", help="work with routine files")
    actions = routine.add_subparsers(
        dest="routine_command", metavar="ACTION", required=True, parser_class=Parser
    )
    validate = actions.add_parser("validate", help="check a routine file")
    validate.add_argument("file", metavar="FILE")
    validate.set_defaults(run=validate_file)

    adding = actions.add_parser(
        "import", parents=parents, help="add a routine file to your own routines"
    )
    adding.add_argument("file", metavar="FILE")
    adding.add_argument(
        "--force", action="store_true", help="replace your own routine with the same id"
    )
    adding.set_defaults(run=import_file)

    export = actions.add_parser(
        "export", parents=parents, help="write a routine to a file, to edit or share"
    )
    export.add_argument("routine_id", metavar="ID")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.set_defaults(run=export_routine)

    delete = actions.add_parser("delete", parents=parents, help="delete one of your own routines")
    delete.add_argument("routine_id", metavar="ID")
    delete.set_defaults(run=delete_routine)


def open_library(args: argparse.Namespace) -> tuple[AppPaths, RoutineLibrary]:
    """Every routine, read without creating anything."""
    paths = AppPaths.resolve(args.data_dir, os.environ)
    library = RoutineLibrary(builtin_routine_paths(), paths.routines_dir)
    library.load()
    return paths, library


def list_routines(args: argparse.Namespace) -> int:
    _paths, library = open_library(args)
    for entry in library.entries:
        mark = BUILT_IN if entry.builtin else OWN
        print(f"{entry.routine.id}\t{entry.routine.title}\t{mark}")
    for skipped in library.skipped:
        say(f"Left out: {skipped.reason}")
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


def import_file(args: argparse.Namespace) -> int:
    paths, library = open_library(args)
    source = Path(args.file)
    try:
        # A bad file or a taken id is refused before the data folder is made.
        library.place_for(library.read_file(source), args.force)
        paths.ensure()
        entry = library.import_file(source, replace=args.force)
    except LibraryError as error:
        raise _usage(error, "replace your own routine") from None
    routine = entry.routine
    print(
        f"Imported '{routine.title}' ({routine.id}) from {shown_path(source)}; "
        f"it is kept in {shown_path(entry.path)}."
    )
    return 0


def export_routine(args: argparse.Namespace) -> int:
    _paths, library = open_library(args)
    destination = Path(args.file)
    try:
        library.export(args.routine_id, destination, replace=args.force)
    except LibraryError as error:
        raise _usage(error, "replace it") from None
    routine = library.get(args.routine_id).routine
    print(f"Wrote '{routine.title}' ({routine.id}) to {shown_path(destination)}.")
    return 0


def delete_routine(args: argparse.Namespace) -> int:
    _paths, library = open_library(args)
    try:
        routine = library.get(args.routine_id).routine
        library.delete(args.routine_id)
    except LibraryError as error:
        raise _usage(error, "") from None
    print(f"Deleted your routine '{routine.title}' ({routine.id}).")
    return 0


def _usage(error: LibraryError, force_does: str) -> UsageError:
    """The library's sentence, pointing to --force where that is the way on."""
    text = str(error).rstrip(".")
    if force_does and error.problem in ("exists", "output-exists"):
        text += f"; add --force to {force_does}"
    return UsageError(text, see_help=False)

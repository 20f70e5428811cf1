"""``hamstring-coach import FILE``: add the sessions of a JSON export to the history."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from hamstring_coach.cli.common import UsageError
from hamstring_coach.storage.lock import InstanceLock
from hamstring_coach.storage.paths import AppPaths


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "import",
        parents=parents,
        help="add the sessions of a file made by 'export --format json' to the history",
    )
    command.add_argument("file", metavar="FILE")
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from hamstring_coach.storage.database import open_database
    from hamstring_coach.storage.importing import ImportFileError, import_export

    if args.file == "":
        raise UsageError("The file to import was given as an empty name")
    source = Path(args.file).expanduser()
    paths = AppPaths.resolve(args.data_dir, os.environ)
    paths.ensure(probe=False)  # written to only once the lock is held
    lock = InstanceLock(paths.lock_path)
    if not lock.acquire():
        raise UsageError(
            f"Hamstring Coach is running with the data folder {paths.data_dir}; quit it "
            "before importing",
            see_help=False,
        )
    try:
        paths.check_writable()
        connection = open_database(paths.db_path)
        try:
            result = import_export(connection, source)
        except ImportFileError as error:
            raise UsageError(str(error), see_help=False) from None
        finally:
            connection.close()
    finally:
        lock.release()
    added = "1 session" if result.added == 1 else f"{result.added} sessions"
    there = f" ({result.already_there} already in the history)" if result.already_there else ""
    print(f"Imported {added} from {source}{there}.")
    return 0

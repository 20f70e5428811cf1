"""``hamstring-coach restore [FILE]``: list the backups, or restore one.

Without FILE it lists the daily backups with their dates and sessions, and says so when
the history file cannot be opened. With FILE (a listed name, a date, or the path of any
history file) it makes the history a copy of it, keeping the file it replaces beside it.
Restoring is refused while the app is running with the same data folder.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from typing import Any

from hamstring_coach.cli.common import PROG, UsageError
from hamstring_coach.storage.lock import InstanceLock
from hamstring_coach.storage.paths import AppPaths, DataFolderError


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "restore", parents=parents, help="list the backups, or restore the history from one"
    )
    command.add_argument(
        "file", metavar="FILE", nargs="?", help="a backup's name or date, or a history file"
    )
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from hamstring_coach.storage.restore import find_backup, restore

    paths = AppPaths.resolve(args.data_dir, os.environ)
    if args.file is None:
        return _list(paths)
    if args.file == "":
        raise UsageError("The backup to restore was given as an empty name")
    paths.ensure(probe=False)  # written to only once the lock is held
    lock = InstanceLock(paths.lock_path)
    if not lock.acquire():
        raise UsageError(
            f"Hamstring Coach is running with the data folder {paths.data_dir}; quit it, "
            "then restore",
            see_help=False,
        )
    try:
        paths.check_writable()
        done = restore(paths, find_backup(paths, args.file), datetime.now().astimezone())
    finally:
        lock.release()
    sessions = "1 session" if done.sessions == 1 else f"{done.sessions} sessions"
    kept = (
        f"the history it replaced is kept as {done.kept_as}"
        if done.kept_as is not None
        else "there was no history before"
    )
    print(f"Restored {done.source.name} ({sessions}); {kept}.")
    return 0


def _list(paths: AppPaths) -> int:
    from hamstring_coach.storage.backups import check_file, list_backups
    from hamstring_coach.storage.schema import SCHEMA_VERSION

    if paths.data_dir.exists() and not paths.data_dir.is_dir():
        raise DataFolderError(f"The data folder {paths.data_dir} is a file, not a folder.")
    db = paths.db_path
    if db.exists():
        current = check_file(db)
        if current.version is not None and current.version > SCHEMA_VERSION:
            print(f"{db} was written by a newer version of Hamstring Coach; update the app.")
        elif not current.good:
            print(
                f"The history file {db} cannot be opened ({current.problem}). Restoring a "
                "backup sets it aside unchanged first."
            )
    backups = list_backups(paths.backups_dir, check=True)
    if not backups:
        print(f"There are no backups in {paths.backups_dir} yet; the app takes one a day.")
        return 0
    print(f"Backups in {paths.backups_dir}, newest first:")
    width = max(len(backup.name) for backup in backups)
    for backup in backups:
        check = backup.check
        if check is not None and check.good:
            count = check.sessions or 0
            state = "1 session" if count == 1 else f"{count} sessions"
        else:
            state = f"{check.problem if check else 'unknown'}, cannot be restored"
        print(f"  {backup.name:<{width}}  {backup.day.isoformat()}  {state}")
    print(f"Restore one with: {PROG} restore NAME (the history now in use is kept beside it).")
    return 0

"""Restoring a backup, and setting aside a history file that cannot be opened.

Both only rename and copy: the file they replace is moved aside unchanged (with its
-wal and -shm companions, which hold sessions not yet merged into it), next to it in
the data folder, as ``hamstring-coach.sqlite3.damaged-20260301-081500`` or
``...before-restore-...``. Only one process may do either, and never while the app
runs: callers hold the data folder's instance lock. A file from a newer version of the
app is never touched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hamstring_coach.storage import errors
from hamstring_coach.storage.backups import BackupCheck, check_file, copy_history, list_backups
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.paths import AppPaths

COMPANIONS = ("", "-wal", "-shm")


@dataclass(frozen=True)
class Restored:
    """A finished restore: from which file, how many sessions, and where the history
    it replaced was kept (None when there was none)."""

    source: Path
    sessions: int
    kept_as: Path | None


def stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def set_aside(db_path: Path, now: datetime, reason: str = "damaged") -> Path:
    """Rename the history file and its companions to ``<name>.<reason>-<time>``, unchanged;
    returns the new path of the file. Raises DatabaseError when they cannot be moved."""
    base = db_path.with_name(f"{db_path.name}.{reason}-{stamp(now)}")
    target, number = base, 1
    while any(Path(f"{target}{end}").exists() for end in COMPANIONS):
        number += 1
        target = base.with_name(f"{base.name}-{number}")
    moved: list[tuple[Path, Path]] = []
    try:
        for end in COMPANIONS:
            source = Path(f"{db_path}{end}")
            if source.exists():
                os.rename(source, f"{target}{end}")
                moved.append((source, Path(f"{target}{end}")))
    except OSError as exc:
        for source, done in reversed(moved):  # put back what was moved
            with contextlib.suppress(OSError):
                os.rename(done, source)
        raise errors.from_os_error(exc, db_path, "save") from exc
    return target


def with_restore_hint(error: DatabaseError) -> DatabaseError:
    """A refusal to open an unreadable history file, pointing to ``restore``."""
    text = str(error).rstrip(".")
    return DatabaseError(
        f"{text}; 'hamstring-coach restore' lists the backups to restore it from.",
        action=error.action,
        name=error.name,
        problem=error.problem,
    )


def find_backup(paths: AppPaths, name: str) -> Path:
    """A file named on the command line: a path, or the name of one of the backups."""
    given = Path(name).expanduser()
    if given.exists():
        return given
    listed = {backup.name: backup.path for backup in list_backups(paths.backups_dir)}
    for candidate in (name, f"{name}.sqlite3", f"hamstring-coach-{name}.sqlite3"):
        if candidate in listed:
            return listed[candidate]
    raise DatabaseError(
        f"There is no backup or file named {name}; 'hamstring-coach restore' lists the backups."
    )


def restore(paths: AppPaths, source: Path, now: datetime) -> Restored:
    """Make the history a copy of ``source`` (a backup, or any good history file).

    The source is checked first and left as it is; the current history file, if any,
    is kept beside it under a ``before-restore`` name (a damaged one too); then the copy
    takes its place. Raises DatabaseError, one sentence, when the source is not a good
    history file, is from a newer version, or the files cannot be written.
    """
    from hamstring_coach.storage.schema import SCHEMA_VERSION

    source = source.absolute()
    if not source.is_file():
        raise DatabaseError(f"{source} is not a file that can be restored.")
    db = paths.db_path
    if _same_file(source, db):
        raise DatabaseError(f"{source} is the history file itself; name a backup to restore.")
    checked = check_file(source)
    _refuse_unless_good(source, checked)
    if checked.version is not None and checked.version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{source} was written by a newer version of Hamstring Coach; update the app "
            "to restore it."
        )
    current = check_file(db) if db.exists() else None
    if current is not None and current.version is not None and current.version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{db} was written by a newer version of Hamstring Coach; it was left unchanged."
        )
    partial = db.with_name(f"{db.name}.restoring")
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        try:
            copy_history(source, partial)
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, source, "read") from exc
        if not check_file(partial).good:
            raise DatabaseError(f"The copy of {source} failed its check; nothing was changed.")
        kept = set_aside(db, now, "before-restore") if db.exists() else None
        try:
            os.replace(partial, db)
        except OSError:
            if kept is not None:
                for end in COMPANIONS:
                    with contextlib.suppress(OSError):
                        os.rename(f"{kept}{end}", f"{db}{end}")
            raise
    except OSError as exc:
        raise errors.from_os_error(exc, db, "save") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return Restored(source, checked.sessions or 0, kept)


def _refuse_unless_good(source: Path, checked: BackupCheck) -> None:
    if checked.good:
        return
    if checked.problem == "not a Hamstring Coach history":
        raise DatabaseError(f"{source} is not a Hamstring Coach history file; nothing was changed.")
    raise DatabaseError(f"{source} is damaged and cannot be restored; nothing was changed.")


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False

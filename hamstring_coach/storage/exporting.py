"""Exports of the history: CSV for spreadsheets, JSON with everything (to import again).

Both are written to a temporary file beside the target and renamed over it once whole,
so an export cut short never leaves half a file, and never over the history file or
into the backups (``check_target`` refuses those). Sessions are read one at a time.
The formats: ``csv_export`` (one row per segment) and ``json_export`` (everything, read
back by ``importing``). The PDF report is drawn by the window's code (ui/report.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.storage.session_filter import SessionFilter
from hamstring_coach.storage.write_target import TargetError, place, writable_target


class ExportError(Exception):
    """An export that cannot be written; str(e) is one sentence naming the file."""


def check_target(target: Path, paths: AppPaths, *, overwrite: bool = False) -> Path:
    """The absolute target of an export, or ExportError: never the history file (or its
    companions), nothing in the backups folder, no folder, no existing file unless
    ``overwrite``, and a folder that exists. Only a regular file is ever replaced, and a
    link to one is followed (see ``write_target``): the path returned is the file to
    write."""
    target = Path(os.path.abspath(target.expanduser()))
    folder = target.parent
    data = Path(os.path.realpath(paths.data_dir))
    real = Path(os.path.realpath(target))
    history = [Path(os.path.realpath(f"{paths.db_path}{end}")) for end in ("", "-wal", "-shm")]
    if real in history or _same_file(target, paths.db_path):
        raise ExportError(f"{target} is the history file itself; choose another file to export to.")
    backups = data / paths.backups_dir.name
    if real == backups or backups in real.parents:
        raise ExportError(f"{target} is in the backups folder; choose a file outside it.")
    if target.is_dir():
        raise ExportError(f"{target} is a folder; name a file to export to.")
    if not folder.is_dir():
        raise ExportError(f"Could not write {target}: its folder does not exist.")
    try:
        real = writable_target(target, replace=overwrite)
    except TargetError as error:
        if error.problem == "exists":
            raise ExportError(
                f"{target} already exists; choose another name, or add --force."
            ) from None
        raise ExportError(str(error)) from None
    if not os.access(real.parent, os.W_OK | os.X_OK):
        raise ExportError(f"Could not write {target}: its folder is read-only.")
    return real


def replace_atomically(
    target: Path, write_to: Callable[[Path], None], *, replace: bool = True
) -> None:
    """Have ``write_to`` write a temporary file beside target (private to the user),
    then rename it over target once it is whole and on disk; only a regular file is
    replaced, and nothing at all unless ``replace`` (see ``write_target.place``)."""
    try:
        handle, temp = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as exc:
        raise _write_error(target, exc) from exc
    os.close(handle)
    try:
        write_to(Path(temp))
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        place(Path(temp), target, replace=replace)
    except FileExistsError:
        raise ExportError(
            f"{target} already exists; choose another name, or add --force."
        ) from None
    except IsADirectoryError:
        raise ExportError(
            f"{target} is not a regular file; name a regular file to write."
        ) from None
    except OSError as exc:
        raise _write_error(target, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def write_atomically(
    target: Path, write: Callable[[IO[str]], None], *, replace: bool = True
) -> None:
    """Write UTF-8 text to a temporary file beside target, then rename it over target."""

    def text(path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="") as out:
            write(out)

    replace_atomically(target, text, replace=replace)


def _write_error(target: Path, exc: OSError) -> ExportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "the disk is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "permission denied"
    else:
        reason = (exc.strerror or str(exc)).lower()
    return ExportError(f"Could not write {target}: {reason}.")


def export_csv(
    history: HistoryRepository,
    target: Path,
    matching: SessionFilter | None,
    *,
    replace: bool = True,
) -> int:
    """Write the matching sessions as CSV (see csv_export); returns how many."""
    from hamstring_coach.storage.csv_export import export_path

    return export_path(history, target, matching, replace=replace)


def export_json(
    history: HistoryRepository,
    target: Path,
    matching: SessionFilter | None,
    *,
    replace: bool = True,
) -> int:
    """Write the matching sessions, the settings and any injuries as JSON, a session to a
    line; returns how many sessions were written."""
    from hamstring_coach.storage.json_export import write_json

    count = 0

    def write(out: IO[str]) -> None:
        nonlocal count
        count = write_json(history, out, matching)

    write_atomically(target, write, replace=replace)
    return count


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False

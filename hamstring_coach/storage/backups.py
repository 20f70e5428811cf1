"""Daily backups of the history file in the data folder's ``backups/``.

At most one a day, named for the local day it was taken
(``hamstring-coach-2026-03-01.sqlite3``), copied with SQLite's backup API (so a session
being saved at that moment is either wholly in it or not at all) and checked with
``PRAGMA integrity_check`` before it counts: one that fails the check is deleted. The
newest seven are kept, and of the older ones the newest of each of four weeks; the rest
are deleted. Nothing here runs on its own: ``DailyBackup`` takes one on a thread of its
own when asked (the window asks at start and at the end of each session).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from hamstring_coach.storage.files import restrict_to_owner
from hamstring_coach.storage.paths import PRIVATE_DIR_MODE, AppPaths

DAILY_KEPT = 7
WEEKLY_KEPT = 4
PREFIX = "hamstring-coach-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
PAGES_PER_STEP = 256  # copied between looks at whether the app is closing
_NAME = re.compile(rf"^{re.escape(PREFIX)}(\d{{4}}-\d{{2}}-\d{{2}}){re.escape(SUFFIX)}$")


class BackupCancelled(Exception):
    """The app asked a backup under way to stop (it is closing)."""


@dataclass(frozen=True)
class BackupCheck:
    """What a look inside a backup (or any history file) found."""

    good: bool  # passes the integrity check and is a Hamstring Coach history
    sessions: int | None  # how many sessions it holds; None when it cannot be read
    version: int | None  # its schema version
    problem: str = ""  # why it is not good, in a few words


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date  # the local day it was taken, from its name
    check: BackupCheck | None = None  # None: not looked inside

    @property
    def name(self) -> str:
        return self.path.name


def backup_name(day: date) -> str:
    return f"{PREFIX}{day.isoformat()}{SUFFIX}"


def list_backups(folder: Path, *, check: bool = False) -> list[Backup]:
    """The backups in folder, newest first; with check, each looked inside (slow)."""
    found = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or not path.is_file():
                continue
            try:
                day = date.fromisoformat(match.group(1))
            except ValueError:
                continue
            found.append(Backup(path, day, check_file(path) if check else None))
    return sorted(found, key=lambda backup: backup.day, reverse=True)


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup that passes the integrity check; damaged ones are passed over."""
    for backup in list_backups(folder):
        checked = Backup(backup.path, backup.day, check_file(backup.path))
        if checked.check is not None and checked.check.good:
            return checked
    return None


def check_file(path: Path) -> BackupCheck:
    """Look inside a history file or backup without changing it: integrity, whose it is,
    its version and its sessions."""
    from hamstring_coach.storage.schema import APPLICATION_ID  # the schema is slow to import

    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return BackupCheck(False, None, None, "cannot be opened")
    try:
        if [tuple(row) for row in conn.execute("PRAGMA integrity_check")] != [("ok",)]:
            return BackupCheck(False, None, None, "damaged")
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if app_id != APPLICATION_ID or version == 0:
            return BackupCheck(False, None, version, "not a Hamstring Coach history")
        sessions = int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
        return BackupCheck(True, sessions, version)
    except sqlite3.Error:
        return BackupCheck(False, None, None, "damaged")
    finally:
        conn.close()


def kept_days(days: Iterable[date]) -> set[date]:
    """The backup days to keep: the newest DAILY_KEPT, and of the older ones the newest
    of each of the WEEKLY_KEPT newest (ISO) weeks."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:DAILY_KEPT])
    weeks: set[tuple[int, int]] = set()
    for day in newest_first[DAILY_KEPT:]:
        week = day.isocalendar()[:2]
        if week in weeks:
            continue
        if len(weeks) == WEEKLY_KEPT:
            break
        weeks.add(week)
        keep.add(day)
    return keep


def rotate(folder: Path) -> list[Path]:
    """Delete the backups kept_days() does not keep; returns the ones deleted."""
    backups = list_backups(folder)
    keep = kept_days(backup.day for backup in backups)
    removed = []
    for backup in backups:
        if backup.day not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    return removed


def take_backup(
    db_path: Path,
    folder: Path,
    today: date,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> Backup | None:
    """Today's backup of db_path, unless there is one already (or nothing to back up).

    Returns the new backup, or None. A copy that fails the integrity check is deleted
    and OSError or sqlite3.Error is raised; ``cancelled`` is asked between steps, and
    a backup stopped by it (BackupCancelled) leaves nothing behind.
    """
    target = folder / backup_name(today)
    if target.exists() or not db_path.exists():
        return None
    folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    restrict_to_owner(folder)
    for stale in folder.glob(f"*{PARTIAL}"):
        with contextlib.suppress(OSError):
            stale.unlink()
    partial = target.with_name(target.name + PARTIAL)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        copy_history(db_path, partial, cancelled=cancelled)
        checked = check_file(partial)
        if not checked.good:
            raise sqlite3.DatabaseError(f"the copy of {db_path} failed its check")
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    rotate(folder)
    return Backup(target, today, checked)


def copy_history(
    source: Path, target: Path, *, cancelled: Callable[[], bool] = lambda: False
) -> None:
    """Copy a history file with SQLite's backup API (its -wal included), into a file
    that needs no companions (rollback journal)."""

    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancelled():
            raise BackupCancelled

    src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


class DailyBackup:
    """Takes today's backup on a thread of its own when asked, so nothing waits for it.

    ``now`` gives the local time (the window's clock); ``request()`` starts a backup
    unless one is running; ``close()`` asks a running one to stop and waits for it.
    """

    def __init__(self, paths: AppPaths, now: Callable[[], datetime]) -> None:
        self._paths = paths
        self._now = now
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.last_error: Exception | None = None
        self.last_backup: Backup | None = None

    def request(self) -> bool:
        """Start today's backup if it is due; False when one is running already."""
        if self._thread is not None and self._thread.is_alive():
            return False
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(self._now().date(),), name="daily backup", daemon=True
        )
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a backup under way; True when none is running any more."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    def close(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self.wait(timeout)

    def _run(self, today: date) -> None:
        try:
            made = take_backup(
                self._paths.db_path, self._paths.backups_dir, today, cancelled=self._stop.is_set
            )
        except BackupCancelled:
            return
        except (OSError, sqlite3.Error) as error:
            self.last_error = error
            return
        if made is not None:
            self.last_backup = made
        self.last_error = None

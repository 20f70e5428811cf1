"""HistoryFile: the history file the window has open, as a whole.

For what works on the file rather than on its rows, while the window keeps it open:
its backups, listed with their days and sessions; restoring one in place; and a
read-only connection of its own for an export run on another thread.

Restoring while the window runs cannot rename files under the open connection (as
``hamstring-coach restore`` does with the window closed). Instead the backup is checked,
the current history is first copied beside it (``...before-restore-<time>``, with
SQLite's backup API, so a session just saved is in the copy), and then the backup's
pages are copied into the open file, again with the backup API, in one step: the file
is either wholly the old history or wholly the backup. A backup from an older version
is brought up to date afterwards, as opening it would.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hamstring_coach.storage import errors
from hamstring_coach.storage.database import compact, migrate, open_database
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.storage.schema import COMPACTED_AT, SCHEMA_VERSION

# The window builds a HistoryFile before its first frame; backups and restoring are
# loaded when first used, so that they cost the first frame nothing.
if TYPE_CHECKING:
    from hamstring_coach.storage.backups import Backup
    from hamstring_coach.storage.restore import Restored


class HistoryFile:
    def __init__(
        self,
        paths: AppPaths,
        conn: sqlite3.Connection,
        after_restore: Callable[[], None] = lambda: None,
    ) -> None:
        """``after_restore`` is called once a backup is in place, for whatever keeps
        copies of what the file held (the repositories' code maps)."""
        self.paths = paths
        self._conn = conn
        self._after_restore = after_restore

    def backups(self) -> list[Backup]:
        """The backups, newest first, each looked inside (good or not, how many
        sessions): slow with years of history, so call it off the window's thread."""
        from hamstring_coach.storage.backups import list_backups

        return list_backups(self.paths.backups_dir, check=True)

    def open_reader(self) -> sqlite3.Connection:
        """A read-only connection of its own, for a thread that exports."""
        return open_database(self.paths.db_path, readonly=True)

    def restore(self, source: Path, now: datetime) -> Restored:
        """Make the open history a copy of ``source`` (a backup, or any good history
        file), keeping a copy of the current one first. Raises DatabaseError, one
        sentence, when the source is not a good history file or is from a newer
        version, or the files cannot be written; then nothing has changed."""
        from hamstring_coach.storage.backups import check_file
        from hamstring_coach.storage.restore import Restored

        db = self.paths.db_path
        source = source.absolute()
        if not source.is_file():
            raise DatabaseError(f"{source} is not a file that can be restored.")
        checked = check_file(source)
        if not checked.good:
            if checked.problem == "not a Hamstring Coach history":
                raise DatabaseError(
                    f"{source} is not a Hamstring Coach history file; nothing was changed."
                )
            raise DatabaseError(f"{source} is damaged and cannot be restored; nothing was changed.")
        version = checked.version or 0
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"{source} was written by a newer version of Hamstring Coach; update the app "
                "to restore it."
            )
        kept = self._keep_copy(now)
        try:
            reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
            try:
                reader.backup(self._conn)
            finally:
                reader.close()
            self._conn.execute("PRAGMA journal_mode = WAL")
            after = migrate(self._conn, db)
            if 0 < version < COMPACTED_AT <= after:
                compact(self._conn)
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, db, "save") from exc
        finally:
            self._after_restore()
        return Restored(source, checked.sessions or 0, kept)

    def _keep_copy(self, now: datetime) -> Path:
        """Copy the current history beside it, under a name that is not taken."""
        from hamstring_coach.storage.backups import check_file, copy_history
        from hamstring_coach.storage.restore import COMPANIONS, stamp

        db = self.paths.db_path
        base = db.with_name(f"{db.name}.before-restore-{stamp(now)}")
        target, number = base, 1
        while any(Path(f"{target}{end}").exists() for end in COMPANIONS):
            number += 1
            target = base.with_name(f"{base.name}-{number}")
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            copy_history(db, target)
            if not check_file(target).good:
                raise DatabaseError(f"The copy of {db} failed its check; nothing was restored.")
        except BaseException as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            if isinstance(exc, OSError):
                raise errors.from_os_error(exc, target, "save") from exc
            if isinstance(exc, sqlite3.Error):
                raise errors.from_sqlite(exc, db, "read") from exc
            raise
        return target

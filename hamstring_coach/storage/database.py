"""Open the history file: checks, pragmas and migrations, refusing anything unsafe to touch."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from hamstring_coach.core.quoting import quote
from hamstring_coach.storage import errors
from hamstring_coach.storage.clean_close import note_clean_close, unchanged_since_clean_close
from hamstring_coach.storage.compact import Progress, ProgressCallback
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.files import dangling_link, restrict_to_owner
from hamstring_coach.storage.schema import (
    APPLICATION_ID,
    COMPACTED_AT,
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    statements,
)

__all__ = [
    "SCHEMA_VERSION",
    "DatabaseError",
    "Progress",
    "ProgressCallback",
    "compact",
    "migrate",
    "needs_upgrade",
    "open_database",
    "stored_version",
]

DB_FILE_MODE = 0o600
DEFAULT_BUSY_TIMEOUT_MS = 3000
# Errors of a reader that could not create or grow the -shm index: no permission, a
# full disk (SQLITE_IOERR_SHMSIZE), a folder it may not write to.
_CANNOT_MAKE_INDEX = frozenset(
    {errors.SQLITE_READONLY, errors.SQLITE_CANTOPEN, errors.SQLITE_IOERR, errors.SQLITE_FULL}
)
NOTE_EVERY_S = 0.1  # how often compact() tells its progress
PROGRESS_STEPS = 20_000  # SQLite virtual machine steps between looks at the clock


def open_database(
    path: Path,
    *,
    readonly: bool = False,
    busy_timeout: int = DEFAULT_BUSY_TIMEOUT_MS,
    progress: ProgressCallback | None = None,
) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the history file at path.

    The connection is in autocommit mode (isolation_level None). busy_timeout is in
    milliseconds. With readonly=True nothing is ever written; a missing file gives an
    empty in-memory history. Raises DatabaseError with one sentence naming the file; a
    refused file is left exactly as it was.

    Bringing an older file up to date can take a while (ten years of sessions: some
    seconds); ``progress`` is called before the work starts and every so often while it
    runs, so a window can show a note and keep painting. A file that the upgrade left
    with much free space is compacted (VACUUM) once, after the upgrade's commit.
    """
    path = Path(path)
    if readonly:
        return _open_readonly(path, busy_timeout)
    _check_writable(path)
    _create_private(path)
    # Every page is checked unless the file is as the app left it (storage.clean_close).
    whole = not unchanged_since_clean_close(path)
    conn = _connect(str(path), False, busy_timeout, path, factory=HistoryConnection)
    try:
        before = _check_contents(conn, path, whole=whole, file=path)
        _restrict_companions(path)  # only once the file is known to be ours
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        after = migrate(conn, path, progress=progress)
        if 0 < before < COMPACTED_AT <= after:
            compact(conn, progress)
    except sqlite3.Error as exc:
        conn.close()
        raise errors.from_sqlite(exc, path, "open") from exc
    except BaseException:
        conn.close()
        raise
    if isinstance(conn, HistoryConnection):
        conn.closed_cleanly_notes(path)
    return conn


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Merge the -wal file into the history file and truncate it to nothing.

    Best effort: False when a reader holds part of the -wal (it is merged later, at the
    latest when the window closes) or the disk refuses; nothing is lost either way.
    """
    try:
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == 0


def migrate(
    conn: sqlite3.Connection,
    path: Path | str = "",
    migrations: Sequence[Migration] = MIGRATIONS,
    *,
    progress: ProgressCallback | None = None,
) -> int:
    """Apply the missing migrations, each in its own transaction; return the final version.
    A new file (version 0) takes them all in one: it holds nothing to keep apart, and one
    commit makes it quicker (the window's first frame waits for it).

    The version is read again inside each write transaction, so two processes opening
    the same file at once cannot apply a migration twice.
    """
    target = len(migrations)
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _scalar(conn, "PRAGMA user_version")
            if version > target:
                raise _newer(path)
            if version == target:
                conn.execute("COMMIT")
                return version
            for step in range(version, target if version == 0 else version + 1):
                migration = migrations[step]
                if isinstance(migration, str):
                    for statement in statements(migration):
                        conn.execute(statement)
                else:
                    migration(conn, progress)
                conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def compact(conn: sqlite3.Connection, progress: ProgressCallback | None = None) -> bool:
    """Rebuild the file without its free pages (VACUUM), so it takes less room on disk.

    ``progress`` is called before the work starts and then about ten times a second
    (how much is left is not known). Compacting needs free disk space about the file's
    size; when it fails (a full disk, say) the file stays as it was, whole and usable,
    and False is returned.
    """
    tell = progress or (lambda _progress: None)
    tell(Progress("compact", 0, 0))
    next_note = time.monotonic() + NOTE_EVERY_S

    def handler() -> int:
        nonlocal next_note
        now = time.monotonic()
        if now >= next_note:
            next_note = now + NOTE_EVERY_S
            tell(Progress("compact", 0, 0))
        return 0

    conn.set_progress_handler(handler, PROGRESS_STEPS)
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        return False
    finally:
        conn.set_progress_handler(None, 0)
    tell(Progress("compact", 1, 1))
    return True


def stored_version(path: Path) -> int | None:
    """The schema version stored in the file at path; None when it cannot be read.

    Reads the header only, without opening the file for writing or checking it: for
    deciding ahead whether opening it will bring it up to date (and take a while).
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    return int.from_bytes(header[60:64], "big")


def needs_upgrade(path: Path) -> bool:
    """Whether opening the file at path will rewrite an existing history (slow)."""
    version = stored_version(path)
    return version is not None and 0 < version < SCHEMA_VERSION


def _open_readonly(path: Path, busy_timeout: int) -> sqlite3.Connection:
    """Read the history without creating or changing any file, the -wal and -shm
    companions included, even on a full disk or in a read-only folder.

    SQLite reads a file in WAL mode through a -shm index, which it creates when it is
    missing, and leaves behind when the reader may not delete it. So the companions
    decide how to read:

    - neither there, or an empty -wal alone: nobody is writing and nothing waits to be
      merged; the file is read as immutable, which needs no companions;
    - a -wal with sessions in it but no -shm: a crash left it, nobody is writing; a
      private copy of both is read, where SQLite may merge them;
    - both there: the window may be writing; the file is read the usual way (SQLite
      creates nothing then), and should that fail (a full disk with an index too small,
      a read-only folder), as above.
    """
    if not path.exists():
        return _empty_history()
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a history file.")
    wal, shm = _companions(path)
    try:
        wal_exists, shm_exists = wal.exists(), shm.exists()
        unmerged = wal_exists and wal.stat().st_size > 0
    except OSError as exc:
        raise errors.from_os_error(exc, path, "read") from exc
    if not (wal_exists and shm_exists):
        if unmerged:
            return _read_copy(path, wal, busy_timeout)
        return _connect_readonly(path, busy_timeout, immutable=True)
    try:
        return _connect_readonly(path, busy_timeout, immutable=False)
    except DatabaseError as error:
        cause = error.__cause__
        code = errors.sqlite_code(cause) if isinstance(cause, sqlite3.Error) else -1
        if code not in _CANNOT_MAKE_INDEX:
            raise
    if unmerged:
        return _read_copy(path, wal, busy_timeout)
    return _connect_readonly(path, busy_timeout, immutable=True)


def _companions(path: Path) -> tuple[Path, Path]:
    """The -wal and -shm files SQLite keeps beside a history file in WAL mode."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _read_copy(path: Path, wal: Path, busy_timeout: int) -> sqlite3.Connection:
    """The history in path and its -wal file, read from a private temporary copy."""
    with tempfile.TemporaryDirectory(prefix="hamstring-coach-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as exc:
            raise errors.from_os_error(exc, path, "read") from exc
        disk = _connect_readonly(copy, busy_timeout, immutable=False, shown=path)
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            disk.backup(memory)
        except sqlite3.Error as exc:
            memory.close()
            raise errors.from_sqlite(exc, path, "read") from exc
        finally:
            disk.close()
    memory.execute("PRAGMA query_only = ON")
    return memory


def _connect_readonly(
    path: Path, busy_timeout: int, *, immutable: bool, shown: Path | None = None
) -> sqlite3.Connection:
    """Open path read-only; messages name ``shown`` (path itself unless a copy is read)."""
    shown = shown or path
    uri = path.absolute().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    conn = _connect(uri, True, busy_timeout, shown)
    try:
        version = _check_contents(conn, shown, whole=False, file=path)
        if version < SCHEMA_VERSION:
            # An older (or empty) file: read a migrated copy, leave the file alone.
            copy = sqlite3.connect(":memory:", isolation_level=None)
            try:
                conn.backup(copy)
            finally:
                conn.close()
                conn = copy
            migrate(conn)
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise errors.from_sqlite(exc, shown, "open") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _empty_history() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn)
    conn.execute("PRAGMA query_only = ON")
    return conn


class HistoryConnection(sqlite3.Connection):
    """A connection that writes the history file: once the last one closes cleanly, the
    file's fingerprint is noted (storage.clean_close) so that the next open can skip
    checking every page."""

    _noted: Path | None = None

    def closed_cleanly_notes(self, path: Path) -> None:
        """From now on, closing notes ``path`` as closed cleanly (the checks passed)."""
        self._noted = path

    def close(self) -> None:
        noted, self._noted = self._noted, None
        super().close()
        if noted is not None:
            note_clean_close(noted)


def _connect(
    target: str,
    uri: bool,
    busy_timeout: int,
    path: Path,
    factory: type[sqlite3.Connection] = sqlite3.Connection,
) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            target,
            timeout=busy_timeout / 1000,
            isolation_level=None,
            uri=uri,
            factory=factory,
        )
    except sqlite3.Error as exc:
        raise errors.from_sqlite(exc, path, "open") from exc


def _check_writable(path: Path) -> None:
    target = dangling_link(path)
    if target is not None:
        raise DatabaseError(
            f"{path} is a link to {quote(target)}, which does not exist; Hamstring Coach "
            "does not create its history elsewhere, so remove the link."
        )
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError(f"Could not open {path}: its folder does not exist.")
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a history file.")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseError(f"{path} cannot be read; check its permissions.")
        if not os.access(path, os.W_OK):
            raise DatabaseError(f"{path} is read-only, so Hamstring Coach cannot save to it.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError(f"Could not open {path}: its folder is read-only.")


def _create_private(path: Path) -> None:
    """Create a missing file as 0o600 before SQLite opens it (its -wal and -shm follow)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, DB_FILE_MODE)
    except FileExistsError:
        return
    except OSError as exc:
        raise errors.from_os_error(exc, path, "open") from exc
    os.close(fd)


def _restrict_companions(path: Path) -> None:
    """Take away what others may do with the history file and its companions."""
    for existing in (path, *_companions(path)):
        restrict_to_owner(existing)


def _check_contents(
    conn: sqlite3.Connection, path: Path, *, whole: bool = True, file: Path | None = None
) -> int:
    """Refuse files that are not ours, newer than this app, or damaged; return the version.

    ``whole`` checks every page (PRAGMA quick_check: most of a second for ten years of
    sessions); it is asked for when the file may have changed since the app last closed
    it (storage.clean_close). Otherwise (whole=False, and always when only reading) the
    sessions table, its index and the file's length against its header are checked; a
    damaged page elsewhere shows when it is read, as a DatabaseError naming the file.
    """
    app_id = _scalar(conn, "PRAGMA application_id")
    version = _scalar(conn, "PRAGMA user_version")
    if app_id not in (0, APPLICATION_ID):
        raise _not_ours(path)
    if version > SCHEMA_VERSION:
        raise _newer(path)
    if version == 0 and _scalar(conn, "SELECT count(*) FROM sqlite_master") > 0:
        raise _not_ours(path)
    if whole:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    elif version == 0:
        rows = [("ok",)]  # an empty file
    else:
        rows = conn.execute("PRAGMA quick_check(sessions)").fetchall()
        if file is not None and _shorter_than_its_header(conn, file):
            raise errors.damaged(path)
    if [tuple(row) for row in rows] != [("ok",)]:
        raise errors.damaged(path)
    return version


def _shorter_than_its_header(conn: sqlite3.Connection, file: Path) -> bool:
    """A truncated file: fewer bytes than its pages (unless a -wal file holds the rest)."""
    wal = Path(f"{file}-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return False
        size = file.stat().st_size
    except OSError:
        return False
    pages = _scalar(conn, "PRAGMA page_count")
    return pages * _scalar(conn, "PRAGMA page_size") > size


def _scalar(conn: sqlite3.Connection, sql: str) -> int:
    row = conn.execute(sql).fetchone()
    return int(row[0])


def _newer(path: Path | str) -> DatabaseError:
    name = errors.display_name(path)
    return DatabaseError(
        f"{name} was written by a newer version of Hamstring Coach; update the app to open it.",
        action="open",
        name=name,
        problem="newer",
    )


def _not_ours(path: Path) -> DatabaseError:
    return DatabaseError(
        f"{path} is not a Hamstring Coach history file; it was left unchanged.",
        action="open",
        name=str(path),
        problem="not-ours",
    )

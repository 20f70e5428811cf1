"""Where Hamstring Coach keeps its files: the data folder and the paths inside it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from hamstring_coach.core.quoting import quote
from hamstring_coach.storage.errors import DataFolderError
from hamstring_coach.storage.files import (
    dangling_link,
    make_private_folders,
    os_problem,
    restrict_to_owner,
)
from hamstring_coach.storage.lock import InstanceLock

__all__ = ["ENV_DATA_DIR", "AppPaths", "DataFolderError", "InstanceLock"]

ENV_DATA_DIR = "HAMSTRING_COACH_DATA_DIR"
APP_NAME = "hamstring-coach"
PRIVATE_DIR_MODE = 0o700
# The longest name of one folder or file, and of a whole path, that Linux file systems
# take (NAME_MAX and PATH_MAX, the terminating zero included); macOS allows less.
MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 4096


class AppPaths(NamedTuple):
    """The data folder and the files Hamstring Coach keeps in it. (A named tuple rather
    than a dataclass: the window's first frame needs it, and a dataclass costs about
    1 ms to make.)"""

    data_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / "hamstring-coach.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def routines_dir(self) -> Path:
        """The person's own routine files (imported, or copied and edited)."""
        return self.data_dir / "routines"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "hamstring-coach.lock"

    @classmethod
    def resolve(cls, override: str | Path | None, environ: Mapping[str, str]) -> AppPaths:
        """Pick the data folder: --data-dir, then the environment, then the platform default.

        An empty environment variable counts as not set; an empty override is refused
        with DataFolderError, since a folder was asked for and none was named.
        """
        chosen: str | Path
        if override is not None:
            if str(override) == "":
                raise DataFolderError("The data folder was given as an empty name.")
            chosen = override
        elif environ.get(ENV_DATA_DIR, ""):
            chosen = environ[ENV_DATA_DIR]
        else:
            import platformdirs  # only when no folder was named: it is slow to import

            chosen = platformdirs.user_data_dir(APP_NAME, appauthor=False)
        expanded = Path(chosen).expanduser()
        folder = Path(os.path.abspath(expanded))
        _check_length(folder)
        return cls(folder)

    def ensure(self, *, probe: bool = True) -> None:
        """Create the data folder if needed, keep it private, and check that it is writable
        (with ``probe``, by writing a small file; a command that takes the folder's lock
        passes False and calls :meth:`check_writable` once it holds the lock).

        Raises DataFolderError with one sentence naming the folder.
        """
        folder = self.data_dir
        target = dangling_link(folder)
        if target is not None:
            raise DataFolderError(
                f"The data folder {folder} is a link to {quote(target)}, which does not "
                "exist; create that folder, or remove the link."
            )
        if folder.exists() and not folder.is_dir():
            raise DataFolderError(f"The data folder {folder} is a file, not a folder.")
        try:
            make_private_folders(folder, PRIVATE_DIR_MODE)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise DataFolderError(
                f"Could not create the data folder {folder}: {reason.lower()}."
            ) from exc
        restrict_to_owner(folder)
        if not os.access(folder, os.R_OK):
            raise DataFolderError(f"The data folder {folder} cannot be read.")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise DataFolderError(f"The data folder {folder} is read-only.")
        if probe:
            self.check_writable()

    def check_writable(self) -> None:
        """Write and remove a small file in the data folder, since permissions alone do
        not tell the whole story (a full disk, a file system mounted read-only); the file
        is removed whatever happens. DataFolderError with one sentence if it fails."""
        _probe_write(self.data_dir)


def _check_length(folder: Path) -> None:
    """Refuse a folder name no file system takes, before anything asks the system about it
    (which answers with an error for each call, or a traceback)."""
    longest = max(folder.parts, key=lambda part: len(os.fsencode(part)))
    if len(os.fsencode(longest)) > MAX_NAME_BYTES:
        raise DataFolderError(
            f"The data folder's name has a part of {len(os.fsencode(longest))} bytes "
            f"({quote(longest)}), longer than the {MAX_NAME_BYTES} a file system allows."
        )
    # The longest file inside it must fit too: the history's write-ahead log.
    whole = len(os.fsencode(folder)) + len("/hamstring-coach.sqlite3-wal")
    if whole >= MAX_PATH_BYTES:
        raise DataFolderError(
            f"The data folder's name ({quote(str(folder))}) is {len(os.fsencode(folder))} "
            f"bytes long, too long for the files inside it to stay under {MAX_PATH_BYTES}."
        )


def _probe_write(folder: Path) -> None:
    """Create and remove a small file, since permissions alone do not tell the whole story.
    The file goes again on every way out: a full disk, a stop signal, any error."""
    try:
        handle, name = tempfile.mkstemp(prefix=".write-check-", dir=folder)
        try:
            try:
                os.write(handle, b"ok")  # a full disk refuses even two bytes
            finally:
                os.close(handle)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(name)
    except OSError as exc:
        problem = os_problem(exc)
        if problem == "full":
            message = f"Cannot write in the data folder {folder}: the disk is full."
        elif problem == "read-only":
            message = f"The data folder {folder} is read-only."
        else:
            reason = (exc.strerror or str(exc)).lower()
            message = f"Cannot write in the data folder {folder}: {reason}."
        raise DataFolderError(message) from exc

"""Opening the history read-only for a command, with the checks history and export share."""

from __future__ import annotations

import os
import sqlite3

from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.errors import UNREADABLE
from hamstring_coach.storage.paths import AppPaths, DataFolderError


def open_readonly(paths: AppPaths) -> sqlite3.Connection:
    """The history, read-only; a file that cannot be opened at all says how to restore."""
    if paths.data_dir.exists() and not paths.data_dir.is_dir():
        raise DataFolderError(f"The data folder {paths.data_dir} is a file, not a folder.")
    if paths.data_dir.exists() and not os.access(paths.data_dir, os.R_OK | os.X_OK):
        raise DataFolderError(f"Cannot read the data folder {paths.data_dir}.")
    try:
        return open_database(paths.db_path, readonly=True)
    except DatabaseError as error:
        if error.problem in UNREADABLE:
            from hamstring_coach.storage.restore import with_restore_hint

            raise with_restore_hint(error) from error
        raise

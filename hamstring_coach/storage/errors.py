"""The storage errors a user may see, each worded as one sentence naming the file or folder."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Literal

Action = Literal["open", "save", "read"]

# Primary SQLite result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_PREFIXES: dict[Action, str] = {
    "open": "Could not open",
    "save": "Could not save to",
    "read": "Could not read",
}
_MESSAGE_CODES = (
    ("locked", SQLITE_BUSY),
    ("disk is full", SQLITE_FULL),
    ("readonly", SQLITE_READONLY),
    ("not a database", SQLITE_NOTADB),
    ("malformed", SQLITE_CORRUPT),
    ("unable to open", SQLITE_CANTOPEN),
    ("disk i/o error", SQLITE_IOERR),
)


class DataFolderError(Exception):
    """The data folder cannot be used; str(e) is one sentence naming the folder."""


class DatabaseError(Exception):
    """The history file cannot be used; str(e) is one sentence naming the file."""


def display_name(path: Path | str) -> str:
    """How a database file is named in messages."""
    text = str(path)
    return text if text else "the in-memory history"


def sqlite_code(exc: sqlite3.Error) -> int:
    """The primary SQLite result code of an error, from its code or else its message."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code >= 0:
        return code & 0xFF
    message = str(exc).lower()
    for fragment, guessed in _MESSAGE_CODES:
        if fragment in message:
            return guessed
    return -1


def damaged(path: Path | str) -> DatabaseError:
    return DatabaseError(
        f"{display_name(path)} is damaged and cannot be opened; it was left unchanged."
    )


def from_sqlite(exc: sqlite3.Error, path: Path | str, action: Action) -> DatabaseError:
    """Word a sqlite3 error as one sentence naming the file."""
    name = display_name(path)
    prefix = _PREFIXES[action]
    code = sqlite_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        if action == "open":
            return DatabaseError(f"{name} is locked by another program; close it and try again.")
        return DatabaseError(f"{prefix} {name}: it is locked by another program.")
    if code == SQLITE_FULL:
        return DatabaseError(f"{prefix} {name}: the disk is full.")
    if code == SQLITE_READONLY:
        if action == "open":
            return DatabaseError(f"{name} is read-only, so Hamstring Coach cannot save to it.")
        return DatabaseError(f"{prefix} {name}: the file is read-only.")
    if code == SQLITE_NOTADB:
        return DatabaseError(
            f"{name} is not a SQLite database or is damaged; it was left unchanged."
        )
    if code == SQLITE_CORRUPT:
        return (
            damaged(path)
            if action == "open"
            else DatabaseError(f"{prefix} {name}: the file is damaged.")
        )
    if code == SQLITE_CANTOPEN:
        return DatabaseError(f"{prefix} {name}: the file or its folder cannot be opened.")
    if code == SQLITE_IOERR:
        return DatabaseError(f"{prefix} {name}: the disk reported a read or write error.")
    if code == SQLITE_PERM:
        return DatabaseError(f"{prefix} {name}: permission denied.")
    detail = str(exc).strip().rstrip(".") or type(exc).__name__
    return DatabaseError(f"{prefix} {name}: {detail}.")


def from_os_error(exc: OSError, path: Path | str, action: Action) -> DatabaseError:
    """Word an OSError met while preparing a database file as one sentence naming the file."""
    name = display_name(path)
    prefix = _PREFIXES[action]
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DatabaseError(f"{prefix} {name}: the disk is full.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DatabaseError(f"{prefix} {name}: its folder is read-only.")
    if exc.errno == errno.ENOENT:
        return DatabaseError(f"{prefix} {name}: its folder does not exist.")
    reason = (exc.strerror or str(exc)).lower()
    return DatabaseError(f"{prefix} {name}: {reason}.")

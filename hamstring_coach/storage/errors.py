"""The storage errors a user may see, each worded as one sentence naming the file or folder."""

from __future__ import annotations

import contextlib
import errno
import functools
import sqlite3
from pathlib import Path
from typing import Literal

from hamstring_coach.storage.files import os_problem

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


Problem = Literal[
    "locked",
    "full",
    "read-only",
    "folder-read-only",
    "not-a-database",
    "damaged",
    "cannot-open",
    "io",
    "denied",
    "newer",  # written by a newer version of the app: never touched
    "not-ours",  # not a Hamstring Coach history file
    "bad-value",  # holds a value the app never writes
]
# Problems of a file that cannot be opened at all, which may be set aside for a backup.
UNREADABLE: frozenset[Problem] = frozenset({"not-a-database", "damaged", "not-ours"})


class DatabaseError(Exception):
    """The history file cannot be used; str(e) is one sentence naming the file.

    Errors worded from a SQLite or OS error also say, for the window to word them in
    the person's language: the action that failed, the file's name, and the problem
    (None when it fits none of the known ones).
    """

    def __init__(
        self,
        message: str,
        *,
        action: Action | None = None,
        name: str = "",
        problem: Problem | None = None,
    ) -> None:
        super().__init__(message)
        self.action = action
        self.name = name
        self.problem = problem


def file_of(conn: sqlite3.Connection) -> str:
    """The file behind a connection, for messages ("" when it is in memory)."""
    with contextlib.suppress(sqlite3.Error):
        for _seq, name, file in conn.execute("PRAGMA database_list"):
            if name == "main":
                return str(file or "")
    return ""


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
    """The refusal of a damaged file at open."""
    name = display_name(path)
    return DatabaseError(
        f"{name} is damaged and cannot be opened; it was left unchanged.",
        action="open",
        name=name,
        problem="damaged",
    )


def _error(message: str, problem: Problem | None, *, action: Action, name: str) -> DatabaseError:
    return DatabaseError(message, action=action, name=name, problem=problem)


def from_sqlite(exc: sqlite3.Error, path: Path | str, action: Action) -> DatabaseError:
    """Word a sqlite3 error as one sentence naming the file."""
    name = display_name(path)
    prefix = _PREFIXES[action]
    code = sqlite_code(exc)
    error = functools.partial(_error, action=action, name=name)

    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        if action == "open":
            return error(f"{name} is locked by another program; close it and try again.", "locked")
        return error(f"{prefix} {name}: it is locked by another program.", "locked")
    if code == SQLITE_FULL:
        return error(f"{prefix} {name}: the disk is full.", "full")
    if code == SQLITE_READONLY:
        if action == "open":
            return error(f"{name} is read-only, so Hamstring Coach cannot save to it.", "read-only")
        return error(f"{prefix} {name}: the file is read-only.", "read-only")
    if code == SQLITE_NOTADB:
        return error(
            f"{name} is not a SQLite database or is damaged; it was left unchanged.",
            "not-a-database",
        )
    if code == SQLITE_CORRUPT:
        return (
            damaged(path)
            if action == "open"
            else error(f"{prefix} {name}: the file is damaged.", "damaged")
        )
    if code == SQLITE_CANTOPEN:
        return error(f"{prefix} {name}: the file or its folder cannot be opened.", "cannot-open")
    if code == SQLITE_IOERR:
        return error(f"{prefix} {name}: the disk reported a read or write error.", "io")
    if code == SQLITE_PERM:
        return error(f"{prefix} {name}: permission denied.", "denied")
    detail = str(exc).strip().rstrip(".") or type(exc).__name__
    return error(f"{prefix} {name}: {detail}.", None)


def from_os_error(exc: OSError, path: Path | str, action: Action) -> DatabaseError:
    """Word an OSError met while preparing a database file as one sentence naming the file."""
    name = display_name(path)
    prefix = _PREFIXES[action]
    error = functools.partial(_error, action=action, name=name)

    problem = os_problem(exc)
    if problem == "full":
        return error(f"{prefix} {name}: the disk is full.", "full")
    if problem == "read-only":
        return error(f"{prefix} {name}: its folder is read-only.", "folder-read-only")
    if exc.errno == errno.ENOENT:
        return error(f"{prefix} {name}: its folder does not exist.", "cannot-open")
    reason = (exc.strerror or str(exc)).lower()
    return error(f"{prefix} {name}: {reason}.", None)


def bad_value(path: Path | str, where: str, bad: object) -> DatabaseError:
    """The refusal of a stored value the app never writes ("session 4 holds ...")."""
    name = display_name(path)
    return DatabaseError(
        f"Could not read {name}: {where} holds {bad}; it was left unchanged.",
        action="read",
        name=name,
        problem="bad-value",
    )

"""Whether the history file is exactly as the app left it when it last closed it cleanly.

Checking every page of the history file (``PRAGMA quick_check``) takes most of a second
for ten years of sessions, too long for each start of the window and each ``injury set``.
It is needed only when the file may have changed behind the app's back. So when the last
connection that writes the file closes cleanly (SQLite then merges and removes the -wal
and -shm files), the app notes the file's fingerprint beside it, in a small hidden file
(``.hamstring-coach.sqlite3.checked``): its device, inode, size, modification time in
nanoseconds and SQLite's change counter from the header.

The next open checks every page unless the fingerprint still matches and no -wal or -shm
file is there. So a crash or a kill (the -wal is left), a file copied or restored over it,
a change by another program, or a write of any byte (the modification time moves) is
checked in full, as before; an unchanged file gets the quick checks only (the sessions
table, its index and the file's length). Damage that leaves the modification time alone
(a failing disk) shows when the damaged page is read, as one sentence naming the file,
and the daily backup checks its copy in full.

Any doubt (no note, a note that cannot be read or written, a full disk) means a full
check: the note can only save time, never hide a change.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from hamstring_coach.storage.files import restrict_open_file

NOTE_MODE = 0o600
_HEADER = 100
_MAX_NOTE_BYTES = 200


def note_path(path: Path) -> Path:
    """Where the fingerprint of the history file ``path`` is kept."""
    return path.with_name(f".{path.name}.checked")


def unchanged_since_clean_close(path: Path) -> bool:
    """Whether the file is as the app left it at its last clean close (see above)."""
    if _left_open(path):
        return False
    try:
        with note_path(path).open("rb") as handle:
            noted = handle.read(_MAX_NOTE_BYTES).decode("ascii")
    except (OSError, UnicodeDecodeError):
        return False
    now = fingerprint(path)
    return now is not None and noted == now


def note_clean_close(path: Path) -> None:
    """Remember the file as it is now, just after the app's last connection closed it.
    Best effort, and only when nothing else has it open (no -wal is left)."""
    if _left_open(path):
        forget(path)
        return
    # Set the modification time a second back, so that any later write moves it even
    # within the file system's clock tick (a few milliseconds).
    with contextlib.suppress(OSError):
        info = path.stat()
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - 1_000_000_000))
    now = fingerprint(path)
    if now is None:
        return
    target = note_path(path)
    temporary = target.with_name(f"{target.name}.part")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, NOTE_MODE)
        try:
            restrict_open_file(fd, temporary)
            os.write(fd, now.encode("ascii"))
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        forget(path)


def forget(path: Path) -> None:
    """Drop the note, so that the next open checks every page."""
    with contextlib.suppress(OSError):
        note_path(path).unlink()


def fingerprint(path: Path) -> str | None:
    """Device, inode, size, modification time (ns) and SQLite's change counter."""
    try:
        with path.open("rb") as handle:
            header = handle.read(_HEADER)
            info = os.fstat(handle.fileno())
    except OSError:
        return None
    if len(header) < _HEADER:
        return None
    counter = int.from_bytes(header[24:28], "big")
    return f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}:{counter}"


def _left_open(path: Path) -> bool:
    """Whether a -wal or -shm file is beside it: a connection is open, or was not closed."""
    return any(path.with_name(path.name + end).exists() for end in ("-wal", "-shm"))

"""Small file-system rules shared by the data folder, the history file and the lock."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import Literal

OsProblem = Literal["full", "read-only"]
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def restrict_to_owner(path: Path) -> None:
    """Take away what group and others may do with a file or folder the user owns.

    Never grants the owner anything (a folder made read-only stays read-only), and is
    best effort: some file systems (FAT, network shares) cannot change modes, and that
    alone is no reason to refuse them. Does nothing where there are no owners (Windows).
    """
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return
    with contextlib.suppress(OSError):
        info = path.stat()
        mode = stat.S_IMODE(info.st_mode)
        if info.st_uid == getuid() and mode & 0o077:
            path.chmod(mode & ~0o077)


def os_problem(exc: OSError) -> OsProblem | None:
    """The known problem behind an OSError: a full disk, or no permission to write."""
    if exc.errno in _DISK_FULL_ERRNOS:
        return "full"
    if exc.errno in _READ_ONLY_ERRNOS:
        return "read-only"
    return None

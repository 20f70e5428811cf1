"""Small file-system rules shared by the data folder, the history file and the lock.

Symbolic links: the data folder, the history file or the lock file may be a link, for
example to keep the history on another disk. The app follows a link that leads to
something and never changes what it finds there: the modes of a linked folder or file
are the person's choice, so only what the app reaches without a link is made private.
A link that leads nowhere is refused (``dangling_link``), so the app never creates its
files in a place that only a stale link names.
"""

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
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            return  # the link's target is left as the person set it up
        mode = stat.S_IMODE(info.st_mode)
        if info.st_uid == getuid() and mode & 0o077:
            path.chmod(mode & ~0o077)


def restrict_open_file(fd: int, path: Path) -> None:
    """restrict_to_owner for a file open as fd (reached at path, which may be a link)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None or path.is_symlink():
        return
    with contextlib.suppress(OSError):
        info = os.fstat(fd)
        mode = stat.S_IMODE(info.st_mode)
        if info.st_uid == getuid() and mode & 0o077:
            os.fchmod(fd, mode & ~0o077)


def dangling_link(path: Path) -> str | None:
    """Where path points when it is a symbolic link to nothing; None otherwise."""
    try:
        if not path.is_symlink() or path.exists():
            return None
        return os.readlink(path)
    except OSError:
        return None


def make_private_folders(folder: Path, mode: int) -> None:
    """Create folder and any missing parent, each with mode (0o700), whatever the umask:
    ``Path.mkdir(parents=True)`` gives the parents the umask's mode, 0o777 under umask 0.
    """
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        try:
            candidate.mkdir(mode=mode)
        except FileExistsError:
            if not candidate.is_dir():
                raise


def os_problem(exc: OSError) -> OsProblem | None:
    """The known problem behind an OSError: a full disk, or no permission to write."""
    if exc.errno in _DISK_FULL_ERRNOS:
        return "full"
    if exc.errno in _READ_ONLY_ERRNOS:
        return "read-only"
    return None

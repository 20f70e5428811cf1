"""Where a file the person asked for (an export, a routine) may be written, and how.

The rule, the same for ``export --output FILE`` and ``routine export ID FILE``:

- Only a regular file is ever replaced, and only with ``--force``. A device
  (``/dev/full``), a named pipe, a socket or a folder is refused, and so is a link to one
  of those or a link that points nowhere: the app never writes into ``/dev``.
- A symbolic link to a regular file is followed: the file it points to gets the new
  content (written beside it and renamed over it, so it is whole or unchanged), and the
  link stays as it was.
- The new content goes to a temporary file in the same folder, which is renamed into
  place once it is whole. Without ``--force`` the rename never replaces anything, not
  even a file that appeared while the content was being written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import Literal

Problem = Literal["not-a-file", "exists"]


class TargetError(Exception):
    """One sentence on why a target cannot be written; ``problem`` says which rule."""

    def __init__(self, message: str, problem: Problem) -> None:
        super().__init__(message)
        self.problem = problem


def _kind(mode: int) -> str | None:
    """What a file of this mode is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "something other than a regular file"


def writable_target(target: Path, *, replace: bool, shown: str | None = None) -> Path:
    """The file to write for ``target``: target itself, or the regular file a link at
    target points to. TargetError when target exists and is not a regular file (or a
    link to one), or is one and ``replace`` is False. ``shown`` names target in messages.
    """
    name = shown or str(target)
    try:
        own = target.lstat()
    except FileNotFoundError:
        return target
    except OSError as error:
        raise TargetError(
            f"Cannot write {name}: {(error.strerror or str(error)).lower()}.", "not-a-file"
        ) from None
    real = target
    if stat.S_ISLNK(own.st_mode):
        try:
            info = target.stat()
        except OSError:
            raise TargetError(
                f"{name} is a link that points nowhere; name a regular file to write.",
                "not-a-file",
            ) from None
        kind = _kind(info.st_mode)
        if kind is not None:
            raise TargetError(
                f"{name} is a link to {kind}, not to a regular file; name a regular file to write.",
                "not-a-file",
            )
        real = Path(os.path.realpath(target))
    else:
        kind = _kind(own.st_mode)
        if kind is not None:
            raise TargetError(
                f"{name} is {kind}, not a regular file; name a regular file to write.",
                "not-a-file",
            )
    if not replace:
        raise TargetError(f"{name} already exists.", "exists")
    return real


def place(temporary: Path, target: Path, *, replace: bool) -> None:
    """Rename the whole ``temporary`` to ``target`` (same folder). With ``replace`` only a
    regular file (or nothing) at target is replaced; without it nothing ever is: a file
    that appeared meanwhile raises FileExistsError. OSError otherwise."""
    if replace:
        with contextlib.suppress(FileNotFoundError):
            if not stat.S_ISREG(target.lstat().st_mode):
                raise IsADirectoryError(errno.EISDIR, "not a regular file", str(target))
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target)  # fails if anything is there: never replaces
    except FileExistsError:
        raise
    except OSError as error:
        # A file system without hard links (FAT, some shares): check, then rename.
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV):
            raise
        if target.exists() or target.is_symlink():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.rename(temporary, target)
        return
    with contextlib.suppress(OSError):
        temporary.unlink()

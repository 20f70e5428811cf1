"""A lock file that lets only one Hamstring Coach process use a data folder at a time."""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from hamstring_coach.storage.errors import DataFolderError
from hamstring_coach.storage.files import dangling_link, restrict_open_file

LOCK_FILE_MODE = 0o600
RETRY_S = 0.02
_HELD_ERRNOS = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLK})


class InstanceLock:
    """A non-blocking exclusive lock on a file (flock on POSIX, msvcrt.locking on Windows).

    The operating system drops the lock when the process ends, however it ends, so a crash
    never leaves a stale lock behind. The lock file itself is left in place on release.
    """

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._fd is not None

    def acquire(
        self,
        wait_s: float = 0.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> bool:
        """Take the lock, trying for up to wait_s seconds; False when another process (or
        object) holds it all that time.

        A short wait rides out a `history` command that glances at the lock just then.
        Raises DataFolderError when the lock file cannot be created or locked at all.
        """
        deadline = clock() + wait_s
        while not self._try_acquire():
            left = deadline - clock()
            if left <= 0:
                return False
            sleep(min(RETRY_S, left))
        return True

    def _try_acquire(self) -> bool:
        if self._fd is not None:
            return True
        if dangling_link(self._path) is not None:
            raise DataFolderError(
                f"The lock file {self._path} is a link to a file that does not exist; "
                "remove the link."
            )
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, LOCK_FILE_MODE)
        except OSError as exc:
            raise DataFolderError(f"Could not create the lock file {self._path}.") from exc
        restrict_open_file(fd, self._path)  # one left at 0644 by an older version, say
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            if isinstance(exc, BlockingIOError) or exc.errno in _HELD_ERRNOS:
                return False
            raise DataFolderError(f"Could not lock the file {self._path}.") from exc
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the lock back; does nothing when it is not held."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def held_elsewhere(path: Path) -> bool:
    """Whether another process (or InstanceLock) holds the lock at path right now.

    Creates nothing and changes nothing, so a read-only command may ask: a missing lock
    file, or one that cannot be opened, counts as not held. A free lock is taken (shared,
    where the platform has shared locks) and given back at once.
    """
    fd = None
    for flags in (os.O_RDWR, os.O_RDONLY):  # read-only when the file or folder is
        try:
            fd = os.open(path, flags)
            break
        except FileNotFoundError:
            return False
        except OSError:
            continue
    if fd is None:
        return False
    try:
        try:
            _lock(fd, shared=True)
        except OSError as exc:
            return isinstance(exc, BlockingIOError) or exc.errno in _HELD_ERRNOS
        _unlock(fd)
        return False
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int, shared: bool = False) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # Windows has no shared lock here

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, shared: bool = False) -> None:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

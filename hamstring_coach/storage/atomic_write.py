"""Write a file whole or not at all: a temporary file beside it, checked, then renamed.

A reader never sees half a file, and a full disk, a refused check or a crash leaves
whatever was at the target before. The temporary file is hidden (``.<name>-*.part``) and
removed on every way out.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from hamstring_coach.storage.write_target import place

# Builds the exception for a file-system error in a folder (one sentence naming it).
Fail = Callable[[OSError, Path], Exception]


def write_atomically(
    target: Path,
    data: bytes,
    mode: int,
    check: Callable[[Path], object],
    fail: Fail,
    *,
    replace: bool = True,
) -> None:
    """Write ``data`` beside ``target`` with ``mode``, pass the written file to ``check``
    (which raises to refuse it), then rename it into place: over a regular file only,
    and over nothing at all unless ``replace`` (``write_target.place``)."""
    folder = target.parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".part", dir=folder)
    except OSError as error:
        raise fail(error, folder) from None
    temporary = Path(name)
    try:
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.chmod(temporary, mode)
        except OSError as error:
            raise fail(error, folder) from None
        check(temporary)
        try:
            place(temporary, target, replace=replace)
        except (FileExistsError, IsADirectoryError):
            raise  # the caller names the target
        except OSError as error:
            raise fail(error, folder) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` last through a power cut (best effort; POSIX only)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def shared_mode() -> int:
    """The mode a new file gets from the user's umask, as any program's would."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask

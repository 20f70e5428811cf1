"""A long CSV export written by two processes, one half of the sessions each.

Writing ten years of segments as text is mostly Python's work, so on a machine with two
or more cores the command line forks once: the child writes the newer half of the
sessions into an unnamed temporary file beside the export, through a connection of its
own, while this process writes the older half; the child's text is then copied after
it. Nothing changes in what is written: the same rows in the same order.

It is used only where forking is safe and worth it: on Linux, in a process running one
thread (the command line, never the window), for exports of many sessions. If the
child fails for any reason, this process writes the second half itself, so an error in
the data is still reported the usual way, with one sentence.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.records import SessionRecord

# Below this many sessions one process is quick enough.
FORK_FROM_SESSIONS = 2000

Write = Callable[[HistoryRepository, IO[str], Sequence[SessionRecord], bool], int]


def worth_forking(sessions: int) -> bool:
    """Whether a second process would make this export quicker, and is safe here."""
    return (
        sys.platform.startswith("linux")
        and sessions >= FORK_FROM_SESSIONS
        and (os.cpu_count() or 1) >= 2
        and threading.active_count() == 1
    )


def write_in_two(
    history: HistoryRepository,
    db_file: str,
    out: IO[str],
    heads: Sequence[SessionRecord],
    write: Write,
    folder: Path,
) -> int:
    """Write heads to out with ``write(history, out, sessions, with_header)``, the newer
    half in a child process; returns how many sessions were written."""
    half = len(heads) // 2
    with tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=folder) as part:
        out.flush()  # nothing buffered is copied into the child
        child = os.fork()
        if child == 0:  # the child: write the newer half, then leave at once
            _child(db_file, part, heads[half:], write)
        try:
            count = write(history, out, heads[:half], True)
        except BaseException:
            os.kill(child, signal.SIGKILL)  # its half is of no use now
            os.waitpid(child, 0)
            raise
        _pid, status = os.waitpid(child, 0)
        if os.waitstatus_to_exitcode(status) == 0:
            part.seek(0)
            shutil.copyfileobj(part, out, 1 << 20)
            return count + len(heads) - half
    return count + write(history, out, heads[half:], False)


def _child(db_file: str, part: IO[str], heads: Sequence[SessionRecord], write: Write) -> None:
    status = 1
    try:
        uri = Path(db_file).absolute().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
        try:
            write(HistoryRepository(conn), part, heads, False)
            part.flush()
            status = 0
        finally:
            conn.close()
    except BaseException:  # the parent writes this half again, and reports what failed
        status = 1
    finally:
        os._exit(status)

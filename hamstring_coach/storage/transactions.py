"""The transactions the repositories run their statements in, and the errors they raise.

``writing`` is one write transaction (BEGIN IMMEDIATE, so two processes never both
write); ``reading`` is one read transaction, or the one already open. Either rolls back
whatever fails inside it, and words a SQLite error as one sentence naming the file
(DatabaseError, see ``errors``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from hamstring_coach.storage import errors


@contextmanager
def writing(conn: sqlite3.Connection, path: Path | str) -> Iterator[sqlite3.Connection]:
    """A write transaction, committed when the block ends and rolled back if it fails."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        rollback(conn)
        raise errors.from_sqlite(exc, path, "save") from exc
    except BaseException:
        rollback(conn)
        raise


@contextmanager
def reading(conn: sqlite3.Connection, path: Path | str) -> Iterator[sqlite3.Connection]:
    """A read transaction, so every query in the block sees the same file; inside one
    already open (a write, or an export's), the block joins it."""
    began = False
    try:
        if not conn.in_transaction:
            conn.execute("BEGIN")
            began = True
        yield conn
        if began:
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if began:
            rollback(conn)
        raise errors.from_sqlite(exc, path, "read") from exc
    except BaseException:
        if began:
            rollback(conn)
        raise


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if any."""
    # SQLite may already have rolled back on its own (disk full, I/O error), and an
    # export left unfinished may be let go of after its connection was closed.
    with suppress(sqlite3.Error):
        if conn.in_transaction:
            conn.execute("ROLLBACK")

"""Fixtures for the storage tests: real SQLite files in a temporary folder, no Qt."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord

from .._privs import run_python

UTC_PLUS_2 = timezone(timedelta(hours=2))
SegmentFactory = Callable[..., SegmentRecord]
SentenceCheck = Callable[[str, "Path | str"], None]
OpenUnprivileged = Callable[..., dict[str, object]]

_OPEN = """
import json, sys
from pathlib import Path
from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository
try:
    conn = open_database(Path(sys.argv[1]), readonly=sys.argv[2] == "readonly")
except DatabaseError as error:
    print(json.dumps({"refused": str(error)}))
else:
    try:
        print(json.dumps({"sessions": HistoryRepository(conn).export()}))
    finally:
        conn.close()
"""


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hamstring-coach.sqlite3"


@pytest.fixture
def conn(db_path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(db_path)
    yield connection
    connection.close()


@pytest.fixture
def repo(conn: sqlite3.Connection) -> HistoryRepository:
    return HistoryRepository(conn)


@pytest.fixture
def make_segment() -> SegmentFactory:
    """Build a SegmentRecord; start is an aware datetime, the rest have sensible defaults."""

    def build(
        position: int = 0,
        start: datetime = datetime(2026, 11, 25, 8, 0, tzinfo=UTC_PLUS_2),
        actual_s: float = 30.0,
        **changes: object,
    ) -> SegmentRecord:
        fields: dict[str, object] = {
            "position": position,
            "step_id": f"step-{position}",
            "kind": "hold",
            "side": "left",
            "rep": 1,
            "planned_s": 30.0,
            "actual_s": actual_s,
            "completed": True,
            "started_at": start,
            "ended_at": start + timedelta(seconds=actual_s),
        }
        fields.update(changes)
        return SegmentRecord(**fields)  # type: ignore[arg-type]

    return build


@pytest.fixture
def one_sentence() -> SentenceCheck:
    """Check a user-facing message: one line, one sentence, naming the file or folder."""

    def check(message: str, name: Path | str) -> None:
        assert str(name) in message
        assert "\n" not in message
        assert message.endswith(".")
        assert message.count(". ") == 0, message

    return check


@pytest.fixture
def open_unprivileged() -> OpenUnprivileged:
    """open_database in a process that file permissions apply to, even as root.

    Returns {"refused": the one sentence} or {"sessions": what export() gave}.
    """

    def run(path: Path, *, readonly: bool = False) -> dict[str, object]:
        done = run_python(_OPEN, path, "readonly" if readonly else "write")
        assert done.returncode == 0, done.stderr
        result: dict[str, object] = json.loads(done.stdout)
        return result

    return run

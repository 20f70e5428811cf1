"""Fixtures for the timer benchmarks: a real history file in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryRepository]:
    """A HistoryRepository on a fresh SQLite file, as the app opens it (WAL, full sync)."""
    connection = open_database(tmp_path / "hamstring-coach.sqlite3")
    yield HistoryRepository(connection)
    connection.close()

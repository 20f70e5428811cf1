"""Fixtures for the benchmarks: a real history file in a temporary folder, and a quick mode.

``make bench`` measures against the targets. ``make bench-check`` (run by CI) sets
HAMSTRING_COACH_BENCH_QUICK=1: every benchmark runs a small version of itself and checks
that what it measures is right, but does not judge the timing, which a busy CI machine
cannot promise. That keeps the benchmarks from breaking unseen between real runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.saving import Saving

QUICK = os.environ.get("HAMSTRING_COACH_BENCH_QUICK") == "1"


def on_target(ok: bool) -> bool:
    """Whether a timing target counts: always in a full run, never in the quick one."""
    return ok or QUICK


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryRepository]:
    """A HistoryRepository on a fresh SQLite file, as the app opens it (WAL, full sync)."""
    connection = open_database(tmp_path / "hamstring-coach.sqlite3")
    yield HistoryRepository(connection)
    connection.close()


def recorded(controller: SessionController, history: HistoryRepository) -> Saving:
    """Save the controller's sessions to history as the app does."""
    import time

    return Saving(SessionRecorder(history, time.monotonic), controller)

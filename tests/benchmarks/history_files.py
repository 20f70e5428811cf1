"""The generated histories the history benchmarks share: ten years and one week.

Each is made once per run by ``tests.generated_history`` in a data folder of its own.
In the quick form (``make bench-check``) "ten years" is a few hundred sessions, so that
every benchmark still runs its code on a real file without the minutes a real ten-year
file takes to make.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from hamstring_coach.storage.paths import AppPaths

from ..generated_history import TEN_YEARS_DAYS, TEN_YEARS_SESSIONS, generate
from .conftest import QUICK

LONG_SESSIONS, LONG_DAYS = (400, 80) if QUICK else (TEN_YEARS_SESSIONS, TEN_YEARS_DAYS)
WEEK_SESSIONS, WEEK_DAYS = 35, 7
MB = 1_000_000


@dataclass(frozen=True)
class HistoryFolder:
    """A data folder holding a generated history file."""

    paths: AppPaths
    sessions: int
    segments: int
    made_in_s: float

    @property
    def db(self) -> Path:
        return self.paths.db_path


def make_folder(
    folder: Path, sessions: int, days: int, *, layout: int | None = None
) -> HistoryFolder:
    folder.mkdir(mode=0o700, parents=True)
    paths = AppPaths(folder)
    began = time.perf_counter()
    made = generate(paths.db_path, sessions, days, layout=layout)
    took = time.perf_counter() - began
    return HistoryFolder(paths, made, made * SEGMENTS_PER_SESSION, took)


SEGMENTS_PER_SESSION = 54


@functools.cache
def _made(base: Path, name: str, sessions: int, days: int) -> HistoryFolder:
    """One folder per name and run, however many test modules ask for it."""
    folder = make_folder(base / name / "data", sessions, days)
    print(f"\n  generated {folder.sessions} sessions ({name}) in {folder.made_in_s:.1f} s")
    return folder


@pytest.fixture(scope="session")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> HistoryFolder:
    """Ten years in the current layout (generated once per run)."""
    return _made(tmp_path_factory.getbasetemp(), "ten-years", LONG_SESSIONS, LONG_DAYS)


@pytest.fixture(scope="session")
def one_week(tmp_path_factory: pytest.TempPathFactory) -> HistoryFolder:
    return _made(tmp_path_factory.getbasetemp(), "one-week", WEEK_SESSIONS, WEEK_DAYS)

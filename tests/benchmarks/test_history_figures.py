"""Ten years of history: the charts' figures, the exports, and upgrading a version 1 file.

- Calendar and adherence: what the history page reads when it opens on this month, on
  a fresh connection: the month's day tallies, the days for the streak, and the last
  four weeks' tallies added up as days with two stretching sessions and strengthening
  sessions per week. Target: under 100 ms (median of several runs).
- Pain over time (every day of ten years, and a year of single sessions): reported.
- CSV export of everything: under 5 s. JSON export of everything and its import into an
  empty data folder: under 30 s together; the import must reproduce every session.
- A ten-year file written in the first schema's layout (text times), opened by the app:
  upgraded and compacted; the result must hold every row and be at most 50 MB.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from hamstring_coach.core.adherence import current_streak, daily, weekly
from hamstring_coach.storage.database import Progress, open_database
from hamstring_coach.storage.exporting import export_json
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.importing import import_export

from ..generated_history import END
from .conftest import QUICK, on_target
from .history_files import (
    LONG_DAYS,
    LONG_SESSIONS,
    MB,
    SEGMENTS_PER_SESSION,
    HistoryFolder,
    make_folder,
    ten_years,
)

__all__ = ["ten_years"]  # the shared fixture

MAX_FIGURES_MS = 100.0
MAX_CSV_S = 5.0
MAX_ROUND_TRIP_S = 30.0
MAX_FILE_MB = 50
RUNS = 3 if QUICK else 11
STRETCHING = {"gentle-stretching"}
STRENGTH = {"strengthening"}


def _median_ms(runs: int, once: Callable[[], float]) -> tuple[float, list[float]]:
    once()
    times = [once() * 1000 for _ in range(runs)]
    return statistics.median(times), times


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def _load() -> str:
    """The machine's load over the last minute: others' work slows the wall clock."""
    return f"load {os.getloadavg()[0]:.1f}"


def test_calendar_and_adherence_figures(ten_years: HistoryFolder) -> None:
    today = END
    month = today.replace(day=1)
    four_weeks = today - timedelta(days=27)
    found: dict[str, object] = {}

    def once() -> float:
        with closing(open_database(ten_years.db, readonly=True)) as conn:
            figures = HistoryRepository(conn).figures()
            began = time.perf_counter()
            calendar = figures.day_tallies(month, today)
            streak = current_streak(figures.active_days(today), today)
            recent = figures.day_tallies(four_weeks, today)
            twice = daily(recent, STRETCHING, four_weeks, today)
            strength = weekly(recent, STRENGTH, four_weeks, today, first_weekday=1)
            took = time.perf_counter() - began
        found.update(calendar=calendar, streak=streak, twice=twice, strength=strength)
        return took

    median, _times = _median_ms(RUNS, once)
    ok = median <= MAX_FIGURES_MS
    print(
        f"\nBENCH calendar and adherence figures on {ten_years.sessions} sessions: "
        f"{median:.1f} ms, median of {RUNS} (target <= {MAX_FIGURES_MS:.0f} ms) "
        f"[{_verdict(ok)}]"
    )
    assert found["calendar"] and isinstance(found["streak"], int) and found["streak"] >= 1
    assert len(found["twice"]) == 28  # type: ignore[arg-type]
    assert on_target(ok)


def test_pain_over_time(ten_years: HistoryFolder) -> None:
    with closing(open_database(ten_years.db, readonly=True)) as conn:
        figures = HistoryRepository(conn).figures()
        began = time.perf_counter()
        days = figures.pain_by_day()
        by_day = time.perf_counter() - began
        began = time.perf_counter()
        points = figures.pain_points(END - timedelta(days=364), END)
        year = time.perf_counter() - began
    print(
        f"\nBENCH pain over time: {len(days)} days of means in {by_day * 1000:.0f} ms, "
        f"{len(points)} sessions of the last year in {year * 1000:.0f} ms"
    )
    assert days and points


def test_csv_export_of_everything(ten_years: HistoryFolder, tmp_path: Path) -> None:
    """As a person runs it: the whole ``export --format csv`` process, timed from start to
    exit (from the command line a long export is written by two processes)."""
    target = tmp_path / "everything.csv"
    argv = [sys.executable, "-m", "hamstring_coach", "--data-dir", str(ten_years.paths.data_dir)]
    argv += ["export", "--format", "csv", "--output", str(target)]
    env = {k: v for k, v in os.environ.items() if k != "HAMSTRING_COACH_DATA_DIR"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, env=env, timeout=600, check=False)
    took = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    ok = took <= MAX_CSV_S
    print(
        f"\nBENCH CSV export of {ten_years.sessions} sessions: {took:.1f} s (CPU {cpu:.1f} s "
        f"in all processes, {_load()}), {target.stat().st_size / MB:.0f} MB "
        f"(target <= {MAX_CSV_S:.0f} s) [{_verdict(ok)}]"
    )
    with target.open("rb") as written:
        rows = sum(1 for _ in written) - 1
    assert rows == ten_years.segments
    assert on_target(ok)


def test_json_export_and_import_round_trip(ten_years: HistoryFolder, tmp_path: Path) -> None:
    exported = tmp_path / "everything.json"
    other = make_folder(tmp_path / "other", 0, 1)
    cpu = time.process_time()
    with closing(open_database(ten_years.db, readonly=True)) as conn:
        began = time.perf_counter()
        count = export_json(HistoryRepository(conn), exported, None)
        export_s = time.perf_counter() - began
    with closing(open_database(other.db)) as conn:
        began = time.perf_counter()
        done = import_export(conn, exported)
        import_s = time.perf_counter() - began
        stored = conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0]
    cpu = time.process_time() - cpu
    total = export_s + import_s
    ok = total <= MAX_ROUND_TRIP_S
    print(
        f"\nBENCH JSON export and import of {count} sessions: {total:.1f} s (export "
        f"{export_s:.1f} s, {exported.stat().st_size / MB:.0f} MB; import {import_s:.1f} s; "
        f"CPU {cpu:.1f} s, {_load()}) (target <= {MAX_ROUND_TRIP_S:.0f} s) [{_verdict(ok)}]"
    )
    assert done.added == count == ten_years.sessions and stored == ten_years.segments
    assert on_target(ok)


@pytest.fixture(scope="module")
def version_1(tmp_path_factory: pytest.TempPathFactory) -> HistoryFolder:
    folder = tmp_path_factory.mktemp("version-1") / "data"
    made = make_folder(folder, LONG_SESSIONS, LONG_DAYS, layout=1)
    print(f"\n  generated {made.sessions} sessions in the first layout in {made.made_in_s:.1f} s")
    return made


def test_upgrading_a_version_1_file(version_1: HistoryFolder) -> None:
    before = version_1.db.stat().st_size
    notes: list[Progress] = []
    began = time.perf_counter()
    with closing(open_database(version_1.db, progress=notes.append)) as conn:
        took = time.perf_counter() - began
        sessions = HistoryRepository(conn).count_sessions()
        segments = conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0]
    after = version_1.db.stat().st_size
    ok = after <= MAX_FILE_MB * MB
    upgrade_notes = sum(1 for note in notes if note.stage == "upgrade")
    compact_notes = sum(1 for note in notes if note.stage == "compact")
    print(
        f"\nBENCH upgrading a version 1 file of {version_1.sessions} sessions: "
        f"{before / MB:.1f} MB to {after / MB:.1f} MB in {took:.1f} s "
        f"({upgrade_notes} progress notes while upgrading, {compact_notes} while compacting) "
        f"(target <= {MAX_FILE_MB} MB) [{_verdict(ok)}]"
    )
    assert (sessions, segments) == (version_1.sessions, version_1.sessions * SEGMENTS_PER_SESSION)
    assert upgrade_notes >= 2 and compact_notes >= 2
    assert on_target(ok)

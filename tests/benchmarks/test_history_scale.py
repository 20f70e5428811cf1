"""Ten years of history: the file's size, ``history`` on the command line, the page's rows.

Made by ``tests.generated_history``: 18,000 sessions and 972,000 segments over ten years,
and one week (35 sessions) beside it for the page's comparison. The command line is run
as a person runs it, ``python -m hamstring_coach`` in a child process, and timed from
start to exit. The page's first rows (a screenful, 30) are read through the repository
on a connection opened for each run (so SQLite's own cache is cold, as when the page
first opens), ten years and one week alternately, and the medians compared. The
figures, exports and the upgrade of a version 1 file are in test_history_figures.py.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository

from .conftest import QUICK, on_target
from .history_files import MB, HistoryFolder, one_week, ten_years

__all__ = ["one_week", "ten_years"]  # fixtures, shared with test_history_figures

MAX_FILE_MB = 50
MAX_HISTORY_S = 0.5
MAX_FIRST_ROWS_MS = 150.0
MAX_FIRST_ROWS_RATIO = 1.5
PAGE = 30  # a screenful at 1280x800; the one-week history holds 35 sessions
CLI_RUNS = 1 if QUICK else 5
PAGE_RUNS = 3 if QUICK else 21


def _cli(folder: HistoryFolder, *args: str) -> tuple[float, bytes]:
    took, _cpu, out = _cli_cpu(folder, *args)
    return took, out


def _cli_cpu(folder: HistoryFolder, *args: str) -> tuple[float, float, bytes]:
    """Wall time, the child's CPU time (user and system) and its output."""
    env = dict(os.environ)
    env.pop("HAMSTRING_COACH_DATA_DIR", None)
    argv = [sys.executable, "-m", "hamstring_coach", "--data-dir", str(folder.paths.data_dir)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run([*argv, *args], capture_output=True, env=env, timeout=600, check=False)
    took = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return took, cpu, done.stdout


def _median_s(runs: int, once: Callable[[], float]) -> tuple[float, list[float]]:
    once()  # warm-up: byte code, the file system's cache
    times = [once() for _ in range(runs)]
    return statistics.median(times), times


def test_file_size(ten_years: HistoryFolder) -> None:
    size = ten_years.db.stat().st_size
    verdict = "ok" if size <= MAX_FILE_MB * MB else "OVER TARGET"
    print(
        f"\nBENCH history file, {ten_years.sessions} sessions and {ten_years.segments} "
        f"segments: {size / MB:.1f} MB (target <= {MAX_FILE_MB} MB) [{verdict}]"
    )
    with closing(open_database(ten_years.db, readonly=True)) as conn:
        assert HistoryRepository(conn).count_sessions() == ten_years.sessions
        stored = conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0]
    assert stored == ten_years.segments
    assert on_target(size <= MAX_FILE_MB * MB)


def test_history_text(ten_years: HistoryFolder) -> None:
    lines: list[str] = []
    cpus: list[float] = []

    def once() -> float:
        took, cpu, out = _cli_cpu(ten_years, "history")
        lines[:] = out.decode().splitlines()
        cpus.append(cpu)
        return took

    median, times = _median_s(CLI_RUNS, once)
    verdict = "ok" if median <= MAX_HISTORY_S else "OVER TARGET"
    print(
        f"\nBENCH `history` on {ten_years.sessions} sessions: {median:.2f} s, median of "
        f"{CLI_RUNS} ({', '.join(f'{t:.2f}' for t in times)}; CPU "
        f"{statistics.median(cpus):.2f} s) (target <= {MAX_HISTORY_S} s) [{verdict}]"
    )
    assert len(lines) == 51 and lines[0][:4].isdigit()
    assert on_target(median <= MAX_HISTORY_S)


def test_history_json(ten_years: HistoryFolder, tmp_path: Path) -> None:
    took, out = _cli(ten_years, "history", "--json")
    print(
        f"\nBENCH `history --json` on {ten_years.sessions} sessions: {took:.1f} s, "
        f"{len(out) / MB:.0f} MB printed"
    )
    assert out.startswith(b"[") and out.rstrip().endswith(b"]")
    if QUICK:
        assert len(json.loads(out)) == ten_years.sessions


def _first_rows_s(folder: HistoryFolder) -> float:
    with closing(open_database(folder.db, readonly=True)) as conn:
        history = HistoryRepository(conn)
        began = time.perf_counter()
        rows = history.list_sessions(0, PAGE)
        took = time.perf_counter() - began
    assert len(rows) == min(PAGE, folder.sessions)
    assert rows[0].started_at >= rows[-1].started_at
    return took


def test_first_rows_of_the_page(ten_years: HistoryFolder, one_week: HistoryFolder) -> None:
    long_times: list[float] = []
    week_times: list[float] = []
    _first_rows_s(ten_years), _first_rows_s(one_week)  # warm-up
    for _ in range(PAGE_RUNS):
        long_times.append(_first_rows_s(ten_years))
        week_times.append(_first_rows_s(one_week))
    long_ms = statistics.median(long_times) * 1000
    week_ms = statistics.median(week_times) * 1000
    ratio = long_ms / week_ms
    ok = long_ms <= MAX_FIRST_ROWS_MS and ratio <= MAX_FIRST_ROWS_RATIO
    print(
        f"\nBENCH the page's first {PAGE} rows: ten years {long_ms:.1f} ms, one week "
        f"{week_ms:.1f} ms, ratio {ratio:.2f} (medians of {PAGE_RUNS}; targets <= "
        f"{MAX_FIRST_ROWS_MS:.0f} ms and <= {MAX_FIRST_ROWS_RATIO} x) "
        f"[{'ok' if ok else 'OVER TARGET'}]"
    )
    assert on_target(ok)

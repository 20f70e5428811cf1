"""Ctrl+C, SIGTERM and SIGHUP at any moment of start-up, and during a session.

Each try starts the real app (``python -m hamstring_coach start``), sends one signal at
a chosen moment of its start-up and checks that it ended cleanly: the status a shell
expects (128 + the signal before the window runs, 0 once the window has closed as
Ctrl+Q does), no traceback, no crash, and a data folder holding nothing half-made.

Ctrl+C is counted from the first moment the app's own code runs: the launcher's first
act is to take over the stop signals (it is the only code in the process that catches
SIGHUP, which /proc shows). Before that, the Python interpreter is still starting
(tens of milliseconds on a busy machine) and handles Ctrl+C its own way. SIGTERM and
SIGHUP, which the interpreter leaves alone, are counted from the process's start.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.storage.schema import SCHEMA_VERSION

from .cli_runner import Cli, Window
from .test_cli import FAST, ROUTINE, wait_for_open_session

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals, /proc"),
]

TRIES = 12  # moments of start-up per signal in `make test`; `make test-faults` tries more
SPREAD_S = 0.5
END_WAIT_S = 20.0
READY_WAIT_S = 20.0
# What a folder may hold after a stop during start-up: the history file (whole, or with
# its write-ahead log and index) and the lock file.
ALLOWED = {"hamstring-coach.sqlite3", "hamstring-coach.sqlite3-wal", "hamstring-coach.sqlite3-shm"}
ALLOWED |= {"hamstring-coach.lock", ".hamstring-coach.sqlite3.checked"}  # the clean close note


def catches(pid: int, signum: int) -> bool:
    """Whether process pid has a handler of its own for signum (from /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    for line in status.splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) & (1 << (signum - 1)))
    return False


def wait_for_app_code(window: Window) -> None:
    """Wait until the app's own first line has run (it catches SIGHUP from then on)."""
    deadline = time.monotonic() + READY_WAIT_S
    while not catches(window.proc.pid, signal.SIGHUP):
        if window.proc.poll() is not None:
            pytest.fail(f"the app ended before its code ran: {window.stderr()!r}")
        if time.monotonic() > deadline:
            pytest.fail("the app's code did not start")
        time.sleep(0.0005)


def moments(tries: int, seed: int) -> list[float]:
    """``tries`` moments spread evenly across SPREAD_S, each jittered within its slot."""
    rng = random.Random(seed)
    return [SPREAD_S * (i + rng.random()) / tries for i in range(tries)]


def ended_cleanly(window: Window, signum: int, at: float) -> int:
    try:
        status = window.proc.wait(timeout=END_WAIT_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"signal {signum} at {at:.3f} s: still running after {END_WAIT_S} s")
    stderr = window.stderr()
    what = f"signal {signum} at {at:.3f} s: exit {status}, stderr {stderr!r}"
    assert status in (0, 128 + signum, -signum), what
    for bad in ("Traceback", "Fatal", "Error", "error:"):
        assert bad not in stderr, what
    return status


def check_folder(folder: Path, what: str) -> None:
    """Nothing half-made: only whole files of the app, a history file that is whole and
    up to date, and no session left open."""
    if not folder.exists():
        return
    names = {path.name for path in folder.iterdir()}
    assert names <= ALLOWED, f"{what}: {sorted(names - ALLOWED)}"
    db = AppPaths(folder).db_path
    if not db.exists():
        return
    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], what
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION, what
        statuses = [row[0] for row in conn.execute("SELECT status FROM sessions")]
    assert all(status == "stopped" for status in statuses), f"{what}: {statuses}"


def stop_during_start_up(
    cli: Cli, tmp_path: Path, signum: int, tries: int, *, from_app_code: bool
) -> dict[int, int]:
    """Send signum once in each of ``tries`` runs; return how often each status came."""
    seen: dict[int, int] = {}
    for number, at in enumerate(moments(tries, seed=signum)):
        folder = tmp_path / f"data-{number}"
        window = cli.spawn("--data-dir", str(folder), "start", ROUTINE, *FAST)
        if from_app_code:
            wait_for_app_code(window)
        time.sleep(at)
        window.proc.send_signal(signum)
        status = ended_cleanly(window, signum, at)
        check_folder(folder, f"signal {signum} at {at:.3f} s")
        seen[status] = seen.get(status, 0) + 1
    return seen


def test_ctrl_c_at_any_moment_of_start_up_ends_cleanly(cli: Cli, tmp_path: Path) -> None:
    seen = stop_during_start_up(cli, tmp_path, signal.SIGINT, TRIES, from_app_code=True)
    assert set(seen) <= {0, 130}, seen


def test_sigterm_at_any_moment_of_start_up_leaves_nothing_half_made(
    cli: Cli, tmp_path: Path
) -> None:
    seen = stop_during_start_up(cli, tmp_path, signal.SIGTERM, TRIES // 2, from_app_code=False)
    assert set(seen) <= {0, 143, -signal.SIGTERM}, seen


def test_sigterm_as_the_history_file_is_made_leaves_it_whole(cli: Cli, tmp_path: Path) -> None:
    for number in range(5):
        folder = tmp_path / f"data-{number}"
        db = AppPaths(folder).db_path
        window = cli.spawn("--data-dir", str(folder), "start", ROUTINE, *FAST)
        deadline = time.monotonic() + READY_WAIT_S
        while not db.exists():
            assert window.proc.poll() is None, window.stderr()
            assert time.monotonic() < deadline, "the history file was never made"
            time.sleep(0.0002)
        window.proc.send_signal(signal.SIGTERM)
        ended_cleanly(window, signal.SIGTERM, 0.0)
        check_folder(folder, f"SIGTERM as {db.name} appeared")


def test_sighup_at_any_moment_of_start_up_ends_cleanly(cli: Cli, tmp_path: Path) -> None:
    seen = stop_during_start_up(cli, tmp_path, signal.SIGHUP, TRIES // 2, from_app_code=False)
    assert set(seen) <= {0, 129, -signal.SIGHUP}, seen


def test_sighup_mid_session_records_it_as_stopped(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    window = cli.spawn("--data-dir", str(folder), "start", ROUTINE, *FAST)
    wait_for_open_session(window, folder, min_segments=1)
    window.proc.send_signal(signal.SIGHUP)
    assert ended_cleanly(window, signal.SIGHUP, 0.0) == 0
    (session,) = cli.history(folder)
    assert session["status"] == "stopped"
    assert session["segments"], session


def test_a_session_prints_nothing_of_the_offscreen_platforms_size_hints(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    window = cli.spawn("--data-dir", str(folder), "start", ROUTINE, *FAST)
    wait_for_open_session(window, folder, min_segments=3)
    assert window.terminate_and_wait() == 0
    assert "propagateSizeHints" not in window.stderr()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_mid_session_is_acted_on_once(cli: Cli, tmp_path: Path, signum: int) -> None:
    folder = tmp_path / "data"
    window = cli.spawn("--data-dir", str(folder), "start", ROUTINE, *FAST)
    wait_for_open_session(window, folder, min_segments=2)
    window.proc.send_signal(signum)
    window.proc.send_signal(signum)
    assert ended_cleanly(window, signum, 0.0) == 0
    (session,) = cli.history(folder)
    assert session["status"] == "stopped"

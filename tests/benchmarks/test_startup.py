"""Start-up time and peak memory of the app, against a bare PySide6 window.

Each window is started as a fresh child process (offscreen) by ``first_paint.py``, which
reports the moment of the window's first paint and the peak resident memory at that
moment. Start-up time is that moment minus the parent's ``time.monotonic()`` just before
starting the child (both read the system-wide CLOCK_MONOTONIC), so it covers the
interpreter's start, every import, the database and routines, and the first frame.
The app and the bare window run alternately, after one unmeasured warm-up each, and the
medians are compared.

Byte code: an installed app has its modules compiled (pip does it on install), so the
children may write and read byte code even where PYTHONDONTWRITEBYTECODE is set; it goes
to a temporary PYTHONPYCACHEPREFIX folder, filled by the warm-up runs, never into the
source tree.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import QUICK, on_target

LAUNCHER = Path(__file__).with_name("first_paint.py")
RUNS = 1 if QUICK else 15
TARGET_RATIO = 1.3
CHILD_TIMEOUT_S = 60


@dataclass(frozen=True)
class Start:
    seconds: float  # process start to first paint
    page_seconds: float  # process start to the start page painted (the app's second step)
    cpu_s: float  # CPU time the child used until then (user + system)
    peak_kib: int  # VmHWM at first paint


@dataclass(frozen=True)
class Starts:
    app: list[Start]
    bare: list[Start]


def _child_env(pycache: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _start_once(mode: str, env: dict[str, str]) -> Start:
    with tempfile.TemporaryDirectory(prefix="hc-bench-") as tmp:
        args = [sys.executable, str(LAUNCHER), mode]
        if mode == "app":
            args.append(str(Path(tmp) / "data"))  # a fresh folder: the app creates it
        before = time.monotonic()
        done = subprocess.run(
            args, capture_output=True, text=True, env=env, timeout=CHILD_TIMEOUT_S, check=False
        )
    if done.returncode != 0 or not done.stdout.strip():
        pytest.fail(
            f"{mode} window exited with status {done.returncode}:\n{done.stderr}", pytrace=False
        )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return Start(
        report["paint_monotonic"] - before,
        report["page_monotonic"] - before,
        report["cpu_s"],
        int(report["vmhwm_kib"]),
    )


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> Starts:
    env = _child_env(tmp_path_factory.mktemp("pycache"))
    _start_once("bare", env)  # warm-up: byte code, the file system cache
    _start_once("app", env)
    app: list[Start] = []
    bare: list[Start] = []
    for _ in range(RUNS):
        bare.append(_start_once("bare", env))
        app.append(_start_once("app", env))
    return Starts(app, bare)


def _line(what: str, app: float, bare: float, unit: str, ratio: float) -> str:
    verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
    return (
        f"\nBENCH {what}: app {app:.1f} {unit}, bare window {bare:.1f} {unit}, "
        f"ratio {ratio:.2f} (target <= {TARGET_RATIO}) [{verdict}]"
    )


def test_startup_time(starts: Starts) -> None:
    app_ms = statistics.median(s.seconds for s in starts.app) * 1000
    bare_ms = statistics.median(s.seconds for s in starts.bare) * 1000
    ratio = app_ms / bare_ms
    print(_line(f"start-up to first paint (median of {RUNS})", app_ms, bare_ms, "ms", ratio))
    print(f"  app runs (ms):  {', '.join(f'{s.seconds * 1000:.0f}' for s in starts.app)}")
    print(f"  bare runs (ms): {', '.join(f'{s.seconds * 1000:.0f}' for s in starts.bare)}")
    # CPU time is steadier than wall time on a busy machine; it is reported, not judged.
    app_cpu = statistics.median(s.cpu_s for s in starts.app) * 1000
    bare_cpu = statistics.median(s.cpu_s for s in starts.bare) * 1000
    print(
        f"  CPU time to first paint (median): app {app_cpu:.0f} ms, "
        f"bare window {bare_cpu:.0f} ms, ratio {app_cpu / bare_cpu:.2f}"
    )
    # The app's first frame is its window's frame (title, tabs, theme); its start page
    # is put in just after. When that page is painted is reported too, not judged.
    page_ms = statistics.median(s.page_seconds for s in starts.app) * 1000
    print(
        f"  start page painted (median): app {page_ms:.0f} ms, "
        f"{page_ms / bare_ms:.2f} x the bare window's first paint"
    )
    assert on_target(ratio <= TARGET_RATIO), f"start-up takes {ratio:.2f} times the bare window's"


def test_startup_peak_memory(starts: Starts) -> None:
    app_mib = statistics.median(s.peak_kib for s in starts.app) / 1024
    bare_mib = statistics.median(s.peak_kib for s in starts.bare) / 1024
    ratio = app_mib / bare_mib
    print(_line(f"peak memory at first paint (median of {RUNS})", app_mib, bare_mib, "MiB", ratio))
    assert on_target(ratio <= TARGET_RATIO), f"peak memory is {ratio:.2f} times the bare window's"

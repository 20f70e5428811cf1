"""The real app, started as a person would, runs gentle stretching hands-free to the end."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

TIME_SCALE = 20
# 13.25 minutes of routine at 20x is about 40 s; leave room for a slow machine.
FINISH_WITHIN_S = 120


def app_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data_dir), *args]


def history(data_dir: Path) -> list[dict]:
    done = subprocess.run(
        app_command(data_dir, "history", "--json"),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    result: list[dict] = json.loads(done.stdout)
    return result


def test_gentle_stretching_runs_hands_free_and_is_recorded(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launched = datetime.now(UTC)
    app = subprocess.Popen(
        app_command(data_dir, "--time-scale", str(TIME_SCALE), "start", "gentle-stretching"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + FINISH_WITHIN_S
        sessions: list[dict] = []
        while time.monotonic() < deadline and app.poll() is None:
            if (data_dir / "hamstring-coach.sqlite3").exists():
                sessions = history(data_dir)
                if sessions and sessions[0]["status"] is not None:
                    break
            time.sleep(0.5)
        seen_done = datetime.now(UTC)
        assert app.poll() is None, app.communicate()
        assert sessions and sessions[0]["status"] == "completed", sessions
        app.send_signal(signal.SIGTERM)  # quit, as Ctrl+Q would
        _out, err = app.communicate(timeout=30)
        assert app.returncode == 0, err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()

    (session,) = history(data_dir)
    assert session["routine_id"] == "gentle-stretching"
    assert session["status"] == "completed"
    assert session["started_at"] and session["ended_at"]
    segments = session["segments"]
    holds = {(s["step_id"], s["side"], s["rep"]) for s in segments if s["kind"] == "hold"}
    expected = {
        (step, side, rep)
        for step in ("seated-stretch", "lying-strap-stretch", "standing-stretch")
        for side in ("left", "right")
        for rep in (1, 2, 3)
    }
    assert holds == expected
    for segment in segments:
        assert segment["completed"] is True
        assert segment["actual_s"] == pytest.approx(segment["planned_s"], rel=0.02)
    # Recorded in the routine's own seconds, not the sped-up real ones ...
    assert sum(s["actual_s"] for s in segments if s["kind"] == "hold") == pytest.approx(540, 0.02)
    # ... while the real time it took is the routine's divided by the time scale, by the
    # app's record and by this test's own watch, which it cannot have beaten.
    started = datetime.fromisoformat(session["started_at"])
    ended = datetime.fromisoformat(session["ended_at"])
    total = sum(s["planned_s"] for s in segments)
    assert (ended - started).total_seconds() == pytest.approx(total / TIME_SCALE, rel=0.05)
    assert launched <= started and ended <= seen_done
    watched = (seen_done - launched).total_seconds()
    assert total / TIME_SCALE <= watched <= total / TIME_SCALE + 30
    # Every segment starts where the one before it ended, in real time too.
    for before, after in itertools.pairwise(segments):
        gap = datetime.fromisoformat(after["started_at"]) - datetime.fromisoformat(
            before["ended_at"]
        )
        assert abs(gap.total_seconds()) < 0.01

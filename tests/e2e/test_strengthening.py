"""The real app, started as a person would, runs strengthening hands-free to the end:
paced sets with rests, one exercise on each leg, every set recorded in full."""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

TIME_SCALE = 40
# About 15 minutes of routine at 40x is under 25 s; leave room for a slow machine.
FINISH_WITHIN_S = 120
# (step, side, sets, seconds a set): 10 bridges at 2 s up and 2 s down, 8 curls a leg
# at 2 s up and 3 s down, 8 deadlifts at 2 s and 2 s.
SETS = [
    ("bridges", None, 3, 40),
    ("hamstring-curls", "left", 3, 40),
    ("hamstring-curls", "right", 3, 40),
    ("modified-deadlifts", None, 3, 32),
]


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


def test_strengthening_runs_hands_free_and_every_set_is_recorded(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        app_command(data_dir, "--time-scale", str(TIME_SCALE), "start", "strengthening"),
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
        assert app.poll() is None, app.communicate()
        assert sessions and sessions[0]["status"] == "completed", sessions
        app.send_signal(signal.SIGTERM)  # quit, as Ctrl+Q would
        _out, err = app.communicate(timeout=30)
        assert app.returncode == 0, err
        assert "Traceback" not in err, err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()

    (session,) = history(data_dir)
    assert (session["routine_id"], session["status"]) == ("strengthening", "completed")
    segments = session["segments"]
    sets = [s for s in segments if s["kind"] == "reps"]
    assert [(s["step_id"], s["side"], s["rep"], s["planned_s"]) for s in sets] == [
        (step, side, n, seconds) for step, side, count, seconds in SETS for n in range(1, count + 1)
    ]
    rests = [s for s in segments if s["kind"] == "rest"]
    assert len(rests) == sum(count - 1 for _, _, count, _ in SETS)
    assert all(s["planned_s"] == 45 for s in rests)
    assert [s["kind"] for s in segments].count("switch") == 1
    for segment in segments:
        assert segment["completed"] is True
        assert segment["actual_s"] == pytest.approx(segment["planned_s"], rel=0.02)
    # Recorded in the routine's own seconds, each segment starting where the last ended.
    started = datetime.fromisoformat(session["started_at"])
    ended = datetime.fromisoformat(session["ended_at"])
    total = sum(s["planned_s"] for s in segments)
    assert (ended - started).total_seconds() == pytest.approx(total / TIME_SCALE, rel=0.05)
    for before, after in itertools.pairwise(segments):
        gap = datetime.fromisoformat(after["started_at"]) - datetime.fromisoformat(
            before["ended_at"]
        )
        assert abs(gap.total_seconds()) < 0.01

"""Settings stored in the history file shape a session started from the command line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.settings import SettingsRepository

pytestmark = pytest.mark.e2e

TIME_SCALE = 100
FINISH_WITHIN_S = 60


def app_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data_dir), *args]


def sessions(data_dir: Path) -> list[dict]:
    done = subprocess.run(
        app_command(data_dir, "history", "--json"),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    result: list[dict] = json.loads(done.stdout)
    return result


def test_a_sore_right_leg_stretched_alone_with_shorter_holds(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    chosen = Settings(hold_s=20, repetitions=2, rest_s=5, sore_leg="right", sore_side_only=True)
    with closing(open_database(data_dir / "hamstring-coach.sqlite3")) as conn:
        SettingsRepository(conn).save(chosen)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        app_command(data_dir, "--time-scale", str(TIME_SCALE), "start", "gentle-stretching"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + FINISH_WITHIN_S
        found: list[dict] = []
        while time.monotonic() < deadline and app.poll() is None:
            found = sessions(data_dir)
            if found and found[0]["status"] is not None:
                break
            time.sleep(0.3)
        assert app.poll() is None, app.communicate()
        assert found and found[0]["status"] == "completed", found
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
        assert app.returncode == 0, err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()

    (session,) = sessions(data_dir)
    segments = session["segments"]
    holds = [(s["step_id"], s["side"], s["rep"], s["planned_s"]) for s in segments
             if s["kind"] == "hold"]  # fmt: skip
    steps = ("seated-stretch", "lying-strap-stretch", "standing-stretch")
    assert holds == [(step, "right", rep, 20) for step in steps for rep in (1, 2)]
    assert {s["planned_s"] for s in segments if s["kind"] == "rest"} == {5}
    assert not [s for s in segments if s["kind"] == "switch" or s["side"] == "left"]
    # The settings were read, not changed.
    with closing(open_database(data_dir / "hamstring-coach.sqlite3", readonly=True)) as conn:
        assert SettingsRepository(conn).load() == chosen

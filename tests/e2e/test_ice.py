"""The real app, on a real (virtual) X screen, runs an ice application from the command
line: the checklist is passed by a key press, the 20 minutes count down at --time-scale,
and the history holds a checklist and a 1200 s application, completed.

Keys can only reach a real window, so this runs the app on Xvfb and presses Space with
xdotool (both Debian packages that ``make sysdeps`` installs).
"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest

from ..running_app import (
    app_command,
    history,
    needs_xvfb,
    screen_env,
    shown_windows,
    wait_for,
    xdotool,
)

pytestmark = [pytest.mark.e2e, needs_xvfb]

TIME_SCALE = 100  # 20 minutes of ice in 12 s
FINISH_WITHIN_S = 90


def test_start_ice_passes_the_checklist_by_key_and_records_1200_s(
    tmp_path: Path, display: str
) -> None:
    data_dir = tmp_path / "data"
    env = screen_env(display)
    app = subprocess.Popen(
        app_command(data_dir, "--time-scale", str(TIME_SCALE), "start", "ice"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = wait_for("the window", lambda: shown_windows(display))[0]

        def checklist_waiting() -> bool:
            if not (data_dir / "hamstring-coach.sqlite3").exists():
                return False
            sessions = history(data_dir)
            return bool(sessions) and sessions[0]["status"] is None

        wait_for("the session to open", checklist_waiting)
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "--clearmodifiers", "space")

        def finished() -> dict | None:
            sessions = history(data_dir)
            return sessions[0] if sessions and sessions[0]["status"] is not None else None

        session = wait_for("the application to end", finished, within=FINISH_WITHIN_S)
        assert app.poll() is None, app.communicate()
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
        assert app.returncode == 0, err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()

    assert session["routine_id"] == "ice"
    assert session["status"] == "completed"
    segments = {s["kind"]: s for s in session["segments"]}
    assert segments["checklist"]["step_id"] == "rice-checklist"
    assert segments["checklist"]["completed"] is True
    timed = segments["timed"]
    assert timed["step_id"] == "ice-application"
    assert timed["planned_s"] == 1200
    assert timed["actual_s"] == pytest.approx(1200, abs=1e-6)
    assert timed["completed"] is True

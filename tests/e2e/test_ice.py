"""The real app, on a real (virtual) X screen, runs an ice application from the command
line: the checklist is passed by a key press, the 20 minutes count down at --time-scale,
and the history holds a checklist and a 1200 s application, completed.

Keys can only reach a real window, so this runs the app on Xvfb and presses Space with
xdotool (both Debian packages that ``make sysdeps`` installs).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not sys.platform.startswith("linux")
        or not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool (make sysdeps installs them)",
    ),
]

TIME_SCALE = 100  # 20 minutes of ice in 12 s
FINISH_WITHIN_S = 90
TITLE = "Hamstring Coach"


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A private X screen; Xvfb picks a free display number and listens on no IP port."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


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


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def wait_for(what: str, check, within: float = 30.0):
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def test_start_ice_passes_the_checklist_by_key_and_records_1200_s(
    tmp_path: Path, display: str
) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen(
        app_command(data_dir, "--time-scale", str(TIME_SCALE), "start", "ice"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = wait_for(
            "the window", lambda: xdotool(env, "search", "--onlyvisible", "--name", TITLE)
        ).split()[0]

        def checklist_waiting() -> bool:
            if not (data_dir / "hamstring-coach.sqlite3").exists():
                return False
            sessions = history(data_dir)
            return bool(sessions) and sessions[0]["status"] is None

        wait_for("the session to open", checklist_waiting)
        xdotool(env, "windowfocus", "--sync", window)
        xdotool(env, "key", "--clearmodifiers", "space")

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

"""A stop signal ends the app even while it shows why it cannot start.

With a screen, a refusal to start (here: the data folder is a file) is also shown in a
dialog. SIGTERM (a logout), SIGHUP (a closed terminal) or Ctrl+C must close it and end
the app, not wait for someone to click. The app runs on a private Xvfb screen.
"""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..running_app import app_command, needs_xvfb, screen_env, shown_windows, xvfb_display

pytestmark = [pytest.mark.e2e, needs_xvfb]

WAIT_S = 30.0
END_WAIT_S = 10.0


@pytest.fixture
def display() -> Iterator[str]:
    """A small private X screen (1024x600)."""
    with xvfb_display("1024x600x24") as number:
        yield number


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_stop_signal_closes_the_dialog_that_says_why_the_app_cannot_start(
    tmp_path: Path, display: str, signum: int
) -> None:
    folder = tmp_path / "data"
    folder.write_text("not a folder")
    env = {**screen_env(display), "HOME": str(tmp_path)}
    err = tmp_path / "stderr"
    with err.open("w") as stderr:
        app = subprocess.Popen(
            app_command(folder),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            deadline = time.monotonic() + WAIT_S
            while not shown_windows(display):
                assert app.poll() is None, err.read_text()
                assert time.monotonic() < deadline, "the dialog never showed"
                time.sleep(0.1)
            app.send_signal(signum)
            status = app.wait(timeout=END_WAIT_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the dialog kept the app running {END_WAIT_S} s after signal {signum}")
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    text = err.read_text()
    assert status in (2, 128 + signum), text
    assert "Traceback" not in text
    assert "is a file, not a folder" in text
    assert folder.read_text() == "not a folder"

"""The real app in a child process, started as a person starts it, and the screen it runs on.

- :func:`app_command` is the command line of ``python -m hamstring_coach`` on a data folder;
  :func:`history` reads that folder's ``history --json``.
- :func:`run_until_recorded` starts a routine, waits until the history holds it as ended,
  and quits the app as Ctrl+Q would (SIGTERM); it hands back the session as recorded.
- :func:`xvfb_display` is a private X screen (the ``display`` fixture in tests/conftest.py);
  :func:`screen_env` runs the app on it, :func:`xdotool` and :func:`shown_windows` find
  and drive its windows, :func:`wait_for` waits for what the app shows or writes.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest

from hamstring_coach.storage.paths import ENV_DATA_DIR

TITLE = "Hamstring Coach"
COMMAND_TIMEOUT_S = 30.0  # a command that ends by itself (history --json), or the quit
DB_NAME = "hamstring-coach.sqlite3"
T = TypeVar("T")

needs_xvfb = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (make sysdeps installs them)",
)


def app_command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data_dir), *args]


def history(data_dir: Path) -> list[dict[str, Any]]:
    """What ``history --json`` prints for data_dir, newest session first."""
    done = subprocess.run(
        app_command(data_dir, "history", "--json"),
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT_S,
        check=True,
    )
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result


@dataclass(frozen=True)
class Recorded:
    """A session the app ran to its end, read after the app quit."""

    session: dict[str, Any]
    seen_done: datetime  # when the history first showed it ended (UTC)
    stderr: str  # everything the app wrote to stderr


def run_until_recorded(
    command: list[str],
    data_dir: Path,
    *,
    within_s: float,
    env: Mapping[str, str] | None = None,
    read: Callable[[], list[dict[str, Any]]] | None = None,
    poll_s: float = 0.5,
) -> Recorded:
    """Run ``command`` (which starts a routine) until the history holds the session as
    completed, then quit it by SIGTERM as Ctrl+Q would and check it exits with 0.

    ``read`` reads the history (by default :func:`history` of data_dir); ``env`` is the
    app's environment (by default this one, offscreen). The app is killed if anything
    fails; the history must then hold exactly that one session.
    """
    read_history = read or (lambda: history(data_dir))
    app = subprocess.Popen(
        command,
        env=dict(env) if env is not None else {**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + within_s
        sessions: list[dict[str, Any]] = []
        while time.monotonic() < deadline and app.poll() is None:
            if (data_dir / DB_NAME).exists():
                sessions = read_history()
                if sessions and sessions[0]["status"] is not None:
                    break
            time.sleep(poll_s)
        seen_done = datetime.now(UTC)
        assert app.poll() is None, app.communicate()
        assert sessions and sessions[0]["status"] == "completed", sessions
        app.send_signal(signal.SIGTERM)  # quit, as Ctrl+Q would
        _out, err = app.communicate(timeout=COMMAND_TIMEOUT_S)
        assert app.returncode == 0, err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    (session,) = read_history()
    return Recorded(session, seen_done, err)


@contextmanager
def xvfb_display(screen: str = "1280x800x24") -> Iterator[str]:
    """A private X screen that answers; Xvfb picks a free display number and listens on no
    IP port. Other test runs on the machine start screens at the same moment, and a screen
    that lost the race for its number does not answer: it is started again."""
    for _attempt in range(3):
        server, name = _start_xvfb(screen)
        if name and xdotool(name, "getdisplaygeometry"):
            break
        _stop(server)
    else:
        raise AssertionError("Xvfb did not start a screen that answers")
    try:
        yield name
    finally:
        _stop(server)


def _start_xvfb(screen: str) -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}" if number.isdigit() else ""


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(timeout=10)


def screen_env(display: str) -> dict[str, str]:
    """This environment, with the app drawn on display through X (not Wayland, not
    offscreen) and no data folder but the one its command line names."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    env.pop("WAYLAND_DISPLAY", None)
    env.pop(ENV_DATA_DIR, None)
    return env


def wait_for(what: str, check: Callable[[], T | None], within: float = 30.0) -> T:
    """Poll the child process's world (files, windows) until check() gives something."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def xdotool(display: str, *args: str) -> str:
    """Run xdotool on display; what it printed, or "" when it failed (found nothing)."""
    done = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT_S,
        check=False,
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def shown_windows(display: str) -> list[str]:
    """The ids of the app's visible windows on display."""
    return xdotool(display, "search", "--onlyvisible", "--name", TITLE).split()

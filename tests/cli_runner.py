"""The command line run as a person runs it: ``python -m hamstring_coach`` in a child process.

:class:`Cli` runs one command (or starts the window in the background) with
``QT_QPA_PLATFORM=offscreen`` and a private temporary home, and stops every window it
started when the test ends; :func:`check_history_shape` checks what ``history --json``
prints. The ``cli`` fixture in tests/conftest.py hands a test its own runner.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import pytest

from hamstring_coach.core.timeline import SEGMENT_KINDS
from hamstring_coach.storage.paths import ENV_DATA_DIR

CLI_TIMEOUT_S = 30.0  # a single command that should end by itself
EXIT_WAIT_S = 10.0  # how long a signalled window may take to close
CLEANUP_WAIT_S = 3.0  # after a failed test: how long to wait before SIGKILL

KINDS = set(SEGMENT_KINDS)
STATUSES = {"completed", "stopped", "sharp-pain", "interrupted"}
SESSION_KEYS = {"id", "routine_id", "started_at", "ended_at", "status", "pain_after", "segments"}
SEGMENT_KEYS = {"step_id", "kind", "side", "rep", "planned_s", "actual_s", "completed"}


@dataclass
class Window:
    """A running app started in the background, its output going to files."""

    proc: subprocess.Popen[str]
    out: Path
    err: Path
    files: tuple[IO[str], IO[str]]

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")

    def terminate_and_wait(self, timeout: float = EXIT_WAIT_S) -> int:
        """SIGTERM, as a session manager or Ctrl+C sends it; the exit status."""
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the app was still running {timeout} s after SIGTERM")

    def close_files(self) -> None:
        for handle in self.files:
            handle.close()


@dataclass
class Cli:
    """Runs ``python -m hamstring_coach`` with a clean environment in a temporary home."""

    home: Path
    windows: list[Window] = field(default_factory=list)

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if key != ENV_DATA_DIR}
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.default_data_home),
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_CACHE_HOME=str(self.home / "cache"),
        )
        env.update(extra or {})
        return env

    @property
    def default_data_home(self) -> Path:
        return self.home / "data-home"

    def run(
        self,
        *args: str,
        env: Mapping[str, str] | None = None,
        timeout: float = CLI_TIMEOUT_S,
        command: list[str] | None = None,
        cwd: Path | None = None,
    ) -> subprocess.CompletedProcess[str]:
        argv = (command or [sys.executable, "-m", "hamstring_coach"]) + list(args)
        try:
            return subprocess.run(
                argv,
                cwd=cwd,
                env=self.env(env),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as expired:
            pytest.fail(f"{' '.join(args)!r} did not end within {timeout} s: {expired.stderr!r}")

    def spawn(self, *args: str, env: Mapping[str, str] | None = None, umask: int = -1) -> Window:
        number = len(self.windows)
        out_path = self.home / f"window-{number}.out"
        err_path = self.home / f"window-{number}.err"
        out = out_path.open("w", encoding="utf-8")
        err = err_path.open("w", encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "hamstring_coach", *args],
            env=self.env(env),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            text=True,
            umask=umask,
        )
        window = Window(proc, out_path, err_path, (out, err))
        self.windows.append(window)
        return window

    def history(self, data_dir: Path) -> list[dict[str, Any]]:
        result = self.run("--data-dir", str(data_dir), "history", "--json")
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        return check_history_shape(json.loads(result.stdout))

    def cleanup(self) -> None:
        for window in self.windows:
            if window.proc.poll() is None:
                window.proc.send_signal(signal.SIGTERM)
                try:
                    window.proc.wait(timeout=CLEANUP_WAIT_S)
                except subprocess.TimeoutExpired:
                    window.proc.kill()
                    window.proc.wait(timeout=EXIT_WAIT_S)
            window.close_files()


def parse_time(text: object) -> datetime:
    assert isinstance(text, str), text
    moment = datetime.fromisoformat(text)
    assert moment.tzinfo is not None and moment.utcoffset() is not None, text
    return moment


def check_history_shape(data: object) -> list[dict[str, Any]]:
    """Check the documented shape of ``history --json`` and return it."""
    assert isinstance(data, list), data
    for session in data:
        assert isinstance(session, dict), session
        assert session.keys() >= SESSION_KEYS, session.keys()
        assert isinstance(session["id"], int)
        assert isinstance(session["routine_id"], str)
        started = parse_time(session["started_at"])
        if session["ended_at"] is not None:
            assert parse_time(session["ended_at"]) >= started, session
        assert session["status"] is None or session["status"] in STATUSES, session
        pain = session["pain_after"]
        assert pain is None or (isinstance(pain, int) and 0 <= pain <= 10), pain
        assert isinstance(session["segments"], list)
        for segment in session["segments"]:
            assert segment.keys() >= SEGMENT_KEYS, segment.keys()
            assert isinstance(segment["step_id"], str) and segment["step_id"]
            assert segment["kind"] in KINDS, segment
            assert segment["side"] in (None, "left", "right"), segment
            assert segment["rep"] is None or segment["rep"] >= 1, segment
            planned = segment["planned_s"]
            assert planned is None or (isinstance(planned, int | float) and planned > 0)
            assert isinstance(segment["actual_s"], int | float) and segment["actual_s"] >= 0
            assert isinstance(segment["completed"], bool), segment
    return data

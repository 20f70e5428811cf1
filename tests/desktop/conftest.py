"""A private D-Bus session bus per test, and a stand-in desktop on it.

The bus is a real ``dbus-daemon`` with its own configuration in a temporary folder, so
the tests never reach the desktop of whoever runs them (``make sysdeps`` installs
dbus-daemon). ``fake_desktop`` owns the services' names on it and records the calls.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

FAKE_DESKTOP = Path(__file__).with_name("fake_desktop.py")

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
START_TIMEOUT_S = 10.0

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="D-Bus desktop services are Linux's"
)
_names = itertools.count(1)


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private session bus: its address, for the app's connection and the fake's."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.fail("dbus-daemon is missing: run 'make sysdeps' (Debian package dbus-daemon)")
    # A short folder: a Unix socket's path has to fit in about 100 bytes.
    folder = Path(tempfile.mkdtemp(prefix="hc-bus-"))
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
    proc = subprocess.Popen(
        [daemon, f"--config-file={config}", "--print-address=1", "--nofork"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        assert address.startswith("unix:"), f"dbus-daemon gave no address: {address!r}"
        yield address
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=START_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class Call:
    service: str
    member: str
    signature: str
    args: tuple[Any, ...]
    sender: str
    result: tuple[Any, ...]


@dataclass
class DesktopProcess:
    """The stand-in desktop running in its own process, seen from the test.

    A thread reads its events; ``calls``, ``held`` and ``notes`` are what it has said so
    far. Wait for them with ``qtbot.waitUntil``.
    """

    proc: subprocess.Popen[str]
    events: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._reader = threading.Thread(target=self._read, name="fake desktop events")
        self._reader.start()
        if not self._ready.wait(START_TIMEOUT_S):
            pytest.fail("the stand-in desktop did not start")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            event = json.loads(line)
            with self._lock:
                self.events.append(event)
            if event["event"] == "ready":
                self._ready.set()

    def _last(self) -> dict[str, Any]:
        with self._lock:
            return self.events[-1] if self.events else {"held": [], "notes": []}

    def calls(self) -> list[Call]:
        """Every call the desktop answered, in order."""
        with self._lock:
            events = [e for e in self.events if e["event"] == "call"]
        return [
            Call(
                e["service"],
                e["member"],
                e["signature"],
                tuple(e["args"]),
                e["sender"],
                tuple(e["result"]),
            )
            for e in events
        ]

    def calls_to(self, member: str, service: str | None = None) -> list[Call]:
        return [
            call
            for call in self.calls()
            if call.member == member and (service is None or call.service == service)
        ]

    def held(self) -> dict[tuple[str, int], str]:
        """The inhibits in force: (service, cookie) -> the unique name that holds it."""
        return {(service, cookie): owner for service, cookie, owner in self._last()["held"]}

    def notes(self) -> dict[int, str]:
        """The notifications on show: id -> the unique name that sent it."""
        return {note_id: sender for note_id, sender in self._last()["notes"]}

    def gone(self) -> list[str]:
        with self._lock:
            return [e["name"] for e in self.events if e["event"] == "gone"]

    def _command(self, **command: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def invoke_action(self, note_id: int, action: str) -> None:
        """The person clicks ``action`` on a notification."""
        self._command(do="action", id=note_id, action=action)

    def dismiss(self, note_id: int) -> None:
        self._command(do="dismiss", id=note_id)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=START_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(START_TIMEOUT_S)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@pytest.fixture
def fake_desktop(bus_address: str) -> Iterator[DesktopProcess]:
    proc = subprocess.Popen(
        [sys.executable, str(FAKE_DESKTOP), bus_address],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    desktop = DesktopProcess(proc)
    yield desktop
    desktop.close()


@pytest.fixture
def connection(qapp, bus_address: str):
    """The app's side: a QtDBus connection to the private bus."""
    from PySide6.QtDBus import QDBusConnection

    name = f"test-bus-{next(_names)}"
    made = QDBusConnection.connectToBus(bus_address, name)
    assert made.isConnected(), made.lastError().message()
    yield made
    QDBusConnection.disconnectFromBus(name)


@dataclass
class AppProcess:
    """The real app (``python -m hamstring_coach``) started in the background."""

    proc: subprocess.Popen[str]
    err: Path

    def stderr(self) -> str:
        return self.err.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def spawn_app(tmp_path: Path) -> Iterator[Any]:
    """Start the real entry point offscreen, in a private home, with the given D-Bus
    session bus (or none); every app started is ended after the test."""
    home = tmp_path / "home"
    home.mkdir()
    started: list[AppProcess] = []

    def spawn(*args: str, bus: str | None = None, env: dict[str, str] | None = None) -> AppProcess:
        environ = {k: v for k, v in os.environ.items() if not k.startswith("HAMSTRING_COACH")}
        environ.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            # No bus at all unless one is given: never the desktop of whoever runs this.
            DBUS_SESSION_BUS_ADDRESS=bus or f"unix:path={home}/no-bus",
        )
        environ.update(env or {})
        err = home / f"app-{len(started)}.err"
        with err.open("w", encoding="utf-8") as handle:
            proc = subprocess.Popen(
                [sys.executable, "-m", "hamstring_coach", *args],
                env=environ,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=handle,
                text=True,
            )
        made = AppProcess(proc, err)
        started.append(made)
        return made

    yield spawn
    for app in started:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait(timeout=START_TIMEOUT_S)

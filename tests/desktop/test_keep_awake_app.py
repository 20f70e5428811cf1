"""The real app on a private bus: its inhibits end when it quits, and when it crashes."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from .conftest import DesktopProcess, linux_only
from .fake_desktop import GNOME_SESSION, POWER_MANAGEMENT, SCREENSAVER

pytestmark = [linux_only, pytest.mark.e2e]
WAIT_MS = 20_000


@pytest.mark.parametrize("ending", ["quit", "crash"])
def test_a_session_s_inhibits_end_with_the_app(
    qtbot, fake_desktop: DesktopProcess, bus_address: str, spawn_app, tmp_path: Path, ending: str
) -> None:
    app = spawn_app(
        "--data-dir", str(tmp_path / "data"), "start", "gentle-stretching", bus=bus_address
    )
    services = {SCREENSAVER.name, GNOME_SESSION.name, POWER_MANAGEMENT.name}

    def holding() -> bool:
        assert app.proc.poll() is None, app.stderr()
        return {service for service, _ in fake_desktop.held()} == services

    qtbot.waitUntil(holding, timeout=WAIT_MS)
    (owner,) = set(fake_desktop.held().values())
    if ending == "quit":
        app.proc.send_signal(signal.SIGTERM)  # as the session manager asks on logout
        assert app.proc.wait(timeout=20) == 0, app.stderr()

        def releases() -> list:
            return fake_desktop.calls_to("UnInhibit") + fake_desktop.calls_to("Uninhibit")

        # given back one by one before the app ended; the stand-in desktop may still be
        # reading the last of them from the bus when the app is gone
        qtbot.waitUntil(lambda: len(releases()) >= 3, timeout=WAIT_MS)
        assert {call.sender for call in releases()} == {owner}
        assert len(releases()) == 3
    else:
        app.proc.kill()  # a crash: nothing is given back by the app itself
        app.proc.wait(timeout=20)
        qtbot.waitUntil(lambda: owner in fake_desktop.gone(), timeout=WAIT_MS)
        assert fake_desktop.calls_to("UnInhibit") == []
    qtbot.waitUntil(lambda: fake_desktop.held() == {}, timeout=WAIT_MS)
    assert "Traceback" not in app.stderr()

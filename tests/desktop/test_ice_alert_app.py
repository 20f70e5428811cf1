"""The real app on a real (virtual) X screen and a private bus with a stand-in desktop:
an ice timer keeps the computer from sleeping, ends with an alert (a notification with
an "Ice is off" action, the screen held on), and the action ends the alert; the history
holds the application at its deadline."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from ..running_app import history, needs_xvfb, shown_windows, xdotool
from .conftest import DesktopProcess, linux_only
from .fake_desktop import GNOME_SESSION, SCREENSAVER

pytestmark = [linux_only, pytest.mark.e2e, needs_xvfb]
WAIT_MS = 60_000


def test_the_ice_alert_reaches_the_desktop_and_its_action_ends_it(
    qtbot,
    tmp_path: Path,
    display: str,
    bus_address: str,
    fake_desktop: DesktopProcess,
    spawn_app,
) -> None:
    data = tmp_path / "data"
    app = spawn_app(
        "--data-dir",
        str(data),
        "--time-scale",
        "100",
        "start",
        "ice",
        "--minutes",
        "15",
        bus=bus_address,
        env={"QT_QPA_PLATFORM": "xcb", "DISPLAY": display},
    )

    def window() -> str:
        assert app.proc.poll() is None, app.stderr()
        found = shown_windows(display)
        return found[0] if found else ""

    qtbot.waitUntil(lambda: bool(window()), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(history(data)), timeout=WAIT_MS)

    def checked() -> bool:
        sessions = history(data)
        return bool(sessions and sessions[0]["segments"])

    for _ in range(5):  # a key sent while the window is still settling may be lost
        xdotool(display, "windowfocus", "--sync", window())
        xdotool(display, "key", "--clearmodifiers", "space")
        try:
            qtbot.waitUntil(checked, timeout=5000)
            break
        except qtbot.TimeoutError:
            continue
    assert checked(), "the R.I.C.E. check was not passed by the key"

    # The ice counts: the computer may not sleep, the screen may blank.
    qtbot.waitUntil(
        lambda: bool(fake_desktop.calls_to("Inhibit", GNOME_SESSION.name)), timeout=WAIT_MS
    )
    assert fake_desktop.calls_to("Inhibit", GNOME_SESSION.name)[0].args[3] == 4
    assert fake_desktop.calls_to("Inhibit", SCREENSAVER.name) == []

    def alert() -> list:
        return [c for c in fake_desktop.calls_to("Notify") if c.args[3] == "Take the ice off now"]

    qtbot.waitUntil(lambda: bool(alert()), timeout=WAIT_MS)
    (note,) = alert()
    assert "ice-off" in note.args[5]  # the "Ice is off" action
    assert note.args[6]["urgency"][1] == 2 and note.args[7] == 0  # critical, stays
    (session,) = history(data)
    assert session["status"] == "completed"
    (timed,) = [s for s in session["segments"] if s["kind"] == "timed"]
    assert timed["actual_s"] == pytest.approx(900, abs=1e-6)
    # While the alert waits, the screen stays on.
    qtbot.waitUntil(
        lambda: SCREENSAVER.name in {service for service, _ in fake_desktop.held()},
        timeout=WAIT_MS,
    )
    assert history(data) == [session]  # the alert's wait changes nothing recorded

    fake_desktop.invoke_action(note.result[0], "ice-off")
    qtbot.waitUntil(lambda: bool(fake_desktop.calls_to("CloseNotification")), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: fake_desktop.held() == {}, timeout=WAIT_MS)
    app.proc.send_signal(signal.SIGTERM)
    assert app.proc.wait(timeout=30) == 0, app.stderr()
    assert "Traceback" not in app.stderr()

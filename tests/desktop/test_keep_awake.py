"""Keeping the computer awake: the inhibit calls a stand-in desktop sees on a private bus."""

from __future__ import annotations

import pytest

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.routines import parse_routine
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.desktop.bus import Bus
from hamstring_coach.ui.desktop.keep_awake import DBusKeepAwake, StayAwake

from .conftest import DesktopProcess, linux_only
from .fake_desktop import GNOME_SESSION, POWER_MANAGEMENT, SCREENSAVER

pytestmark = linux_only

APP_ID = "io.example.Test"
STRETCH = parse_routine(
    """
id = "stretch"
title = "Stretch"
[[steps]]
id = "seated"
kind = "hold"
title = "Seated"
per_side = false
hold_s = 30
hold_range = [20, 30]
repetitions = 1
""",
    "stretch.toml",
)
ICE = parse_routine(
    """
id = "ice"
title = "Ice"
[[steps]]
id = "ice-on"
kind = "timed"
title = "Ice on"
duration_s = 1200
duration_range = [900, 1200]
""",
    "ice.toml",
)


@pytest.fixture
def bus(connection):
    made = Bus(connection)
    yield made
    made.close()


def settle(qtbot, bus: Bus, desktop: DesktopProcess | None = None) -> None:
    """Wait until every call sent has had its reply and, with ``desktop``, until the
    desktop has reported each of them."""

    def done() -> bool:
        heard = desktop is None or len(desktop.calls()) == bus.sent
        return bus.pending == 0 and heard

    qtbot.waitUntil(done, timeout=5000)


def held_by(desktop: DesktopProcess) -> set[str]:
    return {service for service, _ in desktop.held()}


def test_a_session_holds_the_screen_and_sleep_and_lets_go_on_pause(
    qtbot, bus: Bus, fake_desktop: DesktopProcess
) -> None:
    controller = SessionController(FakeClock())
    keep = DBusKeepAwake(bus, APP_ID, "Test")
    StayAwake(controller, keep, controller)
    controller.start(STRETCH)
    settle(qtbot, bus, fake_desktop)
    assert held_by(fake_desktop) == {
        SCREENSAVER.name,
        GNOME_SESSION.name,
        POWER_MANAGEMENT.name,
    }
    (gnome,) = fake_desktop.calls_to("Inhibit", GNOME_SESSION.name)
    assert gnome.signature == "susu"  # typed as GNOME's service takes it: uint32 flags
    assert gnome.args[0] == APP_ID and gnome.args[3] == 4 | 8  # suspend and idle
    (screen,) = fake_desktop.calls_to("Inhibit", SCREENSAVER.name)
    assert screen.signature == "ss" and screen.sender == bus.name
    assert screen.args[0] == "Test" and screen.args[1]  # the app's name and a reason

    controller.pause()
    settle(qtbot, bus, fake_desktop)
    assert fake_desktop.held() == {}
    releases = fake_desktop.calls_to("UnInhibit") + fake_desktop.calls_to("Uninhibit")
    assert {call.signature for call in releases} == {"u"}
    assert len(releases) == 3
    controller.resume()
    settle(qtbot, bus, fake_desktop)
    assert len(fake_desktop.held()) == 3
    controller.stop()
    settle(qtbot, bus, fake_desktop)
    assert fake_desktop.held() == {}


def test_an_ice_timer_keeps_the_computer_from_sleeping_but_lets_the_screen_blank(
    qtbot, bus: Bus, fake_desktop: DesktopProcess
) -> None:
    controller = SessionController(FakeClock())
    keep = DBusKeepAwake(bus, APP_ID, "Test")
    StayAwake(controller, keep, controller)
    controller.start(ICE)
    settle(qtbot, bus, fake_desktop)
    assert held_by(fake_desktop) == {GNOME_SESSION.name, POWER_MANAGEMENT.name}
    assert fake_desktop.calls_to("Inhibit", SCREENSAVER.name) == []
    (gnome,) = fake_desktop.calls_to("Inhibit", GNOME_SESSION.name)
    assert gnome.args[3] == 4  # suspend only: the screen may blank
    controller.stop()
    settle(qtbot, bus, fake_desktop)
    assert fake_desktop.held() == {}


def test_the_alert_holds_the_screen_until_acknowledged(
    qtbot, bus: Bus, fake_desktop: DesktopProcess
) -> None:
    controller = SessionController(FakeClock())
    keep = DBusKeepAwake(bus, APP_ID, "Test")
    stay = StayAwake(controller, keep, controller)
    stay.set_alerting(True)
    settle(qtbot, bus, fake_desktop)
    assert SCREENSAVER.name in held_by(fake_desktop)
    stay.set_alerting(False)
    settle(qtbot, bus, fake_desktop)
    assert fake_desktop.held() == {}


def test_a_cookie_granted_after_letting_go_is_given_back(
    qtbot, bus: Bus, fake_desktop: DesktopProcess
) -> None:
    keep = DBusKeepAwake(bus, APP_ID, "Test")
    keep.keep("display")
    keep.keep(None)  # before any reply has come back
    settle(qtbot, bus, fake_desktop)
    assert keep.held == []
    assert fake_desktop.held() == {}
    assert len(fake_desktop.calls_to("Inhibit")) == 3


def test_a_desktop_without_inhibit_services_gets_no_error(qtbot, connection) -> None:
    bus = Bus(connection)  # nobody owns the names on this bus
    try:
        keep = DBusKeepAwake(bus, APP_ID, "Test")
        keep.keep("display")
        settle(qtbot, bus)
        assert keep.held == []
        keep.keep(None)
        settle(qtbot, bus)
    finally:
        bus.close()


def test_calls_after_close_are_not_sent(qtbot, bus: Bus, fake_desktop: DesktopProcess) -> None:
    bus.close()
    DBusKeepAwake(bus, APP_ID, "Test").keep("display")
    assert bus.pending == 0
    assert fake_desktop.calls_to("Inhibit") == []

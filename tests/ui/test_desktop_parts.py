"""The desktop parts connected to the real window, on a desktop that has none of them:
no D-Bus, no tray, no notifications, no sound. The timer counts, the window alerts, one
notice says why, and nothing fails; and a sleep during a hold is said in the window."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from hamstring_coach.core.engine import State
from hamstring_coach.core.settings import Settings
from hamstring_coach.ui.desktop.keep_awake import NoKeepAwake
from hamstring_coach.ui.desktop.notifications import NoNotifier
from hamstring_coach.ui.desktop_parts import connect_desktop
from hamstring_coach.ui.tray import Tray

from .conftest import App
from .desktop_fakes import FakeKeepAwake, FakeSound


def test_with_no_desktop_services_the_window_alerts_with_one_notice(app: App) -> None:
    tray = Tray(app.controller, QIcon(), app.window)
    assert not tray.show()  # offscreen: no tray
    parts = connect_desktop(
        app.window,
        NoKeepAwake(),
        tray,
        NoNotifier(),
        FakeSound(can_play=False),
        app.injuries,
        Settings,
        app.clock.wall,
    )
    app.window.start_routine("ice", 15)
    banner = app.window.desktop_banner
    assert banner.isVisible() and "only this window" in banner.text()
    app.controller.confirm()
    app.advance(15 + 15 * 60)
    assert parts.alert.active and parts.alert.panel.isVisible()
    assert tray.status() == "Take the ice off now"
    parts.alert.acknowledge()
    parts.reminders.stop()


def test_keep_awake_follows_the_session_and_the_alert(app: App) -> None:
    tray = Tray(app.controller, QIcon(), app.window)
    keep = FakeKeepAwake()
    parts = connect_desktop(
        app.window, keep, tray, NoNotifier(), FakeSound(), app.injuries, Settings, app.clock.wall
    )
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.advance(20)
    app.controller.pause()
    app.controller.resume()
    app.advance(15 * 60)
    parts.alert.acknowledge()
    assert keep.held == ["system", None, "system", None, "display", None]
    parts.reminders.stop()


def test_a_sleep_during_a_hold_is_said_in_the_window(app: App) -> None:
    tray = Tray(app.controller, QIcon(), app.window)
    parts = connect_desktop(
        app.window,
        NoKeepAwake(),
        tray,
        NoNotifier(),
        FakeSound(),
        app.injuries,
        Settings,
        app.clock.wall,
    )
    app.window.start_routine("gentle-stretching")
    app.advance(20)
    app.clock.advance(3600)  # the lid was shut
    app.controller.tick()
    view = app.controller.view()
    assert view is not None and view.state is State.PAUSED
    banner = app.window.desktop_banner
    assert banner.isVisible() and "asleep" in banner.text()
    app.controller.resume()
    assert not banner.isVisible()
    app.controller.stop()
    parts.reminders.stop()

"""Notifications with actions, seen by a stand-in notification server on a private bus."""

from __future__ import annotations

import pytest

from hamstring_coach.ui.desktop.bus import Bus
from hamstring_coach.ui.desktop.notifications import DBusNotifier, NoNotifier

from .conftest import DesktopProcess, linux_only

pytestmark = linux_only
APP_ID = "io.example.Test"


@pytest.fixture
def bus(connection):
    made = Bus(connection)
    yield made
    made.close()


class Fallback(NoNotifier):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def notify(self, key, title, body, actions=(), urgent=False) -> None:
        self.shown.append(key)


def test_a_notification_with_an_action_is_answered(
    qtbot, bus: Bus, fake_desktop: DesktopProcess
) -> None:
    notifier = DBusNotifier(bus, "Test", APP_ID, "dialog-information", Fallback())
    qtbot.waitUntil(lambda: notifier.server is True)
    notifier.notify("ice-due", "Time for ice", "Due at 10:00.", [("start-ice", "Start ice timer")])
    qtbot.waitUntil(lambda: len(fake_desktop.notes()) == 1, timeout=5000)
    (call,) = fake_desktop.calls_to("Notify")
    assert call.signature == "susssasa{sv}i"  # typed as the specification says
    app_name, replaces, icon, title, body, actions, hints, expire = call.args
    assert (app_name, replaces, icon, title, body) == (
        "Test",
        0,
        "dialog-information",
        "Time for ice",
        "Due at 10:00.",
    )
    assert actions == ["default", "Time for ice", "start-ice", "Start ice timer"]
    assert hints["desktop-entry"][1] == APP_ID  # jeepney gives variants as (type, value)
    assert expire == -1
    (note_id,) = fake_desktop.notes()
    with qtbot.waitSignal(notifier.actionInvoked) as picked:
        fake_desktop.invoke_action(note_id, "start-ice")
    assert picked.args == ["ice-due", "start-ice"]


def test_the_same_key_replaces_and_withdraw_closes(
    qtbot, bus: Bus, fake_desktop: DesktopProcess
) -> None:
    notifier = DBusNotifier(bus, "Test", APP_ID, "", Fallback())
    notifier.notify(
        "ice-done", "Take the ice off now", "20 minutes.", [("ice-off", "Ice is off")], urgent=True
    )
    qtbot.waitUntil(lambda: len(fake_desktop.notes()) == 1, timeout=5000)
    (note_id,) = fake_desktop.notes()
    urgent = fake_desktop.calls_to("Notify")[0]
    assert urgent.args[6]["urgency"][1] == 2 and urgent.args[7] == 0  # critical, stays
    qtbot.waitUntil(lambda: bus.pending == 0)  # its id is known
    notifier.notify("ice-done", "Take the ice off now", "Again.", urgent=True)
    qtbot.waitUntil(lambda: len(fake_desktop.calls_to("Notify")) == 2, timeout=5000)
    assert fake_desktop.calls_to("Notify")[1].args[1] == note_id  # replaces it
    qtbot.waitUntil(lambda: bus.pending == 0)
    notifier.withdraw("ice-done")
    qtbot.waitUntil(lambda: fake_desktop.notes() == {}, timeout=5000)
    (closed,) = fake_desktop.calls_to("CloseNotification")
    assert closed.signature == "u" and closed.args == (note_id,)


def test_an_action_on_someone_else_s_notification_is_ignored(
    qtbot, bus: Bus, fake_desktop: DesktopProcess
) -> None:
    notifier = DBusNotifier(bus, "Test", APP_ID, "", Fallback())
    heard: list[tuple[str, str]] = []
    notifier.actionInvoked.connect(lambda key, action: heard.append((key, action)))
    notifier.notify("ice-due", "Time for ice", "Now.")
    qtbot.waitUntil(lambda: len(fake_desktop.notes()) == 1, timeout=5000)
    (note_id,) = fake_desktop.notes()
    fake_desktop.dismiss(note_id)  # closed by the person: gone from the app's list
    qtbot.waitUntil(lambda: fake_desktop.notes() == {}, timeout=5000)
    qtbot.wait(50)
    assert heard == []


def test_without_a_notification_server_the_fallback_shows_it(qtbot, connection) -> None:
    bus = Bus(connection)  # nobody owns org.freedesktop.Notifications here
    try:
        fallback = Fallback()
        notifier = DBusNotifier(bus, "Test", APP_ID, "", fallback)
        qtbot.waitUntil(lambda: notifier.server is False, timeout=5000)
        notifier.notify("ice-done", "Take the ice off now", "20 minutes.", urgent=True)
        assert fallback.shown == ["ice-done"]
        assert not notifier.available  # no server, and the fallback is no tray either
    finally:
        bus.close()

"""Desktop notifications: org.freedesktop.Notifications over D-Bus, the tray's message
where there is none, and nothing (quietly) where there is neither.

A notification has a key (``"ice-done"``, ``"ice-due"``): showing one again under the
same key replaces it, and ``withdraw`` takes it away. ``actionInvoked(key, action)`` says
which action the person picked; ``"default"`` is a click on the notification itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from hamstring_coach.ui.desktop.bus import Bus, Reply

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
DEFAULT_ACTION = "default"
# How long an ordinary notification stays (the server's default); an urgent one stays
# until the person answers it.
EXPIRE_DEFAULT = -1
EXPIRE_NEVER = 0
URGENCY_NORMAL, URGENCY_CRITICAL = 1, 2
TRAY_MESSAGE_MS = 15_000


class Notifier(QObject):
    """Shows notifications; says when one of their actions is picked."""

    actionInvoked = Signal(str, str)  # key, action ("default": the notification itself)

    @property
    def available(self) -> bool:
        """Whether a notification can be seen at all here."""
        return False

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        urgent: bool = False,
    ) -> None:
        """Show (or replace) the notification ``key``; ``actions`` are (action, label)."""

    def withdraw(self, key: str) -> None:
        """Take the notification ``key`` away, if it is on show."""


class NoNotifier(Notifier):
    """No notification service and no tray: the window says everything itself."""


class TrayNotifier(Notifier):
    """The tray icon's own message (a balloon); a click on it is the default action."""

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._last: str | None = None
        tray.messageClicked.connect(self._clicked)

    @property
    def available(self) -> bool:
        return self._tray.isVisible() and QSystemTrayIcon.supportsMessages()

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        urgent: bool = False,
    ) -> None:
        if not self.available:
            return
        self._last = key
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if urgent
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._tray.showMessage(title, body, icon, TRAY_MESSAGE_MS)

    def withdraw(self, key: str) -> None:
        if key == self._last:
            self._last = None

    def _clicked(self) -> None:
        if self._last is not None:
            self.actionInvoked.emit(self._last, DEFAULT_ACTION)


class DBusNotifier(Notifier):
    """org.freedesktop.Notifications, with actions; ``fallback`` takes over when no server
    answers (none running, or it refuses)."""

    def __init__(
        self,
        bus: Bus,
        app_name: str,
        desktop_entry: str,
        icon: str,
        fallback: Notifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._app_name = app_name
        self._desktop_entry = desktop_entry
        self._icon = icon
        self._fallback = fallback
        fallback.actionInvoked.connect(self.actionInvoked)
        self._server: bool | None = None  # unknown until the first answer
        self._actions = True
        self._ids: dict[str, int] = {}  # key -> the server's id of what is on show
        bus.subscribe(PATH, INTERFACE, "ActionInvoked", self._on_action)
        bus.subscribe(PATH, INTERFACE, "NotificationClosed", self._on_closed)
        bus.call(SERVICE, PATH, INTERFACE, "GetCapabilities", (), self._on_capabilities)

    @property
    def available(self) -> bool:
        return self._server is not False or self._fallback.available

    @property
    def server(self) -> bool | None:
        """Whether a notification server answers (None: not known yet)."""
        return self._server

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        urgent: bool = False,
    ) -> None:
        if self._server is False:
            self._fallback.notify(key, title, body, actions, urgent)
            return
        flat: list[str] = [DEFAULT_ACTION, title]
        for action, label in actions:
            flat += [action, label]
        hints: dict[str, Any] = {
            "desktop-entry": self._desktop_entry,
            "urgency": URGENCY_CRITICAL if urgent else URGENCY_NORMAL,
        }
        if urgent:
            hints["resident"] = True
        arguments = [
            self._app_name,
            self._ids.get(key, 0),
            self._icon,
            title,
            body,
            flat,
            hints,
            EXPIRE_NEVER if urgent else EXPIRE_DEFAULT,
        ]
        shown = partial(self._shown, key, (title, body, tuple(actions), urgent))
        self._bus.call(SERVICE, PATH, INTERFACE, "Notify", arguments, shown)

    def withdraw(self, key: str) -> None:
        self._fallback.withdraw(key)
        note_id = self._ids.pop(key, None)
        if note_id is not None:
            self._bus.call(SERVICE, PATH, INTERFACE, "CloseNotification", [note_id])

    def _on_capabilities(self, reply: Reply) -> None:
        if reply.ok:
            self._server = True
            self._actions = isinstance(reply.value, list) and "actions" in reply.value
        elif self._server is None:
            self._server = False

    def _shown(self, key: str, what: tuple[Any, ...], reply: Reply) -> None:
        if reply.ok and isinstance(reply.value, int) and reply.value:
            self._server = True
            self._ids[key] = reply.value
            return
        self._server = False
        title, body, actions, urgent = what
        self._fallback.notify(key, title, body, actions, urgent)

    def _on_action(self, arguments: list[Any]) -> None:
        if len(arguments) != 2:
            return
        note_id, action = arguments
        key = next((k for k, i in self._ids.items() if i == note_id), None)
        if key is not None:
            self.actionInvoked.emit(key, str(action))

    def _on_closed(self, arguments: list[Any]) -> None:
        if not arguments:
            return
        for key, note_id in list(self._ids.items()):
            if note_id == arguments[0]:
                del self._ids[key]

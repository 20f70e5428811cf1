"""Hearing the computer wake from sleep: logind's PrepareForSleep on the system bus.

A Qt timer does not count the time the computer sleeps, so a reminder armed for two
hours from now is late by the whole sleep. logind says ``PrepareForSleep(false)`` as
the computer resumes; ``woke`` is emitted then. Where there is no logind (another
system, a sandbox without the system bus), nothing is heard and nothing fails; the app
also looks again whenever its window becomes active.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"


class SleepWatch(QObject):
    woke = Signal()

    def __init__(
        self, connection: QDBusConnection | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        bus = connection if connection is not None else QDBusConnection.systemBus()
        slot: Any = SLOT("prepare(QDBusMessage)")  # PySide takes the text, not bytes
        self.listening = bus.isConnected() and bus.connect(
            LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", self, slot
        )

    @Slot(QDBusMessage)
    def prepare(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if arguments and arguments[0] is False:
            self.woke.emit()

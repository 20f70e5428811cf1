"""The D-Bus interfaces the app calls, with their argument types, declared once.

QtDBus sends a call with the types of the method it knows from introspection. Knowing a
method from the service's own introspection has two flaws here: it waits on the service
while it answers, and services written without Qt (GNOME's, dunst) describe a
dictionary (``a{sv}``) in a way QtDBus cannot turn into a Qt type, so the method cannot
be called at all. So the app describes the interfaces itself, as Qt objects with typed
slots, and ``prime`` has the connection introspect those locally (in the same thread,
without the bus) once: QtDBus keeps what it learnt per interface name, and every later
call of that interface, on any service, uses these types.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from hamstring_coach.appid import DBUS_PATH

Declared = TypeVar("Declared", bound=type[QObject])
INTERFACE_INFO = "D-Bus Interface"


def _interface(name: str) -> Callable[[Declared], Declared]:
    """Name the D-Bus interface a class describes (Qt's class info)."""
    make: Any = ClassInfo  # its stubs know only keyword names; this one has a space
    decorate: Callable[[Declared], Declared] = make({INTERFACE_INFO: name})
    return decorate


@_interface("org.freedesktop.ScreenSaver")
class ScreenSaver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        return 0

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        return None


@_interface("org.gnome.SessionManager")
class GnomeSessionManager(QObject):
    @Slot(str, "uint", str, "uint", result="uint")
    def Inhibit(self, app_id: str, toplevel_xid: int, reason: str, flags: int) -> int:
        return 0

    @Slot("uint")
    def Uninhibit(self, cookie: int) -> None:
        return None


@_interface("org.freedesktop.PowerManagement.Inhibit")
class PowerManagementInhibit(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        return 0

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        return None


@_interface("org.freedesktop.Notifications")
class Notifications(QObject):
    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, object],
        expire_timeout: int,
    ) -> int:
        return 0

    @Slot("uint")
    def CloseNotification(self, note_id: int) -> None:
        return None

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return []


DECLARED = (ScreenSaver, GnomeSessionManager, PowerManagementInhibit, Notifications)


def prime(connection: QDBusConnection) -> list[str]:
    """Teach ``connection`` the declared interfaces; the names of those it learnt."""
    learnt = []
    for index, declared in enumerate(DECLARED):
        path = f"{DBUS_PATH}/Types/{index}"
        holder = declared()
        if not connection.registerObject(
            path, holder, QDBusConnection.RegisterOption.ExportAllSlots
        ):
            continue
        try:
            meta = holder.metaObject()
            info = meta.classInfo(meta.indexOfClassInfo(INTERFACE_INFO))
            interface = str(info.value())
            # A call to the connection's own name is answered in this thread, at once.
            proxy = QDBusInterface(connection.baseService(), path, interface, connection)
            if proxy.isValid():
                learnt.append(interface)
        finally:
            connection.unregisterObject(path)
    return learnt

"""The D-Bus session bus, with every method call made on a worker thread.

Desktop services (keep-awake, notifications) take typed arguments: an inhibit cookie and
a notification id are ``uint32``. PySide's QtDBus sends every Python integer as
``int32``, which the services refuse. The typed way that works is Qt's own: a
``QDBusInterface`` knows its methods with their D-Bus types (``dbus_types`` declares the
interfaces the app calls), and calling one through its meta-method with ``Q_ARG`` sends
exactly those types.

Such a call waits for its reply, so it runs on a thread of its own: the window never
waits on the desktop, and a service that hangs costs nothing but its timeout. Replies
come back to the caller's thread as plain Python values. Signals are received on the
caller's thread through ``subscribe``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import count
from typing import Any

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QObject, Qt, QThread, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from hamstring_coach.ui.desktop.dbus_types import prime

# How long one call may wait for its reply.
CALL_TIMEOUT_MS = 3000
# How long closing waits for a call in flight.
CLOSE_WAIT_MS = CALL_TIMEOUT_MS + 1000


@dataclass(frozen=True)
class Reply:
    """What a method call gave back: its value (None for none), or why it failed."""

    value: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


Done = Callable[[Reply], None]


class _Caller(QObject):
    """Lives on the worker thread; makes each call there and reports the reply."""

    replied = Signal(int, object)  # ticket, Reply

    def __init__(self, connection: QDBusConnection) -> None:
        super().__init__()
        self._connection = connection
        self._interfaces: dict[tuple[str, str, str], QDBusInterface] = {}

    @Slot(int, str, str, str, str, object)
    def call(
        self, ticket: int, service: str, path: str, interface: str, method: str, args: object
    ) -> None:
        try:
            reply = self._call(service, path, interface, method, list(args))  # type: ignore[call-overload]
        except Exception as error:  # a bad reply must never end the worker
            reply = Reply(error=f"{type(error).__name__}: {error}")
        self.replied.emit(ticket, reply)

    def _call(
        self, service: str, path: str, interface: str, method: str, args: list[object]
    ) -> Reply:
        key = (service, path, interface)
        proxy = self._interfaces.get(key)
        if proxy is None:
            proxy = QDBusInterface(service, path, interface, self._connection)
            if not proxy.isValid():
                return Reply(error=proxy.lastError().message() or f"{service} is not there")
            proxy.setTimeout(CALL_TIMEOUT_MS)
            self._interfaces[key] = proxy
        meta = proxy.metaObject()
        for index in range(meta.methodOffset(), meta.methodCount()):
            candidate = meta.method(index)
            if bytes(candidate.name().data()).decode() != method:
                continue
            types = [bytes(t.data()).decode() for t in candidate.parameterTypes()]
            if len(types) != len(args):
                continue
            typed = [Q_ARG(name, value) for name, value in zip(types, args, strict=True)]
            returns = candidate.typeName()
            direct = Qt.ConnectionType.DirectConnection
            if returns and returns != "void":
                value = candidate.invoke(proxy, direct, Q_RETURN_ARG(returns), *typed)
            else:
                candidate.invoke(proxy, direct, *typed)
                value = None
            error = proxy.lastError()
            if error.isValid():
                return Reply(error=error.message() or error.name())
            return Reply(value=value)
        return Reply(error=f"{interface} has no method {method} taking {len(args)} arguments")


class _Sink(QObject):
    """Receives one subscribed D-Bus signal on the caller's thread."""

    def __init__(self, callback: Callable[[list[Any]], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    @Slot(QDBusMessage)
    def deliver(self, message: QDBusMessage) -> None:
        self._callback(list(message.arguments()))


class Bus(QObject):
    """A connection to a D-Bus bus; ``call`` runs on a worker thread, ``done`` on this one."""

    _request = Signal(int, str, str, str, str, object)

    def __init__(self, connection: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self._tickets = count(1)
        self.sent = 0  # calls sent so far
        self._waiting: dict[int, Done | None] = {}
        self.declared = prime(connection)  # the interfaces' types, learnt before any call
        self._thread = QThread(self)
        self._thread.setObjectName("D-Bus calls")
        self._caller = _Caller(connection)
        self._caller.moveToThread(self._thread)
        self._thread.finished.connect(self._caller.deleteLater)
        self._request.connect(self._caller.call)
        self._caller.replied.connect(self._on_reply)
        self._thread.start()
        self._closed = False

    @classmethod
    def session(cls, parent: QObject | None = None) -> Bus | None:
        """The session bus, or None where there is none (no D-Bus session at all)."""
        connection = QDBusConnection.sessionBus()
        return cls(connection, parent) if connection.isConnected() else None

    @property
    def connection(self) -> QDBusConnection:
        return self._connection

    @property
    def name(self) -> str:
        """This connection's unique name on the bus (``:1.42``)."""
        return self._connection.baseService()

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        args: Sequence[object] = (),
        done: Done | None = None,
    ) -> None:
        """Call ``method`` with ``args`` (plain Python values, typed as the service says);
        ``done`` gets the Reply on this thread. After ``close`` nothing is sent."""
        if self._closed:
            return
        ticket = next(self._tickets)
        self.sent += 1
        self._waiting[ticket] = done
        self._request.emit(ticket, service, path, interface, method, tuple(args))

    def subscribe(
        self,
        path: str,
        interface: str,
        name: str,
        callback: Callable[[list[Any]], None],
        service: str = "",
    ) -> bool:
        """Hear the signal ``interface.name`` from ``path`` (from any sender unless
        ``service`` is named); ``callback`` gets its arguments on this thread."""
        sink = _Sink(callback, self)
        slot: Any = SLOT("deliver(QDBusMessage)")  # PySide takes the text, not its stubs' bytes
        return self._connection.connect(service, path, interface, name, sink, slot)

    @property
    def pending(self) -> int:
        """Calls sent whose reply has not come back yet."""
        return len(self._waiting)

    def close(self) -> None:
        """Stop the worker thread, after the call in flight (if any); idempotent."""
        if self._closed:
            return
        self._closed = True
        self._thread.quit()
        self._thread.wait(CLOSE_WAIT_MS)
        self._waiting.clear()

    def _on_reply(self, ticket: int, reply: Reply) -> None:
        done = self._waiting.pop(ticket, None)
        if done is not None and not self._closed:
            done(reply)

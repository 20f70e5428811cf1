"""A stand-in desktop on a private D-Bus bus: the inhibit and notification services.

It is written with jeepney, a D-Bus library independent of Qt, so it checks what the app
sends the way a real desktop does: a call whose argument types differ from the service's
signature is refused (GNOME and KDE refuse them too). It owns the well-known names,
answers with typed values, records every call with its sender and signature, and drops
the inhibits and notifications of a client that leaves the bus, as real services do.

It runs in a process of its own (``python fake_desktop.py ADDRESS``), as a desktop's
services do: each call and each change is printed as one JSON line, and commands (a
click on a notification's action, a dismissal) are read as JSON lines on stdin.
``DesktopProcess`` in conftest.py is the test's side of it.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.io.threading import DBusConnection, ReceiveStopped, open_dbus_connection

INTROSPECT = "org.freedesktop.DBus.Introspectable"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"


@dataclass(frozen=True)
class Method:
    interface: str
    name: str
    signature: str  # what it takes
    returns: str  # what it gives back


@dataclass(frozen=True)
class Service:
    name: str
    path: str
    methods: tuple[Method, ...]

    def introspection(self) -> str:
        interfaces: dict[str, list[Method]] = {}
        for method in self.methods:
            interfaces.setdefault(method.interface, []).append(method)
        parts = ["<node>"]
        for interface, methods in interfaces.items():
            parts.append(f'<interface name="{interface}">')
            for method in methods:
                parts.append(f'<method name="{method.name}">')
                parts += [f'<arg type="{t}" direction="in"/>' for t in _split(method.signature)]
                parts += [f'<arg type="{t}" direction="out"/>' for t in _split(method.returns)]
                parts.append("</method>")
            parts.append("</interface>")
        parts.append("</node>")
        return "".join(parts)


def _split(signature: str) -> list[str]:
    """A signature's complete types: 'susssasa{sv}i' -> s u s s s as a{sv} i."""
    types, index = [], 0
    while index < len(signature):
        end = _type_end(signature, index)
        types.append(signature[index:end])
        index = end
    return types


def _type_end(signature: str, index: int) -> int:
    if signature[index] == "a":
        return _type_end(signature, index + 1)
    if signature[index] in "({":
        depth = 0
        for end in range(index, len(signature)):
            depth += signature[end] in "({"
            depth -= signature[end] in ")}"
            if depth == 0:
                return end + 1
    return index + 1


SCREENSAVER = Service(
    "org.freedesktop.ScreenSaver",
    "/org/freedesktop/ScreenSaver",
    (
        Method("org.freedesktop.ScreenSaver", "Inhibit", "ss", "u"),
        Method("org.freedesktop.ScreenSaver", "UnInhibit", "u", ""),
    ),
)
GNOME_SESSION = Service(
    "org.gnome.SessionManager",
    "/org/gnome/SessionManager",
    (
        Method("org.gnome.SessionManager", "Inhibit", "susu", "u"),
        Method("org.gnome.SessionManager", "Uninhibit", "u", ""),
    ),
)
POWER_MANAGEMENT = Service(
    "org.freedesktop.PowerManagement",
    "/org/freedesktop/PowerManagement/Inhibit",
    (
        Method("org.freedesktop.PowerManagement.Inhibit", "Inhibit", "ss", "u"),
        Method("org.freedesktop.PowerManagement.Inhibit", "UnInhibit", "u", ""),
    ),
)
NOTIFICATION_SERVER = Service(
    NOTIFICATIONS,
    NOTIFICATIONS_PATH,
    (
        Method(NOTIFICATIONS, "Notify", "susssasa{sv}i", "u"),
        Method(NOTIFICATIONS, "CloseNotification", "u", ""),
        Method(NOTIFICATIONS, "GetCapabilities", "", "as"),
        Method(NOTIFICATIONS, "GetServerInformation", "", "ssss"),
    ),
)
INHIBIT_SERVICES = (SCREENSAVER, GNOME_SESSION, POWER_MANAGEMENT)
ALL_SERVICES = (*INHIBIT_SERVICES, NOTIFICATION_SERVER)


@dataclass(frozen=True)
class Call:
    service: str
    member: str
    signature: str
    args: tuple[Any, ...]
    sender: str


@dataclass
class FakeDesktop:
    """Serve ``services`` on the bus at ``address`` from a thread, until ``close``."""

    address: str
    services: tuple[Service, ...] = ALL_SERVICES
    capabilities: tuple[str, ...] = ("actions", "body", "persistence")
    calls: list[Call] = field(default_factory=list)
    # Inhibits in force: (service, cookie) -> the caller's unique name.
    inhibits: dict[tuple[str, int], str] = field(default_factory=dict)
    notes: dict[int, Call] = field(default_factory=dict)  # notifications on show, by id
    gone: list[str] = field(default_factory=list)  # clients that left the bus
    on_change: Callable[[dict[str, Any]], None] = lambda event: None

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = count(101)
        self._connection: DBusConnection = open_dbus_connection(self.address)
        self._serials = count(1)
        requests = [message_bus.AddMatch(MatchRule(type="signal", member="NameOwnerChanged"))]
        requests += [message_bus.RequestName(service.name) for service in self.services]
        waiting = set()
        for message in requests:
            serial = next(self._serials) + 1000
            waiting.add(serial)
            self._connection.send(message, serial=serial)
        while waiting:  # every name is owned before any test calls it
            reply = self._connection.receive(timeout=5)
            waiting.discard(reply.header.fields.get(HeaderFields.reply_serial, 0))
        self._thread = threading.Thread(target=self._serve, name="fake desktop", daemon=True)
        self._thread.start()

    # -- what a test asks ----------------------------------------------------------------
    def calls_to(self, member: str, service: str | None = None) -> list[Call]:
        with self._lock:
            return [
                c
                for c in self.calls
                if c.member == member and (service is None or c.service == service)
            ]

    def held(self) -> dict[tuple[str, int], str]:
        with self._lock:
            return dict(self.inhibits)

    def invoke_action(self, note_id: int, action: str) -> None:
        """The person clicked an action of a notification on show."""
        with self._lock:
            note = self.notes[note_id]
        self._signal(note.sender, "ActionInvoked", "us", (note_id, action))

    def dismiss(self, note_id: int) -> None:
        """The person closed a notification (reason 2)."""
        with self._lock:
            note = self.notes.pop(note_id)
        self._signal(note.sender, "NotificationClosed", "uu", (note_id, 2))
        self.on_change({"event": "dismissed", "id": note_id, **self.state()})

    def close(self) -> None:
        self._connection.interrupt()
        self._thread.join(5)
        self._connection.close()

    # -- serving -------------------------------------------------------------------------
    def _serve(self) -> None:
        while True:
            try:
                message = self._connection.receive()
            except (ReceiveStopped, OSError):
                return
            header = message.header
            if header.message_type is MessageType.method_call:
                self._answer(message)
            elif header.message_type is MessageType.signal:
                self._heard(message)

    def _heard(self, message: Message) -> None:
        if message.header.fields.get(HeaderFields.member) != "NameOwnerChanged":
            return
        name, _old, new = message.body
        if new or not name.startswith(":"):
            return
        with self._lock:
            self.gone.append(name)
            for key in [k for k, owner in self.inhibits.items() if owner == name]:
                del self.inhibits[key]
        self.on_change({"event": "gone", "name": name, **self.state()})

    def _answer(self, message: Message) -> None:
        fields = message.header.fields
        destination = fields.get(HeaderFields.destination, "")
        member = fields.get(HeaderFields.member, "")
        interface = fields.get(HeaderFields.interface, "")
        signature = fields.get(HeaderFields.signature, "")
        sender = fields.get(HeaderFields.sender, "")
        service = next((s for s in self.services if s.name == destination), None)
        if service is None:
            return
        if interface == INTROSPECT or (not interface and member == "Introspect"):
            self._reply(message, "s", (service.introspection(),))
            return
        method = next(
            (m for m in service.methods if m.name == member and m.interface == interface), None
        )
        if method is None:
            self._fail(message, "org.freedesktop.DBus.Error.UnknownMethod", f"No method {member}")
            return
        if signature != method.signature:
            self._fail(
                message,
                "org.freedesktop.DBus.Error.InvalidArgs",
                f"Type of message, ({signature}), does not match expected type "
                f"({method.signature})",
            )
            return
        call = Call(service.name, member, signature, tuple(message.body), sender)
        with self._lock:
            self.calls.append(call)
        handler: Callable[[Call], tuple[Any, ...]] = getattr(self, f"_{member}", lambda c: ())
        result = handler(call)
        self.on_change(
            {
                "event": "call",
                "service": call.service,
                "member": call.member,
                "signature": call.signature,
                "args": list(call.args),
                "sender": call.sender,
                "result": list(result),
                **self.state(),
            }
        )
        self._reply(message, method.returns, result)

    def state(self) -> dict[str, Any]:
        """What is in force now: the inhibits (service, cookie, owner) and the
        notifications on show (id, sender)."""
        with self._lock:
            return {
                "held": [
                    [service, cookie, owner] for (service, cookie), owner in self.inhibits.items()
                ],
                "notes": [[note_id, note.sender] for note_id, note in self.notes.items()],
            }

    def _Inhibit(self, call: Call) -> tuple[Any, ...]:
        cookie = next(self._ids)
        with self._lock:
            self.inhibits[(call.service, cookie)] = call.sender
        return (cookie,)

    def _UnInhibit(self, call: Call) -> tuple[Any, ...]:
        with self._lock:
            self.inhibits.pop((call.service, call.args[0]), None)
        return ()

    _Uninhibit = _UnInhibit

    def _Notify(self, call: Call) -> tuple[Any, ...]:
        replaces = call.args[1]
        note_id = replaces if replaces else next(self._ids)
        with self._lock:
            self.notes[note_id] = call
        return (note_id,)

    def _CloseNotification(self, call: Call) -> tuple[Any, ...]:
        with self._lock:
            known = self.notes.pop(call.args[0], None)
        if known is not None:
            self._signal(call.sender, "NotificationClosed", "uu", (call.args[0], 3))
        return ()

    def _GetCapabilities(self, call: Call) -> tuple[Any, ...]:
        return (list(self.capabilities),)

    def _GetServerInformation(self, call: Call) -> tuple[Any, ...]:
        return ("fake", "tests", "1", "1.2")

    def _reply(self, message: Message, signature: str, body: tuple[Any, ...]) -> None:
        self._connection.send(new_method_return(message, signature, body))

    def _fail(self, message: Message, name: str, text: str) -> None:
        self._connection.send(new_error(message, name, "s", (text,)))

    def _signal(self, destination: str, name: str, signature: str, body: tuple[Any, ...]) -> None:
        emitter = DBusAddress(NOTIFICATIONS_PATH, interface=NOTIFICATIONS)
        signal = new_signal(emitter, name, signature, body)
        signal.header.fields[HeaderFields.destination] = destination
        self._connection.send(signal)


def main(address: str) -> None:
    """Serve on the bus at ``address``; print events, obey commands, until stdin closes."""
    lock = threading.Lock()

    def say(event: dict[str, Any]) -> None:
        with lock:
            print(json.dumps(event, default=repr), flush=True)

    desktop = FakeDesktop(address, on_change=say)
    say({"event": "ready", **desktop.state()})
    for line in sys.stdin:
        command = json.loads(line)
        if command["do"] == "action":
            desktop.invoke_action(command["id"], command["action"])
        elif command["do"] == "dismiss":
            desktop.dismiss(command["id"])
    desktop.close()


if __name__ == "__main__":
    main(sys.argv[1])

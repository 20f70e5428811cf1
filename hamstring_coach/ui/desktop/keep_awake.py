"""Keeping the computer awake while something counts: the interface, D-Bus and none.

``KeepAwake.keep(wake)`` holds what ``core.keep_awake`` asks for (``"display"``,
``"system"`` or ``None`` to let go); calling it again with the same value does nothing.
On Linux the desktop's inhibit services are asked over D-Bus:

- ``org.freedesktop.ScreenSaver`` (KDE, GNOME, Xfce): no blanking, for ``"display"``;
- ``org.gnome.SessionManager``: flags suspend (4), plus idle (8) for ``"display"``;
- ``org.freedesktop.PowerManagement.Inhibit`` (KDE, Xfce): no suspend, for both.

Every one that is there is asked; one that is not costs a failed call and nothing else.
An inhibit belongs to the bus connection that asked for it, so it ends with the process
however the process ends (a crash included); letting go sends the service's release
call. Windows and macOS have their own calls (``native_awake``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from hamstring_coach.core.engine import State
from hamstring_coach.core.keep_awake import Wake, wake_needed
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.desktop.bus import Bus, Reply

# org.gnome.SessionManager.Inhibit flags.
GNOME_SUSPEND = 4
GNOME_IDLE = 8


class KeepAwake(Protocol):
    def keep(self, wake: Wake | None) -> None:
        """Hold ``wake`` from now on (None: hold nothing)."""
        ...


class NoKeepAwake:
    """A desktop without an inhibit service: nothing is held, nothing fails."""

    def keep(self, wake: Wake | None) -> None:
        return None


@dataclass(frozen=True)
class Inhibitor:
    """One D-Bus service that can keep the computer awake."""

    service: str
    path: str
    interface: str
    release: str  # the method that takes the cookie back
    serves: frozenset[Wake]
    gnome: bool = False  # org.gnome.SessionManager's (app id, window, reason, flags)

    def arguments(self, app_id: str, app_name: str, reason: str, wake: Wake) -> list[object]:
        if self.gnome:
            flags = GNOME_SUSPEND | (GNOME_IDLE if wake == "display" else 0)
            return [app_id, 0, reason, flags]
        return [app_name, reason]


INHIBITORS: tuple[Inhibitor, ...] = (
    Inhibitor(
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "UnInhibit",
        frozenset({"display"}),
    ),
    Inhibitor(
        "org.gnome.SessionManager",
        "/org/gnome/SessionManager",
        "org.gnome.SessionManager",
        "Uninhibit",
        frozenset({"display", "system"}),
        gnome=True,
    ),
    Inhibitor(
        "org.freedesktop.PowerManagement",
        "/org/freedesktop/PowerManagement/Inhibit",
        "org.freedesktop.PowerManagement.Inhibit",
        "UnInhibit",
        frozenset({"display", "system"}),
    ),
)


def reason_for(wake: Wake) -> str:
    """The reason the desktop may show for the inhibit (GNOME lists it on logout)."""
    if wake == "system":
        return QCoreApplication.translate("KeepAwake", "An ice timer is counting down.")
    return QCoreApplication.translate("KeepAwake", "A guided exercise session is running.")


class DBusKeepAwake:
    """Asks every inhibit service on the bus; each granted cookie is given back on release.

    A service may answer after ``keep`` has moved on: a cookie for a hold no longer
    wanted is given back at once.
    """

    def __init__(
        self,
        bus: Bus,
        app_id: str,
        app_name: str,
        inhibitors: Sequence[Inhibitor] = INHIBITORS,
        reason: Callable[[Wake], str] = reason_for,
    ) -> None:
        self._bus = bus
        self._app_id = app_id
        self._app_name = app_name
        self._inhibitors = tuple(inhibitors)
        self._reason = reason
        self._wake: Wake | None = None
        self._round = 0  # counts the changes of ``wake``; a reply from an older one is stale
        self._held: list[tuple[Inhibitor, int]] = []

    @property
    def held(self) -> list[tuple[str, int]]:
        """The services holding the computer awake now, with their cookies."""
        return [(inhibitor.service, cookie) for inhibitor, cookie in self._held]

    def keep(self, wake: Wake | None) -> None:
        if wake == self._wake:
            return
        self._wake = wake
        self._round += 1
        held, self._held = self._held, []
        for inhibitor, cookie in held:
            self._give_back(inhibitor, cookie)
        if wake is None:
            return
        reason = self._reason(wake)
        for inhibitor in self._inhibitors:
            if wake not in inhibitor.serves:
                continue
            self._bus.call(
                inhibitor.service,
                inhibitor.path,
                inhibitor.interface,
                "Inhibit",
                inhibitor.arguments(self._app_id, self._app_name, reason, wake),
                partial(self._granted, inhibitor, self._round),
            )

    def _granted(self, inhibitor: Inhibitor, round_: int, reply: Reply) -> None:
        if not reply.ok or not isinstance(reply.value, int):
            return  # no such service here, or it refused: nothing is held
        if round_ != self._round:
            self._give_back(inhibitor, reply.value)
        else:
            self._held.append((inhibitor, reply.value))

    def _give_back(self, inhibitor: Inhibitor, cookie: int) -> None:
        self._bus.call(
            inhibitor.service, inhibitor.path, inhibitor.interface, inhibitor.release, [cookie]
        )


class StayAwake(QObject):
    """Keeps the computer awake as the session (and the ice alert) need, and lets go on
    pause, stop, the end of the session and quitting."""

    def __init__(
        self, controller: SessionController, keep_awake: KeepAwake, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._keep_awake = keep_awake
        self._alerting = False
        controller.stateChanged.connect(self.update)
        controller.sessionFinished.connect(self.update)

    def set_alerting(self, alerting: bool) -> None:
        """An alert waits to be acknowledged: the screen stays on until then."""
        self._alerting = alerting
        self.update()

    def update(self, *_: object) -> None:
        engine = self._controller.engine
        routine = self._controller.routine
        counting = engine is not None and engine.state is State.RUNNING
        routine_id = routine.id if routine is not None else None
        self._keep_awake.keep(wake_needed(routine_id, counting, self._alerting))

    def release(self) -> None:
        """Let go of everything (the app is quitting)."""
        self._alerting = False
        self._keep_awake.keep(None)

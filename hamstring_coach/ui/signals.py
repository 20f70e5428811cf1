"""Stop signals while the window runs: Ctrl+C, SIGTERM and SIGHUP close it as Ctrl+Q does
(and close a dialog shown before the window, see ``ui.dialog_wait``).

The launcher defers these signals from the first moment (``hamstring_coach.stopping``);
once the window exists it takes them over, and each one closes the window from the
event loop, so a session under way is kept as stopped. A signal that came during
start-up, before the window could act on it, is acted on as soon as the loop runs.

Python runs a signal handler only when it gets control; a wake-up pipe (a socket pair on
Windows) makes Qt's event loop hand it control at once, without a polling timer.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier, QTimer

from hamstring_coach.stopping import DeferredStops, installed


class SignalWatch:
    """Calls ``on_stop`` (from the event loop) on a stop signal until :meth:`close` is
    called; the window passes its ``quit_now``."""

    def __init__(self, on_stop: Callable[[], None]) -> None:
        self._stops = installed() or DeferredStops().install()
        self._closers: list[Callable[[], None]] = []
        read_fd, write_fd, drain = self._wake_up_pipe()
        self._previous_fd = signal.set_wakeup_fd(write_fd)
        notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read)
        notifier.activated.connect(drain)
        self._closers.insert(0, notifier.deleteLater)
        self._closers.insert(0, lambda: notifier.setEnabled(False))
        # Close from the event loop: a signal that lands before it runs must not close
        # the window before there is a loop to end.
        self._stops.hand_to(lambda _signum: QTimer.singleShot(0, on_stop))

    def _wake_up_pipe(self) -> tuple[int, int, Callable[[], None]]:
        """(read end, write end, a function that empties the read end)."""
        if os.name == "posix":
            read_fd, write_fd = os.pipe()
            os.set_blocking(read_fd, False)
            os.set_blocking(write_fd, False)
            self._closers += [lambda: os.close(read_fd), lambda: os.close(write_fd)]
            return read_fd, write_fd, lambda: _quietly(os.read, read_fd, 64)
        import socket  # Windows wakes only through a socket

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._closers += [reader.close, writer.close]
        return reader.fileno(), writer.fileno(), lambda: _quietly(reader.recv, 64)

    def close(self) -> None:
        """Stop acting on signals (they are noted again, as during start-up)."""
        self._stops.hand_to(None)
        signal.set_wakeup_fd(self._previous_fd)
        closers, self._closers = self._closers, []
        for closer in closers:
            _quietly(closer)


def _quietly(function: Callable[..., object], *args: object) -> None:
    with contextlib.suppress(OSError):
        function(*args)

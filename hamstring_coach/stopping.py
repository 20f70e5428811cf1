"""Ctrl+C, a closed terminal or the system asking the app to end: handled, never a crash.

Python turns Ctrl+C into a KeyboardInterrupt wherever the program happens to be. During
start-up that may be inside an import of Qt, where it aborts the interpreter ("could not
initialize"), inside Qt's own start, where it can crash it, or halfway through making a
file. So the launcher installs :class:`DeferredStops` as the handler of the stop signals
(SIGINT, SIGTERM, SIGHUP) before it imports anything heavy: a signal is only noted, and
the app acts on it at the next :func:`checkpoint`, where stopping is safe (a
StopRequest, which ``launch.main`` turns into the exit status 128 + the signal's number,
saying nothing). Once the window runs, the window takes over: it closes as Ctrl+Q does,
so a session under way is kept as stopped (:meth:`DeferredStops.hand_to`).

Commands that only print (``history``, ``routines``) go back to Python's usual handling
with :meth:`DeferredStops.release`, so Ctrl+C ends them at once.

The handler is found again through ``signal.getsignal`` (the process's own table of
handlers), so nothing has to be passed through every function on the way.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType

# The signals that ask the app to end; SIGHUP is sent when the terminal closes or the
# user logs out. Windows has only SIGINT and SIGTERM.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)

Act = Callable[[int], None]


class StopRequest(BaseException):
    """A stop signal arrived during start-up; the app ends quietly with ``status``.

    A BaseException, like KeyboardInterrupt, so that no ``except Exception`` on the way
    swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def status(self) -> int:
        """The exit status, as a shell reports a program ended by this signal."""
        return 128 + self.signum


class DeferredStops:
    """The handler of the stop signals: notes the first one until the app can act."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._act: Act | None = None

    def __call__(self, signum: int, _frame: FrameType | None) -> None:
        if self.signum is None:
            self.signum = signum
        act = self._act
        if act is not None:
            act(signum)

    def install(self) -> DeferredStops:
        for signum in STOP_SIGNALS:
            signal.signal(signum, self)
        return self

    def check(self) -> None:
        """Raise StopRequest if a stop signal has arrived."""
        if self.signum is not None:
            raise StopRequest(self.signum)

    def hand_to(self, act: Act | None) -> None:
        """From now on call ``act(signum)`` for each stop signal, at once for one that
        already arrived; None goes back to only noting them. ``act`` runs in the main
        thread, between two Python steps."""
        self._act = act
        if act is not None and self.signum is not None:
            act(self.signum)

    def release(self) -> None:
        """Back to Python's usual handling (Ctrl+C raises KeyboardInterrupt, the others
        end the process); a signal that already arrived ends the command now."""
        for signum in STOP_SIGNALS:
            default = signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL
            signal.signal(signum, default)
        self.check()


def installed() -> DeferredStops | None:
    """The DeferredStops handling the stop signals, if the launcher installed one."""
    handler = signal.getsignal(signal.SIGINT)
    return handler if isinstance(handler, DeferredStops) else None


def checkpoint() -> None:
    """A safe place to stop: raise StopRequest if a stop signal has arrived."""
    stops = installed()
    if stops is not None:
        stops.check()

"""Qt's own log messages, minus the ones that say nothing to anyone.

The offscreen platform (tests, CI, screenshots) prints "This plugin does not support
propagateSizeHints()" each time a window's size hints change, about twenty times a
session. Exactly those messages are dropped; every other message goes on to the handler
that was there before, or is printed as Qt prints it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

# Whole messages, compared exactly: a message that only resembles one still shows.
DROPPED = frozenset({"This plugin does not support propagateSizeHints()"})

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


class QtMessageFilter:
    """Installed by :meth:`install`, removed (the previous handler put back) by
    :meth:`uninstall`."""

    def __init__(self) -> None:
        self._previous: Handler | None = None
        self._installed = False

    def install(self) -> QtMessageFilter:
        self._previous = qInstallMessageHandler(self.handle)
        self._installed = True
        return self

    def uninstall(self) -> None:
        if self._installed:
            qInstallMessageHandler(self._previous)
            self._installed = False

    def handle(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in DROPPED:
            return
        if self._previous is not None:
            self._previous(mode, context, message)
            return
        with contextlib.suppress(OSError, ValueError):  # a closed terminal, say
            print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)

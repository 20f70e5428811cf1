"""Qt's own log messages, minus the ones that say nothing to anyone.

The offscreen platform (tests, CI, screenshots) prints "This plugin does not support
propagateSizeHints()" each time a window's size hints change, about twenty times a
session. Qt Multimedia, looking for a way to play sound when a session first needs one,
says which FFmpeg it uses, that PipeWire's library is missing (it then tries PulseAudio),
and, where no sound server runs, that PulseAudio could not be reached. Exactly those
messages are dropped; the last one leaves a single line in its place (the session page
says the same in the window). Every other message goes on to the handler that was there
before, or is printed as Qt prints it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)

# Whole messages, compared exactly: a message that only resembles one still shows.
DROPPED = frozenset({"This plugin does not support propagateSizeHints()"})
# (category, the message's beginning) of Qt Multimedia's notes while it looks for sound.
DROPPED_SOUND_NOTES = frozenset(
    {
        ("qt.multimedia.ffmpeg", "Using Qt multimedia with FFmpeg version "),
        ("qt.multimedia.symbolsresolver", "Couldn't load pipewire-"),
        ("qt.multimedia.symbolsresolver", "Couldn't resolve pipewire-"),
    }
)
# No sound server: said once, in the app's words (in the window's language), in place of
# Qt's.
NO_SOUND_SERVER = "PulseAudioService: pa_context_connect() failed"
NO_SOUND_NOTICE = str(
    QT_TRANSLATE_NOOP(
        "QtMessages",
        "hamstring-coach: no sound server is running, so sessions run without sounds "
        "(the countdown and the words on screen are unchanged).",
    )
)

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


class QtMessageFilter:
    """Installed by :meth:`install`, removed (the previous handler put back) by
    :meth:`uninstall`."""

    def __init__(self) -> None:
        self._previous: Handler | None = None
        self._installed = False
        self._told_no_sound = False

    def install(self) -> QtMessageFilter:
        self._previous = qInstallMessageHandler(self.handle)
        self._installed = True
        return self

    def uninstall(self) -> None:
        if self._installed:
            qInstallMessageHandler(self._previous)
            self._installed = False

    def handle(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in DROPPED or _sound_note(context, message):
            return
        if message == NO_SOUND_SERVER:
            if not self._told_no_sound:
                self._told_no_sound = True
                _print(QCoreApplication.translate("QtMessages", NO_SOUND_NOTICE))
            return
        if self._previous is not None:
            self._previous(mode, context, message)
            return
        _print(qFormatLogMessage(mode, context, message))


def _sound_note(context: QMessageLogContext, message: str) -> bool:
    category = context.category or ""
    return any(
        category == known and message.startswith(start) for known, start in DROPPED_SOUND_NOTES
    )


def _print(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # a closed terminal, say
        print(line, file=sys.stderr, flush=True)

"""Waiting for the answer to a dialog shown before the main window exists.

Such a dialog (the app cannot start, the history file is damaged) runs in an event loop
of its own, never ``exec()``. A stop signal (Ctrl+C, SIGTERM from a logout, SIGHUP from a
closed terminal) closes it and ends the app quietly, as during the rest of start-up,
instead of leaving it waiting for a click that may never come.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QDialog

from hamstring_coach.stopping import checkpoint
from hamstring_coach.ui.signals import SignalWatch


def wait_for(box: QDialog) -> None:
    """Show ``box`` and return once it is answered; raises StopRequest (the box closed)
    if a stop signal arrives first, or had arrived before it was shown."""
    loop = QEventLoop()
    box.finished.connect(loop.quit)
    stopped: list[bool] = []

    def stop() -> None:
        stopped.append(True)
        box.reject()
        loop.quit()

    watch = SignalWatch(stop)
    try:
        if not stopped:
            box.open()
            loop.exec()
    finally:
        watch.close()
        box.close()
        box.deleteLater()
    checkpoint()

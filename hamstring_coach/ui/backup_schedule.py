"""When the window asks for today's backup: soon after it opens, and after each session.

The copy itself runs on a thread of its own (``storage.backups.DailyBackup``), so
neither the first paint nor a countdown ever waits for it; at most one is kept a day.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from hamstring_coach.storage.backups import DailyBackup
from hamstring_coach.ui.controller import SessionController

AFTER_START_MS = 5_000  # once the window is up and settled
AFTER_SESSION_MS = 2_000  # once the summary is on screen


class BackupSchedule(QObject):
    def __init__(
        self,
        backups: DailyBackup,
        controller: SessionController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.backups = backups
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(backups.request)
        controller.sessionFinished.connect(self._session_finished)

    def start(self, delay_ms: int = AFTER_START_MS) -> None:
        """Ask for today's backup after delay_ms."""
        self.timer.start(delay_ms)

    def _session_finished(self, _event: object) -> None:
        self.timer.start(AFTER_SESSION_MS)

    def close(self) -> None:
        """The app is closing: nothing more is asked for, and a copy under way stops."""
        self.timer.stop()
        self.backups.close()

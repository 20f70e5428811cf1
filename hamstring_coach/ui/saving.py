"""Saving: connects a session's signals to the recorder and retries on a Qt timer.

The recorder (storage, no Qt) keeps the writes the history file refused and says when to
try again; this object arms a timer for that moment and turns its news into signals for
the window's notice bar.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer, Signal

from hamstring_coach.core.engine import SegmentFinished, SessionFinished
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.ui.controller import SessionBegun, SessionController


class Saving(QObject):
    saveFailed = Signal(object)  # the DatabaseError; str() is one sentence
    saveRecovered = Signal()

    def __init__(
        self,
        recorder: SessionRecorder,
        controller: SessionController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.retry)
        recorder.subscribe(self._on_news)
        self._controller = controller
        controller.sessionStarted.connect(self._begun)
        controller.segmentFinished.connect(self._segment_finished)
        controller.sessionFinished.connect(self._session_finished)

    def _begun(self, begun: SessionBegun) -> None:
        engine = self._controller.engine
        timeline = None if engine is None else engine.timeline
        self.recorder.begin(begun.routine.id, begun.routine.title, begun.started_at, timeline)
        self._arm()

    def _segment_finished(self, event: SegmentFinished) -> None:
        self.recorder.segment_finished(event)
        self._arm()

    def _session_finished(self, event: SessionFinished) -> None:
        self.recorder.session_finished(event)
        self._arm()

    def rate(self, pain: int | None) -> bool:
        """Store the pain rating of the last session; True once it is saved."""
        saved = self.recorder.rate(pain)
        self._arm()
        return saved

    def rate_before(self, pain: int | None) -> bool:
        """Store the pain rated before the session under way; True once it is saved."""
        saved = self.recorder.rate_before(pain)
        self._arm()
        return saved

    @property
    def unsaved(self) -> int:
        return self.recorder.unsaved

    @property
    def retrying(self) -> bool:
        """True while waiting writes are tried again on a timer."""
        return self.retry_timer.isActive()

    @property
    def wake_in_ms(self) -> int | None:
        """Real milliseconds until the next attempt to save; None when none is due."""
        return self.retry_timer.interval() if self.retry_timer.isActive() else None

    @property
    def last_error(self) -> DatabaseError | None:
        return self.recorder.last_error

    def retry(self) -> None:
        """Try the waiting writes again; the retry timer calls this, so may a test."""
        self.recorder.retry()
        self._arm()

    def abandon(self) -> int:
        """Give up on the waiting writes (the app is closing); returns how many there were."""
        dropped = self.recorder.abandon()
        self.retry_timer.stop()
        return dropped

    def _arm(self) -> None:
        wait_s = self.recorder.retry_in()
        if wait_s is None:
            self.retry_timer.stop()
            return
        self.retry_timer.start(math.ceil(wait_s * 1000))

    def _on_news(self, error: DatabaseError | None) -> None:
        if error is None:
            self.saveRecovered.emit()
        else:
            self.saveFailed.emit(error)

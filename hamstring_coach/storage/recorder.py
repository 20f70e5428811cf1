"""SessionRecorder: saves a session as it happens, and keeps what the file refuses.

Each event of a running session becomes one write to the history, made at once. A write
that fails (a full disk, a locked file) is kept, in order, with every write after it, and
tried again before the next write and whenever :meth:`retry` is called; ``retry_at``
says when that is next due, on the clock the recorder was given (real seconds, not a
session's scaled clock). Nothing here knows of Qt: the window arms a timer for
``retry_in()`` and shows the problem it is told about.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from hamstring_coach.core.engine import SegmentFinished, SessionFinished
from hamstring_coach.core.timeline import Segment
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.records import PlannedWork, SegmentRecord

# Kept with a session stopped for sharp pain, so the history shows why it ended.
SHARP_PAIN_NOTE = "Stopped for sharp pain."
RETRY_S = 5.0  # seconds between attempts to save what failed

Write = Callable[[], None]
Listener = Callable[[DatabaseError | None], None]


class _SessionRef:
    """The row id of one session, known once its first write has landed."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


class SessionRecorder:
    def __init__(
        self, history: HistoryRepository, now: Callable[[], float], retry_s: float = RETRY_S
    ) -> None:
        self._history = history
        self._now = now
        self._retry_s = retry_s
        self._session = _SessionRef()
        self._pending: list[Write] = []
        self._last_error: DatabaseError | None = None
        self._retry_at: float | None = None
        self._listeners: list[Listener] = []

    # -- observing ---------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(error)`` when saving starts failing or fails again, and
        ``listener(None)`` once everything waiting is saved after a failure."""
        self._listeners.append(listener)

    @property
    def unsaved(self) -> int:
        """Writes still waiting because the history file could not take them."""
        return len(self._pending)

    @property
    def last_error(self) -> DatabaseError | None:
        """Why the waiting writes could not be saved; None when nothing is waiting."""
        return self._last_error

    @property
    def retry_at(self) -> float | None:
        """Clock time of the next attempt while writes are waiting; None otherwise."""
        return self._retry_at

    def retry_in(self) -> float | None:
        """Seconds until the next attempt is due (0 when overdue); None when none is."""
        if self._retry_at is None:
            return None
        return max(0.0, self._retry_at - self._now())

    @property
    def session_id(self) -> int | None:
        """The history's id of the session being (or last) recorded, once saved."""
        return self._session.id

    # -- a session's events ------------------------------------------------------------
    def begin(
        self,
        routine_id: str,
        routine_title: str,
        started_at: datetime,
        timeline: Sequence[Segment] | None = None,
    ) -> None:
        """A new session: its row is written now; writes still waiting for an earlier
        session keep their own reference to it. ``timeline`` (the segments the session
        will count) gives the work planned, so the history can say "12 of 18 holds"."""
        ref = self._session = _SessionRef()
        planned = None if timeline is None else planned_work(timeline)

        def write() -> None:
            ref.id = self._history.start_session(
                routine_id, routine_title, started_at, planned=planned
            )

        self._save(write)

    def segment_finished(self, event: SegmentFinished) -> None:
        segment = event.segment
        record = SegmentRecord(
            position=event.index,
            step_id=segment.step_id,
            kind=segment.kind,
            side=segment.side,
            rep=segment.rep,
            planned_s=segment.planned_s,
            actual_s=round(event.actual_s, 3),
            completed=event.completed,
            started_at=event.started_at,
            ended_at=event.ended_at,
        )
        self._save_for_session(lambda session_id: self._history.add_segment(session_id, record))

    def session_finished(self, event: SessionFinished) -> None:
        note = SHARP_PAIN_NOTE if event.status == "sharp-pain" else None
        self._save_for_session(
            lambda session_id: self._history.finish_session(
                session_id, event.status, event.at, note
            )
        )
        if not self._pending:
            # The session is whole in the file: merge the -wal into it and empty it, so
            # that it does not grow from session to session on a nearly full disk.
            self._history.checkpoint()

    def rate(self, pain: int | None) -> bool:
        """Store the pain rating of the last session; True once it is saved."""
        self._save_for_session(lambda session_id: self._history.set_pain(session_id, pain))
        return not self._pending

    def rate_before(self, pain: int | None) -> bool:
        """Store the pain rated before the current (or last) session; True once saved."""
        self._save_for_session(lambda session_id: self._history.set_pain_before(session_id, pain))
        return not self._pending

    # -- the queue ---------------------------------------------------------------------
    def retry(self) -> bool:
        """Try the waiting writes again now; True when nothing is left waiting."""
        if self._pending:
            self._flush()
        return not self._pending

    def retry_if_due(self) -> bool:
        """Try again only when ``retry_at`` has come; True when nothing is left waiting."""
        if self._retry_at is not None and self._now() >= self._retry_at:
            self._flush()
        return not self._pending

    def abandon(self) -> int:
        """Give up on the waiting writes (the app is closing); returns how many there were."""
        dropped = len(self._pending)
        self._pending.clear()
        self._retry_at = None
        return dropped

    def _save_for_session(self, write: Callable[[int], None]) -> None:
        ref = self._session

        def bound() -> None:
            if ref.id is not None:
                write(ref.id)

        self._save(bound)

    def _save(self, write: Write) -> None:
        """Write now, after any earlier writes that failed; keep what fails for later."""
        self._pending.append(write)
        self._flush()

    def _flush(self) -> None:
        while self._pending:
            try:
                self._pending[0]()
            except DatabaseError as error:
                self._last_error = error
                self._retry_at = self._now() + self._retry_s
                self._tell(error)
                return
            self._pending.pop(0)
        self._retry_at = None
        if self._last_error is not None:  # it was failing until now
            self._last_error = None
            self._tell(None)

    def _tell(self, error: DatabaseError | None) -> None:
        for listener in list(self._listeners):
            listener(error)


def planned_work(timeline: Sequence[Segment]) -> PlannedWork:
    """The holds, sets, timed blocks and checklists a session's timeline holds."""
    kinds = [segment.kind for segment in timeline]
    return PlannedWork(
        holds=kinds.count("hold"),
        sets=kinds.count("reps"),
        timed=kinds.count("timed"),
        checklists=kinds.count("checklist"),
    )

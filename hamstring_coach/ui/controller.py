"""SessionController: runs a SessionEngine on a Qt timer and records what it does.

It owns one single-shot precise timer, armed for the next moment anything visible
changes, re-emits the engine's events as Qt signals, and hands every finished segment to
the history at once. A write that fails (a full disk, a locked file) is kept and tried
again with the next write and every few seconds, so nothing is lost while the app is open.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hamstring_coach.core.clock import Clock
from hamstring_coach.core.engine import (
    EndReason,
    Event,
    SegmentFinished,
    SegmentStarted,
    SessionEngine,
    SessionFinished,
    State,
)
from hamstring_coach.core.routines import Routine
from hamstring_coach.core.timeline import Prefs, Segment, expand
from hamstring_coach.storage.database import DatabaseError
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord

WORK_KINDS = frozenset({"hold", "reps", "timed"})  # what "exercises done" counts
# Kept with a session stopped for sharp pain, so the history shows why it ended.
SHARP_PAIN_NOTE = "Stopped for sharp pain."


@dataclass(frozen=True)
class SessionView:
    """Everything the session page shows, already worked out."""

    segment: Segment
    next_segment: Segment | None
    state: State
    seconds_left: int | None  # as displayed: whole seconds, rounded up
    fraction_left: float  # 1.0 at the start of a segment, 0.0 at its end
    current_rep: int  # reps segments: the repetition under way
    position: int
    total: int


class _SessionRef:
    """The row id of one session, known once its first write has landed."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


@dataclass(frozen=True)
class SessionOutcome:
    status: EndReason
    holds_done: int
    holds_planned: int
    active_s: float


class SessionController(QObject):
    changed = Signal()  # anything on the session page may have changed
    segmentStarted = Signal(object)  # Segment
    finished = Signal(object)  # SessionOutcome
    saveFailed = Signal(object)  # the DatabaseError; str() is one sentence
    saveRecovered = Signal()

    RETRY_MS = 5000  # real milliseconds between attempts to save what failed

    def __init__(
        self, clock: Clock, history: HistoryRepository, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._history = history
        self._engine: SessionEngine | None = None
        self._session = _SessionRef()
        self._pending: list[Callable[[], None]] = []
        self._last_error: DatabaseError | None = None
        self._work_done: set[int] = set()
        self._active_s = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.retry_saving)

    # -- session life ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._engine is not None and self._engine.state in (State.RUNNING, State.PAUSED)

    @property
    def engine(self) -> SessionEngine | None:
        return self._engine

    def start(self, routine: Routine, prefs: Prefs | None = None) -> None:
        if self.running:
            raise RuntimeError("a session is already running")
        timeline = expand(routine, prefs)
        self._engine = SessionEngine(timeline, self._clock)
        self._engine.subscribe(self._on_event)
        self._work_done = set()
        self._active_s = 0.0
        # Writes still waiting for an earlier session hold on to that session's ref.
        ref = self._session = _SessionRef()
        started = self._clock.wall()
        self._save(lambda: self._open_session(ref, routine, started))
        self._engine.start()
        self._reschedule()

    def _open_session(self, ref: _SessionRef, routine: Routine, started: datetime) -> None:
        ref.id = self._history.start_session(routine.id, routine.title, started)

    # -- commands ----------------------------------------------------------------------
    def toggle_pause(self) -> None:
        self._command(lambda e: e.toggle_pause())

    def pause(self) -> None:
        self._command(lambda e: e.pause())

    def resume(self) -> None:
        self._command(lambda e: e.resume())

    def skip(self) -> None:
        self._command(lambda e: e.skip())

    def back(self) -> None:
        self._command(lambda e: e.back())

    def confirm(self) -> None:
        self._command(lambda e: e.confirm())

    def stop(self, reason: EndReason = "stopped") -> None:
        self._command(lambda e: e.stop(reason))

    def rate(self, pain: int | None) -> bool:
        """Store the pain rating given after the last session; True once it is saved."""
        ref = self._session
        self._save(lambda: self._set_pain(ref, pain))
        return not self._pending

    def _set_pain(self, ref: _SessionRef, pain: int | None) -> None:
        if ref.id is not None:
            self._history.set_pain(ref.id, pain)

    def tick(self) -> None:
        """Settle the engine against the clock; the timer calls this, so may a test."""
        if self._engine is None:
            return
        self._engine.poll()
        self.changed.emit()
        self._reschedule()

    @property
    def wake_in_ms(self) -> int | None:
        """Real milliseconds until the timer wakes the controller; None while idle."""
        return self._timer.interval() if self._timer.isActive() else None

    def _command(self, action: Callable[[SessionEngine], None]) -> None:
        if self._engine is None:
            return
        action(self._engine)
        self.changed.emit()
        self._reschedule()

    def _reschedule(self) -> None:
        wake = self._engine.next_change() if self._engine else None
        if wake is None:
            self._timer.stop()
            return
        real_s = max(0.0, wake - self._clock.now()) / self._clock.scale
        self._timer.start(max(0, math.ceil(real_s * 1000 - 1e-6)))

    # -- what the page shows -----------------------------------------------------------
    def view(self) -> SessionView | None:
        engine = self._engine
        if engine is None:
            return None
        seg = engine.segment
        left = engine.remaining()
        shown = None if left is None else math.ceil(left - 1e-9)
        fraction = 1.0 if left is None or not seg.planned_s else left / seg.planned_s
        return SessionView(
            segment=seg,
            next_segment=engine.next_segment,
            state=engine.state,
            seconds_left=shown,
            fraction_left=fraction,
            current_rep=engine.current_rep(),
            position=engine.index,
            total=len(engine.timeline),
        )

    # -- recording ---------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if isinstance(event, SegmentFinished):
            self._active_s += event.actual_s
            if event.completed and event.segment.kind in WORK_KINDS:
                self._work_done.add(event.index)  # done twice after Back counts once
            record = SegmentRecord(
                position=event.index,
                step_id=event.segment.step_id,
                kind=event.segment.kind,
                side=event.segment.side,
                rep=event.segment.rep,
                planned_s=event.segment.planned_s,
                actual_s=round(event.actual_s, 3),
                completed=event.completed,
                started_at=event.started_at,
                ended_at=event.ended_at,
            )
            ref = self._session
            self._save(lambda: self._add_segment(ref, record))
        elif isinstance(event, SessionFinished):
            ref = self._session
            self._save(lambda: self._finish_session(ref, event))
            self._timer.stop()
            self.finished.emit(self._outcome(event.status))
        elif isinstance(event, SegmentStarted):
            self.segmentStarted.emit(event.segment)

    def _add_segment(self, ref: _SessionRef, record: SegmentRecord) -> None:
        if ref.id is not None:
            self._history.add_segment(ref.id, record)

    def _finish_session(self, ref: _SessionRef, event: SessionFinished) -> None:
        if ref.id is not None:
            note = SHARP_PAIN_NOTE if event.status == "sharp-pain" else None
            self._history.finish_session(ref.id, event.status, event.at, note)

    def _outcome(self, status: EndReason) -> SessionOutcome:
        assert self._engine is not None
        planned = sum(1 for s in self._engine.timeline if s.kind in WORK_KINDS)
        return SessionOutcome(status, len(self._work_done), planned, self._active_s)

    def _save(self, write: Callable[[], None]) -> None:
        """Write now, after any earlier writes that failed; keep what fails for later."""
        self._pending.append(write)
        self._flush()

    def _flush(self) -> None:
        while self._pending:
            try:
                self._pending[0]()
            except DatabaseError as error:
                self._last_error = error
                self._retry.start(self.RETRY_MS)
                self.saveFailed.emit(error)
                return
            self._pending.pop(0)
        self._retry.stop()
        if self._last_error is not None:  # it was failing until now
            self._last_error = None
            self.saveRecovered.emit()

    @property
    def unsaved(self) -> int:
        """Writes still waiting because the history file could not take them."""
        return len(self._pending)

    @property
    def retrying(self) -> bool:
        """True while waiting writes are tried again on a timer."""
        return self._retry.isActive()

    @property
    def last_error(self) -> DatabaseError | None:
        """Why the waiting writes could not be saved; None when nothing is waiting."""
        return self._last_error

    def abandon_unsaved(self) -> int:
        """Give up on the waiting writes (the app is closing); returns how many there were."""
        dropped = len(self._pending)
        self._pending.clear()
        self._retry.stop()
        return dropped

    def retry_saving(self) -> None:
        """Try the waiting writes again; the retry timer calls this, so may a test."""
        if self._pending:
            self._flush()

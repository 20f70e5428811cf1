"""SessionController: runs a SessionEngine on a Qt timer and re-emits what it does.

It owns one single-shot precise timer, armed for the next moment anything visible
changes, and turns the engine's events into Qt signals. Saving them is the recorder's
job and adding them up is ``core.stats``'s; the controller only drives the engine.

When the timer runs well after the moment it was armed for, the machine slept or the
process was held up; ``core.held_up`` says what then (an ice application counts the
time, any other session pauses).
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
    StateChanged,
)
from hamstring_coach.core.held_up import counts_time_asleep, held_up
from hamstring_coach.core.progress import Progress, progress
from hamstring_coach.core.routines import Routine
from hamstring_coach.core.stats import SessionOutcome, session_outcome
from hamstring_coach.core.tempo import TempoPhase, tempo_phase
from hamstring_coach.core.timeline import Prefs, Segment, expand

# The longest a single timer wait may be: Qt timers take a 32-bit count of milliseconds.
MAX_WAIT_MS = 24 * 3600 * 1000


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
    progress: Progress  # exercise n of m, and about how long the session has left


@dataclass(frozen=True)
class SessionBegun:
    """A session has started: which routine, and when."""

    routine: Routine
    started_at: datetime


class SessionController(QObject):
    """Signals, each with the payload named beside it; read them typed through the
    properties below (``view()``, ``outcome()``), since Qt hands slots untyped values."""

    sessionStarted = Signal(object)  # SessionBegun
    segmentStarted = Signal(object)  # core.engine.SegmentStarted
    segmentFinished = Signal(object)  # core.engine.SegmentFinished
    stateChanged = Signal(object)  # core.engine.State
    ticked = Signal()  # the timer woke: the seconds shown or the repetition changed
    sessionFinished = Signal(object)  # core.engine.SessionFinished
    # The clock jumped this many seconds past the timer (the machine slept or the process
    # was held up); a session that does not count time asleep is paused by then.
    heldUp = Signal(float)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._engine: SessionEngine | None = None
        self._routine: Routine | None = None
        self._armed_for: float | None = None  # clock time the timer is armed to wake at
        self._seen_at = clock.now()  # clock time the controller last ran
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    # -- session life ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._engine is not None and self._engine.state in (State.RUNNING, State.PAUSED)

    @property
    def engine(self) -> SessionEngine | None:
        return self._engine

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def routine(self) -> Routine | None:
        """The routine of the last session started."""
        return self._routine

    def start(self, routine: Routine, prefs: Prefs | None = None) -> None:
        if self.running:
            raise RuntimeError("a session is already running")
        engine = SessionEngine(expand(routine, prefs), self._clock)
        engine.subscribe(self._on_event)
        self._engine = engine
        self._routine = routine
        self.sessionStarted.emit(SessionBegun(routine, self._clock.wall()))
        engine.start()
        self._reschedule()

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

    def tick(self) -> None:
        """Settle the engine against the clock; the timer calls this, so may a test."""
        if self._engine is None:
            return
        self._catch_up()
        self._engine.poll()
        if self._engine.state is not State.FINISHED:
            self.ticked.emit()
        self._reschedule()

    @property
    def wake_in_ms(self) -> int | None:
        """Real milliseconds until the timer wakes the controller; None while idle."""
        return self._timer.interval() if self._timer.isActive() else None

    def _command(self, action: Callable[[SessionEngine], None]) -> None:
        if self._engine is None:
            return
        # A key pressed on waking finds the session paused by the sleep; it was meant for
        # the session as it was, so it is dropped.
        if not self._catch_up():
            action(self._engine)
        self._reschedule()

    def _catch_up(self) -> bool:
        """Deal with a sleep or hold-up since the timer was armed; True when it paused."""
        engine, armed = self._engine, self._armed_for
        self._armed_for = None
        if engine is None or armed is None or engine.state is not State.RUNNING:
            return False
        now = self._clock.now()
        if not held_up(armed, now, self._clock.scale):
            return False
        paused = False
        if self._routine is not None and not counts_time_asleep(self._routine.id):
            engine.interrupt(self._seen_at)
            paused = engine.state is State.PAUSED
        self.heldUp.emit(now - armed)
        return paused

    def _reschedule(self) -> None:
        self._seen_at = self._clock.now()
        wake = self._engine.next_change() if self._engine else None
        self._armed_for = wake
        if wake is None:
            self._timer.stop()
            return
        real_ms = max(0.0, wake - self._clock.now()) / self._clock.scale * 1000
        self._timer.start(min(MAX_WAIT_MS, max(0, math.ceil(real_ms - 1e-3))))

    # -- what the pages show -----------------------------------------------------------
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
            progress=progress(engine.timeline, engine.index, left),
        )

    def tempo(self) -> TempoPhase | None:
        """Where a paced repetition is (up or down, how far), for the set under way;
        cheap enough to ask for every frame of the tempo gauge."""
        engine = self._engine
        if engine is None or engine.state is State.FINISHED:
            return None
        return tempo_phase(engine.segment, engine.elapsed())

    def outcome(self) -> SessionOutcome | None:
        """What the last session added up to, once it has ended."""
        engine = self._engine
        if engine is None or engine.end_status is None:
            return None
        return session_outcome(engine.end_status, engine.timeline, engine.finished_segments)

    # -- re-emitting -------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if isinstance(event, SegmentStarted):
            self.segmentStarted.emit(event)
        elif isinstance(event, SegmentFinished):
            self.segmentFinished.emit(event)
        elif isinstance(event, StateChanged):
            self.stateChanged.emit(event.state)
        elif isinstance(event, SessionFinished):
            self._timer.stop()
            self.sessionFinished.emit(event)

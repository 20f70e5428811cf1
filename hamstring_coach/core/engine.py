"""SessionEngine: a state machine that walks a timeline on a clock.

Remaining time is always ``deadline - clock.now()``; nothing is decremented per tick. A
pause stores what is left of the segment; resuming sets a new deadline. ``poll()`` may be
called late or rarely (a busy event loop, a sleeping laptop): every deadline that passed
in the meantime is settled at the moment it fell due, not at the moment of the call, so
the actual seconds of all segments add up to the running time exactly.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Literal

from hamstring_coach.core.clock import Clock
from hamstring_coach.core.timeline import WORK_KINDS, Segment

EndReason = Literal["completed", "stopped", "sharp-pain"]
# Going back within this many seconds of a segment's start goes to the one before it.
BACK_RESTART_S = 3.0


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class SegmentStarted:
    index: int
    segment: Segment
    at: datetime


@dataclass(frozen=True)
class SegmentFinished:
    index: int
    segment: Segment
    actual_s: float  # running seconds spent in it, pauses excluded
    completed: bool  # False when skipped, gone back over or stopped
    started_at: datetime
    ended_at: datetime


@dataclass(frozen=True)
class SessionFinished:
    status: EndReason
    at: datetime


@dataclass(frozen=True)
class StateChanged:
    state: State


Event = SegmentStarted | SegmentFinished | SessionFinished | StateChanged
Listener = Callable[[Event], None]


class SessionEngine:
    def __init__(self, timeline: Sequence[Segment], clock: Clock) -> None:
        if not timeline:
            raise ValueError("a session needs at least one segment")
        self.timeline = tuple(timeline)
        self._clock = clock
        self._listeners: list[Listener] = []
        self.state = State.IDLE
        self.index = 0
        self._banked = 0.0  # running seconds of the current segment before the last resume
        self._run_from = 0.0  # clock time of the last start or resume
        # Record times are read off one anchor, so that one moment always gets one
        # date and time, and segments follow each other without gaps or overlaps.
        self._anchor = (clock.now(), clock.wall())
        self._segment_wall = self._anchor[1]
        self._finished: list[SegmentFinished] = []
        self.end_status: EndReason | None = None  # how the session ended, once it has

    # -- observing ---------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    @property
    def finished_segments(self) -> tuple[SegmentFinished, ...]:
        """Every segment left so far, in the order they ended."""
        return tuple(self._finished)

    @property
    def segment(self) -> Segment:
        return self.timeline[self.index]

    @property
    def next_segment(self) -> Segment | None:
        following = self.index + 1
        return self.timeline[following] if following < len(self.timeline) else None

    def elapsed(self) -> float:
        """Running seconds spent in the current segment."""
        if self.state is State.RUNNING:
            return self._banked + (self._clock.now() - self._run_from)
        return self._banked

    def deadline(self) -> float | None:
        """Clock time at which the current segment ends, while running and timed."""
        planned = self.segment.planned_s
        if self.state is not State.RUNNING or planned is None:
            return None
        return self._run_from + (planned - self._banked)

    def remaining(self) -> float | None:
        """Seconds left in the current segment; None for an untimed one."""
        planned = self.segment.planned_s
        if planned is None:
            return None
        if self.state is State.FINISHED:
            return 0.0
        return max(0.0, planned - self.elapsed())

    def current_rep(self) -> int:
        """For a reps segment: the repetition under way, from 1."""
        seg = self.segment
        if seg.kind != "reps" or seg.pace_s <= 0:
            return 0
        return min(seg.count, int(self.elapsed() // seg.pace_s) + 1)

    def next_change(self) -> float | None:
        """Clock time at which anything shown or heard changes next: a whole second, a
        repetition of a set or its tempo beat, or the end of the segment. None when
        nothing will change by itself."""
        end = self.deadline()
        if end is None:
            return None
        now = self._clock.now()
        left = end - now
        if left <= 0:
            return end
        shown = math.ceil(left) - 1  # the next whole number of seconds the display shows
        candidates = [end - shown if shown > 0 else end]
        seg = self.segment
        if seg.beats:
            into = self.elapsed() % seg.pace_s
            later = [beat for beat in seg.beats if beat > into + 1e-9]
            candidates.append(now + (later[0] if later else seg.pace_s) - into)
        return min(candidates)

    # -- commands ----------------------------------------------------------------------
    def start(self) -> None:
        if self.state is not State.IDLE:
            return
        self._enter(0, self._clock.now())
        self._set_state(State.RUNNING)
        self.poll()

    def pause(self) -> None:
        if self.state is not State.RUNNING:
            return
        self.poll()
        if self.state is State.RUNNING:
            self._banked = self.elapsed()
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        if self.state is not State.PAUSED:
            return
        self._run_from = self._clock.now()
        self._set_state(State.RUNNING)
        self.poll()

    def toggle_pause(self) -> None:
        if self.state is State.RUNNING:
            self.pause()
        else:
            self.resume()

    def skip(self) -> None:
        """Leave the current segment unfinished and move on."""
        if self._settle_for_command():
            self._advance(completed=False)

    def confirm(self) -> None:
        """The person did an untimed step (a checklist), or finished a set of repetitions
        early: count it done and move on."""
        if self._settle_for_command() and (not self.segment.timed or self.segment.kind == "reps"):
            self._advance(completed=True)

    def back(self) -> None:
        """Restart the current piece of work, or go to the one before it when it has
        only just begun. Work is always entered through its get-ready countdown."""
        if not self._settle_for_command():
            return
        target = self.index if self.elapsed() >= BACK_RESTART_S else max(0, self.index - 1)
        work = self.timeline[target].kind in WORK_KINDS
        if work and target > 0 and self.timeline[target - 1].kind == "prepare":
            target -= 1
        now = self._clock.now()
        self._leave(now, completed=False)
        self._enter(target, now)

    def stop(self, reason: EndReason = "stopped") -> None:
        if not self._settle_for_command():
            return
        now = self._clock.now()
        self._leave(now, completed=False)
        self._finish(reason, now)

    def poll(self) -> None:
        """Settle every deadline that has passed; call it whenever the clock may have
        moved. Late or missed calls change nothing but when events are heard."""
        self._settle(self._clock.now())

    def interrupt(self, since: float) -> None:
        """The machine slept, or this process was held up, from clock time ``since`` on
        (see ``core.held_up``): settle the deadlines up to then, cut the segment under way
        there (not done) and pause at its start again, entered through its get-ready when
        it is work. Resuming counts it afresh, so nothing is counted for time nobody was
        guided through."""
        if self.state is not State.RUNNING:
            return
        since = min(max(since, self._run_from), self._clock.now())
        self._settle(since)
        if self.end_status is not None:  # the last deadline fell before the sleep
            return
        target = self.index
        work = self.segment.kind in WORK_KINDS
        if work and target > 0 and self.timeline[target - 1].kind == "prepare":
            target -= 1
        self._leave(since, completed=False)
        self._enter(target, since)
        self._set_state(State.PAUSED)

    # -- internals ---------------------------------------------------------------------
    def _settle(self, until: float) -> None:
        while self.state is State.RUNNING:
            end = self.deadline()
            if end is None or until < end:
                return
            self._advance(completed=True, at=end)

    def _settle_for_command(self) -> bool:
        if self.state in (State.IDLE, State.FINISHED):
            return False
        self.poll()
        return self.state in (State.RUNNING, State.PAUSED)

    def _advance(self, *, completed: bool, at: float | None = None) -> None:
        when = self._clock.now() if at is None else at
        self._leave(when, completed=completed)
        if self.index + 1 < len(self.timeline):
            self._enter(self.index + 1, when)
        else:
            self._finish("completed", when)

    def _enter(self, index: int, when: float) -> None:
        self.index = index
        self._banked = 0.0
        self._run_from = when
        self._segment_wall = self._wall_at(when)
        self._emit(SegmentStarted(index, self.timeline[index], self._segment_wall))

    def _leave(self, when: float, *, completed: bool) -> None:
        seg = self.segment
        if self.state is State.RUNNING:
            actual = self._banked + (when - self._run_from)
        else:
            actual = self._banked
        event = SegmentFinished(
            self.index, seg, actual, completed, self._segment_wall, self._wall_at(when)
        )
        self._finished.append(event)
        self._emit(event)
        self._banked = 0.0
        self._run_from = when

    def _finish(self, status: EndReason, when: float) -> None:
        self.end_status = status
        self._set_state(State.FINISHED)
        self._emit(SessionFinished(status, self._wall_at(when)))

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self._emit(StateChanged(state))

    def _wall_at(self, when: float) -> datetime:
        anchor_now, anchor_wall = self._anchor
        return anchor_wall + timedelta(seconds=(when - anchor_now) / self._clock.scale)

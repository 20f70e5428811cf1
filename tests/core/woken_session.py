"""A session engine on a fake clock, woken exactly when the controller's timer would.

The whole-session tests of the planners (cues, screen-reader announcements) drive a
session through it and note what their planner says: a subclass makes its planner and
answers ``on_event`` (each engine event) and ``on_tick`` (each wake-up while running).
"""

from __future__ import annotations

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.engine import Event, SessionEngine, State
from hamstring_coach.core.routines import Routine
from hamstring_coach.core.timeline import Prefs, expand


class WokenSession:
    def __init__(self, routine: Routine, prefs: Prefs) -> None:
        self.clock = FakeClock(start=0)
        self.timeline = expand(routine, prefs)
        self.engine = SessionEngine(self.timeline, self.clock)
        self.engine.subscribe(self.on_event)

    def on_event(self, event: Event) -> None:
        """What the planner hears of an engine event."""

    def on_tick(self) -> None:
        """What the planner hears at a wake-up while the session runs."""

    def wake_until(self, until: float) -> None:
        """Wake at every moment the engine asks for, up to clock time ``until``."""
        while self.engine.state is State.RUNNING:
            wake = self.engine.next_change()
            if wake is None or wake > until + 1e-9:
                break
            self.clock.advance(wake - self.clock.now())
            self.wake()
        self.clock.advance(max(0.0, until - self.clock.now()))

    def wake(self) -> None:
        self.engine.poll()
        if self.engine.state is State.RUNNING:
            self.on_tick()

"""Clocks that the session engine reads.

A clock gives two things: ``now()``, seconds on a steady scale that only moves forward
(laptop sleep included), used for every deadline; and ``wall()``, the aware local date and
time, used only to stamp records. ``scale`` says how many clock seconds pass per real
second, so the Qt layer can turn a clock deadline into a real timer interval.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """What the engine needs from a clock."""

    @property
    def scale(self) -> float:
        """Clock seconds per real second."""
        ...

    def now(self) -> float:
        """Seconds on a steady scale; never goes back, counts sleep."""
        ...

    def wall(self) -> datetime:
        """The aware local date and time, for records only."""
        ...


def _local_now() -> datetime:
    return datetime.now().astimezone()


class SystemClock:
    """Real elapsed time, laptop sleep included.

    On Linux this is CLOCK_BOOTTIME. Elsewhere the monotonic clock is checked against the
    wall clock: when the wall clock moved ahead of the monotonic one by more than a few
    seconds between two readings, the machine slept and the gap is added. A wall-clock jump
    (NTP, time zone, DST) between two readings while awake is smaller than that threshold or
    backwards, and never moves a deadline.
    """

    SLEEP_THRESHOLD_S = 2.0

    def __init__(self) -> None:
        self._boottime = getattr(time, "CLOCK_BOOTTIME", None) if sys.platform == "linux" else None
        self._offset = 0.0
        self._last_mono = time.monotonic()
        self._last_wall = time.time()

    @property
    def scale(self) -> float:
        return 1.0

    def now(self) -> float:
        if self._boottime is not None:
            return time.clock_gettime(self._boottime)
        mono, wall = time.monotonic(), time.time()
        gap = (wall - self._last_wall) - (mono - self._last_mono)
        if gap > self.SLEEP_THRESHOLD_S:
            self._offset += gap
        self._last_mono, self._last_wall = mono, wall
        return mono + self._offset

    def wall(self) -> datetime:
        return _local_now()


class ScaledClock:
    """Another clock run ``factor`` times faster, for demos and end-to-end tests."""

    def __init__(self, base: Clock, factor: float) -> None:
        if not factor > 0:
            raise ValueError("the time scale must be greater than zero")
        self._base = base
        self._factor = factor
        self._origin = base.now()

    @property
    def scale(self) -> float:
        return self._base.scale * self._factor

    def now(self) -> float:
        return (self._base.now() - self._origin) * self._factor

    def wall(self) -> datetime:
        return self._base.wall()


class FakeClock:
    """A clock that moves only when told to; tests step it instead of sleeping."""

    def __init__(self, start: float = 1000.0, wall_start: datetime | None = None) -> None:
        self._now = start
        self._start = start
        self._wall_start = wall_start or datetime(2026, 1, 5, 9, 0).astimezone()

    @property
    def scale(self) -> float:
        return 1.0

    def now(self) -> float:
        return self._now

    def wall(self) -> datetime:
        return self._wall_start + timedelta(seconds=self._now - self._start)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock never goes back")
        self._now += seconds

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from hamstring_coach.core import clock as clock_module
from hamstring_coach.core.clock import FakeClock, ScaledClock, SystemClock


def test_fake_clock_moves_only_when_told_and_never_back() -> None:
    clock = FakeClock(start=10)
    wall = clock.wall()
    assert clock.now() == 10
    clock.advance(2.5)
    assert clock.now() == 12.5
    assert clock.wall() - wall == timedelta(seconds=2.5)
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_scaled_clock_runs_n_times_faster_from_zero() -> None:
    base = FakeClock(start=500)
    scaled = ScaledClock(base, 20)
    assert scaled.now() == 0 and scaled.scale == 20
    base.advance(1.5)
    assert scaled.now() == pytest.approx(30)
    assert scaled.wall() == base.wall()  # records carry real dates and times


@pytest.mark.parametrize("factor", [0, -2])
def test_scaled_clock_refuses_a_scale_that_is_not_positive(factor: float) -> None:
    with pytest.raises(ValueError):
        ScaledClock(FakeClock(), factor)


def test_system_clock_reads_the_clock_that_counts_sleep() -> None:
    """On Linux it is CLOCK_BOOTTIME itself (which keeps counting while the lid is shut);
    elsewhere it starts from the monotonic clock. Read between two readings of that
    clock, it must fall between them: not the wall clock, not an offset copy."""
    clock = SystemClock()
    source = getattr(time, "CLOCK_BOOTTIME", None) if sys.platform == "linux" else None

    def reference() -> float:
        return time.monotonic() if source is None else time.clock_gettime(source)

    before = reference()
    reading = clock.now()
    after = reference()
    assert before <= reading <= after
    assert clock.scale == 1
    wall = clock.wall()
    assert wall.utcoffset() is not None
    assert abs((wall - datetime.now(UTC)).total_seconds()) < 5


def test_system_clock_counts_sleep_without_boottime(monkeypatch) -> None:
    """Where there is no CLOCK_BOOTTIME, a gap between wall and monotonic time is sleep."""
    readings = {"mono": 100.0, "wall": 5000.0}
    monkeypatch.setattr(clock_module.sys, "platform", "darwin")
    monkeypatch.setattr(time, "monotonic", lambda: readings["mono"])
    monkeypatch.setattr(time, "time", lambda: readings["wall"])
    clock = SystemClock()
    start = clock.now()
    readings["mono"] += 10
    readings["wall"] += 10
    assert clock.now() - start == pytest.approx(10)
    readings["mono"] += 1  # the lid was closed for 20 minutes: monotonic time stood still
    readings["wall"] += 1 + 1200
    assert clock.now() - start == pytest.approx(10 + 1 + 1200)
    readings["mono"] += 5  # the wall clock is set back an hour: nothing moves backwards
    readings["wall"] += 5 - 3600
    assert clock.now() - start == pytest.approx(10 + 1 + 1200 + 5)

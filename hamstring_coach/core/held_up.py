"""When the clock jumps: a laptop that slept, or a process that was held up.

The Qt layer arms one timer for the next moment anything changes. When it finally runs
and the clock (which counts sleep) is well past that moment, the machine was asleep or
the process was stopped in between. What happens then depends on the session:

- An ice application counts that time. Ice keeps melting while the lid is shut, so the
  application ends at its deadline and the alert comes at once on waking.
- Any other session does not. Nobody was guided through a stretch while the screen was
  dark, so the session pauses at wake and the step under way starts again, not counted
  as done (``SessionEngine.interrupt``).

A busy machine is late by a fraction of a second; a jump counts only when it is well
beyond that, both on the clock (``HELD_UP_S``) and in real seconds (``HICCUP_REAL_S``),
so a demonstration run at ``--time-scale`` is not paused by a slow repaint.
"""

from __future__ import annotations

from hamstring_coach.core.ice import ICE_ROUTINE_ID

__all__ = ["HELD_UP_S", "HICCUP_REAL_S", "ICE_ROUTINE_ID", "counts_time_asleep", "held_up"]

# Clock seconds past the scheduled moment from which the machine counts as having slept.
HELD_UP_S = 60.0
# Real seconds a busy machine may be late at any time scale without counting as a sleep.
HICCUP_REAL_S = 2.0


def held_up(scheduled: float, now: float, scale: float = 1.0) -> bool:
    """Whether waking at ``now`` for a moment ``scheduled`` means the machine slept or the
    process was held up in between (both on a clock that runs ``scale`` times real time)."""
    late = now - scheduled
    return late > max(HELD_UP_S, HICCUP_REAL_S * scale)


def counts_time_asleep(routine_id: str) -> bool:
    """Whether a session of this routine goes on counting while the machine sleeps."""
    return routine_id == ICE_ROUTINE_ID

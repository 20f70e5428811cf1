"""What the computer is kept awake for, at each moment.

- ``"display"``: the screen stays on and the computer does not sleep. A guided session is
  followed from the floor, a glance at a time; so is the alert at the end of an ice
  application, which stays until someone takes note of it.
- ``"system"``: the computer does not sleep for being idle, but the screen may blank. An
  ice application has nothing to watch for 20 minutes, and must go on counting.
- ``None``: nothing is held. A paused, stopped or finished session lets the computer
  rest as it would.
"""

from __future__ import annotations

from typing import Literal

from hamstring_coach.core.ice import ICE_ROUTINE_ID

Wake = Literal["display", "system"]


def wake_needed(routine_id: str | None, counting: bool, alerting: bool = False) -> Wake | None:
    """What to keep awake: a session of ``routine_id`` is ``counting`` (running, not paused);
    an alert is ``alerting`` until acknowledged."""
    if alerting:
        return "display"
    if not counting or routine_id is None:
        return None
    return "system" if routine_id == ICE_ROUTINE_ID else "display"

"""Lengths of time as people read them: the one formatter for the window and the terminal."""

from __future__ import annotations

import math


def clock_text(seconds: float, *, bare_seconds: bool = False) -> str:
    """``75`` -> ``1:15``, ``3725`` -> ``1:02:05``; rounded to the nearest second.

    With ``bare_seconds``, anything under a minute is just the number (``45``), as a
    countdown shows it; otherwise it is ``0:45``.
    """
    whole = max(0, round(seconds)) if math.isfinite(seconds) else 0
    if bare_seconds and whole < 60:
        return str(whole)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

"""When a screen reader is told where the countdown is, and what it is told.

A person who follows the session with a screen reader hears the countdown at the
moments that matter, never every second (that would drown out everything else):

- a segment's start: what it is (get ready, hold, rest, switch sides, a set, a timed
  block, a checklist), the exercise, the side and how long it lasts;
- halfway through a hold or a timed block of ``LONG_HOLD_S`` seconds or more;
- one minute left in a timed block of ``MINUTE_LEFT_FROM_S`` or more (an ice
  application);
- each of the last three seconds of a get-ready, a hold or a timed block;
- paused and resumed;
- the end of the session, with how it ended.

Announcements are ids with parameters: the Qt layer words them through its
translations and hands them to the accessibility framework. Feed the planner in the
order things happen, as ``core.cues.CuePlanner``; a late wake announces only what is
still true (the seconds shown now), and a segment that was over before anyone heard it
says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from hamstring_coach.core.cues import COUNTDOWN_FROM, LONG_HOLD_S, shown_seconds
from hamstring_coach.core.engine import EndReason, State
from hamstring_coach.core.timeline import Segment, SegmentKind, Side

AnnouncementId = Literal[
    "segment",  # a segment started: kind, title, side, seconds (0: untimed), rep, total
    "halfway",  # "Halfway."
    "minute-left",  # "One minute left."
    "count",  # "3" (n)
    "paused",  # "Paused."
    "resumed",  # "Resumed: 12 seconds left." (seconds)
    "done",  # the session ended (status)
]
ANNOUNCEMENT_IDS: tuple[AnnouncementId, ...] = get_args(AnnouncementId)

MINUTE_LEFT_FROM_S = 180.0  # timed blocks at least this long get "one minute left"
_COUNTED: frozenset[SegmentKind] = frozenset({"prepare", "hold", "timed"})
_HALVED: frozenset[SegmentKind] = frozenset({"hold", "timed"})


@dataclass(frozen=True)
class Announcement:
    id: AnnouncementId
    kind: SegmentKind | None = None
    title: str = ""
    side: Side | None = None
    seconds: int = 0  # a segment's length, or the seconds left on resuming
    n: int = 0  # the count (3, 2, 1), or the repetition or set of a segment
    total: int = 0  # repetitions or sets of the step
    count: int = 0  # repetitions in a set
    status: EndReason | None = None


class AnnouncementPlanner:
    """The announcements of one session over ``timeline``."""

    def __init__(self, timeline: Sequence[Segment]) -> None:
        self._timeline = tuple(timeline)
        self._index: int | None = None
        self._shown = 0  # seconds shown at the last moment heard
        self._halfway = False
        self._minute = False
        self._state = State.IDLE

    def started(self, index: int, remaining: float | None) -> list[Announcement]:
        """A segment started with ``remaining`` seconds left (None: untimed)."""
        self._index = index
        self._shown = shown_seconds(remaining) if remaining is not None else 0
        self._halfway = False
        self._minute = False
        if remaining is not None and remaining <= 0:
            return []  # over already: a late wake is settling what it missed
        seg = self._timeline[index]
        return [
            Announcement(
                "segment",
                kind=seg.kind,
                title=seg.title,
                side=seg.side,
                seconds=self._shown,
                n=seg.rep or 0,
                total=seg.rep_total or 0,
                count=seg.count,
            )
        ]

    def ticked(self, remaining: float | None) -> list[Announcement]:
        """The timer woke while running, with ``remaining`` seconds left."""
        if self._index is None or remaining is None or remaining <= 0:
            return []
        if self._state is not State.RUNNING:
            return []
        seg = self._timeline[self._index]
        shown = shown_seconds(remaining)
        if shown >= self._shown:
            return []
        self._shown = shown
        planned = seg.planned_s or 0.0
        if seg.kind in _COUNTED and 1 <= shown <= COUNTDOWN_FROM:
            return [Announcement("count", n=shown)]
        long_block = seg.kind == "timed" and planned >= MINUTE_LEFT_FROM_S
        if long_block and not self._minute and shown <= 60:
            self._minute = self._halfway = True  # both due: the minute is the news
            return [Announcement("minute-left")]
        long_hold = seg.kind in _HALVED and planned >= LONG_HOLD_S
        if long_hold and not self._halfway and shown <= planned / 2:
            self._halfway = True
            return [Announcement("halfway")]
        return []

    def state_changed(self, state: State, remaining: float | None) -> list[Announcement]:
        """The session was paused or resumed (the start and the end say themselves)."""
        before, self._state = self._state, state
        if state is State.PAUSED and before is State.RUNNING:
            return [Announcement("paused")]
        if state is State.RUNNING and before is State.PAUSED:
            left = 0 if remaining is None else shown_seconds(remaining)
            if remaining is not None:
                self._shown = left
            return [Announcement("resumed", seconds=left)]
        return []

    def ended(self, status: EndReason) -> list[Announcement]:
        """The session ended with ``status``."""
        self._index = None
        self._state = State.FINISHED
        return [Announcement("done", status=status)]

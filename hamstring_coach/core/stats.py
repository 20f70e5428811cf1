"""What a session adds up to: pure functions over its timeline and what happened in it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hamstring_coach.core.engine import EndReason, SegmentFinished
from hamstring_coach.core.timeline import Segment, SegmentKind


@dataclass(frozen=True)
class WorkCount:
    """Pieces of one kind of work in a session: holds, sets, timed blocks or checklists."""

    planned: int = 0
    done: int = 0  # finished in full (a piece done again after Back counts once)
    skipped: int = 0  # left unfinished and never done: skipped, or cut short by a stop

    @property
    def not_reached(self) -> int:
        """Pieces the session ended before reaching."""
        return self.planned - self.done - self.skipped


@dataclass(frozen=True)
class SessionOutcome:
    """How a session ended and what was done in it."""

    status: EndReason
    holds: WorkCount
    sets: WorkCount
    timed: WorkCount
    checklists: WorkCount
    active_s: float  # running seconds of every segment, pauses excluded

    @property
    def mostly_done(self) -> bool:
        """At least half of the planned work was done in full."""
        planned = sum(c.planned for c in self.counts())
        done = sum(c.done for c in self.counts())
        return planned > 0 and done * 2 >= planned

    def counts(self) -> tuple[WorkCount, ...]:
        return (self.holds, self.sets, self.timed, self.checklists)


_COUNTED: dict[str, SegmentKind] = {
    "holds": "hold",
    "sets": "reps",
    "timed": "timed",
    "checklists": "checklist",
}


def work_count(
    kind: SegmentKind, timeline: Sequence[Segment], finished: Iterable[SegmentFinished]
) -> WorkCount:
    """Planned, done and skipped pieces of one kind of work."""
    planned = {index for index, segment in enumerate(timeline) if segment.kind == kind}
    done: set[int] = set()
    left: set[int] = set()
    for event in finished:
        if event.index in planned:
            (done if event.completed else left).add(event.index)
    return WorkCount(len(planned), len(done), len(left - done))


def session_outcome(
    status: EndReason, timeline: Sequence[Segment], finished: Sequence[SegmentFinished]
) -> SessionOutcome:
    """What a session that ended with ``status`` adds up to."""
    counts = {name: work_count(kind, timeline, finished) for name, kind in _COUNTED.items()}
    return SessionOutcome(
        status=status, active_s=sum(event.actual_s for event in finished), **counts
    )

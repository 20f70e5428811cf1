"""Which sound and which spoken phrase belong to which moment of a session.

A CuePlanner is told what the controller reports (a segment started or finished, the
timer woke, the session ended) and answers with the cues for that moment, so that a
person lying on the floor with their eyes shut can follow the whole session:

- a segment's start: its sound (get ready, hold starts, rest, switch sides), or the
  step-done sound when it follows the last piece of a step done in full; and one
  phrase: the exercise and side coming next during its get-ready, "Rep 2 of 3" or
  "Set 2 of 3" before a later one, "Hold" or "Go" as the work starts, "Rest", "Switch
  sides" with the new side, or a checklist to confirm;
- while counting: "3, 2, 1" with a short sound at the last three seconds of a get-ready,
  a hold or a timed block; "halfway" through holds and blocks of LONG_HOLD_S or more;
  a soft tick at every tempo beat of paced repetitions (the set's start sound is its
  first beat);
- the end: the session-done sound when it ran to its end, and "well done" unless most
  of it was skipped (or it was stopped for sharp pain).

Phrases are ids with parameters: the Qt layer words them through its translations. The
timer wakes at every whole second shown and every tempo beat (``SessionEngine.
next_change``), so every cue falls on a wake; when a wake comes late, only the latest
moment is heard, and a segment that was over before anyone heard it says nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from hamstring_coach.core.engine import EndReason
from hamstring_coach.core.timeline import WORK_KINDS, Segment, SegmentKind, Side

SoundName = Literal[
    "get-ready",
    "hold-start",
    "countdown",
    "switch-sides",
    "rest",
    "step-done",
    "session-done",
    "tempo-up",
    "tempo-down",
]
SOUND_NAMES: tuple[SoundName, ...] = get_args(SoundName)  # resources/sounds/<name>.wav
PhraseId = Literal[
    "next",  # the exercise (and side) a get-ready leads into: "Next: Bridges."
    "rep",  # "Rep 2 of 3."
    "set",  # "Set 2 of 3."
    "hold",  # "Hold."
    "go",  # "Go."
    "rest",  # "Rest."
    "switch",  # "Switch sides: right leg."
    "checklist",  # "A drink of water. Press Enter when done."
    "halfway",  # "Halfway."
    "count",  # "3"
    "well-done",  # "Well done."
    "session-over",  # the end of a session that was mostly skipped
]
PHRASE_IDS: tuple[PhraseId, ...] = get_args(PhraseId)

LONG_HOLD_S = 20.0  # holds and timed blocks at least this long get "halfway"
COUNTDOWN_FROM = 3  # "3, 2, 1"
_COUNTED: frozenset[SegmentKind] = frozenset({"prepare", "hold", "timed"})
_HALVED: frozenset[SegmentKind] = frozenset({"hold", "timed"})
_START_SOUNDS: dict[SegmentKind, SoundName] = {
    "prepare": "get-ready",
    "hold": "hold-start",
    "reps": "hold-start",
    "timed": "hold-start",
    "rest": "rest",
    "switch": "switch-sides",
    "checklist": "get-ready",
}
_EPSILON = 1e-6  # a wake at a beat may read a clock a hair before it


@dataclass(frozen=True)
class Sound:
    name: SoundName


@dataclass(frozen=True)
class Phrase:
    id: PhraseId
    title: str = ""
    side: Side | None = None
    n: int = 0
    total: int = 0


Cue = Sound | Phrase


def shown_seconds(remaining: float) -> int:
    """Whole seconds as the display shows them: rounded up."""
    return math.ceil(remaining - 1e-9)


class CuePlanner:
    """The cues of one session over ``timeline``; feed it in the order things happen."""

    def __init__(self, timeline: Sequence[Segment]) -> None:
        self._timeline = tuple(timeline)
        self._index: int | None = None
        self._shown = 0  # seconds shown at the last moment heard
        self._beat = 0  # tempo beats heard in the current set, its start being 0
        self._halfway = False
        self._last_finished: tuple[int, bool] | None = None  # index, done in full

    def finished(self, index: int, completed: bool) -> None:
        """A segment ended: done in full, or skipped, gone back over or stopped."""
        self._last_finished = (index, completed)

    def started(self, index: int, remaining: float | None) -> list[Cue]:
        """A segment started and has ``remaining`` seconds left (None: untimed)."""
        self._index = index
        self._shown = shown_seconds(remaining) if remaining is not None else 0
        self._beat = 0
        self._halfway = False
        if remaining is not None and remaining <= 0:
            return []  # over already: a late wake is settling what it missed
        return [self._start_sound(index), *self._start_phrase(index)]

    def ticked(self, remaining: float | None, elapsed: float) -> list[Cue]:
        """The timer woke during the current segment, with ``remaining`` seconds left
        and ``elapsed`` running seconds spent in it."""
        if self._index is None or remaining is None or remaining <= 0:
            return []
        seg = self._timeline[self._index]
        cues: list[Cue] = []
        shown = shown_seconds(remaining)
        if shown < self._shown:
            self._shown = shown
            planned = seg.planned_s or 0.0
            if seg.kind in _COUNTED and 1 <= shown <= COUNTDOWN_FROM:
                cues += [Sound("countdown"), Phrase("count", n=shown)]
            elif (
                seg.kind in _HALVED
                and planned >= LONG_HOLD_S
                and not self._halfway
                and shown <= planned / 2
            ):
                self._halfway = True
                cues.append(Phrase("halfway"))
        if seg.beats:
            into = elapsed + _EPSILON
            beat = int(into // seg.pace_s) * len(seg.beats) + sum(
                1 for offset in seg.beats[1:] if into % seg.pace_s >= offset
            )
            if beat > self._beat:
                self._beat = beat
                cues.append(Sound("tempo-up" if beat % len(seg.beats) == 0 else "tempo-down"))
        return cues

    def ended(self, status: EndReason, mostly_done: bool) -> list[Cue]:
        """The session ended with ``status``; ``mostly_done``: at least half its work
        was done in full (``SessionOutcome.mostly_done``)."""
        self._index = None
        cues: list[Cue] = []
        if status == "completed":
            cues.append(Sound("session-done"))
        if mostly_done and status != "sharp-pain":
            cues.append(Phrase("well-done"))
        elif status == "completed":
            cues.append(Phrase("session-over"))
        return cues

    # -- the start of a segment ----------------------------------------------------------
    def _start_sound(self, index: int) -> Sound:
        seg = self._timeline[index]
        if index > 0 and self._last_finished == (index - 1, True):
            before = self._timeline[index - 1]
            if before.kind in WORK_KINDS and before.step_id != seg.step_id:
                return Sound("step-done")
        return Sound(_START_SOUNDS[seg.kind])

    def _start_phrase(self, index: int) -> list[Phrase]:
        seg = self._timeline[index]
        new_step = index == 0 or self._timeline[index - 1].step_id != seg.step_id
        if seg.kind == "checklist":
            return [Phrase("checklist", title=seg.title)]
        if seg.kind == "prepare":
            if new_step:
                return [Phrase("next", title=seg.title, side=seg.side)]
            if seg.rep is not None and seg.rep_total is not None and seg.rep > 1:
                which: PhraseId = "set" if seg.count else "rep"
                return [Phrase(which, n=seg.rep, total=seg.rep_total)]
            return []
        if seg.kind == "hold":
            return [Phrase("hold")]
        if seg.kind in ("reps", "timed"):
            return [Phrase("go")]
        if seg.kind == "rest":
            return [Phrase("rest")]
        return [Phrase("switch", side=seg.side)]

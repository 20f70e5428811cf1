"""The bounds every routine keeps, checked once its fields have been read.

``core.routines`` checks each field's type and its own range; this module checks what
only makes sense across fields: how many steps there are, how long one hold or block may
last, how long the whole session adds up to, and what the text may hold (no control or
bidi characters, no line breaks in titles, a length that fits on the screen). Every
text field of a routine and its steps is looked at, including ones added later.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import TYPE_CHECKING

from hamstring_coach.core.durations import clock_text
from hamstring_coach.core.quoting import char_name
from hamstring_coach.core.routine_input import bad_characters

if TYPE_CHECKING:
    from hamstring_coach.core.routines import Routine, Step

MAX_STEPS = 60
MAX_HOLD_S = 300  # a stretch is held 20-30 s; five minutes is more than any hold needs
MAX_TIMED_S = 3600  # one block of time: ice is 15-20 min, a warm-up about 10
MAX_SESSION_S = 3 * 3600  # what all the steps of one session may add up to
MAX_ITEMS = 20
# The longest text each field may hold, in characters; others get DEFAULT_TEXT_CHARS.
TEXT_CHARS = {"title": 100, "summary": 400, "instruction": 400, "items": 200}
DEFAULT_TEXT_CHARS = 200
# Fields that may run over several lines; every other text is one line.
MULTI_LINE = frozenset({"summary", "instruction"})

# (step number or None for the routine itself, the problem as a sentence's end)
Problem = tuple[int | None, str]


def find_problem(routine: Routine) -> Problem | None:
    """The first bound ``routine`` breaks, or None when it keeps them all."""
    problem = _text_problem(routine, ("id", "steps"))
    if problem is not None:
        return None, problem
    if len(routine.steps) > MAX_STEPS:
        return (
            None,
            f"it has {len(routine.steps)} steps, more than the {MAX_STEPS} a routine may have",
        )
    for number, step in enumerate(routine.steps, 1):
        problem = _text_problem(step, ("id", "kind")) or _step_problem(step)
        if problem is not None:
            return number, problem
    total = sum(longest_seconds(step) for step in routine.steps)
    if total > MAX_SESSION_S:
        return None, (
            f"its steps add up to {clock_text(total)}, longer than the "
            f"{MAX_SESSION_S // 3600} hours a session may last"
        )
    return None


def longest_seconds(step: Step) -> float:
    """The longest a step may take, at its longest allowed holds and blocks, without the
    short get-ready and switch-sides moments the app adds."""
    sides = 2 if step.per_side else 1
    if step.kind == "hold":
        holds = step.repetitions * step.hold_range[1]
        return sides * (holds + (step.repetitions - 1) * step.rest_s)
    if step.kind == "reps":
        work = step.sets * step.reps * step.rep_s
        return sides * (work + (step.sets - 1) * step.rest_s)
    if step.kind == "timed":
        return sides * step.duration_range[1]
    return 0.0


def _step_problem(step: Step) -> str | None:
    if step.kind == "hold" and step.hold_range[1] > MAX_HOLD_S:
        key = "hold_s" if step.hold_s > MAX_HOLD_S else "hold_range"
        return _too_long(key, step.hold_range[1], MAX_HOLD_S, "a hold")
    if step.kind == "timed" and step.duration_range[1] > MAX_TIMED_S:
        key = "duration_s" if step.duration_s > MAX_TIMED_S else "duration_range"
        return _too_long(key, step.duration_range[1], MAX_TIMED_S, "one timed block")
    if len(step.items) > MAX_ITEMS:
        return f"the field 'items' lists {len(step.items)} things, more than {MAX_ITEMS}"
    return None


def _too_long(key: str, seconds: float, limit: int, what: str) -> str:
    value = f"is {seconds:g} s" if key.endswith("_s") else f"goes up to {seconds:g} s"
    return f"the field '{key}' {value}, longer than the {limit} s {what} may last"


def _text_problem(record: Routine | Step, skip: tuple[str, ...]) -> str | None:
    for key, text in _texts(record, skip):
        char = bad_characters(text, lines=key in MULTI_LINE)
        if char is not None:
            what = (
                "a line break" if char in "\n\r\u2028\u2029" else f"the character {char_name(char)}"
            )
            return f"the field '{key}' holds {what}, which routine text may not"
        limit = TEXT_CHARS.get(key, DEFAULT_TEXT_CHARS)
        if len(text) > limit:
            return f"the field '{key}' is {len(text)} characters long, more than {limit}"
    return None


def _texts(record: Routine | Step, skip: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(field name, text) for every text, and every text in a tuple, of a dataclass."""
    for field in fields(record):
        if field.name in skip:
            continue
        value = getattr(record, field.name)
        if isinstance(value, str):
            yield field.name, value
        elif isinstance(value, tuple):
            for item in value:
                if isinstance(item, str):
                    yield field.name, item

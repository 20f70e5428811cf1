"""Routines as data: load a routine TOML file and check every field of it.

The same checks run on the built-in routines and on a file a person (or their
physiotherapist) wrote. A problem becomes a RoutineError whose message is one sentence
naming the file, the step and the field.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from hamstring_coach.core import routine_limits
from hamstring_coach.core.quoting import quote, shown_path
from hamstring_coach.core.routine_error import RoutineError as RoutineError
from hamstring_coach.core.routine_input import check_shape, read_routine_text

StepKind = Literal["hold", "reps", "timed", "checklist"]
STEP_KINDS: tuple[StepKind, ...] = get_args(StepKind)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
MAX_SECONDS = 4 * 3600
# Larger than any count or time a routine may hold; bigger numbers are refused before
# they are formatted or converted (an int of thousands of digits cannot be a float).
_HUGE = 10**9


@dataclass(frozen=True)
class Step:
    """One exercise or task of a routine."""

    id: str
    kind: StepKind
    title: str
    instruction: str = ""
    per_side: bool = False
    hold_s: float = 0.0  # hold: seconds per hold
    hold_range: tuple[float, float] = (0.0, 0.0)  # hold: the allowed holds
    repetitions: int = 1  # hold: holds on each side
    sets: int = 0  # reps: how many sets
    reps: int = 0  # reps: repetitions in a set
    rep_s: float = 0.0  # reps: seconds per repetition (the pace)
    rest_s: float = 0.0  # hold: between holds; reps: between sets
    duration_s: float = 0.0  # timed: seconds of the block
    duration_range: tuple[float, float] = (0.0, 0.0)  # timed: the allowed lengths
    items: tuple[str, ...] = ()  # checklist: what to confirm
    tempo: tuple[float, float] | None = None  # reps: seconds up, seconds down
    picture: str = ""  # the illustration's id, when it is not the step's own id

    @property
    def picture_id(self) -> str:
        """The illustration shown for this step: resources/illustrations/<id>.svg."""
        return self.picture or self.id


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    summary: str
    steps: tuple[Step, ...]
    needs: tuple[str, ...] = ()  # what to have at hand, shown before it starts
    parts: tuple[str, ...] = ()  # ids of the routines it is made of, in order


# Which keys each step kind takes, and which of them are required.
_COMMON = {"id", "kind", "title", "instruction", "picture"}
_KEYS: dict[StepKind, tuple[set[str], set[str]]] = {
    "hold": (_COMMON | {"per_side", "hold_s", "hold_range", "repetitions", "rest_s"}, {"hold_s"}),
    "reps": (_COMMON | {"per_side", "sets", "reps", "rep_s", "tempo", "rest_s"}, {"sets", "reps"}),
    "timed": (_COMMON | {"per_side", "duration_s", "duration_range"}, {"duration_s"}),
    "checklist": (_COMMON | {"items"}, {"items"}),
}
_ROUTINE_KEYS = {"id", "title", "summary", "needs", "steps", "parts"}
MAX_NEEDS = 10
MAX_NEED_CHARS = 80
MAX_PARTS = 10
# The shortest and longest half of a paced repetition, in seconds.
TEMPO_RANGE = (0.25, 30.0)


class _Fields:
    """Typed access to one table of the file, raising RoutineError on a bad field."""

    def __init__(self, table: Mapping[str, Any], fail: Callable[[str], RoutineError]) -> None:
        self._table = table
        self._fail = fail

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self._table.get(key)
        if value is None:
            if required:
                raise self._fail(f"the field '{key}' is missing")
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise self._fail(f"the field '{key}' must be non-empty text")
        return value.strip()

    def flag(self, key: str, default: bool) -> bool:
        value = self._table.get(key, default)
        if not isinstance(value, bool):
            raise self._fail(f"the field '{key}' must be true or false")
        return value

    def number(self, key: str, *, low: float, high: float, default: float | None = None) -> float:
        value = self._table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._fail(f"the field '{key}' must be a number of seconds")
        self._check_size(key, value)
        if not low <= value <= high:
            raise self._fail(
                f"the field '{key}' is {_fmt(value)}, outside {_fmt(low)}-{_fmt(high)}"
            )
        return float(value)

    def count(self, key: str, *, low: int, high: int, default: int | None = None) -> int:
        value = self._table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(f"the field '{key}' must be a whole number")
        self._check_size(key, value)
        if not low <= value <= high:
            raise self._fail(f"the field '{key}' is {value}, outside {low}-{high}")
        return value

    def span(self, key: str, default: float) -> tuple[float, float]:
        value = self._table.get(key, [default, default])
        ok = isinstance(value, list) and len(value) == 2
        if not ok or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value):
            raise self._fail(f"the field '{key}' must be two numbers, [shortest, longest]")
        for number in value:
            self._check_size(key, number)
        low, high = float(value[0]), float(value[1])
        if not 0 < low <= high <= MAX_SECONDS:
            raise self._fail(f"the field '{key}' must run from a shortest to a longest time")
        return low, high

    def seconds_within(self, key: str, span_key: str) -> tuple[float, tuple[float, float]]:
        """Seconds (key) and the range a person may set them to (span_key, by default
        those seconds alone), which must hold them."""
        seconds = self.number(key, low=1, high=MAX_SECONDS)
        low, high = self.span(span_key, seconds)
        if not low <= seconds <= high:
            raise self._fail(
                f"the field '{key}' is {_fmt(seconds)} s, outside its allowed range "
                f"{_fmt(low)}-{_fmt(high)} s"
            )
        return seconds, (low, high)

    def _check_size(self, key: str, value: float) -> None:
        """Refuse infinity, NaN and integers far beyond any field's range."""
        if isinstance(value, float) and math.isnan(value):
            raise self._fail(f"the field '{key}' is not a number")
        if abs(value) > _HUGE:
            raise self._fail(f"the field '{key}' is far too large a number")


def _fmt(value: float) -> str:
    return f"{value:g}"


def parse_routine(text: str, source: str) -> Routine:
    """Parse and check routine TOML; ``source`` names the file in messages.

    The text is checked before it is parsed (its length and nesting), and the routine
    after it (``core.routine_limits``: counts, times and the characters of its text).
    """

    def fail(sentence: str) -> RoutineError:
        return RoutineError(sentence, file=source)

    text = check_shape(text, source, fail)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise fail(f"{source} is not valid TOML: {_toml_problem(error)}.") from None
    except ValueError:  # an integer of more digits than Python converts
        raise fail(f"{source} holds a number with far too many digits.") from None
    except RecursionError:  # kept out by check_shape; never a traceback all the same
        raise fail(f"{source} nests arrays or tables too deeply.") from None
    routine = routine_from_data(data, source)
    problem = routine_limits.find_problem(routine)
    if problem is not None:
        number, sentence = problem
        if number is None:
            raise fail(f"{source}: {sentence}.")
        name = f"step {number} ('{routine.steps[number - 1].id}')"
        raise RoutineError(f"{source}, {name}: {sentence}.", file=source, step=name)
    return routine


def _toml_problem(error: tomllib.TOMLDecodeError) -> str:
    """The parser's message with any input it quotes cut short, on one line."""
    text = str(error)
    where = re.search(r" \((at line \d+, column \d+|at end of document)\)$", text)
    head, tail = (text[: where.start()], where.group()) if where else (text, "")
    return (head if len(head) <= 80 and head.isprintable() else quote(head)) + tail


def routine_from_data(data: Mapping[str, Any], source: str) -> Routine:
    """Check a routine read from TOML (tables, arrays, strings, numbers, dates)."""

    def routine_fail(problem: str) -> RoutineError:
        return RoutineError(f"{source}: {problem}.", file=source)

    unknown = sorted(set(data) - _ROUTINE_KEYS)
    if unknown:
        raise routine_fail(f"unknown key {quote(unknown[0])} at the top of the file")
    top = _Fields(data, routine_fail)
    routine_id = top.text("id")
    if not _ID.match(routine_id):
        raise routine_fail("the field 'id' must be lower-case letters, digits and dashes")
    title = top.text("title")
    summary = top.text("summary", required=False)
    needs = _needs(data.get("needs", []), routine_fail)
    if "parts" in data:
        if "steps" in data:
            raise routine_fail("a routine has either [[steps]] or 'parts', not both")
        parts = _parts(data["parts"], routine_id, routine_fail)
        return Routine(routine_id, title, summary, steps=(), needs=needs, parts=parts)
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise routine_fail("there are no steps; add at least one [[steps]] table")
    steps = tuple(_parse_step(raw, number, source) for number, raw in enumerate(raw_steps, 1))
    seen: set[str] = set()
    for number, step in enumerate(steps, 1):
        if step.id in seen:
            raise routine_fail(f"step {number} reuses the id '{step.id}'")
        seen.add(step.id)
    return Routine(id=routine_id, title=title, summary=summary, steps=steps, needs=needs)


def _needs(value: object, fail: Callable[[str], RoutineError]) -> tuple[str, ...]:
    """The 'needs' list: short texts naming what to have at hand."""
    if not isinstance(value, list):
        raise fail("the field 'needs' must be a list of things to have at hand")
    if len(value) > MAX_NEEDS:
        raise fail(f"the field 'needs' lists {len(value)} things, more than {MAX_NEEDS}")
    needs: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise fail("every entry of 'needs' must be non-empty text")
        if len(item.strip()) > MAX_NEED_CHARS:
            raise fail(f"every entry of 'needs' must be at most {MAX_NEED_CHARS} characters")
        if item.strip() not in needs:
            needs.append(item.strip())
    return tuple(needs)


def _parts(value: object, own_id: str, fail: Callable[[str], RoutineError]) -> tuple[str, ...]:
    """The 'parts' list: ids of routines made of steps, each named once."""
    if not isinstance(value, list) or not value:
        raise fail("the field 'parts' must be a list of routine ids")
    if len(value) > MAX_PARTS:
        raise fail(f"the field 'parts' names {len(value)} routines, more than {MAX_PARTS}")
    parts: list[str] = []
    for part in value:
        if not isinstance(part, str) or not _ID.match(part):
            raise fail("every entry of 'parts' must be a routine id")
        if part == own_id:
            raise fail(f"the part '{part}' is this routine itself")
        if part in parts:
            raise fail(f"the part '{part}' is named twice")
        parts.append(part)
    return tuple(parts)


def _parse_step(raw: object, number: int, source: str) -> Step:
    name = f"step {number}"
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        name = f"step {number} ({quote(raw['id'])})"

    def fail(problem: str) -> RoutineError:
        return RoutineError(f"{source}, {name}: {problem}.", file=source, step=name)

    if not isinstance(raw, dict):
        raise fail("each step must be a [[steps]] table")
    kind = raw.get("kind")
    if kind not in STEP_KINDS:
        raise fail(f"the field 'kind' must be one of {', '.join(STEP_KINDS)}")
    allowed, required = _KEYS[kind]
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise fail(f"unknown key {quote(unknown[0])} for a {kind} step")
    missing = sorted(required - set(raw))
    if missing:
        raise fail(f"the field '{missing[0]}' is missing")
    fields = _Fields(raw, fail)
    step_id = fields.text("id")
    if not _ID.match(step_id):
        raise fail("the field 'id' must be lower-case letters, digits and dashes")
    picture = fields.text("picture", required=False)
    if picture and not _ID.match(picture):
        raise fail("the field 'picture' must be a picture id: lower-case letters, digits, dashes")
    common: dict[str, Any] = {
        "id": step_id,
        "kind": kind,
        "title": fields.text("title"),
        "instruction": fields.text("instruction", required=False),
        "picture": picture,
    }
    if kind == "hold":
        hold_s, hold_range = fields.seconds_within("hold_s", "hold_range")
        return Step(
            **common,
            per_side=fields.flag("per_side", True),
            hold_s=hold_s,
            hold_range=hold_range,
            repetitions=fields.count("repetitions", low=1, high=20, default=1),
            rest_s=fields.number("rest_s", low=0, high=600, default=0),
        )
    if kind == "reps":
        tempo = _tempo(raw, fail)
        if tempo is None and "rep_s" not in raw:
            raise fail("the field 'rep_s' is missing; give it, or a 'tempo'")
        rep_s = fields.number("rep_s", low=0.5, high=60, default=sum(tempo or (0, 0)))
        if tempo is not None and abs(rep_s - sum(tempo)) > 1e-9:
            raise fail(
                f"the field 'rep_s' is {_fmt(rep_s)} s but the 'tempo' adds up to "
                f"{_fmt(sum(tempo))} s; give one of them"
            )
        return Step(
            **common,
            per_side=fields.flag("per_side", False),
            sets=fields.count("sets", low=1, high=20),
            reps=fields.count("reps", low=1, high=100),
            rep_s=rep_s,
            tempo=tempo,
            rest_s=fields.number("rest_s", low=0, high=600, default=0),
        )
    if kind == "timed":
        duration, duration_range = fields.seconds_within("duration_s", "duration_range")
        return Step(
            **common,
            per_side=fields.flag("per_side", False),
            duration_s=duration,
            duration_range=duration_range,
        )
    items = raw["items"]
    if not isinstance(items, list) or not items:
        raise fail("the field 'items' must be a list of things to confirm")
    if not all(isinstance(item, str) and item.strip() for item in items):
        raise fail("every entry of 'items' must be non-empty text")
    return Step(**common, items=tuple(item.strip() for item in items))


def _tempo(
    raw: Mapping[str, Any], fail: Callable[[str], RoutineError]
) -> tuple[float, float] | None:
    """A reps step's 'tempo': [seconds up, seconds down], or None when not given."""
    if "tempo" not in raw:
        return None
    value = raw["tempo"]
    ok = isinstance(value, list) and len(value) == 2
    if not ok or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value):
        raise fail("the field 'tempo' must be two numbers, [seconds up, seconds down]")
    low, high = TEMPO_RANGE
    if not all(low <= v <= high for v in value):
        raise fail(f"each half of the field 'tempo' must be {_fmt(low)}-{_fmt(high)} s")
    return float(value[0]), float(value[1])


def step_titles(routines: Iterable[Routine]) -> dict[tuple[str, str], str]:
    """(routine id, step id) -> the step's title, for showing recorded sessions."""
    return {(r.id, s.id): s.title for r in routines for s in r.steps}


def load_routine(path: Path) -> Routine:
    """Read and check one routine file (``core.routine_input`` says what it may be)."""
    source = shown_path(path)
    text = read_routine_text(path, lambda sentence: RoutineError(sentence, file=source))
    return parse_routine(text, source)


def load_routines(paths: Iterable[Path]) -> list[Routine]:
    """Load several routine files; ids must be unique across them, and a routine made
    of parts gets its steps from the routines loaded with it (``core.compose``)."""
    from hamstring_coach.core.compose import compose_all  # it builds on this module

    routines: list[Routine] = []
    seen: dict[str, Path] = {}
    for path in sorted(paths):
        routine = load_routine(path)
        if routine.id in seen:
            raise RoutineError(
                f"{path}: the routine id '{routine.id}' is already used by {seen[routine.id]}.",
                file=str(path),
            )
        seen[routine.id] = path
        routines.append(routine)
    return compose_all((routine, str(seen[routine.id])) for routine in routines)

"""No input escapes the routine validator as anything but a Routine or one sentence.

Hypothesis writes routine files four ways: any text at all, a soup of TOML's own tokens
(brackets, dots, quotes, huge and odd numbers), a good routine with one field swapped
for an arbitrary TOML value and written out as TOML, and the same data handed to the
validator without the parser. Each input must end, within a time and memory bound, as
a Routine or a RoutineError whose message is one short printable sentence.
"""

from __future__ import annotations

import math
import time
import tracemalloc
from datetime import date, datetime
from datetime import time as day_time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hamstring_coach.core.quoting import one_line
from hamstring_coach.core.routines import Routine, RoutineError, parse_routine, routine_from_data

SOURCE = "fuzz.toml"
TIME_BOUND_S = 2.0
MEMORY_BOUND = 32 * 1024 * 1024
LONGEST_MESSAGE = 300
FUZZ = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def check_outcome(run: Any) -> Routine | None:
    """Run ``run()`` within the bounds; it must give a Routine or one sentence."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = run()
    except RoutineError as error:
        result = None
        message = str(error)
        assert message.startswith(SOURCE), message
        assert message.endswith("."), message
        assert one_line(message), repr(message)
        assert len(message) <= LONGEST_MESSAGE, message
    finally:
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < TIME_BOUND_S, elapsed
    assert peak < MEMORY_BOUND, peak
    if result is not None:
        assert isinstance(result, Routine)
        assert result.steps
    return result


# --------------------------------------------------------------------------- TOML out


def toml_string(text: str) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or char == "\x7f":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def toml_value(value: Any) -> str:
    """A value as inline TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, datetime | date | day_time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    assert isinstance(value, dict)
    pairs = (f"{toml_string(key)} = {toml_value(item)}" for key, item in value.items())
    return "{" + ", ".join(pairs) + "}"


def toml_document(data: dict[str, Any]) -> str:
    lines = [f"{toml_string(key)} = {toml_value(value)}" for key, value in data.items()]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- strategies

TEXTS = st.text(
    st.characters(blacklist_categories=["Cs"]) | st.sampled_from("\x00\x1b\u202e\u2028\n"),
    max_size=40,
)
NUMBERS = (
    st.integers(-(10**6), 10**6)
    | st.sampled_from([0, -1, 10**12, 10**400, -(10**400), 2**63])
    | st.floats(allow_nan=True, allow_infinity=True)
)
SCALARS = (
    st.booleans() | NUMBERS | TEXTS | st.datetimes(timezones=st.none()) | st.dates() | st.times()
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXTS, inner, max_size=4),
    max_leaves=12,
)
GOOD_STEP: dict[str, Any] = {
    "id": "reach",
    "kind": "hold",
    "title": "Reach",
    "hold_s": 25,
    "hold_range": [20, 30],
    "repetitions": 2,
    "rest_s": 10,
}
STEP_KEYS = [*GOOD_STEP, "per_side", "instruction", "sets", "reps", "rep_s", "duration_s", "items"]
TOP_KEYS = ["id", "title", "summary", "steps"]
TOKENS = [
    "[", "]", "[[", "]]", "{", "}", ".", "=", ",", "\n", " ", "#", '"', "'", '"""', "'''",
    "\\", "a", "id", "steps", "kind", '"hold"', "hold_s", "title", "[[steps]]", "1", "1.5",
    "1e400", "nan", "-inf", "9" * 5000, "0x1F", "1979-05-27T07:32:00Z", "true", "\ufeff",
    "\x00", "\u202e", "\nx = ", "\nhold_s = ", "\nx = [", "\na.b.c = ",
]  # fmt: skip


@st.composite
def mutated_routines(draw: st.DrawFn) -> dict[str, Any]:
    """A good routine with a few fields replaced, added or removed."""
    step = dict(GOOD_STEP)
    data: dict[str, Any] = {"id": "mine", "title": "Mine", "steps": [step]}
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            target, keys = step, STEP_KEYS
        else:
            target, keys = data, TOP_KEYS
        key = draw(st.sampled_from(keys) | TEXTS)
        if draw(st.integers(0, 4)) == 0:
            target.pop(key, None)
        else:
            target[key] = draw(VALUES)
    if draw(st.booleans()):
        data["steps"] = [step] * draw(st.integers(1, 80))
    return data


# --------------------------------------------------------------------------- properties


@FUZZ
@given(TEXTS | st.text(max_size=2000))
def test_any_text_is_a_routine_or_one_sentence(text: str) -> None:
    check_outcome(lambda: parse_routine(text, SOURCE))


@FUZZ
@given(st.lists(st.sampled_from(TOKENS), max_size=300).map("".join))
def test_toml_token_soup_is_a_routine_or_one_sentence(text: str) -> None:
    check_outcome(lambda: parse_routine(text, SOURCE))


@FUZZ
@given(mutated_routines())
def test_a_mutated_routine_written_as_toml_is_a_routine_or_one_sentence(
    data: dict[str, Any],
) -> None:
    check_outcome(lambda: parse_routine(toml_document(data), SOURCE))


@FUZZ
@given(mutated_routines() | st.dictionaries(TEXTS, VALUES, max_size=6))
def test_structured_data_is_a_routine_or_one_sentence(data: dict[str, Any]) -> None:
    check_outcome(lambda: routine_from_data(data, SOURCE))


def test_the_writer_round_trips_a_good_routine() -> None:
    data = {"id": "mine", "title": "Mine", "steps": [GOOD_STEP]}
    routine = check_outcome(lambda: parse_routine(toml_document(data), SOURCE))
    assert routine is not None and routine.steps[0].hold_s == 25

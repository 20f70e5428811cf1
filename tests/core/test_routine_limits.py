"""Routine files as an attacker or a clumsy user writes them: each case ends in one sentence.

Every case here was once a traceback, a hang, a huge message or a file accepted that no
routine should be. Cases that could eat memory or time without the checks run in a
child process with a memory and time limit (tests/test_cli_routine_files.py); these are
the ones that are safe in-process either way.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from hamstring_coach.core.quoting import QUOTE_CHARS, one_line
from hamstring_coach.core.routine_input import MAX_DEPTH
from hamstring_coach.core.routine_limits import MAX_HOLD_S, MAX_SESSION_S, MAX_STEPS
from hamstring_coach.core.routines import RoutineError, load_routine, parse_routine

HEAD = 'id = "r"\ntitle = "R"\n'
HOLD = '[[steps]]\nid = "{id}"\nkind = "hold"\ntitle = "{title}"\nhold_s = {hold}\n'
GOOD = HEAD + HOLD.format(id="s", title="Stretch", hold="30") + "hold_range = [20, 30]\n"
# A message names the file and, at most, one short quote of the input.
LONGEST_MESSAGE = 200


def refusal(text: str, source: str = "mine.toml") -> str:
    """The one sentence parse_routine refuses ``text`` with."""
    with pytest.raises(RoutineError) as caught:
        parse_routine(text, source)
    message = str(caught.value)
    assert message.startswith(source), message
    assert message.endswith("."), message
    assert one_line(message), repr(message)
    assert len(message) <= LONGEST_MESSAGE, message
    return message


def hold_step(number: int, hold: str = "30") -> str:
    return HOLD.format(id=f"s{number}", title=f"Stretch {number}", hold=hold)


# --------------------------------------------------------------------------- nesting


@pytest.mark.parametrize(("opening", "closing"), [("[", "]"), ("{ a = ", "}")])
def test_arrays_or_inline_tables_nested_500_deep_are_refused_before_parsing(
    opening: str, closing: str
) -> None:
    text = HEAD + "x = " + opening * 500 + "1" + closing * 500 + "\n"
    assert len(text.encode()) < 4 * 1024  # a 1 KB file of brackets, as in the report
    message = refusal(text)
    assert "nest" in message and f"{MAX_DEPTH} levels" in message


def test_nesting_counts_only_outside_strings_and_comments() -> None:
    text = GOOD.replace('title = "R"', 'title = "R [[[[[[{{{{{{ a.b.c.d.e.f.g"  # [[[[[[[[')
    assert parse_routine(text, "mine.toml").title == "R [[[[[[{{{{{{ a.b.c.d.e.f.g"


def test_a_dotted_key_deeper_than_a_few_levels_is_refused_at_once() -> None:
    text = HEAD + ".".join(["a"] * 20_000) + " = 1\n"  # 41 KB, as in the report
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = refusal(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1.0
    assert peak < 5_000_000, peak
    assert "dotted key" in message and "line 3" in message


def test_a_table_header_with_a_deep_dotted_key_is_refused() -> None:
    message = refusal(HEAD + "[" + ".".join(["t"] * 50) + "]\nx = 1\n")
    assert "dotted key" in message


def test_floats_and_dotted_keys_within_bounds_are_fine() -> None:
    text = GOOD.replace("hold_s = 30", "hold_s = 25.5").replace("[20, 30]", "[20.5, 30.0]")
    assert parse_routine(text, "mine.toml").steps[0].hold_s == 25.5


# --------------------------------------------------------------------------- numbers


def test_an_integer_of_over_4300_digits_is_one_sentence() -> None:
    message = refusal(GOOD.replace("hold_s = 30", "hold_s = " + "9" * 4400))
    assert "too many digits" in message


@pytest.mark.parametrize("field", ["hold_s", "hold_range", "rest_s", "repetitions"])
def test_an_integer_of_400_digits_is_one_sentence(field: str) -> None:
    huge = "1" + "0" * 400
    text = {
        "hold_s": GOOD.replace("hold_s = 30", f"hold_s = {huge}"),
        "hold_range": GOOD.replace("[20, 30]", f"[20, {huge}]"),
        "rest_s": GOOD + f"rest_s = {huge}\n",
        "repetitions": GOOD + f"repetitions = {huge}\n",
    }[field]
    message = refusal(text)
    assert f"'{field}' is far too large" in message


@pytest.mark.parametrize("where", ["hold_s", "hold_range", "duration_s", "rest_s"])
def test_1e400_in_a_seconds_field_is_one_sentence(where: str) -> None:
    timed = '[[steps]]\nid = "t"\nkind = "timed"\ntitle = "Ice"\nduration_s = 1e400\n'
    text = {
        "hold_s": GOOD.replace("hold_s = 30", "hold_s = 1e400"),
        "hold_range": GOOD.replace("[20, 30]", "[20, 1e400]"),
        "duration_s": HEAD + timed,
        "rest_s": GOOD + "rest_s = 1e400\n",
    }[where]
    message = refusal(text)
    assert f"'{where}' is far too large a number" in message


def test_nan_is_not_a_number_of_seconds() -> None:
    assert "'hold_s' is not a number" in refusal(GOOD.replace("hold_s = 30", "hold_s = nan"))


# --------------------------------------------------------------------------- bounds


def test_a_four_hour_hold_is_refused() -> None:
    message = refusal(HEAD + hold_step(1, hold="14400"))
    assert f"'hold_s' is 14400 s, longer than the {MAX_HOLD_S} s a hold may last" in message


def test_a_hold_range_reaching_past_the_longest_hold_is_refused() -> None:
    message = refusal(GOOD.replace("[20, 30]", "[20, 3600]"))
    assert "'hold_range' goes up to 3600 s" in message


def test_too_many_steps_are_refused() -> None:
    text = HEAD + "".join(hold_step(n) for n in range(1, MAX_STEPS + 2))
    assert f"{MAX_STEPS + 1} steps, more than the {MAX_STEPS}" in refusal(text)


def test_steps_adding_up_to_more_than_a_session_may_last_are_refused() -> None:
    timed = '[[steps]]\nid = "t{n}"\nkind = "timed"\ntitle = "Block {n}"\nduration_s = 3600\n'
    hours = MAX_SESSION_S // 3600
    text = HEAD + "".join(timed.format(n=n) for n in range(hours + 1))
    message = refusal(text)
    assert f"add up to {hours + 1}:00:00, longer than the {hours} hours" in message


def test_20003_steps_planning_millions_of_hours_are_refused() -> None:
    step = '{{id = "s{n}", kind = "timed", title = "T", duration_s = 600}}'
    text = HEAD + "steps = [" + ",".join(step.format(n=n) for n in range(20_003)) + "]\n"
    assert "larger than 256 KB" in refusal(text)


def test_the_builtin_sized_routines_are_well_within_bounds() -> None:
    text = HEAD + "".join(hold_step(n) for n in range(1, 13))
    assert len(parse_routine(text, "mine.toml").steps) == 12


# --------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u202e", "\u2066", "\u200f", "\u2028"],
    ids=["NUL", "BEL", "ESC", "DEL", "NEL", "RLO", "LRI", "RLM", "LSEP"],
)
@pytest.mark.parametrize("field", ["title", "step title", "instruction", "items"])
def test_control_and_bidi_characters_in_text_are_refused(char: str, field: str) -> None:
    escaped = f"\\u{ord(char):04x}"
    text = {
        "title": GOOD.replace('title = "R"', f'title = "R{escaped}x"'),
        "step title": GOOD.replace('"Stretch"', f'"Str{escaped}etch"'),
        "instruction": GOOD + f'instruction = "Reach{escaped}out"\n',
        "items": HEAD
        + f'[[steps]]\nid = "c"\nkind = "checklist"\ntitle = "C"\nitems = ["ok", "a{escaped}b"]\n',
    }[field]
    message = refusal(text)
    key = field.split()[-1]
    assert f"the field '{key}' holds" in message
    assert f"U+{ord(char):04X}" in message or "line break" in message


def test_a_title_with_newlines_is_refused_in_one_line() -> None:
    message = refusal(GOOD.replace('"Stretch"', '"a\\nb\\nc\\nd\\ne\\nf"'))
    assert "the field 'title' holds a line break" in message


def test_an_instruction_may_span_lines() -> None:
    text = GOOD + 'instruction = """\nSit tall.\n\tReach for the toes."""\n'
    assert "Reach" in parse_routine(text, "mine.toml").steps[0].instruction


def test_a_long_title_is_refused_and_never_echoed() -> None:
    message = refusal(GOOD.replace('"Stretch"', '"' + "x" * 100_000 + '"'))
    assert "'title' is 100000 characters long, more than 100" in message


@pytest.mark.parametrize("where", ["step id", "step key", "top key", "toml"])
def test_bad_input_is_quoted_in_at_most_60_characters_on_one_line(where: str) -> None:
    junk = "z\\n" * 20_000  # as TOML: z, a newline, ... in a string or quoted key
    text = {
        "step id": GOOD.replace('id = "s"', f'id = "{junk}"'),
        "step key": GOOD + f'"{junk}" = 1\n',
        "top key": f'"{junk}" = 1\n' + GOOD,
        "toml": GOOD + f'["{junk}"]\n["{junk}"]\n',
    }[where]
    message = refusal(text)
    quoted = message.split("'")[1] if where != "toml" else message
    assert "…" in message
    if where != "toml":
        assert len(quoted) <= QUOTE_CHARS, quoted


# --------------------------------------------------------------------------- files


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert load_routine(path).title == "R"
    assert parse_routine("\ufeff" + GOOD, "bom.toml").title == "R"


def test_a_file_over_256_kb_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_text(GOOD + "# padding\n" * 30_000, encoding="utf-8")
    with pytest.raises(RoutineError, match="larger than 256 KB"):
        load_routine(path)


def test_a_file_name_with_a_newline_is_named_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.toml"
    path.write_text(GOOD.replace("hold_s = 30", "hold_s = 45"), encoding="utf-8")
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    assert "two\\x0alines.toml" in str(caught.value) and "\n" not in str(caught.value)

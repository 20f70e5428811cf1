"""Writing routines back as files, copying them, and the editor's changes."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hamstring_coach.core.own_routines import (
    StepChange,
    change_step,
    copy_id,
    duplicate,
    edited,
    editor_range,
)
from hamstring_coach.core.quoting import BIDI_CONTROLS
from hamstring_coach.core.routine_toml import routine_to_toml
from hamstring_coach.core.routines import Routine, load_routine, load_routines, parse_routine

ROUTINES = Path(__file__).resolve().parents[2] / "resources" / "routines"
BUILTIN = sorted(ROUTINES.glob("*.toml"))

ALL_KINDS = """
id = "all-kinds"
title = "Every kind"
summary = "A line with \\"quotes\\", a back\\\\slash,\\na new line and a tab\\t."

[[steps]]
id = "check"
kind = "checklist"
title = "Check"
items = ["Bandage on", "Leg up"]

[[steps]]
id = "cardio"
kind = "timed"
title = "Cardio"
duration_s = 600
duration_range = [300, 900]

[[steps]]
id = "one-side"
kind = "hold"
title = "Held on no particular side"
per_side = false
hold_s = 22.5
hold_range = [20, 30]
repetitions = 2
rest_s = 7.5

[[steps]]
id = "curls"
kind = "reps"
title = "Curls"
instruction = "Slowly."
per_side = true
sets = 3
reps = 10
rep_s = 4
rest_s = 60
"""


def all_kinds() -> Routine:
    return parse_routine(ALL_KINDS, "all-kinds.toml")


@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.name)
def test_every_builtin_routine_is_written_back_as_it_reads(path: Path) -> None:
    routine = load_routine(path)
    text = routine_to_toml(routine)
    assert parse_routine(text, "copy.toml") == routine
    assert text.startswith("# A routine of your own")


def test_a_copy_of_every_builtin_routine_reads_back_the_same() -> None:
    """A routine made of parts is copied with its parts' steps, and stands alone."""
    for routine in load_routines(BUILTIN):
        copy = duplicate(routine, {routine.id}, f"My {routine.title}")
        assert copy.parts == () and copy.steps == routine.steps
        assert parse_routine(routine_to_toml(copy), "copy.toml") == copy, routine.id


def test_every_kind_and_awkward_text_reads_back_the_same() -> None:
    routine = all_kinds()
    text = routine_to_toml(routine)
    assert parse_routine(text, "copy.toml") == routine
    data = tomllib.loads(text)
    assert data["steps"][2]["per_side"] is False  # written although it is a default
    assert data["steps"][2]["hold_s"] == 22.5


# Text a routine may hold: no control or bidi characters, line breaks only where allowed;
# quotes and backslashes, which the writer must escape, come up often.
_ONE_LINE = st.one_of(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")).filter(
        lambda c: c not in BIDI_CONTROLS
    ),
    st.sampled_from('"\\'),
)
_LINES = st.one_of(_ONE_LINE, st.sampled_from("\n\t"))


@given(
    title=st.text(_ONE_LINE, min_size=1, max_size=40).filter(lambda t: t.strip()),
    instruction=st.text(_LINES, max_size=60),
)
def test_any_text_survives_the_round_trip(title: str, instruction: str) -> None:
    base = all_kinds()
    step = replace(base.steps[2], instruction=instruction.strip())
    routine = replace(base, title=title.strip(), steps=(step, *base.steps[3:]))
    assert parse_routine(routine_to_toml(routine), "copy.toml") == routine


@pytest.mark.parametrize(
    ("base", "taken", "wanted"),
    [
        ("gentle-stretching", set(), "gentle-stretching-copy"),
        ("gentle-stretching", {"gentle-stretching-copy"}, "gentle-stretching-copy-2"),
        ("a" * 64, set(), "a" * 59 + "-copy"),
        ("Odd ID!", set(), "odd-id-copy"),
        ("---", set(), "routine-copy"),
    ],
)
def test_a_copy_gets_a_free_valid_id(base: str, taken: set[str], wanted: str) -> None:
    assert copy_id(base, taken) == wanted


def test_duplicate_keeps_the_steps_and_takes_a_new_id_and_title() -> None:
    routine = all_kinds()
    copy = duplicate(routine, {"all-kinds", "all-kinds-copy"}, "Mine")
    assert (copy.id, copy.title, copy.steps) == ("all-kinds-copy-2", "Mine", routine.steps)


def test_the_editor_changes_hold_repetitions_and_rest() -> None:
    routine = all_kinds()
    changed = edited(
        routine,
        "  My version ",
        {
            "one-side": StepChange(hold_s=25, repetitions=3, rest_s=15),
            "curls": StepChange(sets=2, reps=8, rest_s=45, hold_s=99),  # no hold: ignored
            "cardio": StepChange(hold_s=40),  # a timed step has none of these
        },
    )
    hold, curls, cardio = changed.steps[2], changed.steps[3], changed.steps[1]
    assert changed.title == "My version"
    assert (hold.hold_s, hold.repetitions, hold.rest_s, hold.hold_range) == (25, 3, 15, (20, 30))
    assert (curls.sets, curls.reps, curls.rest_s, curls.rep_s) == (2, 8, 45, 4)
    assert cardio == routine.steps[1]
    assert parse_routine(routine_to_toml(changed), "mine.toml") == changed


def test_a_hold_outside_the_range_widens_it_so_the_file_stays_valid() -> None:
    step = all_kinds().steps[2]
    longer = change_step(step, StepChange(hold_s=45))
    assert (longer.hold_s, longer.hold_range) == (45, (20, 45))
    shorter = change_step(step, StepChange(hold_s=10))
    assert shorter.hold_range == (10, 30)


@pytest.mark.parametrize(
    ("name", "current", "offered"),
    [("hold_s", 30, (5, 300)), ("hold_s", 600, (5, 600)), ("rest_s", 2.5, (0, 300)),
     ("repetitions", 15, (1, 15)), ("reps", 0.5, (0, 50))],
)  # fmt: skip
def test_the_editor_offers_its_range_and_the_current_value(
    name: str, current: float, offered: tuple[int, int]
) -> None:
    assert editor_range(name, current) == offered

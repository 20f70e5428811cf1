from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hamstring_coach.core.routines import RoutineError, load_routine, load_routines, parse_routine

from .conftest import ROUTINES

GOOD_STEP = """
id = "r"
title = "R"
[[steps]]
id = "s"
kind = "hold"
title = "Stretch"
hold_s = 30
hold_range = [20, 30]
"""


def test_builtin_gentle_stretching_matches_the_care_guide() -> None:
    routine = load_routine(ROUTINES / "gentle-stretching.toml")
    assert routine.id == "gentle-stretching"
    assert [s.id for s in routine.steps] == [
        "seated-stretch",
        "lying-strap-stretch",
        "standing-stretch",
    ]
    for step in routine.steps:
        assert step.kind == "hold"
        assert step.per_side
        assert step.hold_s == 30
        assert step.hold_range == (20, 30)
        assert step.repetitions == 3
        assert 0 < step.rest_s <= 30
        assert step.instruction


def test_all_builtin_routines_load_with_unique_ids() -> None:
    routines = load_routines(ROUTINES.glob("*.toml"))
    assert "gentle-stretching" in {r.id for r in routines}


def test_every_kind_of_step_parses(mixed) -> None:
    kinds = [s.kind for s in mixed.steps]
    assert kinds == ["checklist", "timed", "hold", "reps"]
    assert mixed.steps[0].items == ("Elastic bandage on", "Leg raised")
    assert mixed.steps[1].duration_s == 60 and mixed.steps[1].hold_s == 0
    assert mixed.steps[3].sets == 2 and mixed.steps[3].reps == 5


def _swap(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new)


HOLD_45 = "step 1 ('s'): the field 'hold_s' is 45 s, outside its allowed range 20-30 s."


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_swap("hold_s = 30", "hold_s = 45"), HOLD_45),
        (_swap('title = "Stretch"', 'title = "Stretch"\nhodl = 3'), "unknown key 'hodl'"),
        (_swap('title = "Stretch"\n', ""), "step 1 ('s'): the field 'title' is missing."),
        (_swap('title = "R"\n', ""), "the field 'title' is missing."),
        (_swap("hold_s = 30", "hold_s = 30\nhold_s = 31"), "(at line 9, column 12)."),
        (_swap('kind = "hold"', 'kind = "jump"'), "the field 'kind' must be one of"),
        (_swap("hold_s = 30", 'hold_s = "long"'), "must be a number"),
        (_swap("hold_range = [20, 30]", "hold_range = [30, 20]"), "hold_range"),
        (lambda t: t.split("[[steps]]")[0], "there are no steps"),
        (_swap('id = "s"', 'id = "Bad Id"'), "lower-case"),
    ],
)
def test_bad_files_get_one_sentence_naming_file_step_and_field(edit, expected) -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(edit(GOOD_STEP), "mine.toml")
    message = str(caught.value)
    assert expected in message
    assert message.startswith("mine.toml")
    assert message.endswith(".") and "\n" not in message


def test_good_file_passes() -> None:
    assert parse_routine(GOOD_STEP, "mine.toml").steps[0].hold_s == 30


TIMED_STEP = """
id = "r"
title = "R"

[[steps]]
id = "ice"
kind = "timed"
title = "Ice"
duration_s = 1200
duration_range = [900, 1200]
"""


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_swap("duration_s = 1200", "duration_s = 1500"), "is 1500 s, outside its allowed range"),
        (
            _swap("duration_range = [900, 1200]", "duration_range = [600, 800]"),
            "allowed range 600-800",
        ),
    ],
)
def test_a_timed_step_outside_its_range_is_one_sentence(edit, expected) -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(edit(TIMED_STEP), "ice.toml")
    message = str(caught.value)
    assert message.startswith("ice.toml, step 1 ('ice'): the field 'duration_s'"), message
    assert expected in message and message.endswith(" s.")


def test_a_timed_step_without_a_range_may_only_be_its_own_length() -> None:
    (step,) = parse_routine(TIMED_STEP.replace("duration_range = [900, 1200]\n", ""), "i").steps
    assert (step.duration_s, step.duration_range) == (1200, (1200, 1200))
    (step,) = parse_routine(TIMED_STEP, "ice.toml").steps
    assert (step.duration_s, step.duration_range) == (1200, (900, 1200))


def test_duplicate_step_ids_are_refused() -> None:
    text = GOOD_STEP + GOOD_STEP.split("\n", 3)[3]
    with pytest.raises(RoutineError, match="reuses the id 's'"):
        parse_routine(text, "dup.toml")


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match="Cannot read"):
        load_routine(tmp_path / "missing.toml")
    bad = tmp_path / "latin.toml"
    bad.write_bytes(b'title = "caf\xe9"')
    with pytest.raises(RoutineError, match="not UTF-8"):
        load_routine(bad)


def test_duplicate_routine_ids_across_files(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        (tmp_path / name).write_text(GOOD_STEP)
    with pytest.raises(RoutineError, match="already used"):
        load_routines(tmp_path.glob("*.toml"))

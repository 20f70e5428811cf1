"""The five built-in routines hold what the care guide describes."""

from __future__ import annotations

import pytest

from hamstring_coach.core.routines import Routine, load_routines
from hamstring_coach.core.timeline import expand, total_seconds

from .conftest import ROUTINES

ILLUSTRATIONS = ROUTINES.parent / "illustrations"


@pytest.fixture(scope="module")
def builtin() -> dict[str, Routine]:
    return {r.id: r for r in load_routines(ROUTINES.glob("*.toml"))}


EXERCISE = ("warm-up", "gentle-stretching", "strengthening", "cool-down", "full-workout")


def test_the_exercise_routines_are_built_in(builtin: dict[str, Routine]) -> None:
    assert set(EXERCISE) <= set(builtin)


def test_every_step_has_its_picture_and_every_routine_says_what_it_needs(builtin) -> None:
    for routine in (builtin[name] for name in EXERCISE):
        assert routine.needs, routine.id
        for step in routine.steps:
            assert (ILLUSTRATIONS / f"{step.picture_id}.svg").is_file(), step.id
            assert step.instruction, step.id
            # "No bouncing" is the app's to say on every hold, not each file's.
            assert "bounc" not in step.instruction.lower(), step.id


def test_warm_up_is_about_ten_minutes_of_cardio_then_leg_swings(builtin) -> None:
    routine = builtin["warm-up"]
    cardio, *swings = routine.steps
    assert (cardio.id, cardio.kind) == ("light-cardio", "timed")
    assert [s.id for s in swings] == ["leg-swings", "lateral-leg-swings"]
    assert all(s.kind == "reps" and s.per_side and s.tempo for s in swings)
    assert 9 * 60 <= total_seconds(expand(routine)) <= 11 * 60


def test_strengthening_is_paced_sets_with_rest(builtin) -> None:
    routine = builtin["strengthening"]
    assert [s.id for s in routine.steps] == ["bridges", "hamstring-curls", "modified-deadlifts"]
    for step in routine.steps:
        assert step.kind == "reps" and step.sets >= 2 and step.reps >= 5
        assert step.rest_s > 0 and step.tempo is not None
        assert step.rep_s == sum(step.tempo)
    curls = routine.steps[1]
    assert curls.per_side and curls.tempo is not None and curls.tempo[1] >= curls.tempo[0]
    assert any("band" in need.lower() for need in routine.needs)


def test_cool_down_holds_rolls_each_leg_and_drinks(builtin) -> None:
    routine = builtin["cool-down"]
    hold, roll, water = routine.steps
    assert (hold.id, hold.kind, hold.per_side, hold.hold_range) == (
        "static-stretch",
        "hold",
        True,
        (20, 30),
    )
    assert (roll.id, roll.kind, roll.per_side) == ("foam-rolling", "timed", True)
    assert (water.id, water.kind) == ("drink-water", "checklist")
    sides = [s.side for s in expand(routine) if s.step_id == "foam-rolling" and s.kind == "timed"]
    assert sides == ["left", "right"]


def test_full_workout_is_made_of_the_three_routines(builtin) -> None:
    whole = builtin["full-workout"]
    parts = ("warm-up", "strengthening", "cool-down")
    assert whole.parts == parts
    assert whole.steps == sum((builtin[p].steps for p in parts), ())
    for part in parts:
        assert set(builtin[part].needs) <= set(whole.needs)
    assert len(whole.needs) == len(set(whole.needs))

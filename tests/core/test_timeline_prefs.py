"""The person's settings shape the timeline: one sore leg, rest, hold and repetitions."""

from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_coach.core.routines import load_routine, parse_routine
from hamstring_coach.core.settings import Settings
from hamstring_coach.core.timeline import Prefs, expand

ROUTINES = Path(__file__).resolve().parents[2] / "resources" / "routines"

MIXED = """
id = "mixed"
title = "Mixed"

[[steps]]
id = "stretch"
kind = "hold"
title = "Stretch"
hold_s = 30
hold_range = [20, 30]
repetitions = 2
rest_s = 10

[[steps]]
id = "no-rest"
kind = "hold"
title = "Holds in a row"
hold_s = 20
repetitions = 2

[[steps]]
id = "curls"
kind = "reps"
title = "Curls"
per_side = true
sets = 2
reps = 5
rep_s = 3
rest_s = 45
"""


def gentle():
    return load_routine(ROUTINES / "gentle-stretching.toml")


@pytest.mark.parametrize("side", ["left", "right"])
def test_sore_side_only_does_every_hold_on_that_leg_and_never_switches(side: str) -> None:
    settings = Settings(sore_leg=side, sore_side_only=True)  # type: ignore[arg-type]
    segments = expand(gentle(), settings.prefs())
    assert not [s for s in segments if s.kind == "switch"]
    holds = [(s.step_id, s.side, s.rep) for s in segments if s.kind == "hold"]
    steps = ("seated-stretch", "lying-strap-stretch", "standing-stretch")
    assert holds == [(step, side, rep) for step in steps for rep in (1, 2, 3)]
    # every moment around a hold is on that leg too
    assert {s.side for s in segments} == {side}


def test_sore_side_only_leaves_strengthening_on_both_legs() -> None:
    routine = parse_routine(MIXED, "mixed.toml")
    segments = expand(routine, Settings(sore_leg="left", sore_side_only=True).prefs())
    curls = [(s.kind, s.side, s.rep) for s in segments if s.step_id == "curls" and s.kind == "reps"]
    assert curls == [("reps", "left", 1), ("reps", "left", 2), ("reps", "right", 1),
                     ("reps", "right", 2)]  # fmt: skip
    stretch = {s.side for s in segments if s.step_id == "stretch"}
    assert stretch == {"left"}


@pytest.mark.parametrize(
    ("leg", "only"), [("both", True), ("left", False), ("right", False), ("both", False)]
)
def test_both_legs_unless_one_sore_leg_is_chosen_alone(leg: str, only: bool) -> None:
    prefs = Settings(sore_leg=leg, sore_side_only=only).prefs()  # type: ignore[arg-type]
    holds = [s.side for s in expand(gentle(), prefs) if s.kind == "hold"]
    assert holds.count("left") == holds.count("right") == 9


def test_rest_preference_replaces_the_rest_between_holds() -> None:
    routine = parse_routine(MIXED, "mixed.toml")
    segments = expand(routine, Prefs(rest_s=25))
    rests = [(s.step_id, s.planned_s) for s in segments if s.kind == "rest"]
    # the stretch's rests follow the preference; holds written without a rest keep none;
    # rests between strengthening sets are the routine's own
    assert rests == [("stretch", 25), ("stretch", 25), ("curls", 45), ("curls", 45)]


def test_settings_reach_the_timeline_of_a_builtin_routine() -> None:
    settings = Settings(hold_s=22, repetitions=2, rest_s=15)
    segments = expand(gentle(), settings.prefs())
    holds = [s for s in segments if s.kind == "hold"]
    assert len(holds) == 3 * 2 * 2
    assert {s.planned_s for s in holds} == {22}
    assert {s.planned_s for s in segments if s.kind == "rest"} == {15}


def test_an_own_routine_keeps_its_numbers_but_not_the_other_leg() -> None:
    routine = parse_routine(MIXED, "mixed.toml")
    settings = Settings(hold_s=25, repetitions=3, rest_s=30, sore_leg="right", sore_side_only=True)
    segments = expand(routine, settings.prefs(own_routine=True))
    stretch = [(s.kind, s.side, s.planned_s) for s in segments if s.step_id == "stretch"]
    assert stretch == [
        ("prepare", "right", 15),
        ("hold", "right", 30),
        ("rest", "right", 10),
        ("prepare", "right", 5),
        ("hold", "right", 30),
    ]


def test_preferences_stay_inside_each_steps_allowed_range() -> None:
    routine = parse_routine(MIXED, "mixed.toml")
    holds = {
        (s.step_id, s.planned_s)
        for s in expand(routine, Settings(hold_s=25).prefs())
        if s.kind == "hold"
    }
    # "no-rest" allows exactly 20 s (no range written), "stretch" 20-30 s
    assert holds == {("stretch", 25), ("no-rest", 20)}


@pytest.mark.parametrize("sides", [(), ("left", "left")])
def test_prefs_refuse_no_leg_or_one_leg_twice(sides: tuple) -> None:
    with pytest.raises(ValueError):
        Prefs(sides=sides)

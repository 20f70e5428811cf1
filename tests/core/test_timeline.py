from __future__ import annotations

from pathlib import Path

from hamstring_coach.core.routines import load_routine
from hamstring_coach.core.timeline import Prefs, expand, total_seconds

ROUTINES = Path(__file__).resolve().parents[2] / "resources" / "routines"


def test_gentle_stretching_expands_to_holds_for_both_sides_and_every_rep() -> None:
    segments = expand(load_routine(ROUTINES / "gentle-stretching.toml"))
    holds = [(s.step_id, s.side, s.rep) for s in segments if s.kind == "hold"]
    assert len(holds) == 3 * 2 * 3
    for step in ("seated-stretch", "lying-strap-stretch", "standing-stretch"):
        for side in ("left", "right"):
            assert [r for st, sd, r in holds if st == step and sd == side] == [1, 2, 3]
    assert all(s.planned_s == 30 for s in segments if s.kind == "hold")


def test_every_hold_has_a_get_ready_before_it() -> None:
    segments = expand(load_routine(ROUTINES / "gentle-stretching.toml"))
    for i, seg in enumerate(segments):
        if seg.kind == "hold":
            before = segments[i - 1]
            assert before.kind == "prepare"
            assert (before.side, before.rep) == (seg.side, seg.rep)


def test_exact_order_of_one_per_side_step() -> None:
    routine = load_routine(ROUTINES / "gentle-stretching.toml")
    prefs = Prefs(setup_s=15, get_ready_s=5, switch_s=5)
    first = [
        (s.kind, s.side, s.rep, s.planned_s)
        for s in expand(routine, prefs)
        if s.step_id == "seated-stretch"
    ]
    assert first == [
        ("prepare", "left", 1, 15),
        ("hold", "left", 1, 30),
        ("rest", "left", 2, 10),
        ("prepare", "left", 2, 5),
        ("hold", "left", 2, 30),
        ("rest", "left", 3, 10),
        ("prepare", "left", 3, 5),
        ("hold", "left", 3, 30),
        ("switch", "right", None, 5),
        ("prepare", "right", 1, 5),
        ("hold", "right", 1, 30),
        ("rest", "right", 2, 10),
        ("prepare", "right", 2, 5),
        ("hold", "right", 2, 30),
        ("rest", "right", 3, 10),
        ("prepare", "right", 3, 5),
        ("hold", "right", 3, 30),
    ]


def test_hold_preference_is_kept_inside_the_allowed_range() -> None:
    routine = load_routine(ROUTINES / "gentle-stretching.toml")
    for wanted, counted in ((25, 25), (10, 20), (60, 30)):
        holds = {s.planned_s for s in expand(routine, Prefs(hold_s=wanted)) if s.kind == "hold"}
        assert holds == {counted}


def test_repetition_preference() -> None:
    routine = load_routine(ROUTINES / "gentle-stretching.toml")
    holds = [s for s in expand(routine, Prefs(repetitions=2)) if s.kind == "hold"]
    assert len(holds) == 3 * 2 * 2


def test_every_kind_of_step(mixed) -> None:
    segments = expand(mixed, Prefs(setup_s=10, get_ready_s=5))
    kinds = [(s.step_id, s.kind, s.side, s.rep, s.planned_s) for s in segments]
    assert kinds == [
        ("checklist", "checklist", None, None, None),
        ("cardio", "prepare", None, None, 10),
        ("cardio", "timed", None, None, 60),
        ("stretch", "prepare", "left", 1, 10),
        ("stretch", "hold", "left", 1, 30),
        ("stretch", "rest", "left", 2, 10),
        ("stretch", "prepare", "left", 2, 5),
        ("stretch", "hold", "left", 2, 30),
        ("stretch", "switch", "right", None, 5),
        ("stretch", "prepare", "right", 1, 5),
        ("stretch", "hold", "right", 1, 30),
        ("stretch", "rest", "right", 2, 10),
        ("stretch", "prepare", "right", 2, 5),
        ("stretch", "hold", "right", 2, 30),
        ("bridges", "prepare", None, 1, 10),
        ("bridges", "reps", None, 1, 15),
        ("bridges", "rest", None, 2, 20),
        ("bridges", "prepare", None, 2, 5),
        ("bridges", "reps", None, 2, 15),
    ]
    reps = segments[15]
    assert (reps.count, reps.pace_s, reps.rep_total) == (5, 3, 2)
    assert segments[0].items == ("Elastic bandage on", "Leg raised")
    assert total_seconds(segments) == sum(k[4] or 0 for k in kinds)

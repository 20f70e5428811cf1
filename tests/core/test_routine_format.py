"""The routine format's newer keys: needs, parts, picture, tempo and per-side timed blocks."""

from __future__ import annotations

import pytest

from hamstring_coach.core.compose import compose, compose_all
from hamstring_coach.core.routines import RoutineError, parse_routine
from hamstring_coach.core.timeline import Prefs, expand

HEAD = 'id = "mine"\ntitle = "Mine"\n'
REPS = """
[[steps]]
id = "curls"
kind = "reps"
title = "Curls"
sets = 2
reps = 5
"""
TIMED = """
[[steps]]
id = "roll"
kind = "timed"
title = "Foam rolling"
duration_s = 60
"""


def parse(text: str):
    return parse_routine(text, "mine.toml")


def refused(text: str) -> str:
    with pytest.raises(RoutineError) as caught:
        parse(text)
    message = str(caught.value)
    assert message.startswith("mine.toml") and message.endswith(".") and "\n" not in message
    return message


def test_needs_are_kept_in_order_without_repeats() -> None:
    routine = parse(HEAD + 'needs = ["A mat", " A band ", "A mat"]\n' + TIMED)
    assert routine.needs == ("A mat", "A band")
    assert parse(HEAD + TIMED).needs == ()


@pytest.mark.parametrize(
    ("needs", "expected"),
    [
        ('"A mat"', "'needs' must be a list"),
        ('["A mat", ""]', "non-empty text"),
        ('["A mat", 3]', "non-empty text"),
        ("[" + ", ".join(f'"thing {n}"' for n in range(11)) + "]", "11 things, more than 10"),
        ('["' + "x" * 81 + '"]', "at most 80 characters"),
    ],
)
def test_bad_needs(needs: str, expected: str) -> None:
    assert expected in refused(HEAD + f"needs = {needs}\n" + TIMED)


def test_tempo_sets_the_pace_of_a_repetition() -> None:
    step = parse(HEAD + REPS + "tempo = [2, 3]\n").steps[0]
    assert (step.tempo, step.rep_s) == ((2.0, 3.0), 5.0)
    plain = parse(HEAD + REPS + "rep_s = 4\n").steps[0]
    assert (plain.tempo, plain.rep_s) == (None, 4.0)
    both = parse(HEAD + REPS + "rep_s = 4\ntempo = [1.5, 2.5]\n").steps[0]
    assert (both.tempo, both.rep_s) == ((1.5, 2.5), 4.0)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("", "'rep_s' is missing; give it, or a 'tempo'"),
        ("tempo = [2]\n", "two numbers"),
        ('tempo = [2, "slow"]\n', "two numbers"),
        ("tempo = [2, true]\n", "two numbers"),
        ("tempo = [0.1, 2]\n", "0.25-30 s"),
        ("tempo = [2, 2]\nrep_s = 5\n", "'rep_s' is 5 s but the 'tempo' adds up to 4 s"),
    ],
)
def test_bad_tempo(extra: str, expected: str) -> None:
    message = refused(HEAD + REPS + extra)
    assert "step 1 ('curls')" in message and expected in message


def test_picture_defaults_to_the_step_id() -> None:
    routine = parse(HEAD + TIMED + REPS + 'tempo = [1, 1]\npicture = "hamstring-curls"\n')
    assert [s.picture_id for s in routine.steps] == ["roll", "hamstring-curls"]
    assert {s.picture for s in expand(routine)} == {"roll", "hamstring-curls"}
    assert "picture id" in refused(HEAD + TIMED + 'picture = "../x"\n')


def test_a_per_side_timed_block_is_counted_on_each_leg() -> None:
    routine = parse(HEAD + TIMED + "per_side = true\n")
    shape = [(s.kind, s.side, s.planned_s) for s in expand(routine, Prefs(setup_s=15))]
    assert shape == [
        ("prepare", "left", 15),
        ("timed", "left", 60),
        ("switch", "right", 5),
        ("prepare", "right", 5),
        ("timed", "right", 60),
    ]
    assert [s.kind for s in expand(parse(HEAD + TIMED))] == ["prepare", "timed"]


def test_reps_segments_carry_their_tempo_beats() -> None:
    segments = expand(parse(HEAD + REPS + "tempo = [2, 3]\n"))
    sets = [s for s in segments if s.kind == "reps"]
    assert [(s.planned_s, s.tempo, s.beats) for s in sets] == [(25, (2, 3), (0, 2))] * 2
    plain = [s for s in expand(parse(HEAD + REPS + "rep_s = 4\n")) if s.kind == "reps"]
    assert plain[0].beats == (0,)
    assert all(s.beats == () for s in segments if s.kind != "reps")


WARM = 'id = "warm"\ntitle = "Warm"\nneeds = ["A wall"]\n' + TIMED
STRONG = 'id = "strong"\ntitle = "Strong"\nneeds = ["A band", "A wall"]\n' + REPS + "rep_s = 3\n"
BOTH = 'id = "both"\ntitle = "Both"\nneeds = ["Water"]\nparts = ["warm", "strong"]\n'


def test_parts_compose_steps_and_needs_in_order() -> None:
    warm, strong, both = (parse_routine(t, f"{n}.toml") for n, t in enumerate((WARM, STRONG, BOTH)))
    assert both.parts == ("warm", "strong") and both.steps == ()
    whole = compose(both, {"warm": warm, "strong": strong}, "both.toml")
    assert [s.id for s in whole.steps] == ["roll", "curls"]
    assert whole.steps == warm.steps + strong.steps
    assert whole.needs == ("Water", "A wall", "A band")
    assert compose(warm, {}, "warm.toml") is warm
    loaded = compose_all([(both, "both.toml"), (warm, "warm.toml"), (strong, "strong.toml")])
    assert [r.id for r in loaded] == ["both", "warm", "strong"]
    assert loaded[0] == whole


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ('"warm"', "'parts' must be a list of routine ids"),
        ("[]", "'parts' must be a list of routine ids"),
        ('["warm", "Warm Up"]', "every entry of 'parts' must be a routine id"),
        ('["warm", "warm"]', "the part 'warm' is named twice"),
        ('["mine"]', "the part 'mine' is this routine itself"),
        ("[" + ", ".join(f'"p{n}"' for n in range(11)) + "]", "11 routines, more than 10"),
    ],
)
def test_bad_parts(parts: str, expected: str) -> None:
    assert expected in refused(HEAD + f"parts = {parts}\n")


def test_steps_and_parts_together_are_refused() -> None:
    assert "either [[steps]] or 'parts'" in refused(HEAD + 'parts = ["warm"]\n' + TIMED)


def test_composing_names_a_missing_nested_or_clashing_part() -> None:
    warm, both = (parse_routine(t, "x.toml") for t in (WARM, BOTH))
    with pytest.raises(RoutineError, match=r"^both.toml: the part 'strong' is not a routine; "):
        compose(both, {"warm": warm, "both": both}, "both.toml")
    outer = parse(HEAD + 'parts = ["both"]\n')
    with pytest.raises(RoutineError, match="'both' is itself made of parts"):
        compose(outer, {"both": both}, "mine.toml")
    again = parse_routine(WARM.replace('id = "warm"', 'id = "again"'), "again.toml")
    twice = parse(HEAD + 'parts = ["warm", "again"]\n')
    with pytest.raises(RoutineError, match="'warm' and 'again' both have a step 'roll'"):
        compose(twice, {"warm": warm, "again": again}, "mine.toml")


def test_parts_may_not_add_up_to_more_than_a_session_may_last() -> None:
    hour = TIMED.replace("duration_s = 60", "duration_s = 3600")
    available = {
        f"p{n}": parse_routine(f'id = "p{n}"\ntitle = "P"\n' + hour.replace("roll", f"r{n}"), "p")
        for n in range(4)
    }
    whole = parse(HEAD + 'parts = ["p0", "p1", "p2", "p3"]\n')
    with pytest.raises(RoutineError, match=r"^mine.toml: with its parts, its steps add up to "):
        compose(whole, available, "mine.toml")
    assert len(compose(parse(HEAD + 'parts = ["p0", "p1"]\n'), available, "m").steps) == 2

"""The words around a routine's new fields: what it needs, and the count of a set."""

from __future__ import annotations

from hamstring_coach.cli import builtin_routine_paths
from hamstring_coach.core.routines import load_routines
from hamstring_coach.core.timeline import Segment
from hamstring_coach.ui.texts import needs_text, rep_text


def test_what_a_routine_needs_in_one_line(qapp) -> None:
    routines = {r.id: r for r in load_routines(builtin_routine_paths())}
    assert needs_text(routines["gentle-stretching"].needs) == (
        "You need: A strap or a towel · A low step or stair"
    )
    assert needs_text(()) == ""


def test_a_set_counts_its_repetitions_and_leaves_out_a_lone_set(qapp) -> None:
    three = Segment("b", "reps", "Bridges", "", 40, rep=2, rep_total=3, count=10, pace_s=4)
    assert rep_text(three, 7) == "Rep 7 of 10 · Set 2 of 3"
    assert rep_text(three, 0) == "Set 2 of 3"
    get_ready = Segment("b", "prepare", "Bridges", "", 5, rep=2, rep_total=3, count=10)
    assert rep_text(get_ready, 0) == "Set 2 of 3"
    one = Segment("s", "reps", "Leg swings", "", 30, rep=1, rep_total=1, count=15, pace_s=2)
    assert rep_text(one, 4) == "Rep 4 of 15"
    assert (
        rep_text(Segment("s", "prepare", "Leg swings", "", 5, rep=1, rep_total=1, count=15)) == ""
    )
    hold = Segment("h", "hold", "Stretch", "", 30, rep=2, rep_total=3)
    assert rep_text(hold) == "Rep 2 of 3"

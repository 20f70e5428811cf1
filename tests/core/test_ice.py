"""The built-in ice routine and the choice of minutes."""

from __future__ import annotations

import pytest

from hamstring_coach.core.ice import default_minutes, minutes_range, with_minutes
from hamstring_coach.core.routines import load_routine
from hamstring_coach.core.timeline import expand

from .conftest import ROUTINES


@pytest.fixture
def ice():
    return load_routine(ROUTINES / "ice.toml")


def test_the_ice_routine_is_a_checklist_then_one_application(ice) -> None:
    assert ice.id == "ice"
    checklist, application = ice.steps
    # Step ids name the pictures drawn for them.
    assert (checklist.id, checklist.kind) == ("rice-checklist", "checklist")
    assert (application.id, application.kind) == ("ice-application", "timed")
    assert application.duration_s == 1200
    assert application.duration_range == (900, 1200)
    items = " ".join(checklist.items).lower()
    for point in ("cloth", "snug but not tight", "above the level of your heart", "rest"):
        assert point in items, point
    assert len(checklist.items) == 4


def test_the_timeline_waits_on_the_checklist_then_counts_1200_s(ice) -> None:
    kinds = [(s.kind, s.planned_s) for s in expand(ice)]
    assert kinds[0] == ("checklist", None)
    assert kinds[-1] == ("timed", 1200)
    assert [k for k, _ in kinds] == ["checklist", "prepare", "timed"]


def test_minutes_range_and_default_come_from_the_file(ice) -> None:
    assert minutes_range(ice) == (15, 20)
    assert default_minutes(ice) == 20


@pytest.mark.parametrize("minutes", [15, 17, 20])
def test_with_minutes_sets_the_application(ice, minutes: int) -> None:
    chosen = with_minutes(ice, minutes)
    assert chosen.steps[1].duration_s == minutes * 60
    assert chosen.steps[0] == ice.steps[0]
    assert expand(chosen)[-1].planned_s == minutes * 60
    assert ice.steps[1].duration_s == 1200  # the loaded routine is left alone


@pytest.mark.parametrize("minutes", [14, 21, 0, -5, True])
def test_minutes_outside_the_range_are_one_sentence(ice, minutes: int) -> None:
    with pytest.raises(ValueError, match=r"^An ice application lasts 15 to 20 minutes, not .+\.$"):
        with_minutes(ice, minutes)


def test_a_routine_without_a_timed_step_has_no_minutes() -> None:
    stretching = load_routine(ROUTINES / "gentle-stretching.toml")
    with pytest.raises(ValueError, match="no timed step"):
        minutes_range(stretching)

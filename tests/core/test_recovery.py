"""Phase, plan, next ice and reminders across the timeline of one injury, on a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.recovery import (
    Activity,
    Injury,
    current_injury,
    heat_advice,
    ice_reminder_due,
    ice_target,
    next_ice_due,
    next_reminder_at,
    pain_rising,
    phase,
    phase_ends_at,
    red_flags,
    stretching_from,
    today,
)

TZ = timezone(timedelta(hours=1))
HURT = datetime(2026, 11, 27, 8, 0, tzinfo=TZ)
INJURY = Injury(happened_at=HURT, leg="left", note="sprint")
HOUR = 3600.0
DAY = 24 * HOUR


@pytest.fixture
def clock() -> FakeClock:
    """Wall time starts at the injury; tests step it forward."""
    return FakeClock(wall_start=HURT)


def at(clock: FakeClock, seconds: float) -> datetime:
    clock.advance(seconds - (clock.wall() - HURT).total_seconds())
    return clock.wall()


def ice(ended: datetime, status: str = "completed", timed_s: float = 1200) -> Activity:
    return Activity("ice", ended - timedelta(seconds=timed_s + 60), ended, status, None, timed_s)


def session(routine: str, started: datetime, status: str = "completed", pain=None) -> Activity:
    return Activity(routine, started, started + timedelta(minutes=14), status, pain)


# --------------------------------------------------------------------------- phase


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "acute"),
        (47 * HOUR, "acute"),
        (48 * HOUR - 1, "acute"),
        (48 * HOUR, "early"),
        (49 * HOUR, "early"),
        (7 * DAY - 1, "early"),
        (8 * DAY, "later"),
        (28 * DAY - 1, "later"),
        (28 * DAY, "lingering"),
        (29 * DAY, "lingering"),
        (400 * DAY, "lingering"),
    ],
)
def test_phase_across_the_timeline(clock: FakeClock, seconds: float, expected: str) -> None:
    assert phase(INJURY, at(clock, seconds)) == expected


def test_no_injury_and_a_recovered_injury_have_no_phase(clock: FakeClock) -> None:
    now = at(clock, 5 * HOUR)
    assert phase(None, now) == "none"
    recovered = Injury(HURT, "left", recovered_at=HURT + timedelta(hours=4))
    assert phase(recovered, now) == "none"
    assert today(recovered, [ice(HURT + timedelta(hours=1))], now).next_ice_due is None


def test_the_current_injury_is_the_one_set_last_unless_recovered() -> None:
    older = Injury(HURT - timedelta(days=40), "right", id=1)
    newer = Injury(HURT, "left", id=2)
    assert current_injury([]) is None
    assert current_injury([older, newer]) == newer
    recovered = Injury(HURT, "left", recovered_at=HURT + timedelta(days=3), id=2)
    assert current_injury([older, recovered]) is None


def test_phase_ends_and_stretching_waits_for_48_hours(clock: FakeClock) -> None:
    assert phase_ends_at(INJURY, at(clock, HOUR)) == HURT + timedelta(hours=48)
    assert stretching_from(INJURY) == HURT + timedelta(hours=48)
    assert phase_ends_at(INJURY, at(clock, 3 * DAY)) == HURT + timedelta(days=7)
    assert phase_ends_at(INJURY, at(clock, 8 * DAY)) == HURT + timedelta(days=28)
    assert phase_ends_at(INJURY, at(clock, 29 * DAY)) is None
    assert phase_ends_at(None, clock.wall()) is None


def test_heat_not_in_the_first_48_hours_then_gently() -> None:
    assert heat_advice("acute") == "not-yet"
    assert [heat_advice(p) for p in ("early", "later", "lingering")] == ["gently"] * 3
    assert heat_advice("none") is None


# --------------------------------------------------------------------------- ice


def test_with_no_ice_yet_the_first_is_due_at_once(clock: FakeClock) -> None:
    assert next_ice_due(INJURY, [], at(clock, 0), 2) == HURT
    assert next_ice_due(INJURY, [], at(clock, 47 * HOUR), 2) == HURT


def test_next_ice_is_due_an_interval_after_the_last_ended(clock: FakeClock) -> None:
    first = ice(HURT + timedelta(minutes=30))
    second = ice(HURT + timedelta(hours=3))
    now = at(clock, 4 * HOUR)
    assert next_ice_due(INJURY, [first], now, 2) == first.ended_at + timedelta(hours=2)
    assert next_ice_due(INJURY, [second, first], now, 2.5) == second.ended_at + timedelta(hours=2.5)


def test_what_counts_as_an_application(clock: FakeClock) -> None:
    now = at(clock, 6 * HOUR)
    short = ice(HURT + timedelta(hours=1), status="stopped", timed_s=300)
    long_enough = ice(HURT + timedelta(hours=2), status="stopped", timed_s=15 * 60)
    before = ice(HURT - timedelta(hours=1))
    stretch = session("gentle-stretching", HURT + timedelta(hours=3))
    assert next_ice_due(INJURY, [before, short, stretch], now, 2) == HURT
    assert next_ice_due(INJURY, [short, long_enough], now, 2) == long_enough.ended_at + timedelta(
        hours=2
    )


def test_no_ice_due_after_48_hours_nor_past_them(clock: FakeClock) -> None:
    late = ice(HURT + timedelta(hours=46, minutes=30))
    assert next_ice_due(INJURY, [late], at(clock, 47 * HOUR), 2) is None
    assert next_ice_due(INJURY, [], at(clock, 49 * HOUR), 2) is None
    assert next_ice_due(None, [], clock.wall(), 2) is None


# --------------------------------------------------------------------------- reminders


def test_a_reminder_is_due_once_then_again_after_the_interval(clock: FakeClock) -> None:
    done = ice(HURT + timedelta(minutes=20))
    due = done.ended_at + timedelta(hours=2)
    assert ice_reminder_due(INJURY, [done], at(clock, 2 * HOUR), 2, None) is None
    assert next_reminder_at(INJURY, [done], clock.wall(), 2, None) == due
    now = at(clock, 2 * HOUR + 25 * 60)
    assert ice_reminder_due(INJURY, [done], now, 2, None) == due
    # Given: not again until the next interval, if no ice is done meanwhile.
    assert ice_reminder_due(INJURY, [done], at(clock, 3 * HOUR), 2, now) is None
    assert next_reminder_at(INJURY, [done], clock.wall(), 2, now) == due + timedelta(hours=2)
    assert ice_reminder_due(INJURY, [done], at(clock, 4 * HOUR + 20 * 60), 2, now) == due + (
        timedelta(hours=2)
    )


def test_a_long_sleep_gives_one_reminder_not_a_burst(clock: FakeClock) -> None:
    done = ice(HURT + timedelta(hours=1))
    given = at(clock, 3 * HOUR)
    first = ice_reminder_due(INJURY, [done], given, 2, None)
    assert first == done.ended_at + timedelta(hours=2)
    # The lid closes for 9 hours: four due moments pass; on waking, only the latest.
    woke = at(clock, 12 * HOUR)
    due = ice_reminder_due(INJURY, [done], woke, 2, given)
    assert due == done.ended_at + timedelta(hours=10)
    assert ice_reminder_due(INJURY, [done], woke, 2, woke) is None
    assert ice_reminder_due(INJURY, [done], at(clock, 12 * HOUR + 60), 2, woke) is None


def test_reminders_expire_at_48_hours(clock: FakeClock) -> None:
    assert ice_reminder_due(INJURY, [], at(clock, 47 * HOUR), 2, None) is not None
    last = ice_reminder_due(INJURY, [], clock.wall(), 2, None)
    assert last is not None and last < HURT + timedelta(hours=48)
    assert next_reminder_at(INJURY, [], clock.wall(), 2, clock.wall()) is None
    for hours in (48, 49, 72):
        now = at(clock, hours * HOUR)
        assert ice_reminder_due(INJURY, [], now, 2, None) is None
        assert next_reminder_at(INJURY, [], now, 2, None) is None
    # A sleep from hour 40 to hour 60 wakes to no reminder at all.
    assert ice_reminder_due(INJURY, [ice(HURT + timedelta(hours=39))], now, 2, None) is None


def test_the_first_reminder_comes_at_once_and_once(clock: FakeClock) -> None:
    now = at(clock, 60)
    assert ice_reminder_due(INJURY, [], now, 2, None) == HURT
    assert ice_reminder_due(INJURY, [], at(clock, 90 * 60), 2, now) is None
    assert next_reminder_at(INJURY, [], clock.wall(), 2, now) == HURT + timedelta(hours=2)


# --------------------------------------------------------------------------- plan


def test_plan_at_hour_0_is_ice_only(clock: FakeClock) -> None:
    report = today(INJURY, [], at(clock, 0))
    assert report.phase == "acute"
    assert [(i.routine_id, i.done_today, i.target) for i in report.plan] == [("ice", 0, 6)]
    assert report.next_ice_due == HURT
    assert report.flags == ()


def test_plan_at_hour_47_counts_the_ice_of_the_day(clock: FakeClock) -> None:
    now = at(clock, 47 * HOUR)  # 07:00 on the third day
    assert (now.day, now.hour) == (29, 7)
    yesterday = [ice(now.replace(day=28, hour=h)) for h in (10, 14, 19)]
    tonight = [ice(now.replace(hour=1)), ice(now.replace(hour=4, minute=30))]
    stretch = session("gentle-stretching", now.replace(hour=5))
    report = today(INJURY, [*yesterday, *tonight, stretch], now, interval_h=3, ice_minutes=15)
    assert report.phase == "acute"
    (item,) = report.plan
    assert (item.routine_id, item.done_today, item.target) == ("ice", 2, ice_target(3, 15))
    assert ice_target(3, 15) == 4
    assert report.next_ice_due == now.replace(hour=7, minute=30)


def test_plan_at_hour_49_is_gentle_stretching(clock: FakeClock) -> None:
    now = at(clock, 49 * HOUR)
    morning = session("gentle-stretching", now - timedelta(minutes=30))
    stopped = session("gentle-stretching", now - timedelta(minutes=20), status="sharp-pain")
    report = today(INJURY, [morning, stopped], now)
    assert report.phase == "early"
    assert report.next_ice_due is None
    (item,) = report.plan
    assert (item.routine_id, item.done_today, item.target, item.target_max) == (
        "gentle-stretching",
        1,
        2,
        3,
    )


def test_plan_on_day_8_adds_strengthening_three_times_a_week(clock: FakeClock) -> None:
    now = at(clock, 8 * DAY + 4 * HOUR)
    history = [
        session("strengthening", now - timedelta(days=6, hours=1)),  # 6 days ago: in
        session("strengthening", now - timedelta(days=8)),  # out of the week
        session("strengthening", now - timedelta(hours=1)),
        session("gentle-stretching", now - timedelta(hours=2)),
        session("gentle-stretching", now - timedelta(days=1)),
    ]
    report = today(INJURY, history, now)
    assert report.phase == "later"
    items = {i.routine_id: i for i in report.plan}
    assert list(items) == ["gentle-stretching", "strengthening"]
    assert items["gentle-stretching"].done_today == 1
    strength = items["strengthening"]
    assert (strength.done_today, strength.done, strength.target, strength.period) == (
        1,
        2,
        3,
        "week",
    )
    assert report.flags == ()


def test_strengthening_is_planned_only_once_the_routine_exists(clock: FakeClock) -> None:
    report = today(INJURY, [], at(clock, 8 * DAY), routines={"ice", "gentle-stretching"})
    assert [i.routine_id for i in report.plan] == ["gentle-stretching"]


def test_day_29_lingers_and_asks_for_a_healthcare_provider(clock: FakeClock) -> None:
    report = today(INJURY, [], at(clock, 29 * DAY))
    assert report.phase == "lingering"
    assert report.flags == ("healthcare-provider",)
    assert [i.routine_id for i in report.plan] == ["gentle-stretching", "strengthening"]


def test_recovered_has_no_plan_and_no_flags(clock: FakeClock) -> None:
    now = at(clock, 29 * DAY)
    recovered = Injury(HURT, "left", recovered_at=now - timedelta(days=1))
    report = today(recovered, [], now)
    assert (report.phase, report.injury, report.plan, report.flags) == ("none", None, (), ())
    assert report.next_ice_due is None and report.phase_ends_at is None


# --------------------------------------------------------------------------- red flags


@pytest.mark.parametrize(
    ("days", "flags"),
    [
        (13.9, ()),
        (14, ("physical-therapist",)),
        (27.9, ("physical-therapist",)),
        (28, ("healthcare-provider",)),
    ],
)
def test_red_flags_from_the_injury_date(clock: FakeClock, days: float, flags: tuple) -> None:
    assert red_flags(INJURY, [], at(clock, days * DAY)) == flags


def rated(now: datetime, *pains: int) -> list[Activity]:
    start = now - timedelta(days=len(pains))
    return [
        session("gentle-stretching", start + timedelta(days=n), pain=p) for n, p in enumerate(pains)
    ]


def test_pain_rising_is_three_ratings_each_higher(clock: FakeClock) -> None:
    now = at(clock, 5 * DAY)
    assert pain_rising(INJURY, rated(now, 2, 3, 5), now)
    assert not pain_rising(INJURY, rated(now, 2, 3, 3), now)
    assert not pain_rising(INJURY, rated(now, 5, 3, 4), now)
    assert not pain_rising(INJURY, rated(now, 3, 4), now)
    assert pain_rising(INJURY, rated(now, 6, 1, 2, 4), now)  # only the last three count
    assert red_flags(INJURY, rated(now, 1, 2, 3), now) == ("pain-rising",)


def test_pain_rising_flags_a_therapist_even_without_an_injury(clock: FakeClock) -> None:
    now = at(clock, 3 * DAY)
    assert red_flags(None, rated(now, 1, 2, 3), now) == ("pain-rising",)


def test_old_ratings_and_ratings_before_the_injury_say_nothing(clock: FakeClock) -> None:
    now = at(clock, 30 * DAY)
    old = rated(now - timedelta(days=10), 1, 2, 3)
    assert not pain_rising(INJURY, old, now)
    early = HURT + timedelta(days=2)
    before = rated(HURT, 1, 2, 3)  # the three days before the injury
    assert pain_rising(None, before, early)
    assert not pain_rising(INJURY, before, early)
    both = red_flags(INJURY, rated(now, 1, 2, 3), now)
    assert both == ("healthcare-provider", "pain-rising")

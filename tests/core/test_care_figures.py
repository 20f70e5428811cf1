"""Phase marks and ice per acute day, on hand-made injuries with known answers."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from hamstring_coach.core.care_figures import IceDay, ice_by_acute_day, phase_marks
from hamstring_coach.core.recovery import Activity, Injury

CET = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))


def at(day: int, hour: int, minute: int = 0, zone: timezone = CET) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=zone)


def ice(ended: datetime, minutes: float = 20, status: str = "completed") -> Activity:
    return Activity("ice", ended - timedelta(minutes=minutes), ended, status, None, minutes * 60)


def test_phase_marks_follow_the_plan_from_the_injury() -> None:
    injury = Injury(at(2, 18), "left")
    marks = [(m.at, m.phase) for m in phase_marks(injury)]
    assert marks == [
        (at(2, 18), "acute"),
        (at(4, 18), "early"),
        (at(9, 18), "later"),
        (at(30, 18), "lingering"),
    ]


def test_phase_marks_stop_at_the_recovery() -> None:
    injury = Injury(at(2, 18), "left", recovered_at=at(12, 9))
    marks = [(m.at, m.phase) for m in phase_marks(injury)]
    assert marks == [
        (at(2, 18), "acute"),
        (at(4, 18), "early"),
        (at(9, 18), "later"),
        (at(12, 9), "none"),
    ]


def test_a_recovery_inside_the_first_48_hours_leaves_one_phase() -> None:
    injury = Injury(at(2, 18), "right", recovered_at=at(3, 20))
    assert [m.phase for m in phase_marks(injury)] == ["acute", "none"]


def test_ice_is_counted_per_local_day_of_the_first_48_hours() -> None:
    injury = Injury(at(2, 18), "left")
    activities = [
        ice(at(1, 12)),  # before the injury: not counted
        ice(at(2, 19)),
        ice(at(2, 22)),
        ice(at(3, 8)),
        ice(at(3, 11)),
        ice(at(3, 14), minutes=10, status="stopped"),  # too short to count
        ice(at(3, 17), minutes=16, status="stopped"),  # 15 minutes or more counts
        Activity("gentle-stretching", at(3, 9), at(3, 9, 20), "completed"),
        ice(at(4, 17, 59)),
        ice(at(4, 18, 30)),  # after the 48 hours
    ]
    days = ice_by_acute_day(injury, activities, interval_h=2.0, ice_minutes=20)
    aim = 6  # 16 waking hours / (2 h + 20 min), as the Today page aims
    assert days == [
        IceDay(date(2026, 3, 2), 2, aim, from_time=time(18, 0)),
        IceDay(date(2026, 3, 3), 3, aim),
        IceDay(date(2026, 3, 4), 1, aim, until_time=time(18, 0)),
    ]
    assert not days[0].met


def test_an_injury_at_midnight_touches_two_whole_days() -> None:
    injury = Injury(at(2, 0), "both")
    days = ice_by_acute_day(injury, [], interval_h=3.0, ice_minutes=15)
    assert [(d.day.day, d.from_time, d.until_time) for d in days] == [
        (2, None, None),
        (3, None, None),
    ]
    assert all(d.applications == 0 and d.aim == 4 for d in days)


def test_an_application_abroad_counts_on_its_own_local_day() -> None:
    # Injured in Europe at 23:00; the ice that ends at 19:30 in New York is 01:30 CET.
    injury = Injury(at(2, 23), "left")
    days = ice_by_acute_day(injury, [ice(at(2, 19, 30, NEW_YORK))], interval_h=2, ice_minutes=20)
    assert [(d.day.day, d.applications) for d in days] == [(2, 1), (3, 0), (4, 0)]


def test_a_recovery_cuts_the_days_short() -> None:
    injury = Injury(at(2, 18), "left", recovered_at=at(3, 10))
    days = ice_by_acute_day(injury, [ice(at(3, 12))], interval_h=2, ice_minutes=20)
    assert [(d.day.day, d.applications, d.until_time) for d in days] == [
        (2, 0, None),
        (3, 0, time(10, 0)),
    ]

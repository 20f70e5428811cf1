"""HistoryFigures: per-day tallies on local days, streak days, pain over time."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hamstring_coach.core.adherence import DayTally, current_streak
from hamstring_coach.storage.history import HistoryRepository

CEST = timezone(timedelta(hours=2))
SYDNEY = timezone(timedelta(hours=11))
NEW_YORK = timezone(timedelta(hours=-5))


def _add(
    repo: HistoryRepository,
    start: datetime,
    routine: str = "gentle-stretching",
    status: str = "completed",
    before: int | None = None,
    after: int | None = None,
) -> int:
    session_id = repo.start_session(routine, routine, start, pain_before=before)
    repo.finish_session(session_id, status, start + timedelta(minutes=15))
    repo.set_pain(session_id, after)
    return session_id


def test_day_tallies_follow_the_local_day_of_each_session(repo: HistoryRepository) -> None:
    _add(repo, datetime(2026, 3, 28, 23, 50, tzinfo=CEST))  # 21:50 UTC
    _add(repo, datetime(2026, 3, 29, 0, 10, tzinfo=CEST), status="stopped")  # 22:10 UTC on 28th
    _add(repo, datetime(2026, 3, 29, 9, 0, tzinfo=SYDNEY), "strength")  # 22:00 UTC on the 28th
    _add(repo, datetime(2026, 3, 29, 21, 0, tzinfo=NEW_YORK), status="sharp-pain")  # 30th UTC
    _add(repo, datetime(2026, 4, 2, 8, 0, tzinfo=CEST))  # outside the range
    figures = repo.figures()
    assert figures.day_tallies(date(2026, 3, 28), date(2026, 3, 31)) == [
        DayTally(date(2026, 3, 28), "gentle-stretching", 1, 1, 0),
        DayTally(date(2026, 3, 29), "gentle-stretching", 2, 0, 1),
        DayTally(date(2026, 3, 29), "strength", 1, 1, 0),
    ]
    assert figures.span() == (date(2026, 3, 28), date(2026, 4, 2))


def test_active_days_give_the_streak(repo: HistoryRepository) -> None:
    for day in (1, 2, 3, 5, 6):
        _add(repo, datetime(2026, 2, day, 8, 0, tzinfo=CEST))
    _add(repo, datetime(2026, 2, 4, 8, 0, tzinfo=CEST), status="stopped")
    figures = repo.figures()
    completed = figures.active_days(date(2026, 2, 6))
    assert completed == [date(2026, 2, d) for d in (6, 5, 3, 2, 1)]
    assert current_streak(completed, date(2026, 2, 6)) == 2
    every = figures.active_days(date(2026, 2, 6), completed_only=False)
    assert current_streak(every, date(2026, 2, 7)) == 6
    assert figures.active_days(date(2026, 2, 2)) == [date(2026, 2, 2), date(2026, 2, 1)]


def test_pain_over_time(repo: HistoryRepository) -> None:
    a = _add(repo, datetime(2026, 2, 1, 8, 0, tzinfo=CEST), before=6, after=4)
    _add(repo, datetime(2026, 2, 1, 18, 0, tzinfo=CEST), before=4)
    _add(repo, datetime(2026, 2, 2, 8, 0, tzinfo=CEST))  # not rated
    c = _add(repo, datetime(2026, 2, 3, 8, 0, tzinfo=NEW_YORK), "ice", after=2)
    figures = repo.figures()
    points = figures.pain_points()
    assert [(p.session_id, p.before, p.after) for p in points] == [
        (a, 6, 4),
        (a + 1, 4, None),
        (c, None, 2),
    ]
    assert points[2].started_at == datetime(2026, 2, 3, 8, 0, tzinfo=NEW_YORK)
    assert points[2].started_at.utcoffset() == timedelta(hours=-5)
    assert [p.session_id for p in figures.pain_points(date(2026, 2, 2), None)] == [c]
    days = figures.pain_by_day()
    assert [(d.day.day, d.before, d.after, d.sessions) for d in days] == [
        (1, 5.0, 4.0, 2), (3, None, 2.0, 1),
    ]  # fmt: skip


def test_an_empty_history_has_no_figures(repo: HistoryRepository) -> None:
    figures = repo.figures()
    assert figures.span() is None
    assert figures.day_tallies(date(2026, 1, 1), date(2026, 12, 31)) == []
    assert figures.pain_points() == [] and figures.pain_by_day() == []

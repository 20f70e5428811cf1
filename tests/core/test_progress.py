"""Session progress: which exercise of how many, and about how many minutes are left."""

from __future__ import annotations

import pytest

from hamstring_coach.core.progress import Progress, exercise_ids, progress
from hamstring_coach.core.routines import parse_routine
from hamstring_coach.core.timeline import Prefs, expand

ROUTINE = """
id = "p"
title = "P"

[[steps]]
id = "a"
kind = "hold"
title = "A"
hold_s = 30
repetitions = 2
rest_s = 10
per_side = true

[[steps]]
id = "b"
kind = "checklist"
title = "B"
items = ["x"]

[[steps]]
id = "c"
kind = "timed"
title = "C"
duration_s = 120
"""


def timeline():
    return expand(parse_routine(ROUTINE, "p.toml"), Prefs(setup_s=15, get_ready_s=5, switch_s=5))


def test_exercises_are_counted_once_each_in_order() -> None:
    assert exercise_ids(timeline()) == ["a", "b", "c"]


def test_at_the_start_the_whole_session_is_left() -> None:
    segments = timeline()
    total = sum(s.planned_s or 0 for s in segments)
    at_start = progress(segments, 0, segments[0].planned_s)
    assert at_start == Progress(exercise=1, exercises=3, seconds_left=total)
    assert total == 15 + 30 + 10 + 5 + 30 + 5 + 5 + 30 + 10 + 5 + 30 + 15 + 120


def test_later_exercises_and_the_time_left_in_the_current_segment() -> None:
    segments = timeline()
    checklist = next(i for i, s in enumerate(segments) if s.kind == "checklist")
    at_checklist = progress(segments, checklist, None)
    assert (at_checklist.exercise, at_checklist.seconds_left) == (2, 15 + 120)
    last = progress(segments, len(segments) - 1, 61)
    assert (last.exercise, last.seconds_left, last.minutes_left) == (3, 61, 2)


@pytest.mark.parametrize(
    ("seconds", "minutes"), [(0, 0), (1, 1), (59.5, 1), (60, 1), (60.5, 2), (540, 9), (541, 10)]
)
def test_minutes_are_rounded_up(seconds: float, minutes: int) -> None:
    assert Progress(1, 1, seconds).minutes_left == minutes


def test_an_index_outside_the_timeline_is_refused() -> None:
    with pytest.raises(IndexError):
        progress(timeline(), 99, None)

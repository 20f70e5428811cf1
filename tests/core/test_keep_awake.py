from __future__ import annotations

import pytest

from hamstring_coach.core.keep_awake import wake_needed


@pytest.mark.parametrize(
    ("routine_id", "counting", "alerting", "expected"),
    [
        ("gentle-stretching", True, False, "display"),  # followed from the floor
        ("strengthening", True, False, "display"),
        ("ice", True, False, "system"),  # no idle sleep; the screen may blank
        ("gentle-stretching", False, False, None),  # paused, stopped or over
        ("ice", False, False, None),
        (None, False, False, None),
        ("ice", False, True, "display"),  # the ice alert stays in view until acknowledged
        (None, False, True, "display"),
    ],
)
def test_what_is_kept_awake(
    routine_id: str | None, counting: bool, alerting: bool, expected: str | None
) -> None:
    assert wake_needed(routine_id, counting, alerting) == expected

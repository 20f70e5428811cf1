from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_coach.core.routines import Routine, parse_routine

ROUTINES = Path(__file__).resolve().parents[2] / "resources" / "routines"

MIXED = """
id = "mixed"
title = "Every kind of step"

[[steps]]
id = "checklist"
kind = "checklist"
title = "Before you start"
items = ["Elastic bandage on", "Leg raised"]

[[steps]]
id = "cardio"
kind = "timed"
title = "Light cardio"
duration_s = 60

[[steps]]
id = "stretch"
kind = "hold"
title = "Seated stretch"
hold_s = 30
hold_range = [20, 30]
repetitions = 2
rest_s = 10

[[steps]]
id = "bridges"
kind = "reps"
title = "Bridges"
sets = 2
reps = 5
rep_s = 3
rest_s = 20
"""


@pytest.fixture
def mixed() -> Routine:
    return parse_routine(MIXED, "mixed.toml")

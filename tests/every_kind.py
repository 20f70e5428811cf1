"""A short routine with a step of every kind (checklist, hold, paced sets, timed on each
side) and short start-up times: a whole session's cues, heard in the engine and in the
window, in a few simulated minutes."""

from __future__ import annotations

from hamstring_coach.core.routines import parse_routine
from hamstring_coach.core.timeline import Prefs

ROUTINE = parse_routine(
    """
id = "every-kind"
title = "Every kind of cue"

[[steps]]
id = "check"
kind = "checklist"
title = "Bandage on"
items = ["Elastic bandage on"]

[[steps]]
id = "stretch"
kind = "hold"
title = "Stretch"
per_side = false
hold_s = 20
repetitions = 2
rest_s = 5

[[steps]]
id = "curls"
kind = "reps"
title = "Curls"
sets = 2
reps = 2
tempo = [1.5, 1]
rest_s = 3

[[steps]]
id = "roll"
kind = "timed"
title = "Foam rolling"
per_side = true
duration_s = 4
""",
    "every-kind.toml",
)
PREFS = Prefs(setup_s=4, get_ready_s=4, switch_s=2)

"""A person's own routine, as a physio might hand it over: one stretch held 30-45 s."""

GOOD = """
id = "from-my-physio"
title = "From my physio"

[[steps]]
id = "seated"
kind = "hold"
title = "Seated stretch"
hold_s = 40
hold_range = [30, 45]
repetitions = 2
rest_s = 15
"""

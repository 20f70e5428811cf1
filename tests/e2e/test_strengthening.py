"""The real app, started as a person would, runs strengthening hands-free to the end:
paced sets with rests, one exercise on each leg, every set recorded in full."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path

import pytest

from ..running_app import app_command, run_until_recorded

pytestmark = pytest.mark.e2e

TIME_SCALE = 40
# About 15 minutes of routine at 40x is under 25 s; leave room for a slow machine.
FINISH_WITHIN_S = 120
# (step, side, sets, seconds a set): 10 bridges at 2 s up and 2 s down, 8 curls a leg
# at 2 s up and 3 s down, 8 deadlifts at 2 s and 2 s.
SETS = [
    ("bridges", None, 3, 40),
    ("hamstring-curls", "left", 3, 40),
    ("hamstring-curls", "right", 3, 40),
    ("modified-deadlifts", None, 3, 32),
]


def test_strengthening_runs_hands_free_and_every_set_is_recorded(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    recorded = run_until_recorded(
        app_command(data_dir, "--time-scale", str(TIME_SCALE), "start", "strengthening"),
        data_dir,
        within_s=FINISH_WITHIN_S,
    )
    assert "Traceback" not in recorded.stderr, recorded.stderr
    session = recorded.session
    assert (session["routine_id"], session["status"]) == ("strengthening", "completed")
    segments = session["segments"]
    sets = [s for s in segments if s["kind"] == "reps"]
    assert [(s["step_id"], s["side"], s["rep"], s["planned_s"]) for s in sets] == [
        (step, side, n, seconds) for step, side, count, seconds in SETS for n in range(1, count + 1)
    ]
    rests = [s for s in segments if s["kind"] == "rest"]
    assert len(rests) == sum(count - 1 for _, _, count, _ in SETS)
    assert all(s["planned_s"] == 45 for s in rests)
    assert [s["kind"] for s in segments].count("switch") == 1
    for segment in segments:
        assert segment["completed"] is True
        assert segment["actual_s"] == pytest.approx(segment["planned_s"], rel=0.02)
    # Recorded in the routine's own seconds, each segment starting where the last ended.
    started = datetime.fromisoformat(session["started_at"])
    ended = datetime.fromisoformat(session["ended_at"])
    total = sum(s["planned_s"] for s in segments)
    assert (ended - started).total_seconds() == pytest.approx(total / TIME_SCALE, rel=0.05)
    for before, after in itertools.pairwise(segments):
        gap = datetime.fromisoformat(after["started_at"]) - datetime.fromisoformat(
            before["ended_at"]
        )
        assert abs(gap.total_seconds()) < 0.01

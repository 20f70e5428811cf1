"""The real app, started as a person would, runs gentle stretching hands-free to the end."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ..running_app import app_command, run_until_recorded

pytestmark = pytest.mark.e2e

TIME_SCALE = 20
# 13.25 minutes of routine at 20x is about 40 s; leave room for a slow machine.
FINISH_WITHIN_S = 120


def test_gentle_stretching_runs_hands_free_and_is_recorded(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    launched = datetime.now(UTC)
    recorded = run_until_recorded(
        app_command(data_dir, "--time-scale", str(TIME_SCALE), "start", "gentle-stretching"),
        data_dir,
        within_s=FINISH_WITHIN_S,
    )
    session, seen_done = recorded.session, recorded.seen_done
    assert session["routine_id"] == "gentle-stretching"
    assert session["status"] == "completed"
    assert session["started_at"] and session["ended_at"]
    segments = session["segments"]
    holds = {(s["step_id"], s["side"], s["rep"]) for s in segments if s["kind"] == "hold"}
    expected = {
        (step, side, rep)
        for step in ("seated-stretch", "lying-strap-stretch", "standing-stretch")
        for side in ("left", "right")
        for rep in (1, 2, 3)
    }
    assert holds == expected
    for segment in segments:
        assert segment["completed"] is True
        assert segment["actual_s"] == pytest.approx(segment["planned_s"], rel=0.02)
    # Recorded in the routine's own seconds, not the sped-up real ones ...
    assert sum(s["actual_s"] for s in segments if s["kind"] == "hold") == pytest.approx(540, 0.02)
    # ... while the real time it took is the routine's divided by the time scale, by the
    # app's record and by this test's own watch, which it cannot have beaten.
    started = datetime.fromisoformat(session["started_at"])
    ended = datetime.fromisoformat(session["ended_at"])
    total = sum(s["planned_s"] for s in segments)
    assert (ended - started).total_seconds() == pytest.approx(total / TIME_SCALE, rel=0.05)
    assert launched <= started and ended <= seen_done
    watched = (seen_done - launched).total_seconds()
    assert total / TIME_SCALE <= watched <= total / TIME_SCALE + 30
    # Every segment starts where the one before it ended, in real time too.
    for before, after in itertools.pairwise(segments):
        gap = datetime.fromisoformat(after["started_at"]) - datetime.fromisoformat(
            before["ended_at"]
        )
        assert abs(gap.total_seconds()) < 0.01

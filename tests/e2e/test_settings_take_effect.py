"""Settings stored in the history file shape a session started from the command line."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.settings import SettingsRepository

from ..running_app import app_command, run_until_recorded

pytestmark = pytest.mark.e2e

TIME_SCALE = 100
FINISH_WITHIN_S = 60


def test_a_sore_right_leg_stretched_alone_with_shorter_holds(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    chosen = Settings(hold_s=20, repetitions=2, rest_s=5, sore_leg="right", sore_side_only=True)
    with closing(open_database(data_dir / "hamstring-coach.sqlite3")) as conn:
        SettingsRepository(conn).save(chosen)
    session = run_until_recorded(
        app_command(data_dir, "--time-scale", str(TIME_SCALE), "start", "gentle-stretching"),
        data_dir,
        within_s=FINISH_WITHIN_S,
        poll_s=0.3,
    ).session
    segments = session["segments"]
    holds = [(s["step_id"], s["side"], s["rep"], s["planned_s"]) for s in segments
             if s["kind"] == "hold"]  # fmt: skip
    steps = ("seated-stretch", "lying-strap-stretch", "standing-stretch")
    assert holds == [(step, "right", rep, 20) for step in steps for rep in (1, 2)]
    assert {s["planned_s"] for s in segments if s["kind"] == "rest"} == {5}
    assert not [s for s in segments if s["kind"] == "switch" or s["side"] == "left"]
    # The settings were read, not changed.
    with closing(open_database(data_dir / "hamstring-coach.sqlite3", readonly=True)) as conn:
        assert SettingsRepository(conn).load() == chosen

"""``injury set/recovered/show`` and ``today --json`` through the real entry point."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from .cli_runner import Cli
from .test_cli import FAST, assert_one_sentence, db_of, describe, wait_for_open_session

# Every run uses this time zone, so "local time" is the same on any machine.
TZ = {"TZ": "Europe/Berlin"}


def run_json(cli: Cli, data_dir: Path, *args: str) -> dict:
    result = cli.run("--data-dir", str(data_dir), *args, env=TZ)
    assert result.returncode == 0, describe(result)
    assert result.stderr == ""
    data: dict = json.loads(result.stdout)
    return data


def test_set_show_and_recover(cli: Cli, data_dir: Path) -> None:
    result = cli.run(
        "--data-dir",
        str(data_dir),
        "injury",
        "set",
        "--when",
        "2026-03-02 08:00",
        "--leg",
        "left",
        "--note",
        "sprint",
        env=TZ,
    )
    assert result.returncode == 0, describe(result)
    shown = run_json(cli, data_dir, "injury", "show", "--json")
    current = shown["current"]
    # Local Berlin time in early March is UTC+1.
    assert current["when"] == "2026-03-02T08:00:00+01:00"
    assert (current["leg"], current["note"], current["recovered_at"]) == ("left", "sprint", None)
    assert current["phase"] in ("later", "lingering")
    assert shown["past"] == []

    recovered = cli.run("--data-dir", str(data_dir), "injury", "recovered", env=TZ)
    assert recovered.returncode == 0, describe(recovered)
    after = run_json(cli, data_dir, "injury", "show", "--json")
    assert after["current"] is None
    (past,) = after["past"]
    assert past["when"] == current["when"] and past["recovered_at"] is not None
    assert run_json(cli, data_dir, "today", "--json")["phase"] == "none"
    again = cli.run("--data-dir", str(data_dir), "injury", "recovered")
    assert_one_sentence(again, "no current injury")


def test_set_defaults_to_now_and_the_plan_is_ice(cli: Cli, data_dir: Path) -> None:
    before = datetime.now().astimezone()
    result = cli.run("--data-dir", str(data_dir), "injury", "set", "--leg", "right")
    assert result.returncode == 0, describe(result)
    today = run_json(cli, data_dir, "today", "--json")
    assert set(today) >= {"phase", "injury", "next_ice_due", "plan", "warnings"}
    assert today["phase"] == "acute"
    assert today["injury"]["leg"] == "right"
    when = datetime.fromisoformat(today["injury"]["when"])
    assert before - timedelta(seconds=1) <= when <= datetime.now().astimezone()
    # No ice yet: due at once, from the moment of the injury.
    assert datetime.fromisoformat(today["next_ice_due"]) == when
    assert [(i["routine_id"], i["done_today"]) for i in today["plan"]] == [("ice", 0)]
    assert all(isinstance(i["target"], int) for i in today["plan"])
    assert any("heat" in w for w in today["warnings"])


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--when", "2999-01-01 08:00", "--leg", "left"), "in the future"),
        (("--when", "last tuesday", "--leg", "left"), "not a date and time"),
        (("--when", "2026-02-30 08:00", "--leg", "left"), "not a date and time"),
        (("--when", "0001-01-01", "--leg", "left"), "not a date and time"),
        (("--when", "1969-12-31 23:00", "--leg", "left"), "years ago"),
        (("--when", "2001-01-01T08:00+05:00", "--leg", "left"), "years ago"),
        (("--when", "0001-01-01T00:00+00:00", "--leg", "left"), "years ago"),
        (("--when", "9999-12-31T23:59+14:00", "--leg", "left"), "in the future"),
        (("--when", "24:00", "--leg", "left"), "not a date and time"),
        (("--when", "2026-03-02 24:00", "--leg", "left"), "not a date and time"),
        (("--when", "", "--leg", "left"), "not a date and time"),
        (("--when", "2026-03-02 08:00" + " " * 100, "--leg", "left"), "not a date and time"),
        (("--when", "2" * 100_000, "--leg", "left"), "not a date and time"),
        (("--leg", "left", "--note", "red \x1b[31m alert"), "control character U+001B"),
        (("--leg", "left", "--note", "a\u202eb"), "control character U+202E"),
        (("--leg", "left", "--note", "x" * 501), "at most 500 characters"),
        (("--leg", "middle"), "not a leg"),
        (("--when", "2026-03-02 08:00"), "--leg"),
    ],
)
def test_bad_input_is_one_sentence_and_nothing_is_stored(
    cli: Cli, data_dir: Path, args: tuple[str, ...], fragment: str
) -> None:
    result = cli.run("--data-dir", str(data_dir), "injury", "set", *args, env=TZ)
    assert_one_sentence(result, fragment)
    assert not data_dir.exists()
    # Also with a history file there: still nothing stored.
    cli.run("--data-dir", str(data_dir), "injury", "set", "--leg", "both", env=TZ)
    cli.run("--data-dir", str(data_dir), "injury", "recovered", env=TZ)
    assert_one_sentence(cli.run("--data-dir", str(data_dir), "injury", "set", *args), fragment)
    assert run_json(cli, data_dir, "injury", "show", "--json")["current"] is None


def test_a_time_with_its_own_offset_and_a_note_of_a_few_lines_are_kept(
    cli: Cli, data_dir: Path
) -> None:
    result = cli.run(
        "--data-dir", str(data_dir), "injury", "set", "--leg", "right",
        "--when", "2026-03-02T08:00+05:00", "--note", "sprint\n\tthen a slip", env=TZ,
    )  # fmt: skip
    assert result.returncode == 0, describe(result)
    current = run_json(cli, data_dir, "injury", "show", "--json")["current"]
    assert current["when"] == "2026-03-02T08:00:00+05:00"
    assert current["note"] == "sprint\n\tthen a slip"


def test_today_and_show_create_and_change_nothing(cli: Cli, data_dir: Path) -> None:
    for args in (("today", "--json"), ("today",), ("injury", "show"), ("injury", "show", "--json")):
        result = cli.run("--data-dir", str(data_dir), *args)
        assert result.returncode == 0, describe(result)
    assert not data_dir.exists()
    assert run_json(cli, data_dir, "today", "--json") == {
        "phase": "none",
        "injury": None,
        "next_ice_due": None,
        "plan": [],
        "warnings": [],
        "heat": None,
        "phase_ends_at": None,
    }
    cli.run("--data-dir", str(data_dir), "injury", "set", "--leg", "left")
    db = db_of(data_dir)
    stored = db.read_bytes()
    run_json(cli, data_dir, "today", "--json")
    run_json(cli, data_dir, "injury", "show", "--json")
    assert db.read_bytes() == stored  # SQLite's own -shm companion may appear, as for history


@pytest.mark.e2e
def test_injury_commands_work_while_the_window_runs(cli: Cli, data_dir: Path) -> None:
    window = cli.spawn("--data-dir", str(data_dir), *FAST, "start", "gentle-stretching")
    wait_for_open_session(window, data_dir)
    result = cli.run(
        "--data-dir", str(data_dir), "injury", "set", "--leg", "left", "--when", "2026-03-02 08:00"
    )
    assert result.returncode == 0, describe(result)
    assert run_json(cli, data_dir, "injury", "show", "--json")["current"]["leg"] == "left"
    assert run_json(cli, data_dir, "today", "--json")["injury"]["leg"] == "left"
    recovered = cli.run("--data-dir", str(data_dir), "injury", "recovered")
    assert recovered.returncode == 0, describe(recovered)
    assert window.proc.poll() is None, window.stderr()
    assert window.terminate_and_wait() == 0, window.stderr()
    (session,) = cli.history(data_dir)
    assert session["status"] == "stopped"

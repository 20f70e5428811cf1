"""``history --json`` keeps its shape: what version 0.1.0 printed, with ``pain_before``.

``tests/data/history-v1.sqlite3`` was written by 0.1.0's storage code and
``history-v1.json`` is what 0.1.0 printed for it (see tests/data/make_history_v1.py).
Today's ``history --json`` on that file, through the real entry point, must give the
same keys in the same order (``pain_before`` the one key added, after ``status``) and
the same values (times and durations to the millisecond, which the compact file keeps).
The keys documented in docs/history-data.md must be exactly these.
"""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

from .cli_runner import Cli, check_history_shape
from .test_cli import describe

DATA = Path(__file__).parent / "data"
DOC = Path(__file__).parent.parent / "docs" / "history-data.md"
HALF_MS = 0.0005 + 1e-9
ADDED = "pain_before"


def _printed(cli: Cli, tmp_path: Path, *args: str) -> list[dict[str, Any]]:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700, exist_ok=True)
    db = folder / "hamstring-coach.sqlite3"
    if not db.exists():
        shutil.copyfile(DATA / "history-v1.sqlite3", db)
        db.chmod(0o600)
    result = cli.run("--data-dir", str(folder), "history", "--json", *args)
    assert result.returncode == 0 and result.stderr == "", describe(result)
    return check_history_shape(json.loads(result.stdout))


def _old() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((DATA / "history-v1.json").read_text("utf-8"))
    return data


def _same_time(got: object, wanted: object) -> bool:
    new, old = datetime.fromisoformat(str(got)), datetime.fromisoformat(str(wanted))
    return abs((new - old).total_seconds()) <= HALF_MS and new.utcoffset() == old.utcoffset()


def _documented(table_head: str) -> list[str]:
    """The keys of one of the doc's tables, in order: the first column's `names`."""
    text = DOC.read_text("utf-8")
    start = text.index(f"| {table_head} | what |")
    keys = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        found = re.match(r"\| `([a-z_]+)` \|", line)
        assert found, line
        keys.append(found.group(1))
    return keys


def test_history_json_is_what_the_first_version_printed_with_pain_before(
    cli: Cli, tmp_path: Path
) -> None:
    now, old = _printed(cli, tmp_path), _old()
    assert len(now) == len(old) == 8
    for session, before in zip(now, old, strict=True):
        wanted_keys = list(before)
        wanted_keys.insert(wanted_keys.index("status") + 1, ADDED)
        assert list(session) == wanted_keys
        assert session[ADDED] is None  # 0.1.0 never asked
        for key in ("id", "routine_id", "routine_title", "pain_after", "note"):
            assert session[key] == before[key], (key, session[key], before[key])
        assert _same_time(session["started_at"], before["started_at"])
        if before["status"] is None:
            # Left open by a crash, with no app running: reported as the next start will
            # mark it, interrupted at the end of its last segment (the file is unchanged).
            assert session["status"] == "interrupted" and before["ended_at"] is None
            assert session["ended_at"] == session["segments"][-1]["ended_at"]
        else:
            assert session["status"] == before["status"]
            assert _same_time(session["ended_at"], before["ended_at"]), (session, before)
        assert len(session["segments"]) == len(before["segments"])
        for segment, old_segment in zip(session["segments"], before["segments"], strict=True):
            assert list(segment) == list(old_segment)
            for key in ("step_id", "kind", "side", "rep", "planned_s", "completed"):
                assert segment[key] == old_segment[key], (key, segment, old_segment)
                assert type(segment[key]) is type(old_segment[key]), (key, segment)
            assert abs(segment["actual_s"] - old_segment["actual_s"]) <= HALF_MS
            for key in ("started_at", "ended_at"):
                assert _same_time(segment[key], old_segment[key]), (key, segment)


def test_range_and_limit_keep_the_shape_and_the_order(cli: Cli, tmp_path: Path) -> None:
    every = _printed(cli, tmp_path)
    newest = _printed(cli, tmp_path, "--limit", "3")
    assert newest == every[-3:]  # the newest three, still oldest first
    july = _printed(cli, tmp_path, "--since", "2025-07-01", "--until", "2025-07-31")
    assert july and july == [s for s in every if s["started_at"][:7] == "2025-07"]


def test_the_documented_keys_are_the_printed_ones(cli: Cli, tmp_path: Path) -> None:
    session = _printed(cli, tmp_path)[0]
    assert _documented("session key") == list(session)
    assert _documented("segment key") == list(session["segments"][0])

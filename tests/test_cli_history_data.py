"""``history`` ranges and limits, ``export``, ``import`` and ``restore`` as a person runs them.

Every call is the real entry point in a child process (see test_cli.py), on history
files made by tests.generated_history: 5 sessions a day up to 2026-03-01.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from hamstring_coach.storage.backups import take_backup
from hamstring_coach.storage.paths import AppPaths, InstanceLock

from ._privs import unprivileged
from .cli_runner import Cli, check_history_shape
from .generated_history import generate
from .test_cli import assert_one_sentence, describe

LAST_DAY = date(2026, 3, 1)


def _history(tmp_path: Path, name: str = "data", sessions: int = 70, days: int = 14) -> AppPaths:
    folder = tmp_path / name
    folder.mkdir(mode=0o700)
    paths = AppPaths(folder)
    generate(paths.db_path, sessions, days)
    return paths


def _ok(cli: Cli, paths: AppPaths, *args: str) -> str:
    result = cli.run("--data-dir", str(paths.data_dir), *args)
    assert result.returncode == 0, describe(result)
    assert result.stderr == "", describe(result)
    return result.stdout


# --------------------------------------------------------------------------- history


def test_history_text_is_newest_first_and_stops_at_the_limit(cli: Cli, tmp_path: Path) -> None:
    paths = _history(tmp_path)
    lines = _ok(cli, paths, "history").splitlines()
    assert len(lines) == 51 and lines[-1].startswith("(The newest 50 of 70 sessions")
    starts = [line[:16] for line in lines[:-1]]
    assert starts == sorted(starts, reverse=True) and starts[0].startswith("2026-03-01")
    assert "18 of 18 holds" in lines[0]
    assert len(_ok(cli, paths, "history", "--limit", "3").splitlines()) == 4
    assert len(_ok(cli, paths, "history", "--limit", "0").splitlines()) == 70
    ranged = _ok(cli, paths, "history", "--since", "2026-02-28", "--until", "2026-02-28")
    assert [line[:10] for line in ranged.splitlines()] == ["2026-02-28"] * 5
    assert _ok(cli, paths, "history", "--since", "2027-01-01") == "No sessions in that range.\n"


def test_history_json_keeps_its_shape_and_takes_a_range_and_limit(cli: Cli, tmp_path: Path) -> None:
    paths = _history(tmp_path)
    every = check_history_shape(json.loads(_ok(cli, paths, "history", "--json")))
    assert len(every) == 70
    assert [s["started_at"] for s in every] == sorted(s["started_at"] for s in every)
    assert every[0]["segments"][0]["started_at"] == every[0]["started_at"]
    week = json.loads(
        _ok(cli, paths, "history", "--json", "--since", "2026-02-23", "--until", "2026-02-24")
    )
    assert {s["started_at"][:10] for s in week} == {"2026-02-23", "2026-02-24"}
    newest = json.loads(_ok(cli, paths, "history", "--json", "--limit", "4"))
    assert newest == every[-4:]  # the newest four, oldest first as always
    text = _ok(cli, paths, "history", "--json")
    assert text == json.dumps(every, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("--since", "2026-13-01"), ("2026-13-01", "YYYY-MM-DD")),
        (("--since", "yesterday"), ("yesterday",)),
        (("--until", "2026-3-1"), ("2026-3-1",)),
        (("--since", "2026-03-02", "--until", "2026-03-01"), ("comes after",)),
        (("--limit", "-1"), ("-1",)),
        (("--limit", "ten"), ("ten",)),
    ],
)
def test_history_refuses_bad_ranges_and_limits(
    cli: Cli, tmp_path: Path, args: tuple[str, ...], fragments: tuple[str, ...]
) -> None:
    for json_flag in ((), ("--json",)):
        result = cli.run("--data-dir", str(tmp_path / "data"), "history", *json_flag, *args)
        assert_one_sentence(result, *fragments)


# --------------------------------------------------------------------------- export


def test_export_csv_and_json_of_a_range(cli: Cli, tmp_path: Path) -> None:
    paths = _history(tmp_path)
    out = tmp_path / "week.csv"
    said = _ok(cli, paths, "export", "--output", str(out), "--since", "2026-02-27")
    assert said == f"Exported 15 sessions to {out}.\n"
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert len(rows) == 15 * 54
    assert {row["session_local_date"] for row in rows} == {"2026-02-27", "2026-02-28", "2026-03-01"}
    target = tmp_path / "all.data"
    _ok(cli, paths, "export", "--format", "json", "--output", str(target))
    assert len(json.loads(target.read_text("utf-8"))["sessions"]) == 70


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("--format", "xml", "--output", "x.xml"), ("xml", "csv")),
        (("--output", "report.txt"), ("--format", "report.txt")),
        (("--format", "csv"), ("--output",)),
        (("--format", "csv", "--output", ""), ("empty",)),
        (("--output", "x.csv", "--since", "March"), ("March",)),
        (("--format", "pdf", "--output", "nowhere/report.pdf"), ("nowhere", "folder")),
    ],
)
def test_export_refuses_bad_input(
    cli: Cli, tmp_path: Path, args: tuple[str, ...], fragments: tuple[str, ...]
) -> None:
    paths = _history(tmp_path, sessions=5, days=1)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = cli.run("--data-dir", str(paths.data_dir), "export", *args, cwd=tmp_path)
    assert_one_sentence(result, *fragments)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_export_never_writes_over_the_history_or_into_the_backups(cli: Cli, tmp_path: Path) -> None:
    paths = _history(tmp_path, sessions=5, days=1)
    contents = paths.db_path.read_bytes()
    existing = tmp_path / "old.csv"
    existing.write_text("an earlier export")
    cases = [
        (paths.db_path, "history file itself"),
        (paths.backups_dir / "x.json", "backups folder"),
        (existing, "already exists"),
        (tmp_path / "no-such-folder" / "x.csv", "does not exist"),
    ]
    for target, fragment in cases:
        for force in ((), ("--force",)) if fragment != "already exists" else ((),):
            result = cli.run(
                "--data-dir", str(paths.data_dir), "export", "--format", "csv",
                "--output", str(target), *force,
            )  # fmt: skip
            assert_one_sentence(result, str(target), fragment)
    assert paths.db_path.read_bytes() == contents
    assert existing.read_text() == "an earlier export"
    _ok(cli, paths, "export", "--output", str(existing), "--force")
    assert existing.read_text("utf-8").startswith("session_uid,")


def test_export_into_a_read_only_folder_is_one_sentence(cli: Cli, tmp_path: Path) -> None:
    paths = _history(tmp_path, sessions=5, days=1)
    closed = tmp_path / "closed"
    closed.mkdir()
    as_user = unprivileged([sys.executable, "-m", "hamstring_coach"])
    closed.chmod(0o500)
    try:
        result = cli.run(
            "--data-dir", str(paths.data_dir), "export", "--output", str(closed / "x.csv"),
            command=as_user,
        )  # fmt: skip
    finally:
        closed.chmod(0o700)
    assert_one_sentence(result, str(closed / "x.csv"), "read-only")
    assert list(closed.iterdir()) == []


# --------------------------------------------------------------------------- import


def test_import_elsewhere_reproduces_the_history_and_adds_nothing_twice(
    cli: Cli, tmp_path: Path
) -> None:
    paths = _history(tmp_path)
    exported = tmp_path / "all.json"
    _ok(cli, paths, "export", "--output", str(exported))
    other = AppPaths(tmp_path / "other")
    assert _ok(cli, other, "import", str(exported)) == f"Imported 70 sessions from {exported}.\n"
    said = _ok(cli, other, "import", str(exported))
    assert said == f"Imported 0 sessions from {exported} (70 already in the history).\n"
    mine = json.loads(_ok(cli, paths, "history", "--json"))
    theirs = json.loads(_ok(cli, other, "history", "--json"))
    assert [{k: v for k, v in s.items() if k != "id"} for s in theirs] == [
        {k: v for k, v in s.items() if k != "id"} for s in mine
    ]


def test_import_refuses_a_bad_file_and_a_running_app(cli: Cli, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    notes = tmp_path / "notes.json"
    notes.write_text('{"hello": "world"}')
    assert_one_sentence(cli.run("--data-dir", str(paths.data_dir), "import", str(notes)),
                        str(notes), "not a Hamstring Coach export")  # fmt: skip
    missing = tmp_path / "missing.json"
    assert_one_sentence(cli.run("--data-dir", str(paths.data_dir), "import", str(missing)),
                        str(missing))  # fmt: skip
    lock = InstanceLock(paths.lock_path)
    assert lock.acquire()
    try:
        result = cli.run("--data-dir", str(paths.data_dir), "import", str(notes))
    finally:
        lock.release()
    assert_one_sentence(result, "running", str(paths.data_dir))


# --------------------------------------------------------------------------- restore


def _backups(paths: AppPaths) -> None:
    for back in (2, 1):
        take_backup(paths.db_path, paths.backups_dir, LAST_DAY - timedelta(days=back))


def test_restore_lists_the_backups_with_dates_and_sessions(cli: Cli, tmp_path: Path) -> None:
    paths = _history(tmp_path, sessions=10, days=2)
    assert "There are no backups" in _ok(cli, paths, "restore")
    _backups(paths)
    lines = _ok(cli, paths, "restore").splitlines()
    assert lines[0] == f"Backups in {paths.backups_dir}, newest first:"
    assert lines[1].split() == [
        "hamstring-coach-2026-02-28.sqlite3",
        "2026-02-28",
        "10",
        "sessions",
    ]
    assert lines[2].split()[1] == "2026-02-27"
    assert lines[-1].startswith("Restore one with: hamstring-coach restore NAME")


def test_restore_is_refused_while_the_app_runs(cli: Cli, tmp_path: Path) -> None:
    paths = _history(tmp_path, sessions=5, days=1)
    _backups(paths)
    contents = paths.db_path.read_bytes()
    lock = InstanceLock(paths.lock_path)
    assert lock.acquire()
    try:
        result = cli.run("--data-dir", str(paths.data_dir), "restore", "2026-02-28")
    finally:
        lock.release()
    assert_one_sentence(result, "running", "quit it")
    assert paths.db_path.read_bytes() == contents
    assert_one_sentence(
        cli.run("--data-dir", str(paths.data_dir), "restore", "1999-01-01"), "1999-01-01"
    )


@pytest.mark.e2e
def test_a_damaged_history_is_set_aside_and_a_backup_restored(cli: Cli, tmp_path: Path) -> None:
    """From the first refusal to the history back, through the real entry point."""
    paths = _history(tmp_path, sessions=20, days=4)
    _backups(paths)
    data = bytearray(paths.db_path.read_bytes())
    for index in range(4096, len(data), 3):
        data[index] = (data[index] + 101) % 256
    paths.db_path.write_bytes(bytes(data))
    damaged = bytes(data)

    refused = cli.run("--data-dir", str(paths.data_dir), "history")
    assert_one_sentence(refused, paths.db_path.name, "hamstring-coach restore")
    window = cli.run("--data-dir", str(paths.data_dir), "start", "gentle-stretching")
    assert_one_sentence(window, paths.db_path.name, "hamstring-coach restore")
    assert paths.db_path.read_bytes() == damaged

    listing = _ok(cli, paths, "restore")
    assert "cannot be opened" in listing.splitlines()[0]
    said = _ok(cli, paths, "restore", "hamstring-coach-2026-02-28.sqlite3")
    assert said.startswith("Restored hamstring-coach-2026-02-28.sqlite3 (20 sessions); ")
    kept = [
        path
        for path in paths.data_dir.glob("hamstring-coach.sqlite3.before-restore-*")
        if not path.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert str(kept[0]) in said
    restored = check_history_shape(json.loads(_ok(cli, paths, "history", "--json")))
    assert len(restored) == 20

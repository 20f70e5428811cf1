"""CSV and JSON exports, and importing the JSON elsewhere."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hamstring_coach.storage.csv_export import CSV_COLUMNS, neutralise
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.exporting import ExportError, check_target, export_csv, export_json
from hamstring_coach.storage.history import (
    HistoryRepository,
    PlannedWork,
    SegmentRecord,
    SessionFilter,
)
from hamstring_coach.storage.importing import ImportFileError, import_export
from hamstring_coach.storage.paths import AppPaths

from ..generated_history import generate

CET = timezone(timedelta(hours=1))
RISKY = ["=1+1", "+44 20 7946", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "＝HYPERLINK()"]


def _folder(tmp_path: Path, name: str) -> AppPaths:
    folder = tmp_path / name
    folder.mkdir(mode=0o700)
    return AppPaths(folder)


def _open(paths: AppPaths) -> sqlite3.Connection:
    return open_database(paths.db_path)


@pytest.mark.parametrize("cell", RISKY)
def test_formula_starts_get_an_apostrophe(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Felt fine", "", "1+1=2", " =not first", "'quoted", "30"])
def test_other_cells_are_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell


def test_csv_is_rfc_4180_with_no_cell_a_spreadsheet_would_run(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "data")
    with closing(_open(paths)) as conn:
        history = HistoryRepository(conn)
        start = datetime(2026, 3, 1, 8, 0, 0, 250000, tzinfo=CET)
        for number, risky in enumerate(RISKY):
            session = history.start_session(f"r{number}", risky, start + timedelta(days=number))
            history.add_segment(
                session,
                _segment(risky, start + timedelta(days=number)),
            )
            history.finish_session(session, "completed", start + timedelta(days=number, minutes=1))
            # Stored as an import may bring it: set_note would trim a leading tab.
            note = f'{risky} said "ouch",\nthen stopped'
            conn.execute("UPDATE sessions SET note = ? WHERE id = ?", (note, session))
        empty = history.start_session("plain", "Plain, with a comma", start - timedelta(days=1))
        history.finish_session(empty, "stopped", start - timedelta(days=1))
        target = tmp_path / "out.csv"
        assert export_csv(history, target, None) == len(RISKY) + 1

    raw = target.read_bytes()
    assert raw.count(b"\r\n") >= len(RISKY) + 2 and b"\r\r" not in raw
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS and all(len(row) == len(CSV_COLUMNS) for row in rows)
    column = {name: index for index, name in enumerate(CSV_COLUMNS)}
    assert rows[1][column["routine_title"]] == "Plain, with a comma"
    assert rows[1][column["position"]] == ""  # a session without segments: one row
    for row, risky in zip(rows[2:], RISKY, strict=True):
        assert row[column["routine_title"]] == "'" + risky
        assert row[column["step_id"]] == "'" + risky
        assert row[column["note"]] == f'\'{risky} said "ouch",\nthen stopped'
        assert row[column["session_started_at"]].endswith(".250+01:00")
        assert row[column["completed"]] == "yes" and row[column["actual_s"]] == "30.5"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "＝")), row


def _segment(step: str, start: datetime) -> SegmentRecord:
    return SegmentRecord(
        0, step, "hold", "left", 1, 30.0, 30.5, True, start, start + timedelta(seconds=31)
    )


def test_json_export_import_elsewhere_and_export_again_is_identical(tmp_path: Path) -> None:
    source = _folder(tmp_path, "source")
    generate(source.db_path, 60, 12)
    with closing(_open(source)) as conn:
        history = HistoryRepository(conn)
        history.set_note(3, 'Ünïcode note, with "quotes" and\nlines')
        history.set_pain_before(4, 7)
        conn.execute("INSERT INTO settings (key, value) VALUES ('hold_s', '25')")
        open_one = history.start_session("ice", "Ice", datetime(2026, 3, 2, 8, tzinfo=CET))
        history.add_segment(open_one, _segment("ice", datetime(2026, 3, 2, 8, tzinfo=CET)))
        first = tmp_path / "first.json"
        assert export_json(history, first, None) == 61

    target = _folder(tmp_path, "target")
    with closing(_open(target)) as conn:
        done = import_export(conn, first)
        assert (done.added, done.already_there, done.settings) == (61, 0, 1)
        again = import_export(conn, first)
        assert (again.added, again.already_there, again.settings) == (0, 61, 0)
        second = tmp_path / "second.json"
        export_json(HistoryRepository(conn), second, None)
    assert second.read_bytes() == first.read_bytes()

    data = json.loads(first.read_text("utf-8"))
    assert (data["format"], data["format_version"]) == ("hamstring-coach-history", 1)
    assert data["settings"] == {"hold_s": "25"}
    sessions = data["sessions"]
    assert len({s["uid"] for s in sessions}) == 61
    assert sessions[0]["planned"] == {"holds": 18, "sets": 0, "timed": 0, "checklists": 0}
    assert sessions[-1]["status"] is None and sessions[-1]["planned"] is None
    assert sum(len(s["segments"]) for s in sessions) == 60 * 54 + 1


def test_a_date_range_exports_only_its_days(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "data")
    generate(paths.db_path, 70, 14)  # five a day, up to 2026-03-01
    with closing(_open(paths)) as conn:
        history = HistoryRepository(conn)
        target = tmp_path / "week.json"
        matching = SessionFilter(since=date(2026, 2, 23), until=date(2026, 2, 25))
        assert export_json(history, target, matching) == 15
    data = json.loads(target.read_text("utf-8"))
    assert (data["since"], data["until"]) == ("2026-02-23", "2026-02-25")
    assert {s["started_at"][:10] for s in data["sessions"]} == {
        "2026-02-23", "2026-02-24", "2026-02-25",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("not json at all", "not JSON"),
        ('{"format": "something-else", "sessions": []}', "not a Hamstring Coach export"),
        ('{"format": "hamstring-coach-history", "format_version": 99, "sessions": []}', "newer"),
        ('{"format": "hamstring-coach-history", "format_version": 1}', "no sessions"),
        ('{"format": "hamstring-coach-history", "format_version": 1, "sessions": [{"uid": 5}]}',
         "session 1 has a bad uid"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_an_export_is_refused(
    tmp_path: Path, content: str, fragment: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    paths = _folder(tmp_path, "data")
    with closing(_open(paths)) as conn, pytest.raises(ImportFileError) as caught:
        import_export(conn, bad)
    assert fragment in str(caught.value) and str(bad) in str(caught.value)


def test_a_bad_session_imports_nothing(tmp_path: Path) -> None:
    source = _folder(tmp_path, "source")
    generate(source.db_path, 5, 1)
    with closing(_open(source)) as conn:
        export_json(HistoryRepository(conn), tmp_path / "good.json", None)
    data = json.loads((tmp_path / "good.json").read_text("utf-8"))
    data["sessions"][3]["segments"][7]["kind"] = "jump"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    target = _folder(tmp_path, "target")
    with closing(_open(target)) as conn:
        with pytest.raises(ImportFileError, match="session 4, segment 8, has a bad kind"):
            import_export(conn, tmp_path / "bad.json")
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM steps").fetchone()[0] == 0
        assert not conn.in_transaction


def test_export_targets_that_are_refused(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "data")
    open_database(paths.db_path).close()
    paths.backups_dir.mkdir()
    link = tmp_path / "link.sqlite3"
    link.symlink_to(paths.db_path)
    (tmp_path / "exists.csv").write_text("keep me")
    cases = {
        paths.db_path: "history file itself",
        Path(f"{paths.db_path}-wal"): "history file itself",
        link: "history file itself",
        paths.backups_dir / "out.json": "backups folder",
        paths.backups_dir: "backups folder",
        tmp_path: "is a folder",
        tmp_path / "missing" / "out.csv": "folder does not exist",
        tmp_path / "exists.csv": "already exists",
    }
    for target, fragment in cases.items():
        with pytest.raises(ExportError, match=fragment):
            check_target(target, paths)
    assert check_target(tmp_path / "exists.csv", paths, overwrite=True) == tmp_path / "exists.csv"
    assert (tmp_path / "exists.csv").read_text() == "keep me"


def test_an_export_cut_short_leaves_no_file(tmp_path: Path) -> None:
    paths = _folder(tmp_path, "data")
    generate(paths.db_path, 5, 1)
    target = tmp_path / "out.json"
    target.write_text("the old export")
    with closing(_open(paths)) as conn:
        history = HistoryRepository(conn)
        conn.execute("UPDATE sessions SET started_at = 'soon' WHERE id = 3")
        with pytest.raises(Exception, match="session 3"):
            export_json(history, target, None)
    assert target.read_text() == "the old export"
    assert sorted(os.listdir(tmp_path)) == ["data", "out.json"]


def test_import_takes_injuries_and_planned_work_it_does_not_have(tmp_path: Path) -> None:
    source = _folder(tmp_path, "source")
    target = _folder(tmp_path, "target")
    injury = (
        "INSERT INTO injuries (happened_at, utc_offset_min, leg, recorded_at) VALUES (?, 60, ?, ?)"
    )
    first = ("2026-02-01T07:00:00.000000+00:00", "left", "2026-02-01T09:00:00.000000+00:00")
    second = ("2026-02-10T07:00:00.000000+00:00", "right", "2026-02-10T08:00:00.000000+00:00")
    with closing(_open(source)) as conn:
        conn.executemany(injury, [first, second])
        history = HistoryRepository(conn)
        history.start_session(
            "r", "R", datetime(2026, 3, 1, tzinfo=CET), planned=PlannedWork(holds=3)
        )
        export_json(history, tmp_path / "all.json", None)
    with closing(_open(target)) as conn:
        conn.execute(injury, first)
        done = import_export(conn, tmp_path / "all.json")
        assert dict(done.rows) == {"injuries": 1}
        legs = [row[0] for row in conn.execute("SELECT leg FROM injuries ORDER BY happened_at")]
        assert legs == ["left", "right"]
        assert import_export(conn, tmp_path / "all.json").rows == {}
        (record,) = HistoryRepository(conn).list_sessions()
        assert record.work.planned_known and record.work.holds.planned == 3

"""Schema version 3 (compact segments): a file made by version 1's own code comes through.

``tests/data/history-v1.sqlite3`` was written by Hamstring Coach 0.1.0's storage code
(``tests/data/make_history_v1.py``), and ``history-v1.json`` is that version's export of
it. Opening a copy upgrades it; every session and segment must read back as before,
times and durations to the millisecond (version 3 keeps milliseconds).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from hamstring_coach.storage.compact import Progress
from hamstring_coach.storage.database import (
    SCHEMA_VERSION,
    DatabaseError,
    needs_upgrade,
    open_database,
    stored_version,
)
from hamstring_coach.storage.history import HistoryRepository

from ..generated_history import generate

DATA = Path(__file__).parent.parent / "data"
HALF_MS = 0.0005 + 1e-9


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    copy = tmp_path / "hamstring-coach.sqlite3"
    shutil.copyfile(DATA / "history-v1.sqlite3", copy)
    copy.chmod(0o600)
    return copy


def _expected() -> list[dict[str, object]]:
    data: list[dict[str, object]] = json.loads((DATA / "history-v1.json").read_text("utf-8"))
    return data


def _close(after: dict[str, object], before: dict[str, object]) -> None:
    """A segment as version 3 gives it against what version 1 exported: the same, but
    times and durations kept to the millisecond."""
    for key in ("step_id", "kind", "side", "rep", "planned_s", "completed"):
        assert after[key] == before[key], (key, after, before)
    assert isinstance(after["actual_s"], float) and isinstance(before["actual_s"], float)
    assert abs(after["actual_s"] - before["actual_s"]) <= HALF_MS, (after, before)
    assert after["actual_s"] * 1000 == round(after["actual_s"] * 1000)
    for key in ("started_at", "ended_at"):
        got, wanted = (
            datetime.fromisoformat(str(after[key])),
            datetime.fromisoformat(str(before[key])),
        )
        assert abs((got - wanted).total_seconds()) <= HALF_MS, (key, got, wanted)
        assert got.utcoffset() == wanted.utcoffset()


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [tuple(row) for row in conn.execute(sql)]


def test_the_fixture_is_a_version_1_file() -> None:
    assert stored_version(DATA / "history-v1.sqlite3") == 1
    assert needs_upgrade(DATA / "history-v1.sqlite3")


def test_every_row_comes_through(v1_file: Path) -> None:
    sessions_before = _rows(v1_file, "SELECT * FROM sessions ORDER BY id")
    segment_count = _rows(v1_file, "SELECT COUNT(*) FROM segments")[0][0]
    settings_before = _rows(v1_file, "SELECT * FROM settings ORDER BY key")
    notes: list[Progress] = []

    with closing(open_database(v1_file, progress=notes.append)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        exported = HistoryRepository(conn).export()
        assert conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0] == segment_count
        assert [tuple(r) for r in conn.execute("SELECT * FROM settings ORDER BY key")] == (
            settings_before
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        uids = {row[0] for row in conn.execute("SELECT uid FROM sessions")}

    expected = _expected()
    assert len(exported) == len(expected) == len(sessions_before)
    assert len(uids) == len(exported)  # every session has an identity of its own
    for after, before in zip(exported, expected, strict=True):
        assert after["pain_before"] is None  # not asked before version 3
        same = {
            key: value for key, value in after.items() if key not in ("segments", "pain_before")
        }
        assert same == {key: value for key, value in before.items() if key != "segments"}
        got, wanted = after["segments"], before["segments"]
        assert isinstance(got, list) and isinstance(wanted, list)
        assert len(got) == len(wanted)
        for segment, old in zip(got, wanted, strict=True):
            _close(segment, old)

    stages = [note.stage for note in notes]
    assert stages[0] == "upgrade" and notes[0].done == 0 and notes[0].total == segment_count
    assert "compact" in stages and stages[-1] == "compact"


def test_the_upgrade_knows_what_completed_sessions_planned(v1_file: Path) -> None:
    with closing(open_database(v1_file)) as conn:
        pages = HistoryRepository(conn).list_sessions(0, 100)
    by_start = {record.started_at.isoformat(): record for record in pages}
    done = by_start["2025-01-06T07:15:03.123456+01:00"]
    assert done.work.planned_known and (done.work.holds.planned, done.work.holds.done) == (3, 3)
    redone = by_start["2025-07-15T06:00:00+02:00"]  # position 4 cut short, then done again
    assert (redone.work.holds.planned, redone.work.holds.done, redone.work.holds.skipped) == (
        2,
        2,
        0,
    )
    stopped = by_start["2025-08-02T18:45:10.500000-05:00"]
    assert not stopped.work.planned_known  # stopped: what it would have held is not known
    assert (stopped.work.timed.done, stopped.work.timed.skipped) == (0, 1)
    assert (stopped.work.checklists.planned, stopped.work.checklists.done) == (1, 1)
    interrupted = [r for r in pages if r.status == "interrupted"]
    assert len(interrupted) == 1 and interrupted[0].ended_at is not None


def test_a_migrated_file_is_compacted(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    generate(path, 400, 80, layout=1)
    before = path.stat().st_size
    open_database(path).close()
    after = path.stat().st_size
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0] == 400 * 54
    assert after < before / 2, (before, after)


def test_a_value_version_1_never_wrote_stops_the_upgrade_and_changes_nothing(
    v1_file: Path,
) -> None:
    with closing(sqlite3.connect(v1_file, isolation_level=None)) as conn:
        conn.execute("UPDATE segments SET started_at = 'soon' WHERE id = 7")
        session = conn.execute("SELECT session_id FROM segments WHERE id = 7").fetchone()[0]
    before = v1_file.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(v1_file).close()
    message = str(caught.value)
    assert f"session {session} " in message and "started_at" in message
    assert str(v1_file) in message and "left unchanged" in message
    assert v1_file.read_bytes() == before
    assert stored_version(v1_file) == 1


def test_reading_a_version_1_file_read_only_upgrades_a_copy(v1_file: Path) -> None:
    before = v1_file.read_bytes()
    with closing(open_database(v1_file, readonly=True)) as conn:
        exported = HistoryRepository(conn).export()
    assert len(exported) == len(_expected())
    assert v1_file.read_bytes() == before

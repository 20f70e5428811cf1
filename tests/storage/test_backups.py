"""Daily backups on a fake clock, damaged ones passed over, and restoring one."""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hamstring_coach.storage import backups as backups_module
from hamstring_coach.storage.backups import (
    DailyBackup,
    backup_name,
    check_file,
    kept_days,
    list_backups,
    newest_good_backup,
    take_backup,
)
from hamstring_coach.storage.clean_close import note_path
from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.storage.restore import find_backup, restore, set_aside

CET = timezone(timedelta(hours=1))
DAY0 = date(2026, 1, 1)  # a Thursday


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return AppPaths(folder)


def _add_sessions(paths: AppPaths, count: int, day: date = DAY0) -> None:
    with closing(open_database(paths.db_path)) as conn:
        history = HistoryRepository(conn)
        for number in range(count):
            start = datetime.combine(day, datetime.min.time(), CET) + timedelta(hours=8 + number)
            session = history.start_session("r", "R", start)
            history.finish_session(session, "completed", start + timedelta(minutes=10))


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for index in range(1024, len(data), 5):
        data[index] = (data[index] * 7 + 3) % 256
    path.write_bytes(bytes(data))


def test_kept_days_are_the_last_seven_and_four_weekly() -> None:
    days = [DAY0 + timedelta(days=n) for n in range(60)]
    kept = sorted(kept_days(days))
    newest = days[-1]  # 2026-03-01, a Sunday
    assert kept[-7:] == [newest - timedelta(days=n) for n in range(6, -1, -1)]
    weekly = kept[:-7]
    assert len(weekly) == 4
    assert [d.isocalendar()[1] for d in weekly] == [5, 6, 7, 8]  # four weeks, one each
    assert all(d.isoweekday() == 7 for d in weekly[:-1])  # the newest of each week
    assert weekly[-1] == newest - timedelta(days=7)  # its week's days after it are daily


def test_one_backup_a_day_rotated_on_a_fake_clock(paths: AppPaths) -> None:
    _add_sessions(paths, 2)
    taken = []
    for n in range(45):
        today = DAY0 + timedelta(days=n)
        made = take_backup(paths.db_path, paths.backups_dir, today)
        assert made is not None and made.check is not None and made.check.good
        assert take_backup(paths.db_path, paths.backups_dir, today) is None  # once a day
        taken.append(today)
        kept = [backup.day for backup in list_backups(paths.backups_dir)]
        assert set(kept) == kept_days(taken)
        assert len(kept) <= 11
    assert stat.S_IMODE(paths.backups_dir.stat().st_mode) == 0o700
    for backup in list_backups(paths.backups_dir):
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in paths.backups_dir.iterdir()) == sorted(
        backup_name(day) for day in kept_days(taken)
    )


def test_a_backup_holds_what_was_saved_even_with_a_write_under_way(paths: AppPaths) -> None:
    _add_sessions(paths, 3)
    with closing(open_database(paths.db_path)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM sessions")  # not committed when the copy is taken
        made = take_backup(paths.db_path, paths.backups_dir, DAY0)
        conn.execute("ROLLBACK")
    assert made is not None and made.check is not None
    assert made.check.sessions == 3
    with closing(sqlite3.connect(made.path)) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_copy_that_fails_its_check_is_deleted_and_not_counted(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_sessions(paths, 2)
    real_copy = backups_module.copy_history

    def broken_copy(source: Path, target: Path, **kwargs: object) -> None:
        real_copy(source, target)
        _damage(target)

    monkeypatch.setattr(backups_module, "copy_history", broken_copy)
    with pytest.raises(sqlite3.DatabaseError):
        take_backup(paths.db_path, paths.backups_dir, DAY0)
    assert list(paths.backups_dir.iterdir()) == []
    monkeypatch.setattr(backups_module, "copy_history", real_copy)
    assert take_backup(paths.db_path, paths.backups_dir, DAY0) is not None  # today again


def test_a_damaged_backup_is_passed_over(paths: AppPaths) -> None:
    _add_sessions(paths, 1)
    take_backup(paths.db_path, paths.backups_dir, DAY0)
    _add_sessions(paths, 2, DAY0 + timedelta(days=1))
    newest = take_backup(paths.db_path, paths.backups_dir, DAY0 + timedelta(days=1))
    assert newest is not None
    _damage(newest.path)
    listed = list_backups(paths.backups_dir, check=True)
    assert [(b.day, b.check.good if b.check else None) for b in listed] == [
        (DAY0 + timedelta(days=1), False),
        (DAY0, True),
    ]
    good = newest_good_backup(paths.backups_dir)
    assert good is not None and good.day == DAY0
    assert good.check is not None and good.check.sessions == 1


def test_daily_backup_runs_on_its_own_thread(paths: AppPaths) -> None:
    _add_sessions(paths, 2)
    now = datetime(2026, 2, 3, 9, 0, tzinfo=CET)
    daily = DailyBackup(paths, lambda: now)
    assert daily.request()
    assert daily.wait(30)
    assert daily.last_error is None and daily.last_backup is not None
    assert daily.last_backup.name == "hamstring-coach-2026-02-03.sqlite3"
    daily.request()
    assert daily.wait(30)
    assert [b.name for b in list_backups(paths.backups_dir)] == [daily.last_backup.name]


def test_a_backup_stops_when_the_app_closes(paths: AppPaths) -> None:
    _add_sessions(paths, 1)
    with pytest.raises(backups_module.BackupCancelled):
        take_backup(paths.db_path, paths.backups_dir, DAY0, cancelled=lambda: True)
    assert list(paths.backups_dir.iterdir()) == []


def test_restore_keeps_the_old_file_first(paths: AppPaths) -> None:
    _add_sessions(paths, 2)
    backup = take_backup(paths.db_path, paths.backups_dir, DAY0)
    assert backup is not None
    _add_sessions(paths, 3, DAY0 + timedelta(days=1))
    conn = open_database(paths.db_path)  # keep a -wal file with unmerged sessions around
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    HistoryRepository(conn).start_session("late", "Late", datetime(2026, 1, 5, tzinfo=CET))
    before = {end: Path(f"{paths.db_path}{end}").read_bytes() for end in ("", "-wal")}
    now = datetime(2026, 1, 6, 12, 0, 5, tzinfo=CET)
    done = restore(paths, find_backup(paths, "2026-01-01"), now)
    conn.close()
    assert done.sessions == 2 and done.kept_as is not None
    assert done.kept_as.name == "hamstring-coach.sqlite3.before-restore-20260106-120005"
    for end, content in before.items():
        assert Path(f"{done.kept_as}{end}").read_bytes() == content
    with closing(open_database(paths.db_path)) as restored:
        assert HistoryRepository(restored).count_sessions() == 2
    with closing(open_database(done.kept_as)) as kept:
        assert HistoryRepository(kept).count_sessions() == 6  # the -wal came along


def test_restore_refuses_what_is_not_a_good_history(paths: AppPaths, tmp_path: Path) -> None:
    _add_sessions(paths, 1)
    contents = paths.db_path.read_bytes()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database " * 100)
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE t (x)")
    damaged = tmp_path / "damaged.sqlite3"
    take_backup(paths.db_path, tmp_path, DAY0)
    (tmp_path / backup_name(DAY0)).rename(damaged)
    _damage(damaged)
    newer = tmp_path / "newer.sqlite3"
    take_backup(paths.db_path, tmp_path, DAY0)
    (tmp_path / backup_name(DAY0)).rename(newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("PRAGMA user_version = 99")
    cases = {
        notes: "damaged",
        other: "not a Hamstring Coach history",
        damaged: "damaged",
        newer: "newer version",
        paths.db_path: "history file itself",
    }
    for source, fragment in cases.items():
        with pytest.raises(DatabaseError, match=fragment):
            restore(paths, source, datetime(2026, 1, 6, tzinfo=CET))
        assert paths.db_path.read_bytes() == contents
    with pytest.raises(DatabaseError, match="no backup or file named"):
        find_backup(paths, "2020-01-01")
    left = {p.name for p in paths.data_dir.iterdir()}
    assert left <= {
        "hamstring-coach.sqlite3",
        "hamstring-coach.sqlite3-wal",
        "hamstring-coach.sqlite3-shm",
        note_path(paths.db_path).name,  # the note of a clean close
    }


def test_set_aside_moves_the_file_and_its_companions_unchanged(paths: AppPaths) -> None:
    _add_sessions(paths, 1)
    for end in ("-wal", "-shm"):
        Path(f"{paths.db_path}{end}").write_bytes(b"companion" + end.encode())
    contents = paths.db_path.read_bytes()
    now = datetime(2026, 1, 6, 7, 30, tzinfo=CET)
    first = set_aside(paths.db_path, now)
    assert first.name == "hamstring-coach.sqlite3.damaged-20260106-073000"
    assert first.read_bytes() == contents
    assert Path(f"{first}-wal").read_bytes() == b"companion-wal"
    assert not paths.db_path.exists() and not Path(f"{paths.db_path}-wal").exists()
    paths.db_path.write_bytes(b"second")
    second = set_aside(paths.db_path, now)
    assert second != first and second.read_bytes() == b"second"
    assert check_file(first).good

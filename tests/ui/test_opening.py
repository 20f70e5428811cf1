"""Opening the history for the window: the upgrade note, and a damaged file's question."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hamstring_coach.core.clock import FakeClock
from hamstring_coach.storage.backups import take_backup
from hamstring_coach.storage.database import DatabaseError
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.ui import opening
from hamstring_coach.ui.backup_schedule import AFTER_SESSION_MS, BackupSchedule
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.opening import UpgradeNote, open_for_window

from ..generated_history import generate

DATA = Path(__file__).parent.parent / "data"
NOW = datetime(2026, 3, 2, 9, 15, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return AppPaths(folder)


def _notes() -> list[UpgradeNote]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeNote)]


def _answer(button_text: str, seen: list[str]) -> None:
    """Click a button of the question once it is open (polled from the event loop)."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                for button in widget.buttons():
                    if button.text() == button_text:
                        button.click()
                        return
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def _damaged(paths: AppPaths, backups: int) -> bytes:
    generate(paths.db_path, 10, 2)
    for back in range(backups):
        take_backup(paths.db_path, paths.backups_dir, date(2026, 3, 1) - timedelta(days=back))
    data = bytearray(paths.db_path.read_bytes())
    for index in range(4096, len(data), 3):
        data[index] = (data[index] + 77) % 256
    paths.db_path.write_bytes(bytes(data))
    return bytes(data)


def _aside(paths: AppPaths) -> Path:
    (found,) = [
        p for p in paths.data_dir.glob("hamstring-coach.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]  # fmt: skip
    return found


def test_an_upgrade_shows_its_note_before_the_work_starts(
    qapp, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(DATA / "history-v1.sqlite3", paths.db_path)
    real_open = opening.open_database
    visible_at_start: list[bool] = []

    def watched(*args: object, **kwargs: object) -> sqlite3.Connection:
        visible_at_start.append(any(note.isVisible() for note in _notes()))
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(opening, "open_database", watched)
    shown: list[str] = []
    monkeypatch.setattr(
        UpgradeNote, "show_progress",
        _spy(UpgradeNote.show_progress, lambda note, step: shown.append(
            f"{step.stage}:{note.bar.maximum()}:{note.label.text()[:32]}")),
    )  # fmt: skip
    with closing(open_for_window(paths, 250, ask=True)) as conn:
        assert HistoryRepository(conn).count_sessions() == 8
    assert visible_at_start == [True]
    assert shown[0].startswith("upgrade:0:Updating your history")
    assert any(s.startswith("compact:0:Making the history") for s in shown)
    assert not any(note.isVisible() for note in _notes())


def _spy(method: Callable[..., None], record: Callable[..., None]) -> Callable[..., None]:
    def wrapper(self: UpgradeNote, step: object) -> None:
        method(self, step)
        record(self, step)

    return wrapper


def test_a_new_file_shows_no_note(qapp, paths: AppPaths) -> None:
    with closing(open_for_window(paths, 250, ask=True)):
        pass
    assert not any(note.isVisible() for note in _notes())


@pytest.mark.parametrize(
    ("answer", "sessions"), [("Restore the backup", 10), ("Start an empty history", 0)]
)
def test_a_damaged_file_is_set_aside_and_the_newest_backup_offered(
    qapp, paths: AppPaths, answer: str, sessions: int
) -> None:
    damaged = _damaged(paths, backups=2)
    seen: list[str] = []
    _answer(answer, seen)
    with closing(open_for_window(paths, 250, ask=True, now=lambda: NOW)) as conn:
        assert HistoryRepository(conn).count_sessions() == sessions
    aside = _aside(paths)
    assert aside.name == "hamstring-coach.sqlite3.damaged-20260302-091500"
    assert aside.read_bytes() == damaged
    assert len(seen) == 1 and aside.name in seen[0]


def test_without_a_backup_the_window_says_so_and_starts_empty(qapp, paths: AppPaths) -> None:
    damaged = _damaged(paths, backups=0)
    seen: list[str] = []
    _answer("OK", seen)
    with closing(open_for_window(paths, 250, ask=True, now=lambda: NOW)) as conn:
        assert HistoryRepository(conn).count_sessions() == 0
    assert _aside(paths).read_bytes() == damaged
    assert "no backup" in seen[0]


def test_where_nobody_can_answer_nothing_is_moved(qapp, paths: AppPaths) -> None:
    damaged = _damaged(paths, backups=1)
    with pytest.raises(DatabaseError, match="hamstring-coach restore"):
        open_for_window(paths, 250, ask=False)
    assert paths.db_path.read_bytes() == damaged
    assert not list(paths.data_dir.glob("*.damaged-*"))


def test_a_file_from_a_newer_version_is_never_moved(qapp, paths: AppPaths) -> None:
    generate(paths.db_path, 3, 1)
    take_backup(paths.db_path, paths.backups_dir, date(2026, 3, 1))
    with closing(sqlite3.connect(paths.db_path)) as conn:
        conn.execute("PRAGMA user_version = 99")
    contents = paths.db_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        open_for_window(paths, 250, ask=True)
    assert paths.db_path.read_bytes() == contents
    assert not list(paths.data_dir.glob("*.damaged-*"))


class _FakeBackups:
    def __init__(self) -> None:
        self.requests = 0
        self.closed = False

    def request(self) -> bool:
        self.requests += 1
        return True

    def close(self, timeout: float = 5.0) -> None:
        self.closed = True


def test_backups_are_asked_for_after_start_and_after_each_session(qtbot) -> None:
    backups = _FakeBackups()
    controller = SessionController(FakeClock())
    schedule = BackupSchedule(backups, controller)  # type: ignore[arg-type]
    schedule.start(0)
    qtbot.waitUntil(lambda: backups.requests == 1, timeout=2000)
    controller.sessionFinished.emit(object())
    assert schedule.timer.isActive() and schedule.timer.interval() == AFTER_SESSION_MS
    schedule.timer.timeout.emit()
    assert backups.requests == 2
    schedule.close()
    assert backups.closed and not schedule.timer.isActive()

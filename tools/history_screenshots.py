"""Screenshots of the history for a reviewer: the list with a session's detail, the
pictures, the export and restore windows, light and dark, at 1280x800 and 1024x600,
and the pages of the PDF report.

    python tools/history_screenshots.py [FOLDER]      (default: build/screenshots)

The window is the real one on a made-up history in a temporary data folder: two months
of stretching (twice most days), strengthening three times a week from the second
week after an injury, ice in its first 48 hours, pain that falls, a few notes, a sharp
pain stop and a session stopped early. Files are named ``history-<theme>-<size>-<what>``.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from hamstring_coach.cli.common import builtin_routine_paths
from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.routines import load_routines
from hamstring_coach.storage.backups import take_backup
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository, PlannedWork, SegmentRecord
from hamstring_coach.storage.history_file import HistoryFile
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.storage.settings import SettingsRepository
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.report import write_report
from hamstring_coach.ui.saving import Saving
from hamstring_coach.ui.settings_store import SettingsStore
from hamstring_coach.ui.theme import apply_theme
from hamstring_coach.ui.today_model import TodayModel

SIZES = ((1280, 800), (1024, 600))
THEMES = ("light", "dark")
ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 20, 18, 0, tzinfo=ZONE)
HURT = datetime(2026, 2, 16, 17, 40, tzinfo=ZONE)
NOTES = (
    "Left side tight this morning.",
    "Felt easy, could reach further.",
    "Stiff after a long drive.",
    "Physio said to add a fourth hold.",
)
STEPS = {
    "gentle-stretching": ("seated-stretch", "Gentle stretching", 6),
    "strengthening": ("bridges", "Strengthening", 3),
}


def session(
    history: HistoryRepository,
    routine: str,
    start: datetime,
    status: str = "completed",
    done: int | None = None,
    **rating: object,
) -> None:
    """One session of holds (each after a get-ready), or one ice application."""
    if routine == "ice":
        sid = history.start_session("ice", "Ice", start, planned=PlannedWork(timed=1))
        end = start + timedelta(minutes=20)
        history.add_segment(
            sid, SegmentRecord(0, "ice", "timed", None, None, 1200.0, 1200.0, True, start, end)
        )
        history.finish_session(sid, "completed", end)
        return
    step, title, holds = STEPS[routine]
    done = holds if done is None else done
    sid = history.start_session(
        routine, title, start, pain_before=rating.get("before"), planned=PlannedWork(holds=holds)
    )
    moment, position = start, 0
    for rep in range(1, min(holds, done + 1) + 1):
        for kind, seconds, completed in (("prepare", 5.0, True), ("hold", 30.0, rep <= done)):
            end = moment + timedelta(seconds=seconds)
            history.add_segment(
                sid,
                SegmentRecord(
                    position, step, kind, "left", rep, seconds, seconds, completed, moment, end
                ),
            )
            moment, position = end, position + 1
    note = rating.get("note")
    history.finish_session(sid, status, moment, note if isinstance(note, str) else None)
    after = rating.get("after")
    if isinstance(after, int):
        history.set_pain(sid, after)


def made_up(history: HistoryRepository, injuries: InjuryRepository) -> None:
    rng = random.Random(5)
    injuries.record(HURT, "left", "Sprinting for the bus", HURT + timedelta(hours=1))
    day = datetime(2026, 1, 20, tzinfo=ZONE)
    while day.date() <= NOW.date():
        since = (day.date() - HURT.date()).days
        if 0 <= since <= 2:
            hours = {0: (18, 20, 22), 1: (8, 10, 12, 14, 17, 19), 2: (8, 11, 14, 16)}[since]
            for hour in hours:
                if rng.random() < 0.85:
                    session(history, "ice", day.replace(hour=hour, minute=rng.randint(0, 30)))
        else:
            base = 1 if since < 0 else max(0, 6 - since // 4)
            for hour in (8, 19) if rng.random() < 0.7 else (9,):
                start = day.replace(hour=hour, minute=rng.randint(0, 59))
                if start > NOW:
                    continue
                roll = rng.random()
                status = "sharp-pain" if roll < 0.04 else "stopped" if roll < 0.08 else "completed"
                pain = max(0, base + rng.randint(-1, 1))
                session(
                    history,
                    "gentle-stretching",
                    start,
                    status,
                    None if status == "completed" else rng.randint(2, 4),
                    before=pain if rng.random() < 0.85 else None,
                    after=max(0, pain - rng.randint(0, 2)) if rng.random() < 0.9 else None,
                    note=rng.choice(NOTES) if rng.random() < 0.15 else None,
                )
            if since >= 7 and day.weekday() in (0, 2, 4) and rng.random() < 0.8:
                session(history, "strengthening", day.replace(hour=17, minute=5), after=1)
        day += timedelta(days=1)


def shoot(folder: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hc-history-shots-") as tmp:
        paths = AppPaths(Path(tmp) / "data")
        paths.data_dir.mkdir(mode=0o700)
        connection = open_database(paths.db_path)
        history, injuries = HistoryRepository(connection), InjuryRepository(connection)
        made_up(history, injuries)
        for day in (date(2026, 3, 19), date(2026, 3, 20)):
            take_backup(paths.db_path, paths.backups_dir, day)
        clock = FakeClock(wall_start=NOW)
        controller = SessionController(clock)
        saving = Saving(SessionRecorder(history, clock.now), controller)
        routines = load_routines(builtin_routine_paths())
        settings = SettingsStore(SettingsRepository(connection))
        settings.load()
        care = TodayModel(injuries, lambda: settings.current, clock.wall, [r.id for r in routines])
        file = HistoryFile(paths, connection, history.reread_codes)
        window = MainWindow(routines, controller, saving, history, settings, care, file=file)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.show()
        for theme in THEMES:
            apply_theme(app, theme)
            for width, height in SIZES:
                prefix = f"history-{theme}-{width}x{height}"
                window.resize(width, height)
                window.show_history()
                page = window.history
                page.show_list()
                page.table.selectRow(1)
                saved.append(_grab(window, folder / f"{prefix}-list.png"))
                page.show_pictures()
                saved.append(_grab(window, folder / f"{prefix}-pictures.png"))
                page.show_list()
            page.open_export()
            assert page.export_dialog is not None
            saved.append(_grab(page.export_dialog, folder / f"history-{theme}-export.png"))
            page.export_dialog.close()
            page.open_restore()
            restore = page.restore_dialog
            assert restore is not None
            if restore.lister is not None:
                restore.lister.wait()
            saved.append(_grab(restore, folder / f"history-{theme}-restore.png"))
            restore.close()
        report = folder / "history-report.pdf"
        write_report(history, report, None, injuries=injuries, settings=settings.current)
        document = QPdfDocument()
        document.load(str(report))
        for page_number in range(min(3, document.pageCount())):
            image = document.render(page_number, QSize(1240, 1754))
            target = folder / f"history-report-page-{page_number + 1}.png"
            image.save(str(target))
            saved.append(target)
        saving.abandon()
        window.close()
        connection.close()
    return saved


def _grab(widget: QWidget, path: Path) -> Path:
    for _ in range(3):  # a layout pass may post another
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("build/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    saved = shoot(folder)
    print(f"{len(saved)} screenshots in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Screenshots of the Today page in each recovery phase, light and dark, 1280x800 and 1024x600.

    python tools/today_screenshots.py [FOLDER]      (default: build/screenshots)

The real window on a history file in a temporary folder, with the clock fixed: for each
phase an injury is recorded that long ago (with an ice application or a few stretching
sessions where the phase plans them), and the window is saved as
``today-<phase>-<theme>-<width>x<height>.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hamstring_coach.cli.common import builtin_routine_paths
from hamstring_coach.core.clock import FakeClock
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.storage.routine_library import RoutineLibrary
from hamstring_coach.storage.settings import SettingsRepository
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.saving import Saving
from hamstring_coach.ui.settings_store import SettingsStore
from hamstring_coach.ui.theme import apply_theme
from hamstring_coach.ui.today_model import TodayModel

SIZES = ((1280, 800), (1024, 600))
THEMES = ("light", "dark")
HOUR = timedelta(hours=1)
# phase: how long ago the injury happened (None: no injury)
PHASES: tuple[tuple[str, timedelta | None], ...] = (
    ("none", None),
    ("acute", 5 * HOUR),
    ("early", 4 * 24 * HOUR),
    ("later", 10 * 24 * HOUR),
    ("lingering", 35 * 24 * HOUR),
)


def _session(history: HistoryRepository, routine_id: str, ended: datetime, *,
             timed_s: float = 0.0, pain: int | None = None) -> None:  # fmt: skip
    started = ended - timedelta(seconds=max(timed_s, 600))
    session = history.start_session(routine_id, routine_id, started)
    if timed_s:
        record = SegmentRecord(
            0, "ice-application", "timed", None, None, timed_s, timed_s, True, started, ended
        )
        history.add_segment(session, record)
    history.finish_session(session, "completed", ended)
    if pain is not None:
        history.set_pain(session, pain)


def _fill(history: HistoryRepository, injuries: InjuryRepository, now: datetime,
          ago: timedelta) -> None:  # fmt: skip
    happened = now - ago
    injuries.record(happened, "left", "sprint", happened)
    if ago < 48 * HOUR:
        _session(history, "ice", happened + HOUR, timed_s=1200)
        _session(history, "ice", now - 30 * timedelta(minutes=1), timed_s=1200)
        return
    _session(history, "gentle-stretching", now - 3 * HOUR, pain=3)
    if ago > 28 * 24 * HOUR:  # pain rising over the last days: a red flag
        for days, pain in ((3, 2), (2, 4), (1, 5)):
            _session(history, "gentle-stretching", now - days * 24 * HOUR, pain=pain)


def shoot(folder: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    saved: list[Path] = []
    for phase, ago in PHASES:
        with tempfile.TemporaryDirectory(prefix="hc-today-") as tmp:
            saved += _shoot_phase(app, folder, Path(tmp), phase, ago)
    return saved


def _shoot_phase(app: QApplication, folder: Path, tmp: Path, phase: str,
                 ago: timedelta | None) -> list[Path]:  # fmt: skip
    saved: list[Path] = []
    connection = open_database(tmp / "history.sqlite3")
    history = HistoryRepository(connection)
    injuries = InjuryRepository(connection)
    clock = FakeClock()
    if ago is not None:
        _fill(history, injuries, clock.wall(), ago)
    controller = SessionController(clock)
    saving = Saving(SessionRecorder(history, clock.now), controller)
    library = RoutineLibrary(builtin_routine_paths(), tmp / "routines")
    library.load()
    routines = library.routines()
    settings = SettingsStore(SettingsRepository(connection))
    settings.load()
    care = TodayModel(injuries, lambda: settings.current, clock.wall, [r.id for r in routines])
    window = MainWindow(routines, controller, saving, history, settings, care, library)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    window.show_today()
    for theme in THEMES:
        apply_theme(app, theme)
        for width, height in SIZES:
            window.resize(width, height)
            for _ in range(3):
                QApplication.processEvents()
            path = folder / f"today-{phase}-{theme}-{width}x{height}.png"
            window.grab().save(str(path))
            saved.append(path)
    saving.abandon()
    window.close()
    connection.close()
    return saved


def main(argv: Sequence[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path("build/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    saved = shoot(folder)
    print(f"{len(saved)} screenshots in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

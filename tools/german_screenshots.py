"""The window in German, for a reviewer: the start, session and history pages and the
rest, light, at 1280x800 and 1024x600 (German words are long: nothing may be cut off).

    python tools/german_screenshots.py [FOLDER]      (default: build/screenshots/de)

The app is started as a German desktop starts it (LANGUAGE=de, LANG=de_DE.UTF-8), on a
history file in a temporary folder with a few sessions done on a fake clock.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.update(LANGUAGE="de", LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hamstring_coach.cli.common import builtin_routine_paths
from hamstring_coach.core.clock import FakeClock
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.storage.routine_library import RoutineLibrary
from hamstring_coach.storage.settings import SettingsRepository
from hamstring_coach.ui import translations
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.saving import Saving
from hamstring_coach.ui.settings_store import SettingsStore
from hamstring_coach.ui.theme import apply_theme
from hamstring_coach.ui.today_model import TodayModel

SIZES = ((1280, 800), (1024, 600))


def run_for(window: MainWindow, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        clock.advance(1)
        window.controller.tick()


def shoot(folder: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    spoken = translations.install(app, os.environ)
    assert spoken.language == "de", spoken
    apply_theme(app, "light")
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hc-de-") as tmp:
        connection = open_database(Path(tmp) / "history.sqlite3")
        history = HistoryRepository(connection)
        clock = FakeClock()
        controller = SessionController(clock)
        saving = Saving(SessionRecorder(history, clock.now), controller)
        library = RoutineLibrary(builtin_routine_paths(), Path(tmp) / "routines")
        library.reword(translations.routine_words)
        routines = library.routines()
        settings = SettingsStore(SettingsRepository(connection))
        settings.load()
        care = TodayModel(
            InjuryRepository(connection),
            lambda: settings.current,
            clock.wall,
            [r.id for r in routines],
        )
        window = MainWindow(routines, controller, saving, history, settings, care, library)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.show()
        # A few sessions for the history: one whole, one stopped for sharp pain.
        window.start_routine("warm-up")
        run_for(window, clock, 2000)
        window.summary.scale.press_digit(2)
        window.start_routine("gentle-stretching")
        run_for(window, clock, 60)
        controller.stop("sharp-pain")
        window.summary.scale.press_digit(6)
        for width, height in SIZES:
            window.resize(width, height)
            prefix = f"de-light-{width}x{height}"
            window.show_today()
            saved.append(_grab(window, folder / f"{prefix}-start.png"))
            window.start_routine("gentle-stretching")
            run_for(window, clock, 25)
            saved.append(_grab(window, folder / f"{prefix}-session-hold.png"))
            controller.stop("stopped")
            window.summary.scale.press_digit(3)
            saved.append(_grab(window, folder / f"{prefix}-summary.png"))
            window.show_history()
            window.history.table.selectRow(0)
            saved.append(_grab(window, folder / f"{prefix}-history.png"))
            window.history.show_pictures()
            saved.append(_grab(window, folder / f"{prefix}-history-pictures.png"))
            window.history.show_list()
            window.show_settings()
            saved.append(_grab(window, folder / f"{prefix}-settings.png"))
            window.show_care_notes()
            saved.append(_grab(window, folder / f"{prefix}-care-notes.png"))
            window.show_routines_page()
            saved.append(_grab(window, folder / f"{prefix}-routines.png"))
        saving.abandon()
        window.close()
        connection.close()
    spoken.uninstall()
    return saved


def _grab(window: MainWindow, path: Path) -> Path:
    for _ in range(3):
        QApplication.processEvents()
    window.grab().save(str(path))
    return path


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("build/screenshots/de")
    folder.mkdir(parents=True, exist_ok=True)
    saved = shoot(folder)
    print(f"{len(saved)} German screenshots in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

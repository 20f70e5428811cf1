"""Screenshots of the ice alert, light and dark, at 1280x800 and 1024x600.

    python tools/alert_screenshots.py [FOLDER]      (default: build/screenshots)

The real window and alert, on a history file in a temporary folder and a fake clock: a
15-minute ice application is run to its end, and the window is saved as
``ice-alert-<theme>-<width>x<height>.png``. The notification and the sound have
stand-ins that do nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hamstring_coach.cli.common import builtin_routine_paths
from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.routines import load_routines
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.desktop.notifications import NoNotifier
from hamstring_coach.ui.ice_alert import IceAlert
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.saving import Saving
from hamstring_coach.ui.theme import apply_theme

SIZES = ((1280, 800), (1024, 600))
THEMES = ("light", "dark")


class Silent:
    def available(self) -> bool:
        return True

    def start(self) -> None:
        return None

    def stop(self) -> None:
        return None


def shoot(folder: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hc-alert-") as tmp:
        connection = open_database(Path(tmp) / "history.sqlite3")
        history = HistoryRepository(connection)
        clock = FakeClock()
        controller = SessionController(clock)
        saving = Saving(SessionRecorder(history, clock.now), controller)
        window = MainWindow(load_routines(builtin_routine_paths()), controller, saving, history)
        alert = IceAlert(window, controller, NoNotifier(), Silent(), window)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.show()
        for theme in THEMES:
            apply_theme(app, theme)
            QApplication.processEvents()  # the new palette reaches every widget
            for width, height in SIZES:
                window.resize(width, height)
                window.start_routine("ice", 15)
                controller.confirm()
                for _ in range(15 + 15 * 60):
                    clock.advance(1)
                    controller.tick()
                path = folder / f"ice-alert-{theme}-{width}x{height}.png"
                for _ in range(3):
                    QApplication.processEvents()
                window.grab().save(str(path))
                saved.append(path)
                alert.acknowledge()
        saving.abandon()
        window.close()
        connection.close()
    return saved


def main(argv: Sequence[str]) -> int:
    folder = Path(argv[0]) if argv else Path("build/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    saved = shoot(folder)
    print(f"{len(saved)} screenshots of the ice alert in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

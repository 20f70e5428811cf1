"""Screenshots of the session page for a reviewer: every kind of step, light and dark,
at 1280x800 and 1024x600 (and the summary at the end of a session).

    python tools/screenshots.py [FOLDER]      (default: build/screenshots)

The window is the real one, on a history file in a temporary folder and a fake clock,
drawn offscreen. Each moment is reached the way a person would (start a routine, skip
to the step, let the clock run), then the window is saved as
``<theme>-<width>x<height>-<moment>.png``. Steps the built-in routines do not have yet
are taken from a small demonstration routine below.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hamstring_coach.cli.common import builtin_routine_paths
from hamstring_coach.core.clock import FakeClock
from hamstring_coach.core.routines import Routine, load_routines, parse_routine
from hamstring_coach.core.timeline import Segment, expand
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.storage.routine_library import day_of_care_rank
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.saving import Saving
from hamstring_coach.ui.theme import apply_theme

SIZES = ((1280, 800), (1024, 600))
THEMES = ("light", "dark")

DEMO = """
id = "screenshot-demo"
title = "Every kind of step"

[[steps]]
id = "light-cardio"
kind = "timed"
title = "Light cardio"
instruction = "March on the spot or walk briskly. Breathe easily."
duration_s = 300

[[steps]]
id = "hamstring-curls"
kind = "reps"
title = "Hamstring curls"
instruction = "Band around the ankle. Curl the heel up slowly, lower it slowly."
sets = 3
reps = 10
rep_s = 4
rest_s = 30
per_side = true

[[steps]]
id = "rice-checklist"
kind = "checklist"
title = "Rest, compression, elevation"
instruction = "Check each one, then press Done."
items = ["Rest the leg", "Elastic bandage, snug, not tight", "Leg raised above the heart"]
"""

Pick = Callable[[Segment], bool]
# moment: (what to wait for, seconds to let run once there, pause afterwards)
MOMENTS: dict[str, tuple[Pick, float, bool]] = {
    "get-ready": (lambda s: s.kind == "prepare", 3, False),
    "hold-left": (lambda s: s.kind == "hold" and s.side == "left", 12, False),
    "hold-right": (lambda s: s.kind == "hold" and s.side == "right", 7, False),
    "rest": (lambda s: s.kind == "rest", 2, False),
    "switch": (lambda s: s.kind == "switch", 1, False),
    "set-of-reps": (lambda s: s.kind == "reps", 22, False),
    "timed": (lambda s: s.kind == "timed", 75, False),
    "checklist": (lambda s: s.kind == "checklist", 0, False),
    "paused": (lambda s: s.kind == "hold" and s.side == "left", 12, True),
}


def routine_for(pick: Pick, routines: list[Routine]) -> Routine:
    """The first routine with such a step: built-in ones first, then the demonstration."""
    for routine in routines:
        if any(pick(segment) for segment in expand(routine)):
            return routine
    raise LookupError("no routine has this kind of step")


def shoot(folder: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    builtin = sorted(load_routines(builtin_routine_paths()), key=lambda r: day_of_care_rank(r.id))
    routines = [*builtin, parse_routine(DEMO, "demo.toml")]
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hc-shots-") as tmp:
        connection = open_database(Path(tmp) / "history.sqlite3")
        history = HistoryRepository(connection)
        clock = FakeClock()
        controller = SessionController(clock)
        saving = Saving(SessionRecorder(history, clock.now), controller)
        window = MainWindow(routines, controller, saving, history)
        window.setWindowState(Qt.WindowState.WindowNoState)  # sized by hand below
        window.show()
        for theme in THEMES:
            apply_theme(app, theme)
            for width, height in SIZES:
                window.resize(width, height)
                prefix = f"{theme}-{width}x{height}"
                for name, (pick, run_s, pause) in MOMENTS.items():
                    routine = routine_for(pick, routines)
                    window.start_routine(routine.id)
                    view = controller.view()
                    while view is not None and not pick(view.segment):
                        controller.skip()
                        view = controller.view()
                    for _ in range(int(run_s)):
                        clock.advance(1)
                        controller.tick()
                    if pause:
                        controller.pause()
                    saved.append(_grab(window, folder / f"{prefix}-{name}.png"))
                    controller.stop("stopped")
                    if name == "paused":
                        window.summary.scale.press_digit(3)
                        saved.append(_grab(window, folder / f"{prefix}-summary.png"))
                    window.show_today()
                saved.append(_grab(window, folder / f"{prefix}-start.png"))
        saving.abandon()
        window.close()
        connection.close()
    return saved


def _grab(window: MainWindow, path: Path) -> Path:
    for _ in range(3):  # a layout pass may post another
        QApplication.processEvents()
    window.grab().save(str(path))
    return path


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("build/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    began = time.monotonic()
    saved = shoot(folder)
    print(f"{len(saved)} screenshots in {folder} ({time.monotonic() - began:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from hamstring_coach.cli import builtin_routine_paths
from hamstring_coach.core.clock import FakeClock
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.history_file import HistoryFile
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.storage.routine_library import RoutineLibrary
from hamstring_coach.storage.settings import SettingsRepository
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.saving import Saving
from hamstring_coach.ui.settings_store import SettingsStore
from hamstring_coach.ui.today_model import TodayModel


@dataclass
class App:
    window: MainWindow
    controller: SessionController
    saving: Saving
    clock: FakeClock
    history: HistoryRepository
    db_path: Path
    connection: sqlite3.Connection
    settings: SettingsStore
    injuries: InjuryRepository

    def close(self) -> None:
        self.saving.abandon()  # closing must not wait on a question
        self.window.close()
        self.connection.close()

    def advance(self, seconds: float, step: float = 1.0) -> None:
        """Move the fake clock on, ticking as the timer would."""
        while seconds > 1e-9:
            moved = min(step, seconds)
            self.clock.advance(moved)
            self.controller.tick()
            seconds -= moved


def make_app(
    qtbot,
    folder: Path,
    *,
    paths: AppPaths | None = None,
    words: Callable[[str], str] | None = None,
    frame_first: Callable[[MainWindow], None] | None = None,
    after_open: Callable[[MainWindow], None] | None = None,
) -> App:
    """The real window on a real history file in folder, driven by a fake clock; with
    ``paths``, the history file is the data folder's own (export and restore need it);
    with ``words``, the built-in routines' texts pass through it, as a translated app's;
    with ``frame_first``, the window's frame is shown and given to it before the page
    is put in, as when the app starts, and ``after_open`` gets the window just after."""
    db_path = folder / "history.sqlite3" if paths is None else paths.db_path
    connection = open_database(db_path)
    history = HistoryRepository(connection)
    clock = FakeClock()
    controller = SessionController(clock)
    saving = Saving(SessionRecorder(history, clock.now), controller)
    library = RoutineLibrary(builtin_routine_paths(), folder / "routines")
    library.load()
    if words is not None:
        library.reword(words)
    routines = library.routines()
    settings = SettingsStore(SettingsRepository(connection))
    settings.load()
    injuries = InjuryRepository(connection)
    care = TodayModel(injuries, lambda: settings.current, clock.wall, [r.id for r in routines])
    file = None if paths is None else HistoryFile(paths, connection, history.reread_codes)
    if frame_first is None:
        window = MainWindow(
            routines, controller, saving, history, settings, care, library, file=file
        )
        qtbot.addWidget(window)
    else:  # as the app starts: the frame on the screen, then the page put in
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1280, 800)
        show_active(qtbot, window)
        frame_first(window)
        window.open(routines, controller, saving, history, settings, care, library, file=file)
        if after_open is not None:  # in the same turn of the event loop, as the app does
            after_open(window)
    window.resize(1280, 800)
    show_active(qtbot, window)
    return App(window, controller, saving, clock, history, db_path, connection, settings, injuries)


def show_active(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # keys go to the active window


@pytest.fixture
def app(qtbot, tmp_path: Path) -> Iterator[App]:
    made = make_app(qtbot, tmp_path)
    yield made
    made.close()


@pytest.fixture
def app_with_folder(qtbot, tmp_path: Path) -> Iterator[App]:
    """The app on a data folder of its own (``tmp_path / "data"``), as the real one runs."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    made = make_app(qtbot, folder, paths=AppPaths(folder))
    yield made
    made.close()


@pytest.fixture
def locale(request) -> Iterator[QLocale]:
    """The locale named by the test's parameter (``indirect=True``) as Qt's default,
    the one before it given back after."""
    before = QLocale()
    chosen = QLocale(request.param)
    QLocale.setDefault(chosen)
    yield chosen
    QLocale.setDefault(before)

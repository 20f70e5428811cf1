"""The open window sees what commands in a terminal changed, when it comes to the front:
routines imported or deleted (``routine import``, ``routine delete``) and an injury
recorded (``injury set``). Real widgets, real files; a second library and repository
stand in for the command, which works on the same folder and file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from hamstring_coach.cli import builtin_routine_paths
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.routine_library import RoutineLibrary

from ..own_routine import GOOD as OWN
from .conftest import App


def _come_to_front(app: App) -> None:
    assert app.window.isActiveWindow()
    QApplication.sendEvent(app.window, QEvent(QEvent.Type.ActivationChange))


def _terminal_library(app: App) -> RoutineLibrary:
    assert app.window.library is not None
    library = RoutineLibrary(builtin_routine_paths(), app.window.library.folder)
    library.load()
    return library


def test_a_routine_imported_in_a_terminal_shows_when_the_window_comes_back(
    app: App, tmp_path: Path
) -> None:
    window = app.window
    routines_page = window.routines_page  # open once, as a person may have
    source = tmp_path / "from-my-physio.toml"
    source.write_text(OWN)
    _terminal_library(app).import_file(source)
    assert "from-my-physio" not in window.today.cards
    _come_to_front(app)
    assert "from-my-physio" in window.today.cards
    listed = [routines_page.list.item(i).text() for i in range(routines_page.list.count())]
    assert any("From my physio" in text for text in listed)
    window.start_routine("from-my-physio")  # and it can be started
    assert window.controller.routine is not None
    assert window.controller.routine.id == "from-my-physio"


def test_a_routine_deleted_in_a_terminal_goes(app: App, tmp_path: Path) -> None:
    source = tmp_path / "from-my-physio.toml"
    source.write_text(OWN)
    terminal = _terminal_library(app)
    terminal.import_file(source)
    _come_to_front(app)
    assert "from-my-physio" in app.window.today.cards
    terminal.delete("from-my-physio")
    _come_to_front(app)
    assert "from-my-physio" not in app.window.today.cards


def test_nothing_is_read_again_when_nothing_changed(app: App, monkeypatch) -> None:
    library = app.window.library
    assert library is not None
    loads: list[int] = []
    real = library.load

    def counted() -> None:
        loads.append(1)
        real()

    monkeypatch.setattr(library, "load", counted)
    for _ in range(3):
        _come_to_front(app)
    assert loads == []


def test_an_injury_recorded_in_a_terminal_shows_when_the_window_comes_back(app: App) -> None:
    window = app.window
    window.show_today()
    before = window.today.phase_title.text()
    terminal = open_database(app.db_path)
    try:
        now = app.clock.wall()
        InjuryRepository(terminal).record(now - timedelta(hours=2), "left", None, now)
    finally:
        terminal.close()
    _come_to_front(app)
    assert window.today.phase_title.text() == "The first 48 hours"
    assert window.today.phase_title.text() != before

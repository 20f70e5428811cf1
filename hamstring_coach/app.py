"""The composition root: builds the paths, clock, database and windows, and runs them."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hamstring_coach.appid import APP_ID, APP_NAME, ICON_NAME
from hamstring_coach.core.clock import Clock, ScaledClock, SystemClock
from hamstring_coach.core.routines import Routine
from hamstring_coach.resources import ResourceNotFoundError, resource_path
from hamstring_coach.stopping import checkpoint
from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.lock import InstanceLock
from hamstring_coach.storage.paths import AppPaths, DataFolderError
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.storage.routine_library import RoutineLibrary
from hamstring_coach.storage.settings import SettingsRepository
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.cues import Cues
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.qt_messages import QtMessageFilter
from hamstring_coach.ui.saving import Saving
from hamstring_coach.ui.settings_store import SettingsStore
from hamstring_coach.ui.signals import SignalWatch
from hamstring_coach.ui.theme import follow_theme
from hamstring_coach.ui.today_model import TodayModel

if TYPE_CHECKING:
    from hamstring_coach.ui.desktop.bus import Bus
    from hamstring_coach.ui.desktop.keep_awake import KeepAwake

EXIT_CANNOT_START = 2
# How long to try for the data folder's lock before saying another window has it.
LOCK_WAIT_S = 0.5
# The window waits this long for another program to let go of the history file, at
# start and for each write; a write that fails is kept and retried, so the countdown is
# never held up for long.
WINDOW_BUSY_TIMEOUT_MS = 250


def make_clock(time_scale: float) -> Clock:
    system = SystemClock()
    return system if time_scale == 1 else ScaledClock(system, time_scale)


def run_gui(
    paths: AppPaths,
    time_scale: float,
    routines: list[Routine],
    start_routine: str | None,
    minutes: int | None = None,
    page: str | None = None,
    library: RoutineLibrary | None = None,
) -> int:
    """Open the window (and begin ``start_routine``, an ice application of ``minutes``, or
    show ``page``); returns the exit status."""
    checkpoint()  # a stop signal noted while Qt was imported ends the app here
    if not has_screen(os.environ):
        _tell(
            "There is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set); start Hamstring Coach from a desktop session."
        )
        return EXIT_CANNOT_START
    try:
        paths.ensure()
        lock = InstanceLock(paths.lock_path)
        if not lock.acquire(wait_s=LOCK_WAIT_S):
            raise DataFolderError(
                f"Hamstring Coach is already running with the data folder {paths.data_dir}."
            )
        try:
            connection = open_database(paths.db_path, busy_timeout=WINDOW_BUSY_TIMEOUT_MS)
        except BaseException:
            lock.release()
            raise
    except (DataFolderError, DatabaseError) as error:
        _tell(str(error))
        return EXIT_CANNOT_START
    try:
        return _run_window(
            connection, routines, make_clock(time_scale), start_routine, minutes, page, library
        )
    finally:
        connection.close()
        lock.release()


def _run_window(
    connection: sqlite3.Connection,
    routines: list[Routine],
    clock: Clock,
    start_routine: str | None,
    minutes: int | None = None,
    page: str | None = None,
    library: RoutineLibrary | None = None,
) -> int:
    checkpoint()
    history = HistoryRepository(connection)
    history.close_interrupted()
    messages = QtMessageFilter().install()
    app = _application()
    controller = SessionController(clock)
    saving = Saving(SessionRecorder(history, time.monotonic), controller)
    settings = SettingsStore(SettingsRepository(connection))
    settings.load()
    care = TodayModel(
        InjuryRepository(connection),
        lambda: settings.current,
        clock.wall,
        [r.id for r in routines],
    )
    follow_theme(app, settings)
    window = MainWindow(routines, controller, saving, history, settings, care, library)
    window.attach_cues(Cues(controller, lambda: window.settings.current, parent=window))
    window.quitRequested.connect(app.quit)
    checkpoint()  # the last moment to stop before the window shows
    signals = SignalWatch(window)
    desktop = _DesktopServices(app, controller, window)
    window.show()
    if start_routine:
        window.start_routine(start_routine, minutes)
    elif page:
        open_page(window, page)
    try:
        status = app.exec()
    finally:
        signals.close()
        messages.uninstall()
    desktop.close()
    return status


class _DesktopServices:
    """The session bus and keep-awake, joined when the first session starts rather than
    before the window's first frame: connecting to D-Bus takes tens of milliseconds."""

    def __init__(self, app: QApplication, controller: SessionController, window: MainWindow):
        self._app, self._controller, self._window = app, controller, window
        self._bus: Bus | None = None
        self._joined = False
        controller.sessionStarted.connect(self.join)

    def join(self, *_: object) -> None:
        if self._joined:
            return
        self._joined = True
        from hamstring_coach.ui.desktop.bus import Bus
        from hamstring_coach.ui.desktop.keep_awake import StayAwake

        self._bus = Bus.session(self._app) if _has_dbus() else None
        stay_awake = StayAwake(self._controller, pick_keep_awake(self._bus), self._window)
        self._app.aboutToQuit.connect(stay_awake.release)
        stay_awake.update()

    def close(self) -> None:
        if self._bus is not None:
            self._bus.close()  # after the releases sent on quitting


def _has_dbus() -> bool:
    return sys.platform not in ("win32", "darwin")


def pick_keep_awake(bus: Bus | None) -> KeepAwake:
    """What keeps the computer awake: the native calls on Windows and macOS, the desktop's
    D-Bus services elsewhere, and nothing (quietly) where there is neither."""
    from hamstring_coach.ui.desktop.keep_awake import DBusKeepAwake, NoKeepAwake

    if sys.platform in ("win32", "darwin"):
        # ctypes is loaded only where it is used.
        from hamstring_coach.ui.desktop.native_awake import MacKeepAwake, WindowsKeepAwake

        native = WindowsKeepAwake if sys.platform == "win32" else MacKeepAwake
        return native.load() or NoKeepAwake()
    return DBusKeepAwake(bus, APP_ID, APP_NAME) if bus is not None else NoKeepAwake()


def open_page(window: MainWindow, page: str) -> None:
    """Show a page named on the command line (``show PAGE``); never over a session."""
    if window.controller.running:
        return
    pages = {
        "today": window.show_today,
        "history": window.show_history,
        "care-notes": window.show_care_notes,
        "settings": window.show_settings,
    }
    pages[page]()


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if app.windowIcon().isNull():
        app.setWindowIcon(_app_icon())
    return app


def _app_icon() -> QIcon:
    """The icon theme's app icon when installed (it may hold hand-drawn small sizes),
    else the SVG the app carries."""
    try:
        fallback = QIcon(str(resource_path("icons/hamstring-coach.svg")))
    except ResourceNotFoundError:
        fallback = QIcon()
    return QIcon.fromTheme(ICON_NAME, fallback)


def has_screen(environ: Mapping[str, str]) -> bool:
    """Whether Qt can open a window here, so it is never asked to and aborts instead.

    Only X11 and Wayland need a display named in the environment; other platforms
    (Windows, macOS, offscreen, a framebuffer) always have one as far as Qt is concerned.
    QT_QPA_PLATFORM may list several platforms (``wayland;xcb``): Qt tries each in turn.
    """
    chosen = [
        entry.split(":", 1)[0].strip()
        for entry in environ.get("QT_QPA_PLATFORM", "").split(";")
        if entry.strip()
    ]
    if not chosen:
        if not sys.platform.startswith("linux"):
            return True
        return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))
    for platform in chosen:
        if platform == "xcb":
            if environ.get("DISPLAY"):
                return True
        elif platform.startswith("wayland"):
            if environ.get("WAYLAND_DISPLAY"):
                return True
        else:
            return True
    return False


def _tell(message: str) -> None:
    """One sentence on stderr, and in a dialog when someone may be looking at a screen."""
    print(f"hamstring-coach: {message}", file=sys.stderr)
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal") or not has_screen(os.environ):
        return
    app = _application()
    QMessageBox.warning(None, app.translate("App", "Hamstring Coach"), message)

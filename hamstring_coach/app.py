"""The composition root: builds the paths, clock, database and windows, and runs them."""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from hamstring_coach.appid import APP_ID, APP_NAME, ICON_NAME
from hamstring_coach.resources import ResourceNotFoundError, resource_path
from hamstring_coach.stopping import checkpoint
from hamstring_coach.storage.errors import DatabaseError, DataFolderError
from hamstring_coach.storage.lock import InstanceLock
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.ui import translations
from hamstring_coach.ui.desktop.front import after_first_paint, bring_to_front
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.opening import open_for_window
from hamstring_coach.ui.qt_messages import QtMessageFilter
from hamstring_coach.ui.signals import SignalWatch
from hamstring_coach.ui.theme import Scheme, apply_first_theme, follow_theme

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from hamstring_coach.core.clock import Clock
    from hamstring_coach.core.routines import Routine
    from hamstring_coach.storage.injuries import InjuryRepository
    from hamstring_coach.storage.routine_library import RoutineLibrary
    from hamstring_coach.ui.backup_schedule import BackupSchedule
    from hamstring_coach.ui.controller import SessionController
    from hamstring_coach.ui.desktop.bus import Bus
    from hamstring_coach.ui.desktop.keep_awake import KeepAwake
    from hamstring_coach.ui.desktop.notifications import Notifier
    from hamstring_coach.ui.desktop.single_instance import Answer, InstanceServer, Request
    from hamstring_coach.ui.desktop_parts import DesktopParts
    from hamstring_coach.ui.settings_store import SettingsStore
    from hamstring_coach.ui.today_model import TodayModel
    from hamstring_coach.ui.tray import Tray

EXIT_CANNOT_START = 2
# How long to try for the data folder's lock before handing over to the window that has it.
LOCK_WAIT_S = 0.5
# How long a second launch keeps trying to reach that window (it may be starting up),
# and how long after showing its window the first one starts to listen.
HAND_OVER_WAIT_S = 5.0
LISTEN_AFTER_MS = 250
# The window waits this long for another program to let go of the history file, at
# start and for each write; a write that fails is kept and retried, so the countdown is
# never held up for long.
WINDOW_BUSY_TIMEOUT_MS = 250


def make_clock(time_scale: float) -> Clock:
    from hamstring_coach.core.clock import ScaledClock, SystemClock

    system = SystemClock()
    return system if time_scale == 1 else ScaledClock(system, time_scale)


def run_gui(
    paths: AppPaths,
    time_scale: float,
    routines: list[Routine] | None,
    start_routine: str | None,
    minutes: int | None = None,
    page: str | None = None,
    library: RoutineLibrary | None = None,
    *,
    load_library: Callable[[], RoutineLibrary] | None = None,
) -> int:
    """Open the window (and begin ``start_routine``, an ice application of ``minutes``, or
    show ``page``); returns the exit status. Without ``routines``, the routines are read
    by ``load_library`` once the window's frame is on the screen."""
    checkpoint()  # a stop signal noted while Qt was imported ends the app here
    if not has_screen(os.environ):
        _tell(
            "There is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set); start Hamstring Coach from a desktop session."
        )
        return EXIT_CANNOT_START
    connections: list[sqlite3.Connection] = []
    try:
        paths.ensure(probe=False)  # the folder is written to only once the lock is held
        lock = InstanceLock(paths.lock_path)
        if not lock.acquire(wait_s=LOCK_WAIT_S):
            return _hand_over(paths, _request(start_routine, minutes, page))
        try:
            paths.check_writable()
            speaking = translations.install(_application(icon=False), os.environ)
            # An existing history is opened before the window shows, so that a question
            # about it (damaged, from a newer version) comes first and alone; a new one
            # (the first start) is made just after the frame shows.
            if os.path.lexists(paths.db_path):
                connections.append(open_history(paths))
        except BaseException:
            lock.release()
            raise
    except (DataFolderError, DatabaseError) as error:
        _tell(str(error))
        return EXIT_CANNOT_START

    def load_routines() -> tuple[list[Routine], RoutineLibrary | None]:
        chosen = load_library() if load_library is not None else library
        if chosen is None:
            return routines or [], None
        if speaking.translators:
            chosen.reword(translations.routine_words)  # the built-in routines, translated
            return chosen.routines(), chosen
        return (routines if routines is not None else chosen.routines()), chosen

    try:
        return _run_window(
            connections,
            load_routines,
            time_scale,
            start_routine,
            minutes,
            page,
            paths=paths,
        )
    finally:
        for connection in connections:
            connection.close()
        lock.release()


def open_history(paths: AppPaths) -> sqlite3.Connection:
    """The history file, opened (or made) for the window."""
    return open_for_window(paths, WINDOW_BUSY_TIMEOUT_MS, ask=_can_ask())


def _run_window(
    connections: list[sqlite3.Connection],
    load_routines: Callable[[], tuple[list[Routine], RoutineLibrary | None]],
    time_scale: float,
    start_routine: str | None,
    minutes: int | None = None,
    page: str | None = None,
    *,
    paths: AppPaths,
) -> int:
    """Show the window's frame at once, then, once it is on the screen, put the start
    page in (``open_window``), and after that page's first frame wire the desktop.
    ``connections`` holds the open history, or nothing on a first start: the file is
    then made behind the frame, and kept there for the caller to close."""
    checkpoint()
    messages = QtMessageFilter().install()
    app = _application(icon=False)  # the icon waits for the first frame (``open_window``)
    theme = _theme(connections[0]) if connections else "system"  # a new file's is "system"
    theme_guess = apply_first_theme(app, theme)  # the frame wears the theme
    window = MainWindow()
    window.quitRequested.connect(app.quit)
    checkpoint()  # the last moment to stop before the window shows
    signals = SignalWatch(window.quit_now)
    desktop: list[DesktopParts] = []
    servers: list[InstanceServer] = []
    backups: list[BackupSchedule] = []
    failed: list[BaseException] = []  # raised while opening, raised again after the loop

    def open_window() -> None:
        """The history, the session machinery and the start page, behind the frame."""
        if window.quitting:
            return  # a stop signal or Ctrl+Q while only the frame showed: it is closing
        try:
            _give_icon(app)
            if not connections:
                try:
                    connections.append(open_history(paths))
                except (DataFolderError, DatabaseError) as error:  # as before the window
                    window.hide()
                    _tell(str(error))
                    app.exit(EXIT_CANNOT_START)
                    return
            clock = make_clock(time_scale)
            _open(window, connections[0], load_routines, clock, app, paths, theme_guess)
            if start_routine:
                attach_cues(window)
                window.start_routine(start_routine, minutes)
            elif page:
                open_page(window, page)
            after_first_paint(window, start_desktop)
        except BaseException as error:  # ends the app as it would have before the window
            failed.append(error)
            window.hide()
            app.exit(EXIT_CANNOT_START)

    def start_desktop() -> None:
        """The cues, keep-awake, tray, notifications, the ice alert, reminders, today's
        backup and the hand-over from second launches: wired once the start page has
        first been painted, so that they cost it nothing. No session can start before
        then, except one asked for on the command line, which attaches the cues itself."""
        gc.enable()  # paused by the command line while the window started
        attach_cues(window)
        assert window.care is not None
        desktop.append(
            _connect_desktop(
                app,
                window,
                window.care.injuries,
                window.settings,
                window.controller.clock,
                window.care,
            )
        )
        backups.append(start_backups(paths, window.controller))
        instance = _socket_name(paths)
        if instance is not None:
            server = _server(instance, window, app)
            if not server.listen():
                print(f"hamstring-coach: cannot listen at {instance}", file=sys.stderr)
            servers.append(server)

    after_first_paint(window, open_window)
    window.show()
    try:
        status = app.exec()
    finally:
        signals.close()
        messages.uninstall()
        for schedule in backups:
            schedule.close()
        for server in servers:
            server.close()
        for parts in desktop:
            parts.close()  # after the releases sent on quitting
    if failed:
        raise failed[0]
    return status


def _theme(connection: sqlite3.Connection) -> str:
    """The theme setting, for the window's frame ("system" when the file cannot be read:
    the settings say so once the window is open, as ``SettingsStore.load`` does)."""
    from hamstring_coach.storage.settings import SettingsRepository

    try:
        return SettingsRepository(connection).stored("theme") or "system"
    except DatabaseError:
        return "system"


def _open(
    window: MainWindow,
    connection: sqlite3.Connection,
    load_routines: Callable[[], tuple[list[Routine], RoutineLibrary | None]],
    clock: Clock,
    app: QApplication,
    paths: AppPaths,
    theme_guess: Scheme,
) -> None:
    """Build what the start page shows and what runs sessions, and put the page in."""
    from hamstring_coach.storage.history import HistoryRepository
    from hamstring_coach.storage.history_file import HistoryFile
    from hamstring_coach.storage.injuries import InjuryRepository
    from hamstring_coach.storage.recorder import SessionRecorder
    from hamstring_coach.storage.settings import SettingsRepository
    from hamstring_coach.ui.controller import SessionController
    from hamstring_coach.ui.focus_ring import FocusRings
    from hamstring_coach.ui.saving import Saving
    from hamstring_coach.ui.settings_store import SettingsStore
    from hamstring_coach.ui.today_model import TodayModel

    routines, library = load_routines()
    settings = SettingsStore(SettingsRepository(connection))
    settings.load()
    history = HistoryRepository(connection)
    history.close_interrupted()
    controller = SessionController(clock)
    saving = Saving(SessionRecorder(history, time.monotonic), controller)
    care = TodayModel(
        InjuryRepository(connection),
        lambda: settings.current,
        clock.wall,
        [r.id for r in routines],
    )
    follow_theme(app, settings, unstated=theme_guess)
    FocusRings(app)  # a thick ring shows where the keyboard focus is, in every window
    file = HistoryFile(paths, connection, history.reread_codes)
    window.open(routines, controller, saving, history, settings, care, library, file=file)


def attach_cues(window: MainWindow) -> None:
    """Sounds and the voice for the window's sessions (once)."""
    if window.cues is None:
        from hamstring_coach.ui.cues import Cues

        window.attach_cues(Cues(window.controller, lambda: window.settings.current, parent=window))


def start_backups(paths: AppPaths, controller: SessionController) -> BackupSchedule:
    """Today's backup, a few seconds from now and after sessions."""
    from hamstring_coach.storage.backups import DailyBackup
    from hamstring_coach.ui.backup_schedule import BackupSchedule

    schedule = BackupSchedule(DailyBackup(paths, lambda: datetime.now().astimezone()), controller)
    schedule.start()
    return schedule


def _socket_name(paths: AppPaths) -> str | None:
    from hamstring_coach.ui.desktop.single_instance import socket_name

    return socket_name(paths.data_dir, os.environ)


def _server(instance: str, window: MainWindow, app: QApplication) -> InstanceServer:
    """Where second launches hand their command over to this window."""
    from hamstring_coach.ui.desktop.single_instance import InstanceServer

    return InstanceServer(instance, lambda request: answer_launch(window, request), app)


def _request(start_routine: str | None, minutes: int | None, page: str | None) -> Request:
    from hamstring_coach.ui.desktop.single_instance import Request

    if start_routine:
        return Request("start", start_routine, minutes)
    return Request("show", page=page) if page else Request()


def _has_dbus() -> bool:
    return sys.platform not in ("win32", "darwin")


def _connect_desktop(
    app: QApplication,
    window: MainWindow,
    injuries: InjuryRepository,
    settings: SettingsStore,
    clock: Clock,
    care: TodayModel,
) -> DesktopParts:
    """Pick each desktop part's implementation for this computer and connect them."""
    from hamstring_coach.ui.desktop.bus import Bus
    from hamstring_coach.ui.desktop.sleep_watch import SleepWatch
    from hamstring_coach.ui.desktop_parts import connect_desktop
    from hamstring_coach.ui.ice_alert import LoopingAlarm
    from hamstring_coach.ui.tray import Tray

    bus = Bus.session(app) if _has_dbus() else None
    tray = Tray(window.controller, app.windowIcon(), window)
    if tray.show():
        app.setQuitOnLastWindowClosed(False)  # the window may hide; quitting ends the app
    parts = connect_desktop(
        window,
        pick_keep_awake(bus),
        tray,
        pick_notifier(bus, tray),
        LoopingAlarm(lambda: settings.current.sounds_volume, window),
        injuries,
        lambda: settings.current,
        clock.wall,
        care,
        SleepWatch(parent=window) if _has_dbus() else None,
        bus,
    )
    app.aboutToQuit.connect(parts.quitting)
    return parts


def pick_notifier(bus: Bus | None, tray: Tray) -> Notifier:
    """Notifications through the desktop's notification server, else the tray's message,
    else none (the window says it all)."""
    from PySide6.QtGui import QIcon

    from hamstring_coach.ui.desktop.notifications import DBusNotifier, NoNotifier, TrayNotifier

    fallback: Notifier = TrayNotifier(tray.icon) if tray.shown else NoNotifier()
    if bus is None:
        return fallback
    icon = ICON_NAME if QIcon.hasThemeIcon(ICON_NAME) else ""
    if not icon:
        with contextlib.suppress(ResourceNotFoundError):
            icon = str(resource_path("icons/hamstring-coach.svg"))
    return DBusNotifier(bus, APP_NAME, APP_ID, icon, fallback)


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


def _hand_over(paths: AppPaths, request: Request) -> int:
    """Another window owns the data folder: give it this launch's command, and end."""
    from hamstring_coach.ui.desktop.single_instance import hand_over

    instance = _socket_name(paths)
    answer = None
    deadline = time.monotonic() + HAND_OVER_WAIT_S
    while instance is not None and answer is None and time.monotonic() < deadline:
        answer = hand_over(instance, request)
        if answer is None:
            time.sleep(0.1)  # it holds the folder and is still opening its window
    if answer is None:
        _tell(f"Hamstring Coach is already running with the data folder {paths.data_dir}.")
        return EXIT_CANNOT_START
    if not answer.ok:
        _tell(answer.message)
        return EXIT_CANNOT_START
    return 0


def answer_launch(window: MainWindow, request: Request) -> Answer:
    """A second launch's command, carried out by the running window, which comes to the
    front in any case."""
    from hamstring_coach.ui.desktop.single_instance import Answer

    bring_to_front(window)
    if request.command == "show" and request.page:
        open_page(window, request.page)
    if request.command != "start" or not request.routine:
        return Answer(True)
    running = window.controller.routine if window.controller.running else None
    if running is not None:
        if running.id == request.routine:
            return Answer(True)
        return Answer(
            False,
            f"A session of {running.title} is under way in the open window; stop it there first.",
        )
    try:
        window.start_routine(request.routine, request.minutes)
    except KeyError:
        return Answer(False, f"There is no routine '{request.routine}' in the open window.")
    except ValueError as error:
        return Answer(False, str(error))
    return Answer(True)


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


def _application(*, icon: bool = True) -> QApplication:
    """The application, named; with its icon unless the window gives it later."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if icon:
        _give_icon(app)
    return app


def _give_icon(app: QApplication) -> None:
    """The app's icon for its windows (QIcon and the icon theme load here, about 6 ms,
    which the window's first frame does not wait for: the desktop file names the icon
    too, and the window's icon follows as it is set)."""
    if app.windowIcon().isNull():
        app.setWindowIcon(_app_icon())


def _app_icon() -> QIcon:
    """The icon theme's app icon when installed (it may hold hand-drawn small sizes),
    else the SVG the app carries."""
    from PySide6.QtGui import QIcon

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


def _can_ask() -> bool:
    """Whether someone may see and answer a question (not an offscreen run)."""
    return os.environ.get("QT_QPA_PLATFORM", "") not in ("offscreen", "minimal")


def _tell(message: str) -> None:
    """One sentence on stderr, and in a dialog when someone may be looking at a screen."""
    print(f"hamstring-coach: {message}", file=sys.stderr)
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform in ("offscreen", "minimal") or not has_screen(os.environ):
        return
    from PySide6.QtWidgets import QMessageBox

    from hamstring_coach.ui.dialog_wait import wait_for

    app = _application()
    box = QMessageBox(QMessageBox.Icon.Warning, app.translate("App", "Hamstring Coach"), message)
    box.setAccessibleName(app.translate("App", "Hamstring Coach"))
    box.setAccessibleDescription(message)  # the sentence is the whole of it
    wait_for(box)  # a stop signal closes it and ends the app

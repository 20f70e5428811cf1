"""The window's desktop parts, connected: keep-awake, tray, notifications, the ice
alert, ice reminders and what closing the window does. ``app.py`` picks each part's
implementation and hands them here; this module only connects them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from hamstring_coach.core.engine import State
from hamstring_coach.core.ice import ICE_ROUTINE_ID
from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.ui.closing import CloseWhileCounting
from hamstring_coach.ui.controller import SessionBegun
from hamstring_coach.ui.desktop.bus import Bus
from hamstring_coach.ui.desktop.front import bring_to_front
from hamstring_coach.ui.desktop.keep_awake import KeepAwake, StayAwake
from hamstring_coach.ui.desktop.notifications import Notifier
from hamstring_coach.ui.desktop.sleep_watch import SleepWatch
from hamstring_coach.ui.ice_alert import AlarmSound, IceAlert
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.reminders import IceReminders
from hamstring_coach.ui.today_model import TodayModel
from hamstring_coach.ui.tray import Tray


@dataclass
class DesktopParts:
    stay_awake: StayAwake
    tray: Tray
    notifier: Notifier
    alert: IceAlert
    reminders: IceReminders
    closing: CloseWhileCounting
    bus: Bus | None = None

    def quitting(self) -> None:
        """The app is about to end: let go of everything, quietly."""
        self.stay_awake.release()
        self.reminders.stop()
        self.alert.acknowledge()
        self.tray.hide()

    def close(self) -> None:
        """After the event loop: the bus's last calls (the releases) go out first."""
        if self.bus is not None:
            self.bus.close()


def connect_desktop(
    window: MainWindow,
    keep_awake: KeepAwake,
    tray: Tray,
    notifier: Notifier,
    sound: AlarmSound,
    injuries: InjuryRepository,
    settings: Callable[[], Settings],
    now: Callable[[], datetime],
    care: TodayModel | None = None,
    sleep_watch: SleepWatch | None = None,
    bus: Bus | None = None,
) -> DesktopParts:
    controller = window.controller
    banner = window.desktop_banner
    controller.sessionStarted.connect(banner.hide)  # before the alert may show a notice
    stay_awake = StayAwake(controller, keep_awake, window)
    alert = IceAlert(window, controller, notifier, sound, window)
    alert.started.connect(lambda: stay_awake.set_alerting(True))
    alert.acknowledged.connect(lambda: stay_awake.set_alerting(False))
    alert.started.connect(tray.refresh)
    alert.acknowledged.connect(tray.refresh)
    tray.set_alerting(lambda: alert.active)

    def notice(text: str) -> None:
        banner.setText(text)
        banner.show()

    alert.noticeNeeded.connect(notice)
    slept = QCoreApplication.translate(
        "Desktop",
        "The computer was asleep, so the session is paused and the step under way starts "
        "again. Press Space to go on.",
    )

    def held_up(_seconds: float) -> None:
        engine = controller.engine
        if engine is not None and engine.state is State.PAUSED:
            notice(slept)
            bring_to_front(window)

    def state_changed(state: State) -> None:
        if state is State.RUNNING and banner.text() == slept:
            banner.hide()

    controller.heldUp.connect(held_up)
    controller.stateChanged.connect(state_changed)

    def icing() -> bool:
        routine = controller.routine
        return controller.running and routine is not None and routine.id == ICE_ROUTINE_ID

    reminders = IceReminders(injuries, settings, now, notifier, icing, window)

    def start_ice() -> None:
        bring_to_front(window)
        if not controller.running:
            window.start_routine(ICE_ROUTINE_ID)

    reminders.startIceRequested.connect(start_ice)
    reminders.openRequested.connect(lambda: bring_to_front(window))
    controller.sessionFinished.connect(reminders.check)
    if care is not None:
        care.changed.connect(reminders.check)  # an injury recorded, or marked recovered
    if sleep_watch is not None:
        sleep_watch.woke.connect(reminders.woke)
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):  # a bound slot: gone with the reminders
        app.applicationStateChanged.connect(reminders.app_state_changed)

    tray.openRequested.connect(lambda: bring_to_front(window))
    tray.startIceRequested.connect(start_ice)

    def quit_from_tray() -> None:
        bring_to_front(window)  # anything it asks first is asked in view
        window.request_quit()

    tray.quitRequested.connect(quit_from_tray)
    closing = CloseWhileCounting(
        window, lambda: controller.running or alert.active, lambda: tray.shown, notifier, window
    )
    if controller.running and controller.routine is not None:  # begun before this
        alert.session_begun(SessionBegun(controller.routine, now()))
    stay_awake.update()
    return DesktopParts(stay_awake, tray, notifier, alert, reminders, closing, bus)

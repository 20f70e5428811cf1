"""The tray icon, where the desktop has a tray: the time left, and a short menu.

Its tooltip and the first line of its menu say what is counting and how long is left
("Ice on · 12:34 left"); the menu opens the window, starts an ice timer, pauses or
resumes, and quits. While a timer runs, closing the window leaves the app running here
(said once); ``keep_running`` tells the window so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hamstring_coach.core.durations import clock_text
from hamstring_coach.core.engine import State
from hamstring_coach.ui.controller import SessionController


class Tray(QObject):
    openRequested = Signal()
    startIceRequested = Signal()
    quitRequested = Signal()

    def __init__(
        self,
        controller: SessionController,
        icon: QIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._alerting: Callable[[], bool] = lambda: False
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Hamstring Coach"))
        # Qt's menu entries give a screen reader their names only; each also has a
        # status tip, read by desktops that show one.
        self.menu.setAccessibleDescription(self.tr("The timer, the window, and quitting."))
        self.status_action = self.menu.addAction("")
        self.status_action.setEnabled(False)
        self.status_action.setStatusTip(self.tr("What is counting, and how long is left."))
        self.menu.addSeparator()
        self.open_action = self.menu.addAction(self.tr("Open Hamstring Coach"))
        self.open_action.setStatusTip(self.tr("Shows the window again."))
        self.open_action.triggered.connect(self.openRequested)
        self.ice_action = self.menu.addAction(self.tr("Start ice timer"))
        self.ice_action.setStatusTip(self.tr("Starts an ice application of the chosen length."))
        self.ice_action.triggered.connect(self.startIceRequested)
        self.pause_action = self.menu.addAction(self.tr("Pause"))
        self.pause_action.setStatusTip(self.tr("Pauses the timer under way, or lets it go on."))
        self.pause_action.triggered.connect(controller.toggle_pause)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit"))
        self.quit_action.setStatusTip(self.tr("Ends a session under way, keeping it, and quits."))
        self.quit_action.triggered.connect(self.quitRequested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        for signal in (
            controller.sessionStarted,
            controller.segmentStarted,
            controller.stateChanged,
            controller.ticked,
            controller.sessionFinished,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def set_alerting(self, alerting: Callable[[], bool]) -> None:
        """Where to ask whether the ice alert waits to be acknowledged."""
        self._alerting = alerting
        self.refresh()

    @staticmethod
    def available() -> bool:
        """Whether the desktop shows tray icons."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def shown(self) -> bool:
        return self.icon.isVisible()

    def show(self) -> bool:
        """Put the icon in the tray where there is one; True when it is there."""
        if self.available():
            self.icon.show()
        return self.shown

    def hide(self) -> None:
        self.icon.hide()

    def status(self) -> str:
        """What is counting and how long is left, in a few words."""
        if self._alerting():
            return self.tr("Take the ice off now")
        view = self._controller.view()
        routine = self._controller.routine
        if view is None or routine is None or view.state not in (State.RUNNING, State.PAUSED):
            return self.tr("No timer running")
        if view.seconds_left is None:
            return self.tr("{title}: waiting for you").format(title=view.segment.title)
        left = clock_text(view.seconds_left)
        if view.state is State.PAUSED:
            return self.tr("{title}: paused, {left} left").format(
                title=view.segment.title, left=left
            )
        return self.tr("{title}: {left} left").format(title=view.segment.title, left=left)

    def refresh(self, *_: object) -> None:
        status = self.status()
        self.status_action.setText(status)
        self.icon.setToolTip(self.tr("Hamstring Coach: {status}").format(status=status))
        running = self._controller.running
        view = self._controller.view()
        self.ice_action.setEnabled(not running)
        self.pause_action.setEnabled(running)
        paused = running and view is not None and view.state is State.PAUSED
        self.pause_action.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openRequested.emit()

"""Closing the window while a timer runs.

With a tray icon, the app runs on there: the window hides, the timer goes on, and the
first time a notification says so (once per run). Without a tray there would be no way
back to a hidden window, so closing asks first, without blocking: keep the window open,
or stop the timer and quit. With nothing counting, closing quits as it always did.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.desktop.notifications import Notifier
from hamstring_coach.ui.main_window import MainWindow

NOTE_KEY = "in-tray"


class CloseWhileCounting(QObject):
    def __init__(
        self,
        window: MainWindow,
        counting: Callable[[], bool],
        in_tray: Callable[[], bool],
        notifier: Notifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._counting = counting
        self._in_tray = in_tray
        self._notifier = notifier
        self._said = False
        self.asking: QMessageBox | None = None
        window.keep_running = self.keep_running
        window.ask_before_closing = self.ask

    def keep_running(self) -> bool:
        """The window may hide: a timer counts and the tray icon is there to come back."""
        if not (self._counting() and self._in_tray()):
            return False
        if not self._said:
            self._said = True
            self._notifier.notify(
                NOTE_KEY,
                self.tr("Hamstring Coach is still running"),
                self.tr("The timer goes on in the tray. Quit from the tray icon's menu."),
            )
        return True

    def ask(self) -> bool:
        """No tray: ask before a running timer is stopped; True while asking."""
        if not self._counting() or self._in_tray():
            return False
        if self.asking is not None:
            self.asking.raise_()
            return True
        window = self._window
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("A timer is running"), "", parent=window
        )
        describe(
            box,
            self.tr("A timer is running"),
            self.tr("Asks whether to stop the timer under way and quit."),
        )
        box.setText(self.tr("Closing the window stops the timer under way. Stop it and quit?"))
        keep = box.addButton(self.tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        describe(
            keep,
            self.tr("Keep the window open"),
            self.tr("The timer goes on and the window stays. Esc chooses it."),
        )
        stop = box.addButton(self.tr("Stop and quit"), QMessageBox.ButtonRole.DestructiveRole)
        describe(
            stop,
            self.tr("Stop and quit"),
            self.tr("Stops the timer, keeps what was done, and quits."),
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.asking = None
            if box.clickedButton() is stop:
                window.request_quit()

        box.finished.connect(answered)
        self.asking = box
        box.open()
        return True

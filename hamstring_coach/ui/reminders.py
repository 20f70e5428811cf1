"""Ice reminders: one desktop notification when the next ice is due, in the first 48 h.

Nothing about them is stored: each time it looks, the app reads the current injury and
the recent sessions and asks ``core.recovery`` whether a reminder is due and when the
next one will be, so they survive restarts and follow an ice session done from another
launch. One single-shot timer is armed for that next moment; an app with nothing to
remind never wakes. A laptop that slept past a reminder (a timer does not count sleep)
looks again when it wakes (``woke``) and when the window becomes active: the core gives
one reminder for the latest moment missed, never a burst.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hamstring_coach.core.recovery import ice_reminder_due, next_reminder_at
from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.ui import locale_text
from hamstring_coach.ui.desktop.notifications import DEFAULT_ACTION, Notifier

NOTE_KEY = "ice-due"
ACTION_START = "start-ice"
LOOK_BACK = timedelta(days=3)  # the ice of the first 48 h, and a little more
MAX_WAIT_MS = 24 * 3600 * 1000  # Qt timers take a 32-bit count of milliseconds
RETRY_MS = 5 * 60 * 1000  # after the history file could not be read


class IceReminders(QObject):
    startIceRequested = Signal()  # the reminder's "Start ice timer" was picked
    openRequested = Signal()  # the reminder itself was clicked

    def __init__(
        self,
        injuries: InjuryRepository,
        settings: Callable[[], Settings],
        now: Callable[[], datetime],
        notifier: Notifier,
        icing: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._injuries = injuries
        self._settings = settings
        self._now = now
        self._notifier = notifier
        self._icing = icing
        self._last: datetime | None = None  # the due moment last reminded of
        self._next: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        notifier.actionInvoked.connect(self._on_action)

    @property
    def next_at(self) -> datetime | None:
        """When the next reminder falls due; None when none will (past 48 h, no injury)."""
        return self._next

    def check(self, *_: object) -> None:
        """Look now: give the reminder that is due, if any, and arm for the next one."""
        now = self._now()
        try:
            injury = self._injuries.current()
            activities = self._injuries.activities(now - LOOK_BACK)
        except DatabaseError:
            self.timer.start(RETRY_MS)
            return
        interval = self._settings().ice_interval_h
        due = ice_reminder_due(injury, activities, now, interval, self._last)
        if due is not None:
            self._last = due
            if not self._icing():
                self._remind(due)
        elif self._icing():
            self._notifier.withdraw(NOTE_KEY)
        self._next = next_reminder_at(injury, activities, now, interval, self._last)
        if self._next is None:
            self.timer.stop()
            return
        wait_ms = math.ceil((self._next - now).total_seconds() * 1000)
        self.timer.start(max(0, min(MAX_WAIT_MS, wait_ms)))

    def app_state_changed(self, state: Qt.ApplicationState) -> None:
        """The window became active: a good moment to look again (a sleep may have
        held the timer back)."""
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def woke(self) -> None:
        """The computer woke from sleep: the timer may be late by the whole sleep."""
        self.check()

    def _remind(self, due: datetime) -> None:
        self._notifier.notify(
            NOTE_KEY,
            self.tr("Time for ice"),
            self.tr("The next ice was due at {time}: 15-20 minutes, with the leg raised.").format(
                time=locale_text.time_text(due)
            ),
            [(ACTION_START, self.tr("Start ice timer"))],
        )

    def _on_action(self, key: str, action: str) -> None:
        if key != NOTE_KEY:
            return
        if action == ACTION_START:
            self._notifier.withdraw(NOTE_KEY)
            self.startIceRequested.emit()
        elif action == DEFAULT_ACTION:
            self.openRequested.emit()

    def stop(self) -> None:
        self.timer.stop()

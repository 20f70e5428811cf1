"""TodayModel: works out the Today page's report and keeps it current.

It reads the current injury, the last week of sessions and the settings through their
repositories, hands them to ``core.recovery.today`` and says ``changed``. It wakes itself
once, with a single-shot timer, at the next moment the report changes by the clock alone
(the next ice falling due, the phase moving on, midnight); anything else (a session
ending, the window coming to the front after ``injury set`` in a terminal) calls
``refresh``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from hamstring_coach.core.recovery import Injury, Today, today
from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.injuries import InjuryRepository

LOOK_BACK = timedelta(days=8)  # a week of sessions for the weekly aim and the pain trend
MAX_WAIT_MS = 6 * 3600 * 1000  # look again at least this often
EMPTY = Today("none", None, None, (), (), None)


class TodayModel(QObject):
    changed = Signal()
    readFailed = Signal(object)  # DatabaseError

    def __init__(
        self,
        injuries: InjuryRepository,
        settings: Callable[[], Settings],
        now: Callable[[], datetime],
        routines: Collection[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._injuries = injuries
        self._settings = settings
        self._now = now
        self._routines = frozenset(routines)
        self._report = EMPTY
        self._at = now()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.refresh)

    @property
    def report(self) -> Today:
        return self._report

    @property
    def at(self) -> datetime:
        """The moment the report was worked out for."""
        return self._at

    def now(self) -> datetime:
        return self._now()

    @property
    def injuries(self) -> InjuryRepository:
        """Where the injuries are read from (the history page shows them too)."""
        return self._injuries

    def settings(self) -> Settings:
        return self._settings()

    def refresh(self) -> None:
        """Read the history again and work the report out for now."""
        now = self._now()
        try:
            injury = self._injuries.current()
            activities = self._injuries.activities(now - LOOK_BACK)
            settings = self._settings()
        except DatabaseError as error:
            self.readFailed.emit(error)
            return
        self._at = now
        self._report = today(
            injury,
            activities,
            now,
            interval_h=settings.ice_interval_h,
            ice_minutes=settings.ice_minutes,
            routines=self._routines,
        )
        self._arm(now)
        self.changed.emit()

    def _arm(self, now: datetime) -> None:
        report = self._report
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        moments = [midnight.replace(tzinfo=now.tzinfo)]
        for moment in (report.next_ice_due, report.phase_ends_at):
            if moment is not None and moment > now:
                moments.append(moment)
        wait_ms = (min(moments) - now).total_seconds() * 1000
        self.timer.start(max(0, min(MAX_WAIT_MS, math.ceil(wait_ms))))

    def stop(self) -> None:
        self.timer.stop()

    # -- changes from the page ---------------------------------------------------------
    def record_injury(self, happened_at: datetime, leg: str, note: str) -> Injury:
        """Record an injury; ValueError (one sentence) for a time in the future,
        DatabaseError when the file refuses."""
        now = self._now()
        if happened_at > now:
            raise ValueError("future")
        injury = self._injuries.record(happened_at, leg, note, now)
        self.refresh()
        return injury

    def mark_recovered(self) -> Injury | None:
        injury = self._injuries.mark_recovered(self._now())
        self.refresh()
        return injury

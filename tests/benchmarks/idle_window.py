"""The real window on the real clock, and a counter of what wakes its event loop.

Imported by ``test_wakeups.py``, and run by it as a fresh process, so that an idle
window is measured without anything an earlier test left in Qt's caches:

    python idle_window.py idle SECONDS DATA_DIR
    python idle_window.py after-session SECONDS DATA_DIR

prints one JSON object: the timer events and event-loop wake-ups counted while the
window sat on the Today page for SECONDS (after a short session, for the second form),
with the clock time of each timer event from the start of the wait.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from hamstring_coach.cli import builtin_routine_paths
from hamstring_coach.core.clock import SystemClock
from hamstring_coach.core.routines import Routine, load_routines
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.storage.settings import SettingsRepository
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.cues import Cues
from hamstring_coach.ui.main_window import MainWindow
from hamstring_coach.ui.saving import Saving
from hamstring_coach.ui.settings_store import SettingsStore
from hamstring_coach.ui.today_model import TodayModel

# Let the start's own one-off events pass before counting (Qt's combo box sets up its
# list a moment after it is first shown; on a busy machine that takes a while).
SETTLE_S = 2.0
MIN_SLEEP_S = 0.005  # an event loop that slept less than this was not woken from sleep


@dataclass
class Wakes:
    timer_events: int = 0
    loop_wakes: int = 0
    receivers: list[str] = field(default_factory=list)  # each timer event's receiver class
    times: list[float] = field(default_factory=list)  # and when, from the start


class WakeCounter(QObject):
    """Counts the GUI thread's timer events (an application event filter) and its event
    loop's wake-ups (``QAbstractEventDispatcher.awake``), leaving out its own timer."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._wakes = Wakes()
        self._ignored: QObject | None = None
        self._started = 0.0
        self._blocked_at: float | None = None  # when the event loop last went to sleep

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer and watched is not self._ignored:
            self._wakes.timer_events += 1
            self._wakes.receivers.append(watched.metaObject().className())
            self._wakes.times.append(round(time.monotonic() - self._started, 3))
        return False

    def _about_to_block(self) -> None:
        self._blocked_at = time.monotonic()

    def _awake(self) -> None:
        """A round of the event loop begins: a wake-up when it had slept. A round that
        follows at once (the loop looked, found work waiting, and went on) is none."""
        if self._blocked_at is not None and time.monotonic() - self._blocked_at >= MIN_SLEEP_S:
            self._wakes.loop_wakes += 1
        self._blocked_at = None

    def measure(self, seconds: float) -> Wakes:
        """Run the event loop for ``seconds`` and count what woke it from sleep."""
        dispatcher = QAbstractEventDispatcher.instance()
        assert dispatcher is not None
        loop = QEventLoop()
        stopper = QTimer()
        stopper.setSingleShot(True)
        stopper.setTimerType(Qt.TimerType.PreciseTimer)
        stopper.timeout.connect(loop.quit)
        self._wakes, self._ignored, self._started = Wakes(), stopper, time.monotonic()
        self._blocked_at = None
        self._app.installEventFilter(self)
        dispatcher.aboutToBlock.connect(self._about_to_block)
        dispatcher.awake.connect(self._awake)
        stopper.start(round(seconds * 1000))
        loop.exec()
        dispatcher.awake.disconnect(self._awake)
        dispatcher.aboutToBlock.disconnect(self._about_to_block)
        self._app.removeEventFilter(self)
        self._ignored = None
        wakes = self._wakes
        wakes.loop_wakes = max(0, wakes.loop_wakes - 1)  # the stopper's own wake-up
        return wakes


def build_window(data_dir: Path, extra: list[Routine]) -> MainWindow:
    """The window as ``app.py`` builds it, on the SystemClock, shown at 1280x800."""
    connection = open_database(data_dir / "hamstring-coach.sqlite3")
    history = HistoryRepository(connection)
    clock = SystemClock()
    controller = SessionController(clock)
    saving = Saving(SessionRecorder(history, clock.now), controller)
    routines = [*load_routines(builtin_routine_paths()), *extra]
    settings = SettingsStore(SettingsRepository(connection))
    settings.load()
    care = TodayModel(
        InjuryRepository(connection), lambda: settings.current, clock.wall, [r.id for r in routines]
    )
    window = MainWindow(routines, controller, saving, history, settings, care)
    window.attach_cues(Cues(controller, lambda: window.settings.current, parent=window))
    window.resize(1280, 800)
    window.show()
    window.destroyed.connect(connection.close)
    return window


def main(mode: str, seconds: float, data_dir: Path) -> None:
    app = QApplication(sys.argv[:1])
    window = build_window(data_dir, [])
    counter = WakeCounter(app)
    counter.measure(SETTLE_S)
    if mode == "after-session":
        window.start_routine("gentle-stretching")
        counter.measure(2.0)
        window.controller.stop()
        window.show_today()
    wakes = counter.measure(seconds)
    window.saving.abandon()
    print(json.dumps(asdict(wakes)))


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), Path(sys.argv[3]))

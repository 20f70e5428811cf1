"""Ice reminders from the history, on a fake wall clock: when they come, what they say,
one after a long sleep, none after 48 h, and their action starting the ice timer."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.records import SegmentRecord
from hamstring_coach.ui.desktop.notifications import DEFAULT_ACTION
from hamstring_coach.ui.reminders import ACTION_START, NOTE_KEY, IceReminders

from .desktop_fakes import FakeNotifier

HURT = datetime(2026, 11, 27, 8, 0).astimezone()


class Wall:
    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def world(qtbot, tmp_path: Path):
    connection = open_database(tmp_path / "h.sqlite3")
    injuries = InjuryRepository(connection)
    history = HistoryRepository(connection)
    wall = Wall(HURT + timedelta(minutes=30))
    notifier = FakeNotifier()
    icing = {"now": False}
    reminders = IceReminders(injuries, Settings, wall, notifier, lambda: icing["now"])
    injuries.record(HURT, "left", "sprint", HURT + timedelta(minutes=20))
    yield reminders, notifier, wall, history, icing
    reminders.stop()
    connection.close()


def ice_done(history: HistoryRepository, ended: datetime) -> None:
    started = ended - timedelta(minutes=20, seconds=15)
    session = history.start_session("ice", "Ice", started)
    history.add_segment(
        session,
        SegmentRecord(0, "ice-application", "timed", None, None, 1200, 1200, True, started, ended),
    )
    history.finish_session(session, "completed", ended)


def test_with_no_ice_yet_the_first_is_due_at_once_with_a_start_action(world) -> None:
    reminders, notifier, _wall, _history, _ = world
    reminders.check()
    (note,) = notifier.shown
    assert note.key == NOTE_KEY and note.title == "Time for ice"
    assert "08:00" in note.body
    assert note.actions == ((ACTION_START, "Start ice timer"),)
    reminders.check()
    assert len(notifier.shown) == 1  # the same reminder is not given twice


def test_the_next_is_due_the_interval_after_the_last_ice_and_one_timer_waits(world) -> None:
    reminders, notifier, wall, history, _ = world
    ice_done(history, wall.at)
    reminders.check()
    assert notifier.shown == []
    assert reminders.next_at == wall.at + timedelta(hours=2)
    assert reminders.timer.isActive()
    assert reminders.timer.interval() == 2 * 3600 * 1000
    wall.at += timedelta(hours=2)
    reminders.timer.timeout.emit()  # what the timer does when it fires
    assert notifier.keys() == [NOTE_KEY]


def test_a_long_sleep_gives_one_reminder_not_a_burst(world) -> None:
    reminders, notifier, wall, history, _ = world
    ice_done(history, wall.at)
    reminders.check()
    wall.at += timedelta(hours=9)  # asleep past the 2 h, 4 h, 6 h and 8 h reminders
    reminders.woke()
    reminders.woke()
    assert len(notifier.shown) == 1
    assert reminders.timer.isActive()  # and on to the next


def test_no_reminders_after_48_hours(world) -> None:
    reminders, notifier, wall, _history, _ = world
    wall.at = HURT + timedelta(hours=49)
    reminders.check()
    assert notifier.shown == [] and reminders.next_at is None
    assert not reminders.timer.isActive()  # nothing left to wake for


def test_no_reminder_while_the_ice_is_on(world) -> None:
    reminders, notifier, _wall, _history, icing = world
    icing["now"] = True
    reminders.check()
    assert notifier.shown == []


def test_the_action_starts_the_ice_timer_and_a_click_opens_the_window(world, qtbot) -> None:
    reminders, notifier, _wall, _history, _ = world
    reminders.check()
    with qtbot.waitSignal(reminders.openRequested):
        notifier.actionInvoked.emit(NOTE_KEY, DEFAULT_ACTION)
    with qtbot.waitSignal(reminders.startIceRequested):
        notifier.actionInvoked.emit(NOTE_KEY, ACTION_START)
    assert notifier.withdrawn == [NOTE_KEY]


def test_reminders_survive_a_restart(world, tmp_path: Path) -> None:
    _reminders, _notifier, wall, history, _ = world
    ice_done(history, wall.at)
    later = FakeNotifier()
    connection = open_database(tmp_path / "h.sqlite3")
    try:
        restarted = IceReminders(InjuryRepository(connection), Settings, wall, later)
        wall.at += timedelta(hours=2, minutes=5)
        restarted.check()  # a new run works it out from the file alone
        assert later.keys() == [NOTE_KEY]
        restarted.stop()
    finally:
        connection.close()

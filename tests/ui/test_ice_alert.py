"""The end of an ice application: sound, notification and the window in front, until
acknowledged; the history holds the application at its deadline whatever the wait."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hamstring_coach.ui.desktop.notifications import DEFAULT_ACTION
from hamstring_coach.ui.ice_alert import ACTION_OFF, NOTE_KEY, IceAlert

from .conftest import App
from .desktop_fakes import FakeNotifier, FakeSound


@pytest.fixture
def alerting(app: App):
    notifier = FakeNotifier()
    sound = FakeSound()
    alert = IceAlert(app.window, app.controller, notifier, sound, app.window)
    return alert, notifier, sound


def run_ice(app: App, minutes: int = 20) -> None:
    app.window.start_routine("ice", minutes)
    app.controller.confirm()  # the R.I.C.E. check
    app.advance(15 + minutes * 60)


def test_the_alert_stays_until_acknowledged(app: App, alerting, qtbot) -> None:
    alert, notifier, sound = alerting
    run_ice(app)
    assert alert.active and sound.playing
    assert alert.panel.isVisible()
    assert alert.panel.heading.text() == "Take the ice off now"
    assert "20 minutes" in alert.panel.detail.text()
    (note,) = notifier.shown
    assert (note.key, note.title, note.urgent) == (NOTE_KEY, "Take the ice off now", True)
    assert [action for action, _ in note.actions] == [ACTION_OFF]
    app.clock.advance(3600)  # nobody there: the alert waits, an hour if need be
    assert alert.active and sound.playing and sound.starts == 1
    qtbot.keyClick(app.window, Qt.Key.Key_Return)
    assert not alert.active and not sound.playing
    assert not alert.panel.isVisible()
    assert notifier.withdrawn == [NOTE_KEY]


def test_the_window_comes_to_the_front(app: App, alerting, qtbot) -> None:
    app.window.hide()
    alert, _, _ = alerting
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.window.showMinimized()
    app.advance(15 + 900)
    assert alert.active
    assert app.window.isVisible() and not app.window.isMinimized()


def test_the_application_is_saved_at_its_deadline_not_at_the_acknowledgement(
    app: App, alerting
) -> None:
    alert, notifier, _ = alerting
    run_ice(app)
    app.clock.advance(45 * 60)  # the alert waits 45 minutes
    notifier.actionInvoked.emit(NOTE_KEY, ACTION_OFF)  # "Ice is off" on the notification
    assert not alert.active
    (session,) = app.history.list_sessions()
    session = app.history.get_session(session.id) or session
    assert session.status == "completed"
    (ice,) = [s for s in session.segments if s.kind == "timed"]
    assert (ice.actual_s, ice.completed) == (1200, True)
    assert session.ended_at == ice.ended_at  # at the deadline, not 45 minutes later


def test_only_a_completed_ice_session_alerts(app: App, alerting) -> None:
    alert, notifier, sound = alerting
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.advance(60)
    app.controller.stop()  # stopped early: no alarm
    assert not alert.active and notifier.shown == [] and sound.starts == 0
    app.window.start_routine("gentle-stretching")
    app.controller.stop()
    assert not alert.active


def test_clicking_the_notification_brings_the_window_back(app: App, alerting) -> None:
    alert, notifier, _ = alerting
    run_ice(app, 15)
    app.window.hide()
    notifier.actionInvoked.emit(NOTE_KEY, DEFAULT_ACTION)
    assert app.window.isVisible() and alert.active  # seen, not yet taken off


def test_a_new_session_ends_a_waiting_alert(app: App, alerting) -> None:
    alert, _, sound = alerting
    run_ice(app, 15)
    app.window.start_routine("ice", 15)
    assert not alert.active and not sound.playing
    app.controller.stop()


@pytest.mark.parametrize(
    ("sound_ok", "shown_ok", "words"),
    [
        (False, False, "only this window"),
        (False, True, "silently"),
        (True, False, "no notifications"),
    ],
)
def test_what_cannot_alert_is_said_once_when_ice_starts(
    app: App, sound_ok: bool, shown_ok: bool, words: str
) -> None:
    notifier = FakeNotifier(available=shown_ok)
    sound = FakeSound(can_play=sound_ok)
    alert = IceAlert(app.window, app.controller, notifier, sound, app.window)
    said: list[str] = []
    alert.noticeNeeded.connect(said.append)
    app.window.start_routine("ice", 15)
    app.controller.confirm()
    app.advance(15 + 900)
    assert alert.active and alert.panel.isVisible()  # the window alerts all the same
    assert len(said) == 1 and words in said[0]
    alert.acknowledge()
    app.window.start_routine("ice", 15)
    app.controller.stop()
    assert len(said) == 1  # once


def test_nothing_is_said_where_everything_can_alert(app: App, alerting) -> None:
    alert, _, _ = alerting
    said: list[str] = []
    alert.noticeNeeded.connect(said.append)
    app.window.start_routine("ice", 15)
    app.controller.stop()
    assert said == []


def test_a_laptop_that_slept_past_the_deadline_alerts_once_on_waking(app: App, alerting) -> None:
    alert, notifier, sound = alerting
    app.window.start_routine("ice", 20)
    app.controller.confirm()
    app.advance(15 + 300)  # five minutes of ice, then the lid is shut
    app.clock.advance(2 * 3600)
    app.controller.tick()  # the timer's first run on waking
    assert alert.active and sound.starts == 1 and len(notifier.shown) == 1
    app.advance(5)
    assert sound.starts == 1 and len(notifier.shown) == 1  # one alert, not one per tick
    (session,) = app.history.list_sessions()
    session = app.history.get_session(session.id) or session
    (ice,) = [s for s in session.segments if s.kind == "timed"]
    assert (ice.actual_s, ice.completed, session.status) == (1200, True, "completed")
    assert session.ended_at == ice.ended_at

"""A whole session through the real window: what a screen reader is told, and when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent

from hamstring_coach.core.announcements import Announcement
from hamstring_coach.ui.announcer import announcement_text, duration_words

from .conftest import App


def test_a_whole_session_is_announced_at_its_moments(app: App, qtbot, monkeypatch) -> None:
    sent: list[tuple[str, object]] = []

    def update(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            sent.append((event.message(), event.object()))  # type: ignore[attr-defined]

    monkeypatch.setattr(QAccessible, "updateAccessibility", update)
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    page = app.window.session
    said: list[str] = []
    page.announcer.announced.connect(said.append)
    # The first get-ready was announced as the page opened; follow from there.
    app.advance(15)  # into the first hold, 30 s
    assert said[-1] == "Hold: Seated hamstring stretch, left leg, 30 seconds."
    ticks = 0
    app.advance(15)
    assert said[-1] == "Halfway."
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert said[-1] == "Paused. Press Space to go on."
    app.advance(60)
    assert said[-1] == "Paused. Press Space to go on."  # nothing while paused
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert said[-1] == "Going on: 15 seconds left."
    before = len(said)
    app.advance(12)
    assert said[before:] == ["3"]
    app.advance(3)
    assert said[before:] == ["3", "2", "1", "Rest, 10 seconds."]
    while app.window.pages.currentWidget() is page:
        app.advance(1)
        ticks += 1
    assert said[-1] == "Session complete."
    assert "Switch sides: the right leg next." in said
    assert len(said) < ticks / 2  # far fewer than one a second
    # Each went to the accessibility framework, from the countdown ring.
    assert [text for text, _ in sent][-len(said) :] == said
    assert all(source is page.ring for _, source in sent)


def test_a_stop_for_sharp_pain_is_said(app: App, qtbot) -> None:
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    page = app.window.session
    said: list[str] = []
    page.announcer.announced.connect(said.append)
    qtbot.keyClick(app.window, Qt.Key.Key_P)
    assert said == ["Session stopped for sharp pain."]


def test_the_words_of_each_moment() -> None:
    assert duration_words(20 * 60) == "20 minutes"
    assert duration_words(150) == "2 minutes 30 seconds"
    assert duration_words(45) == "45 seconds"
    seg = Announcement("segment", kind="reps", title="Curls", n=2, total=3, count=10)
    assert announcement_text(seg) == "Set 2 of 3: Curls, 10 repetitions. Go."
    ice = Announcement("segment", kind="timed", title="Ice", seconds=900)
    assert announcement_text(ice) == "Go: Ice, 15 minutes."
    check = Announcement("segment", kind="checklist", title="Bandage on")
    assert announcement_text(check) == "Check: Bandage on. Press Enter when done."
    assert announcement_text(Announcement("minute-left")) == "One minute left."

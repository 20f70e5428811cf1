"""Announcer: tells a screen reader where the countdown is, at the moments that matter.

``core.announcements`` decides when (a segment's start, halfway, one minute left, the
last three seconds, paused, resumed, the end); this class words each moment through
the translations and hands it to the accessibility framework as an announcement from
the countdown ring. Nothing is said every second: the ring's own name and description
stay steady while it counts, so a screen reader is not flooded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from hamstring_coach.core.announcements import Announcement, AnnouncementPlanner
from hamstring_coach.core.engine import SegmentStarted, SessionFinished, State
from hamstring_coach.ui import texts
from hamstring_coach.ui.controller import SessionBegun, SessionController

translate = QCoreApplication.translate


class Announcer(QObject):
    announced = Signal(str)  # the words handed to the screen reader

    def __init__(self, controller: SessionController, source: QWidget) -> None:
        """``source`` is the widget the announcements come from (the countdown ring)."""
        super().__init__(source)
        self._controller = controller
        self._source = source
        self._planner: AnnouncementPlanner | None = None
        controller.sessionStarted.connect(self._on_session)
        controller.segmentStarted.connect(self._on_segment)
        controller.stateChanged.connect(self._on_state)
        controller.ticked.connect(self._on_tick)
        controller.sessionFinished.connect(self._on_finished)

    # -- the controller's events -----------------------------------------------------------
    def _on_session(self, _begun: SessionBegun) -> None:
        engine = self._controller.engine
        self._planner = None if engine is None else AnnouncementPlanner(engine.timeline)

    def _on_segment(self, event: SegmentStarted) -> None:
        engine = self._controller.engine
        if self._planner is not None and engine is not None:
            self._say(self._planner.started(event.index, engine.remaining()))

    def _on_state(self, state: State) -> None:
        engine = self._controller.engine
        if self._planner is not None and engine is not None:
            self._say(self._planner.state_changed(state, engine.remaining()))

    def _on_tick(self) -> None:
        engine = self._controller.engine
        if self._planner is not None and engine is not None and engine.state is State.RUNNING:
            self._say(self._planner.ticked(engine.remaining()))

    def _on_finished(self, event: SessionFinished) -> None:
        planner, self._planner = self._planner, None
        if planner is not None:
            self._say(planner.ended(event.status))

    # -- saying ----------------------------------------------------------------------------
    def _say(self, said: list[Announcement]) -> None:
        for announcement in said:
            text = announcement_text(announcement)
            urgent = announcement.id in ("count", "done")
            event = QAccessibleAnnouncementEvent(self._source, text)
            event.setPoliteness(
                QAccessible.AnnouncementPoliteness.Assertive
                if urgent
                else QAccessible.AnnouncementPoliteness.Polite
            )
            QAccessible.updateAccessibility(event)
            self.announced.emit(text)


def duration_words(seconds: int) -> str:
    """A length as it is said: seconds under two minutes, minutes from there."""
    if seconds < 120:
        return translate("Announcer", "{n} seconds").format(n=seconds)
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return translate("Announcer", "{minutes} minutes").format(minutes=minutes)
    return translate("Announcer", "{minutes} minutes {seconds} seconds").format(
        minutes=minutes, seconds=rest
    )


def announcement_text(a: Announcement) -> str:
    """The sentence a screen reader says for ``a``."""
    if a.id == "count":
        return str(a.n)
    if a.id == "halfway":
        return translate("Announcer", "Halfway.")
    if a.id == "minute-left":
        return translate("Announcer", "One minute left.")
    if a.id == "paused":
        return translate("Announcer", "Paused. Press Space to go on.")
    if a.id == "resumed":
        if a.seconds:
            return translate("Announcer", "Going on: {time} left.").format(
                time=duration_words(a.seconds)
            )
        return translate("Announcer", "Going on.")
    if a.id == "done":
        return {
            "completed": translate("Announcer", "Session complete."),
            "stopped": translate("Announcer", "Session stopped."),
            "sharp-pain": translate("Announcer", "Session stopped for sharp pain."),
        }.get(a.status or "", translate("Announcer", "Session over."))
    return _segment_text(a)


def _segment_text(a: Announcement) -> str:
    side = texts.side_phrase(a.side)
    time = duration_words(a.seconds)
    if a.kind == "prepare":
        if side:
            return translate("Announcer", "Get ready: {title}, {side}, {time}.").format(
                title=a.title, side=side, time=time
            )
        return translate("Announcer", "Get ready: {title}, {time}.").format(
            title=a.title, time=time
        )
    if a.kind == "hold":
        if side:
            return translate("Announcer", "Hold: {title}, {side}, {time}.").format(
                title=a.title, side=side, time=time
            )
        return translate("Announcer", "Hold: {title}, {time}.").format(title=a.title, time=time)
    if a.kind == "rest":
        return translate("Announcer", "Rest, {time}.").format(time=time)
    if a.kind == "switch":
        return translate("Announcer", "Switch sides: the {side} next.").format(side=side)
    if a.kind == "reps":
        if a.total > 1:
            return translate(
                "Announcer", "Set {n} of {total}: {title}, {count} repetitions. Go."
            ).format(n=a.n, total=a.total, title=a.title, count=a.count)
        return translate("Announcer", "{title}: {count} repetitions. Go.").format(
            title=a.title, count=a.count
        )
    if a.kind == "timed":
        if side:
            return translate("Announcer", "Go: {title}, {side}, {time}.").format(
                title=a.title, side=side, time=time
            )
        return translate("Announcer", "Go: {title}, {time}.").format(title=a.title, time=time)
    return translate("Announcer", "Check: {title}. Press Enter when done.").format(title=a.title)

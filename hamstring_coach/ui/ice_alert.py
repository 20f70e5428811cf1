"""The end of an ice application: an alert that stays until someone takes note of it.

When an ice session completes, three things say "take the ice off now" at once: a
sound looping (``resources/sounds/ice-alarm.wav`` through QSoundEffect, loaded the
first time it is needed), a desktop notification with an "Ice is off" action, and the
window raised to the front with a panel over it. They stop together when the person
presses the panel's button (Enter, Space or Esc), the notification's action, or starts
another session. The session was saved as completed at the deadline already; the alert's
wait changes nothing in the history.

Where a part cannot work (no sound device, no notification service, no tray), the others
still do, and the window says so once, when the first ice timer starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from hamstring_coach.core.engine import SessionFinished
from hamstring_coach.core.ice import ICE_ROUTINE_ID
from hamstring_coach.ui import locale_text
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.controller import SessionBegun, SessionController
from hamstring_coach.ui.desktop.front import bring_to_front
from hamstring_coach.ui.desktop.notifications import DEFAULT_ACTION, Notifier
from hamstring_coach.ui.theme import scheme_of

NOTE_KEY = "ice-done"
ACTION_OFF = "ice-off"


class AlarmSound(Protocol):
    def available(self) -> bool:
        """Whether the sound can be heard here (a sound device, the file loaded)."""
        ...

    def start(self) -> None:
        """Play, looping, until ``stop``."""
        ...

    def stop(self) -> None: ...


class LoopingAlarm(QObject):
    """The ice alarm through QSoundEffect, made the first time it is asked about."""

    def __init__(
        self, volume: Callable[[], float] = lambda: 1.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._volume = volume
        self._effect: object | None = None

    def _made(self) -> object | None:
        if self._effect is None:
            from PySide6.QtMultimedia import QSoundEffect

            from hamstring_coach.resources import ResourceNotFoundError, resource_path
            from hamstring_coach.ui.cue_players import has_audio_output

            if not has_audio_output():
                return None
            try:
                path = resource_path("sounds/ice-alarm.wav")
            except ResourceNotFoundError:
                return None
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
            self._effect = effect
        return self._effect

    def available(self) -> bool:
        from PySide6.QtMultimedia import QSoundEffect

        effect = self._made()
        return isinstance(effect, QSoundEffect) and effect.status() is not QSoundEffect.Status.Error

    def start(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        effect = self._made()
        if isinstance(effect, QSoundEffect):
            effect.setVolume(max(0.5, self._volume()))  # an alarm is never whispered
            effect.play()

    def stop(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if isinstance(self._effect, QSoundEffect):
            self._effect.stop()


class AlertPanel(QFrame):
    """Fills the window over every page until the button is pressed."""

    acknowledged = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("iceAlert")
        describe(
            self,
            self.tr("Ice alert"),
            self.tr("The ice application is over: take the ice off, then press Enter."),
        )
        self.heading = QLabel(self.tr("Take the ice off now"), self)
        self.heading.setObjectName("iceAlertHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Alert"))
        self.detail = QLabel(self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("What happened"))
        self.button = QPushButton(self.tr("Ice is off (Enter)"), self)
        describe(
            self.button,
            self.tr("Ice is off"),
            self.tr("Says the ice is off and closes the alert. Enter, Space or Esc."),
        )
        self.button.setMinimumHeight(64)
        self.button.clicked.connect(self.acknowledged)
        column = QVBoxLayout(self)
        column.setContentsMargins(48, 48, 48, 48)
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addSpacing(16)
        column.addWidget(self.detail)
        column.addSpacing(32)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self._keys = [
            QShortcut(QKeySequence(key), self, self.acknowledged.emit)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Escape)
        ]
        for shortcut in self._keys:
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)
        window.installEventFilter(self)
        self.hide()

    def show_alert(self, minutes: int, ended: str) -> None:
        self.detail.setText(
            self.tr("{minutes} minutes of ice are done (at {time}) and saved.").format(
                minutes=minutes, time=ended
            )
        )
        self._style()
        self._fit()
        for shortcut in self._keys:
            shortcut.setEnabled(True)
        self.show()
        self.raise_()
        self.button.setFocus()

    def hide_alert(self) -> None:
        for shortcut in self._keys:
            shortcut.setEnabled(False)
        self.hide()

    def _style(self) -> None:
        parent = self.parentWidget()
        scheme = scheme_of((parent or self).palette())
        height = max(1, parent.height()) if parent is not None else 720
        self.setStyleSheet(
            f"QFrame#iceAlert {{ background: {scheme.highlight}; }}"
            f"QFrame#iceAlert QLabel {{ color: {scheme.highlighted_text};"
            f" font-size: {max(18, int(height * 0.045))}px; }}"
            f"QFrame#iceAlert QLabel#iceAlertHeading {{ font-size: {max(32, int(height * 0.11))}px;"
            " font-weight: bold; }"
            f"QFrame#iceAlert QPushButton {{ font-size: {max(20, int(height * 0.045))}px;"
            f" padding: 14px 48px; background: {scheme.base}; color: {scheme.text}; }}"
        )

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changed = event.type() in (QEvent.Type.Resize, QEvent.Type.PaletteChange)
        if changed and self.isVisible():
            self._fit()
            self._style()
        return False


class IceAlert(QObject):
    """Starts the alert when an ice application completes; ends it when acknowledged."""

    started = Signal()
    acknowledged = Signal()
    noticeNeeded = Signal(str)  # one sentence for the window: what cannot alert here

    def __init__(
        self,
        window: QWidget,
        controller: SessionController,
        notifier: Notifier,
        sound: AlarmSound,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._controller = controller
        self._notifier = notifier
        self._sound = sound
        self._active = False
        self._told = False
        self.panel = AlertPanel(window)
        self.panel.acknowledged.connect(self.acknowledge)
        controller.sessionStarted.connect(self.session_begun)
        controller.sessionFinished.connect(self._on_finished)
        notifier.actionInvoked.connect(self._on_action)

    @property
    def active(self) -> bool:
        return self._active

    def session_begun(self, begun: SessionBegun) -> None:
        self.acknowledge()  # a new session: the last alert has been seen
        if begun.routine.id == ICE_ROUTINE_ID and not self._told:
            self._told = True
            notice = self.missing_notice()
            if notice:
                self.noticeNeeded.emit(notice)

    def missing_notice(self) -> str:
        """One sentence on what cannot alert here, or "" when everything can."""
        sound = self._sound.available()
        shown = self._notifier.available
        if not sound and not shown:
            return self.tr(
                "No sound can play here and the desktop shows no notifications: when the "
                "ice timer ends, only this window says so, so keep it in sight."
            )
        if not sound:
            return self.tr(
                "No sound can play here: when the ice timer ends, this window and a "
                "notification say so, silently."
            )
        if not shown:
            return self.tr(
                "The desktop shows no notifications here: when the ice timer ends, this "
                "window comes to the front with a sound."
            )
        return ""

    def _on_finished(self, event: SessionFinished) -> None:
        routine = self._controller.routine
        if event.status == "completed" and routine is not None and routine.id == ICE_ROUTINE_ID:
            self.start(event)

    def start(self, event: SessionFinished) -> None:
        routine = self._controller.routine
        seconds = sum(s.duration_s for s in routine.steps if s.kind == "timed") if routine else 0
        minutes = round(seconds / 60)
        ended = locale_text.time_text(event.at)
        self._active = True
        self.panel.show_alert(minutes, ended)
        bring_to_front(self._window)
        self._sound.start()
        self._notifier.notify(
            NOTE_KEY,
            self.tr("Take the ice off now"),
            self.tr("{minutes} minutes of ice are done.").format(minutes=minutes),
            [(ACTION_OFF, self.tr("Ice is off"))],
            urgent=True,
        )
        self.started.emit()

    def acknowledge(self) -> None:
        if not self._active:
            return
        self._active = False
        self._sound.stop()
        self._notifier.withdraw(NOTE_KEY)
        self.panel.hide_alert()
        self.acknowledged.emit()

    def _on_action(self, key: str, action: str) -> None:
        if key != NOTE_KEY:
            return
        if action == ACTION_OFF:
            self.acknowledge()
        elif action == DEFAULT_ACTION:
            bring_to_front(self._window)

"""The page a person follows from the floor: countdown, exercise, side and repetition.

It reads everything it shows from the controller's SessionView and sends the person's
commands back to it; it holds no time arithmetic of its own. The layout is built by
``session_layout``; sizes follow the page's height, so every control stays on screen
from 1024x600 up, and the digits grow with the window in full screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hamstring_coach.core.durations import clock_text
from hamstring_coach.core.engine import State
from hamstring_coach.ui import texts
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.announcer import Announcer
from hamstring_coach.ui.controller import SessionController, SessionView
from hamstring_coach.ui.session_layout import label, lay_out, size_fonts
from hamstring_coach.ui.theme import scheme_of
from hamstring_coach.ui.widgets.countdown_ring import CountdownRing
from hamstring_coach.ui.widgets.picture import ExercisePicture, PictureBook
from hamstring_coach.ui.widgets.tempo_gauge import TempoGauge


class SessionPage(QWidget):
    stopRequested = Signal()  # the person confirmed stopping
    fullScreenRequested = Signal()  # the Full screen button: toggle it

    def __init__(
        self,
        controller: SessionController,
        pictures: PictureBook,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._confirming_stop = False
        self.title = label(self.tr("Exercise"), self, wrap=True)
        self.progress = label(self.tr("Session progress"), self)
        self.side = label(self.tr("Side"), self)
        self.rep = label(self.tr("Repetition"), self)
        self.ring = CountdownRing(self)
        self.tempo = TempoGauge(self)
        self.tempo.hide()
        # Screen readers hear the countdown at its moments, never every second.
        self.announcer = Announcer(controller, self.ring)
        self.picture = ExercisePicture(pictures, self)
        self.doing = label(self.tr("Instruction"), self, wrap=True)
        self.caution = label(self.tr("Safety note"), self, wrap=True)
        self.next = label(self.tr("Next step"), self, wrap=True)
        self.checklist = label(self.tr("Checklist"), self, wrap=True)
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        # The buttons take no focus: each has its key, said in its description.
        self.back_button = self._button(
            self.tr("◀ Back"),
            self.tr("Back"),
            self.tr("Starts this step again, or goes to the one before. Left arrow key."),
            controller.back,
        )
        self.pause_button = self._button(
            self.tr("Pause"),
            self.tr("Pause or resume"),
            self.tr("Pauses the countdown, or lets it go on. Space."),
            self._toggle_pause,
        )
        self.done_button = self._button(
            self.tr("Done ✓"),
            self.tr("Done"),
            self.tr("Counts this step as done and goes on. Enter."),
            controller.confirm,
        )
        self.skip_button = self._button(
            self.tr("Skip ▶"),
            self.tr("Skip"),
            self.tr("Leaves this step undone and goes to the next. Right arrow key."),
            controller.skip,
        )
        self.stop_button = self._button(
            self.tr("Stop"),
            self.tr("Stop session"),
            self.tr("Pauses and asks whether to end the session. Esc."),
            self.ask_stop,
        )
        self.pain_button = self._button(
            self.tr("Sharp pain"),
            self.tr("Sharp pain: stop now"),
            self.tr("Ends the session at once and says what to do for the leg. P."),
            self.sharp_pain,
        )
        self.pain_button.setObjectName("sharpPain")
        self.full_screen_button = self._button(
            self.tr("Full screen (F11)"),
            self.tr("Full screen"),
            self.tr("Fills the screen with the session, or goes back to a window. F11."),
            self.fullScreenRequested.emit,
        )
        self.confirm_bar = self._build_confirm_bar()
        lay_out(self)

        self._shortcuts = [
            self._shortcut(Qt.Key.Key_Space, self._toggle_pause),
            self._shortcut(Qt.Key.Key_Right, controller.skip),
            self._shortcut(Qt.Key.Key_Left, controller.back),
            self._shortcut(Qt.Key.Key_Escape, self._escape),
            self._shortcut(Qt.Key.Key_P, self.sharp_pain),
            self._shortcut(Qt.Key.Key_Return, self._enter),
            self._shortcut(Qt.Key.Key_Enter, self._enter),
        ]
        for signal in (controller.segmentStarted, controller.stateChanged, controller.ticked):
            signal.connect(self.refresh)

    # -- building ----------------------------------------------------------------------
    def _button(self, text: str, name: str, description: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        describe(button, name, description)
        # Keys belong to the session, not to whichever button had focus last.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, key: Qt.Key, slot: object) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _build_confirm_bar(self) -> QFrame:
        """The question asked before stopping, as large as the step's words: read from
        the floor, answered with Enter (stop) or Esc (go on), or the big buttons."""
        bar = QFrame(self)
        bar.setObjectName("stopQuestion")
        column = QVBoxLayout(bar)
        column.setContentsMargins(12, 8, 12, 8)
        self.confirm_text = label(self.tr("Stop question"), bar, wrap=True)
        self.confirm_text.setText(self.tr("Stop this session? What you did so far is kept."))
        self.confirm_yes = self._button(
            self.tr("Stop (Enter)"),
            self.tr("Confirm stop"),
            self.tr("Ends the session; what was done so far is kept. Enter."),
            self._confirm_stop,
        )
        self.confirm_no = self._button(
            self.tr("Go on (Esc)"),
            self.tr("Go on"),
            self.tr("Goes on with the session. Esc or Space."),
            self._cancel_stop,
        )
        self.confirm_yes.setObjectName("confirmStop")
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.confirm_yes, self.confirm_no):
            button.setParent(bar)
            row.addWidget(button)
        row.addStretch(1)
        column.addWidget(self.confirm_text)
        column.addLayout(row)
        bar.hide()
        return bar

    # -- commands ----------------------------------------------------------------------
    def _toggle_pause(self) -> None:
        if self._confirming_stop:
            self._cancel_stop()
        elif self._on_checklist():
            self._controller.confirm()
        else:
            self._controller.toggle_pause()

    def _on_checklist(self) -> bool:
        """Whether the session waits on an untimed step, which Space and Enter confirm."""
        view = self._controller.view()
        return view is not None and view.state is State.RUNNING and not view.segment.timed

    def _in_set(self) -> bool:
        """Whether a set of paced repetitions is under way, which Enter ends early."""
        view = self._controller.view()
        return view is not None and view.state is State.RUNNING and view.segment.kind == "reps"

    def ask_stop(self) -> None:
        """Esc or Stop: pause and ask before ending the session. The question takes the
        place of the step's words, so it is as large and as easily read."""
        if not self._controller.running:
            return
        self._controller.pause()
        self._confirming_stop = True
        self._show_words(False)
        self.confirm_bar.show()

    @property
    def asking_to_stop(self) -> bool:
        return self._confirming_stop

    def _escape(self) -> None:
        """Esc asks before stopping; asked, Esc goes on (Enter stops)."""
        if self._confirming_stop:
            self._cancel_stop()
        else:
            self.ask_stop()

    def _enter(self) -> None:
        """Enter answers the stop question; otherwise it is Done: a checklist confirmed,
        or a set of repetitions finished early."""
        if self._confirming_stop:
            self._confirm_stop()
        elif self._on_checklist() or self._in_set():
            self._controller.confirm()

    def _confirm_stop(self) -> None:
        self._hide_confirm()
        self._controller.stop("stopped")

    def _cancel_stop(self) -> None:
        self._hide_confirm()
        self._controller.resume()

    def _hide_confirm(self) -> None:
        self._confirming_stop = False
        self.confirm_bar.hide()
        self._show_words(True)

    def _show_words(self, shown: bool) -> None:
        """The step's words, hidden while the stop question stands in their place."""
        self.doing.setVisible(shown)
        self.next.setVisible(shown)
        self.caution.setVisible(shown and bool(self.caution.text()))

    def sharp_pain(self) -> None:
        self._hide_confirm()
        self._controller.stop("sharp-pain")

    def set_full_screen(self, full: bool) -> None:
        """Word the Full screen button for the window's state."""
        self.full_screen_button.setText(
            self.tr("Leave full screen (F11)") if full else self.tr("Full screen (F11)")
        )

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        view = self._controller.view()
        if view is None:
            return
        seg = view.segment
        scheme = scheme_of(self.palette())
        paused = view.state is State.PAUSED
        kind_color = scheme.kind_color(seg.kind)
        side_color = scheme.side_color(seg.side)
        self.title.setText(seg.title)
        self.progress.setText(self._progress_text(view))
        self.side.setText(texts.side_text(seg.side))
        self.side.setStyleSheet(f"color: {side_color.name()};" if side_color else "")
        self.rep.setText(texts.rep_text(seg, view.current_rep))
        digits = (
            "" if view.seconds_left is None else clock_text(view.seconds_left, bare_seconds=True)
        )
        self.ring.set_state(
            view.fraction_left, digits, texts.caption(seg.kind), kind_color, paused=paused
        )
        self.ring.setVisible(seg.timed)
        self._show_tempo(view, kind_color)
        has_picture = self.picture.show_step(
            seg.picture or seg.step_id, seg.side, side_color or kind_color
        )
        self.picture.setVisible(has_picture)
        self.checklist.setVisible(not seg.timed)
        self.checklist.setText("\n".join(f"☐  {item}" for item in seg.items))
        self.doing.setText(texts.doing_text(seg))
        self.caution.setText(texts.caution_text(seg))
        self.next.setText(texts.next_text(seg, view.next_segment))
        self._show_words(not self._confirming_stop)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.done_button.setVisible(not seg.timed or seg.kind == "reps")
        finished = view.state is State.FINISHED
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.stop_button,
            self.pain_button,
            self.done_button,
        ):
            button.setEnabled(not finished)
        self.set_full_screen(self.window().isFullScreen())

    def _show_tempo(self, view: SessionView, color: QColor) -> None:
        """The tempo gauge beside the count during a paced set, hidden for anything
        else. It moves when the controller wakes, at every whole second and every tempo
        tick, so it steps with what is heard and adds no wake-up of its own."""
        phase = self._controller.tempo()
        self.tempo.set_phase(phase, color, paused=view.state is not State.RUNNING)
        self.tempo.setVisible(phase is not None)

    def _progress_text(self, view: SessionView) -> str:
        where = view.progress
        if where.seconds_left < 60:
            return self.tr("Exercise {n} of {total} · under a minute left").format(
                n=where.exercise, total=where.exercises
            )
        return self.tr("Exercise {n} of {total} · about {minutes} min left").format(
            n=where.exercise, total=where.exercises, minutes=where.minutes_left
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        size_fonts(self)
        super().resizeEvent(event)

"""The page a person follows from the floor: countdown, exercise, side and repetition.

It reads everything it shows from the controller's SessionView and sends the person's
commands back to it; it holds no time arithmetic of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.durations import clock_text
from hamstring_coach.core.engine import State
from hamstring_coach.ui import texts
from hamstring_coach.ui.controller import SessionController
from hamstring_coach.ui.widgets.countdown_ring import CountdownRing


def _label(name: str, parent: QWidget, *, wrap: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SessionPage(QWidget):
    stopRequested = Signal()  # the person confirmed stopping

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._confirming_stop = False
        self.title = _label(self.tr("Exercise"), self, wrap=True)
        self.side = _label(self.tr("Side"), self)
        self.rep = _label(self.tr("Repetition"), self)
        self.ring = CountdownRing(self)
        self.doing = _label(self.tr("Instruction"), self, wrap=True)
        self.caution = _label(self.tr("Safety note"), self, wrap=True)
        self.next = _label(self.tr("Next step"), self, wrap=True)
        self.checklist = _label(self.tr("Checklist"), self, wrap=True)
        self.checklist.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.back_button = self._button(self.tr("◀ Back"), self.tr("Back"), controller.back)
        self.pause_button = self._button(
            self.tr("Pause"), self.tr("Pause or resume"), self._toggle_pause
        )
        self.done_button = self._button(self.tr("Done ✓"), self.tr("Done"), controller.confirm)
        self.skip_button = self._button(self.tr("Skip ▶"), self.tr("Skip"), controller.skip)
        self.stop_button = self._button(self.tr("Stop"), self.tr("Stop session"), self.ask_stop)
        self.pain_button = self._button(
            self.tr("Sharp pain"), self.tr("Sharp pain: stop now"), self.sharp_pain
        )
        self.pain_button.setObjectName("sharpPain")
        self.confirm_bar = self._build_confirm_bar()

        head = QHBoxLayout()
        head.addWidget(self.side, 1)
        head.addWidget(self.rep, 1)
        buttons = QHBoxLayout()
        for button in (
            self.back_button,
            self.pause_button,
            self.done_button,
            self.skip_button,
            self.stop_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pain_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(self.ring, 1)
        layout.addWidget(self.checklist)
        layout.addWidget(self.doing)
        layout.addWidget(self.caution)
        layout.addWidget(self.next)
        layout.addWidget(self.confirm_bar)
        layout.addLayout(buttons)

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
        self.setStyleSheet(
            "QPushButton { padding: 10px 18px; font-size: 16px; }"
            "QPushButton#sharpPain { background: #c01c28; color: white; font-weight: bold; }"
        )

    # -- building ----------------------------------------------------------------------
    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
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
        bar = QFrame(self)
        row = QHBoxLayout(bar)
        self.confirm_text = _label(self.tr("Stop question"), bar)
        self.confirm_text.setText(self.tr("Stop this session? What you did so far is kept."))
        yes = self._button(
            self.tr("Stop session (Enter)"), self.tr("Confirm stop"), self._confirm_stop
        )
        no = self._button(self.tr("Keep going (Space)"), self.tr("Keep going"), self._cancel_stop)
        yes.setParent(bar)
        no.setParent(bar)
        row.addWidget(self.confirm_text, 1)
        row.addWidget(yes)
        row.addWidget(no)
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
        """Esc or Stop: pause and ask before ending the session."""
        if not self._controller.running:
            return
        self._controller.pause()
        self._confirming_stop = True
        self.confirm_bar.show()

    def _escape(self) -> None:
        if self._confirming_stop:
            self._confirm_stop()
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

    def sharp_pain(self) -> None:
        self._hide_confirm()
        self._controller.stop("sharp-pain")

    # -- showing -----------------------------------------------------------------------
    def refresh(self) -> None:
        view = self._controller.view()
        if view is None:
            return
        seg = view.segment
        self.title.setText(seg.title)
        side_color = texts.SIDE_COLORS.get(seg.side or "")
        self.side.setText(texts.side_text(seg.side))
        self.side.setStyleSheet(f"color: {side_color.name()};" if side_color else "")
        self.rep.setText(texts.rep_text(seg, view.current_rep))
        paused = view.state is State.PAUSED
        text = "" if view.seconds_left is None else clock_text(view.seconds_left, bare_seconds=True)
        caption = self.tr("PAUSED") if paused else texts.caption(seg.kind)
        self.ring.set_state(view.fraction_left, text, caption, texts.KIND_COLORS[seg.kind])
        self.ring.setVisible(seg.timed)
        self.checklist.setVisible(not seg.timed)
        self.checklist.setText("\n".join(f"☐  {item}" for item in seg.items))
        self.doing.setText(texts.doing_text(seg))
        self.caution.setText(texts.caution_text(seg))
        self.caution.setVisible(bool(self.caution.text()))
        self.next.setText(texts.next_text(seg, view.next_segment))
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = max(1, self.height())
        self._size(self.title, height * 0.055, bold=True)
        self._size(self.side, height * 0.07, bold=True)
        self._size(self.rep, height * 0.06, bold=True)
        self._size(self.doing, height * 0.032)
        self._size(self.checklist, height * 0.045)
        self._size(self.caution, height * 0.022)
        self._size(self.next, height * 0.028)
        super().resizeEvent(event)

    @staticmethod
    def _size(label: QLabel, pixels: float, *, bold: bool = False) -> None:
        font = label.font()
        font.setPixelSize(max(12, int(pixels)))
        font.setBold(bold)
        label.setFont(font)

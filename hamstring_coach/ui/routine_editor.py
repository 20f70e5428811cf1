"""The routine editor: a title, and each step's hold, repetitions and rest.

It edits a copy (or one of the person's own routines) and never saves by itself: Save
(Ctrl+S) emits ``saveRequested`` and the routines page writes ``edited_routine()``;
Cancel (Esc) emits ``cancelled``. Every number is a spin box that can only hold what
the editor offers (``core.own_routines.EDITOR_LIMITS``, widened to the step's own value).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.own_routines import StepChange, edited, editor_range
from hamstring_coach.core.routine_limits import TEXT_CHARS
from hamstring_coach.core.routines import Routine, Step
from hamstring_coach.core.timeline import Prefs, expand, total_seconds
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.widgets.notice import notice_bar


class RoutineEditor(QWidget):
    saveRequested = Signal()
    cancelled = Signal()

    def __init__(self, routine: Routine, source_title: str, parent: QWidget | None = None) -> None:
        """``source_title``: the routine this is a copy of, or "" when editing one's own."""
        super().__init__(parent)
        self._routine = routine
        self._spins: dict[str, dict[str, QSpinBox]] = {}  # step id -> number name -> spin
        heading = QLabel(self._heading_text(routine, source_title), self)
        heading.setAccessibleName(self.tr("Heading"))
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        note = QLabel(self._note_text(source_title), self)
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About this editor"))
        self.notice = notice_bar(
            self.tr("Routine problem"),
            self,
            self.tr("Says why this routine cannot be saved as it is."),
        )

        self.title = QLineEdit(routine.title, self)
        self.title.setMaxLength(TEXT_CHARS["title"])
        describe(
            self.title,
            self.tr("Routine title"),
            self.tr("The name the routine is listed and started by. Alt+T."),
        )
        self.title.textChanged.connect(self._update)
        title_label = QLabel(self.tr("&Title"), self)
        title_label.setBuddy(self.title)
        self.length = QLabel(self)
        self.length.setAccessibleName(self.tr("Length of the routine"))
        title_row = QHBoxLayout()
        title_row.addWidget(title_label)
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.length)

        steps = QWidget(self)
        steps_layout = QVBoxLayout(steps)
        for number, step in enumerate(routine.steps, 1):
            steps_layout.addWidget(self._step_box(number, step, steps))
        steps_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(steps)
        describe(scroll, self.tr("Steps"), self.tr("The steps of the routine, with their numbers."))

        self.save_button = QPushButton(self.tr("Save"), self)
        describe(
            self.save_button,
            self.tr("Save this routine"),
            self.tr("Saves the routine as it is shown. Ctrl+S."),
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        describe(
            self.cancel_button,
            self.tr("Cancel, keeping nothing of these changes"),
            self.tr("Closes the editor without saving. Esc."),
        )
        self.cancel_button.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self._save),
            (QKeySequence(Qt.Key.Key_Escape), self.cancelled.emit),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.notice)
        layout.addLayout(title_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._update()

    def _heading_text(self, routine: Routine, source_title: str) -> str:
        if source_title:
            return self.tr("A copy of {title}").format(title=source_title)
        return self.tr("Change {title}").format(title=routine.title)

    def _note_text(self, source_title: str) -> str:
        if source_title:
            return self.tr(
                "Change the holds, repetitions and rests, then save it as your own routine. "
                "{title} stays as it is."
            ).format(title=source_title)
        return self.tr("Change the holds, repetitions and rests, then save.")

    # -- the steps -----------------------------------------------------------------------
    def _step_box(self, number: int, step: Step, parent: QWidget) -> QGroupBox:
        title = self.tr("Step {n}: {title}").format(n=number, title=step.title)
        box = QGroupBox(title, parent)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        spins: dict[str, QSpinBox] = {}
        seconds = self.tr(" s")
        if step.kind == "hold":
            each = self.tr("Repetitions on each leg") if step.per_side else self.tr("Repetitions")
            rows = [
                ("hold_s", self.tr("Hold for"), step.hold_s, seconds),
                ("repetitions", each, step.repetitions, ""),
                ("rest_s", self.tr("Rest between holds"), step.rest_s, seconds),
            ]
        elif step.kind == "reps":
            rows = [
                ("sets", self.tr("Sets"), step.sets, ""),
                ("reps", self.tr("Repetitions in a set"), step.reps, ""),
                ("rest_s", self.tr("Rest between sets"), step.rest_s, seconds),
            ]
        else:
            rows = []
            if step.kind == "timed":
                minutes = math.ceil(step.duration_s / 60)
                text = self.tr("{minutes} min of timed activity, not changed here.").format(
                    minutes=minutes
                )
            else:
                text = self.tr("A checklist to confirm, not changed here.")
            fixed = QLabel(text, box)
            fixed.setAccessibleName(self.tr("{step}: not changed here").format(step=step.title))
            form.addRow(fixed)
        for name, label_text, value, suffix in rows:
            spin = QSpinBox(box)
            low, high = editor_range(name, value)
            spin.setRange(low, high)
            spin.setValue(round(value))
            spin.setSuffix(suffix)
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0000 s") + 48)
            describe(
                spin,
                self.tr("{what} for {step}").format(what=label_text, step=step.title),
                self.tr("From {low} to {high}. Arrow keys change it, or type a number.").format(
                    low=low, high=high
                ),
            )
            spin.valueChanged.connect(self._update)
            label = QLabel(label_text, box)
            label.setBuddy(spin)
            form.addRow(label, spin)
            spins[name] = spin
        self._spins[step.id] = spins
        return box

    def spin(self, step_id: str, name: str) -> QSpinBox:
        """The spin box of one number of one step (for tests and screenshots)."""
        return self._spins[step_id][name]

    # -- reading -------------------------------------------------------------------------
    def edited_routine(self) -> Routine:
        """The routine as the editor shows it; a number shown rounded keeps its value."""
        changes: dict[str, StepChange] = {}
        for step in self._routine.steps:
            shown = {
                name: spin.value()
                for name, spin in self._spins[step.id].items()
                if spin.value() != round(getattr(step, name))
            }
            changes[step.id] = StepChange(**shown)
        return edited(self._routine, self.title.text(), changes)

    def show_problem(self, sentence: str) -> None:
        self.notice.setText(sentence)
        self.notice.setVisible(bool(sentence))

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.title.text().strip()))
        routine = self.edited_routine()
        minutes = max(1, math.ceil(total_seconds(expand(routine, Prefs())) / 60))
        self.length.setText(self.tr("About {minutes} min").format(minutes=minutes))

    def _save(self) -> None:
        if self.save_button.isEnabled():
            self.saveRequested.emit()

"""The settings page: every setting as a control that can only hold a good value.

A change is used and saved at once (``SettingsStore.update``); when the history file
cannot take it, a bar says so in one sentence and offers to try again. Every control has
an accessible name and a label with a mnemonic, and Tab reaches each one in order.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.settings import LIMITS, Settings
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.settings_store import SettingsStore
from hamstring_coach.ui.widgets.notice import notice_bar


class SettingsPage(QWidget):
    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._showing = False  # True while the controls are being set from the store
        self._buddies: dict[QWidget, QWidget] = {}  # a row of the form -> its control
        heading = QLabel(self.tr("Settings"), self)
        heading.setAccessibleName(self.tr("Heading"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        saved_note = QLabel(self.tr("Changes are saved at once."), self)
        saved_note.setAccessibleName(self.tr("How settings are saved"))

        self.notice = notice_bar(
            self.tr("Settings problem"),
            self,
            self.tr("Says when a change could not be saved to the settings."),
        )
        self.retry_button = QPushButton(self.tr("Try saving again"), self)
        describe(
            self.retry_button,
            self.tr("Try saving the settings again"),
            self.tr("Saves the settings shown here once more."),
        )
        self.retry_button.clicked.connect(store.retry)
        self.retry_button.hide()

        # -- stretches --------------------------------------------------------------------
        self.hold = self._spin(
            self.tr("Hold length"),
            "hold_s",
            self.tr(" s"),
            self.tr("How long each stretch is held, from {low} to {high} seconds."),
        )
        self.repetitions = self._spin(
            self.tr("Repetitions on each leg"),
            "repetitions",
            "",
            self.tr("How many times each stretch is done on each leg, from {low} to {high}."),
        )
        self.rest = self._spin(
            self.tr("Rest between holds"),
            "rest_s",
            self.tr(" s"),
            self.tr("The rest between two holds, from {low} to {high} seconds."),
        )
        stretches = self._group(
            self.tr("Stretches"),
            [
                (self.tr("&Hold each stretch for"), self.hold),
                (self.tr("&Repetitions on each leg"), self.repetitions),
                (self.tr("R&est between holds"), self.rest),
            ],
            self.tr(
                "For the built-in routines, within each exercise's safe range. "
                "Your own routines keep the numbers written in them."
            ),
        )

        # -- the sore leg -----------------------------------------------------------------
        self.sore_leg = self._combo(
            self.tr("Which leg is sore"),
            self.tr("The sore leg: the left, the right or both."),
            [
                ("left", self.tr("Left leg")),
                ("right", self.tr("Right leg")),
                ("both", self.tr("Both legs")),
            ],
        )
        self.sore_side_only = self._check(
            self.tr("Stretch the &sore leg only"),
            self.tr("When checked, stretches are held on the sore leg only."),
        )
        sore = self._group(
            self.tr("Sore leg"),
            [(self.tr("&Which leg is sore"), self.sore_leg), ("", self.sore_side_only)],
            self.tr("Strengthening always works both legs."),
        )

        # -- voice and sounds -------------------------------------------------------------
        self.voice = self._check(
            self.tr("Speak the steps &aloud"),
            self.tr("When checked, a voice says each step, the sides and the last seconds."),
        )
        self.voice_volume = self._slider(
            self.tr("Voice volume"),
            self.tr("How loud the voice speaks, from 0 to 100 percent. Arrow keys change it."),
        )
        self.sounds = self._check(
            self.tr("&Play sounds"),
            self.tr("When checked, short sounds mark each start, switch and end."),
        )
        self.sounds_volume = self._slider(
            self.tr("Sound volume"),
            self.tr("How loud the sounds play, from 0 to 100 percent. Arrow keys change it."),
        )
        sound = self._group(
            self.tr("Voice and sounds"),
            [
                ("", self.voice),
                (self.tr("&Voice volume"), self._with_percent(self.voice_volume)),
                ("", self.sounds),
                (self.tr("S&ound volume"), self._with_percent(self.sounds_volume)),
            ],
        )

        # -- window -----------------------------------------------------------------------
        self.full_screen = self._check(
            self.tr("Start sessions in &full screen"),
            self.tr("When checked, a session fills the screen, to read it from the floor."),
        )
        self.theme = self._combo(
            self.tr("Theme"),
            self.tr("Light or dark colours, or the same as the system."),
            [
                ("system", self.tr("As the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
        )
        window = self._group(
            self.tr("Window"), [("", self.full_screen), (self.tr("&Theme"), self.theme)]
        )

        # -- ice --------------------------------------------------------------------------
        self.ice_minutes = self._spin(
            self.tr("Ice application length"),
            "ice_minutes",
            "",
            self.tr("How long the ice stays on, from {low} to {high} minutes."),
        )
        self.ice_minutes.setSuffix(self.tr(" min"))
        self.ice_interval = QDoubleSpinBox(self)
        low, high = LIMITS["ice_interval_h"]
        self.ice_interval.setRange(low, high)
        self.ice_interval.setDecimals(1)
        self.ice_interval.setSingleStep(0.5)
        self.ice_interval.setSuffix(self.tr(" h"))
        self.ice_interval.setKeyboardTracking(False)
        describe(
            self.ice_interval,
            self.tr("Time between ice applications"),
            self.tr("Hours from one ice application to the next, from {low} to {high}.").format(
                low=low, high=high
            ),
        )
        self.ice_interval.valueChanged.connect(self._changed)
        ice = self._group(
            self.tr("Ice"),
            [
                (self.tr("&Ice for"), self.ice_minutes),
                (self.tr("Time &between applications"), self.ice_interval),
            ],
        )

        self.reset_button = QPushButton(self.tr("Back to the usual settings"), self)
        describe(
            self.reset_button,
            self.tr("Back to the usual settings"),
            self.tr("Sets every setting on this page back to how it first was."),
        )
        self.reset_button.clicked.connect(lambda: store.update(Settings()))

        content = QWidget(self)
        content.setMaximumWidth(880)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        right = QVBoxLayout()
        for box in (stretches, sore):
            left.addWidget(box)
        for box in (sound, window, ice):
            right.addWidget(box)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QVBoxLayout(content)
        body.addLayout(columns)
        body.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        describe(
            scroll,
            self.tr("Settings"),
            self.tr("Every setting; changes are saved at once."),
        )

        problem_row = QHBoxLayout()
        problem_row.addWidget(self.notice, 1)
        problem_row.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(saved_note)
        layout.addLayout(problem_row)
        layout.addWidget(scroll, 1)

        # Tab goes down the left column, then down the right one.
        order: list[QWidget] = [
            self.hold, self.repetitions, self.rest, self.sore_leg, self.sore_side_only,
            self.voice, self.voice_volume, self.sounds, self.sounds_volume,
            self.full_screen, self.theme, self.ice_minutes, self.ice_interval,
            self.reset_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        store.changed.connect(self._show_settings)
        store.problemChanged.connect(self._show_problem)
        self._show_settings()
        self._show_problem(store.problem)

    # -- building ------------------------------------------------------------------------
    def _group(
        self, title: str, rows: list[tuple[str, QWidget]], note: str | None = None
    ) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label_text, control in rows:
            if label_text:
                label = QLabel(label_text, box)
                label.setBuddy(self._buddies.get(control, control))
                form.addRow(label, control)
            else:
                form.addRow(control)
        if note:
            hint = QLabel(note, box)
            hint.setWordWrap(True)
            hint.setAccessibleName(self.tr("Note on {group}").format(group=title))
            form.addRow(hint)
        return box

    def _spin(self, name: str, setting: str, suffix: str, description: str) -> QSpinBox:
        """A number setting; ``description`` may name its {low} and {high} ends."""
        spin = QSpinBox(self)
        low, high = LIMITS[setting]
        spin.setRange(int(low), int(high))
        spin.setSuffix(suffix)
        describe(spin, name, description.format(low=int(low), high=int(high)))
        spin.setKeyboardTracking(False)  # typing "25" saves 25, not 2 and then 25
        spin.valueChanged.connect(self._changed)
        return spin

    def _combo(self, name: str, description: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for value, text in choices:
            combo.addItem(text, value)
        describe(combo, name, description)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _check(self, text: str, description: str) -> QCheckBox:
        box = QCheckBox(text, self)
        describe(box, text.replace("&", ""), description)
        box.toggled.connect(self._changed)
        return box

    def _slider(self, name: str, description: str) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setRange(0, 100)
        slider.setSingleStep(5)
        slider.setPageStep(10)
        slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        describe(slider, name, description)
        # Saved when let go, and at once for every key press.
        slider.valueChanged.connect(lambda _v: None if slider.isSliderDown() else self._changed())
        slider.sliderReleased.connect(self._changed)
        return slider

    def _with_percent(self, slider: QSlider) -> QWidget:
        """The slider with its value beside it; the row hands its focus to the slider."""
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        percent = QLabel(row)
        percent.setAccessibleName(slider.accessibleName())
        percent.setMinimumWidth(percent.fontMetrics().horizontalAdvance("100 %") + 4)
        percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        def show(value: int) -> None:
            percent.setText(self.tr("{n} %").format(n=value))

        slider.valueChanged.connect(show)
        slider.setParent(row)
        line.addWidget(slider, 1)
        line.addWidget(percent)
        self._buddies[row] = slider
        return row

    # -- showing and reading -------------------------------------------------------------
    def _show_settings(self, _settings: object = None) -> None:
        s = self._store.current
        self._showing = True
        try:
            self.hold.setValue(round(s.hold_s))
            self.repetitions.setValue(s.repetitions)
            self.rest.setValue(round(s.rest_s))
            self.sore_leg.setCurrentIndex(self.sore_leg.findData(s.sore_leg))
            self.sore_side_only.setChecked(s.sore_side_only)
            self.voice.setChecked(s.voice)
            self.voice_volume.setValue(round(s.voice_volume * 100))
            self.sounds.setChecked(s.sounds)
            self.sounds_volume.setValue(round(s.sounds_volume * 100))
            self.full_screen.setChecked(s.full_screen)
            self.theme.setCurrentIndex(self.theme.findData(s.theme))
            self.ice_minutes.setValue(s.ice_minutes)
            self.ice_interval.setValue(s.ice_interval_h)
        finally:
            self._showing = False
        self._enable()

    def _enable(self) -> None:
        self.sore_side_only.setEnabled(self.sore_leg.currentData() != "both")
        self.voice_volume.setEnabled(self.voice.isChecked())
        self.sounds_volume.setEnabled(self.sounds.isChecked())

    def read(self) -> Settings:
        """The settings the controls show; a number shown rounded keeps its exact value."""
        s = self._store.current

        def exact(shown: int, stored: float, per: int = 1) -> float:
            """``shown`` (counted in 1/per), or ``stored`` when it shows as that."""
            return stored if abs(stored * per - shown) < 0.5 else shown / per

        return replace(
            s,
            hold_s=exact(self.hold.value(), s.hold_s),
            repetitions=self.repetitions.value(),
            rest_s=exact(self.rest.value(), s.rest_s),
            sore_leg=self.sore_leg.currentData(),
            sore_side_only=self.sore_side_only.isChecked(),
            voice=self.voice.isChecked(),
            voice_volume=exact(self.voice_volume.value(), s.voice_volume, 100),
            sounds=self.sounds.isChecked(),
            sounds_volume=exact(self.sounds_volume.value(), s.sounds_volume, 100),
            full_screen=self.full_screen.isChecked(),
            theme=self.theme.currentData(),
            ice_minutes=self.ice_minutes.value(),
            ice_interval_h=exact(round(self.ice_interval.value() * 10), s.ice_interval_h, 10),
        )

    def _changed(self, *_args: object) -> None:
        if self._showing:
            return
        self._enable()
        self._store.update(self.read())

    def _show_problem(self, problem: str) -> None:
        self.notice.setText(problem)
        self.notice.setVisible(bool(problem))
        self.retry_button.setVisible(bool(problem) and self._store.unsaved)

"""The small injury form on the Today page: when it happened, which leg, a note; and a
button to mark the current injury recovered."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hamstring_coach.core.entered_text import earliest_moment
from hamstring_coach.core.recovery import LEGS, Injury
from hamstring_coach.ui import care_texts, locale_text
from hamstring_coach.ui.accessible import describe


class InjuryForm(QFrame):
    """Emits ``saveRequested(datetime, leg, note)`` and ``recoveredRequested()``; the
    page carries them out through its model and calls ``show_injury`` / ``say``."""

    saveRequested = Signal(object, str, str)  # aware datetime, leg, note
    recoveredRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Injury"))
        heading = QLabel(self.tr("Your injury"), self)
        heading.setAccessibleName(self.tr("Your injury"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Current injury"))

        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(locale_text.date_time_format())
        describe(
            self.when,
            self.tr("When it happened"),
            self.tr("The date and time of the injury; not later than now. Arrow keys change it."),
        )
        self.leg = QComboBox(self)
        describe(self.leg, self.tr("Which leg"), self.tr("The injured leg: left, right or both."))
        self.leg.setPlaceholderText(self.tr("Choose a leg"))
        for leg in LEGS:
            self.leg.addItem(care_texts.leg_text(leg), leg)
        self.leg.setCurrentIndex(-1)  # no leg taken for granted (``set_default_leg``)
        self._leg_chosen = False  # the person picked a leg: defaults leave it alone
        self.leg.activated.connect(self._leg_picked)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("How it happened (optional)"))
        describe(
            self.note,
            self.tr("Note"),
            self.tr("How it happened, in a few words; optional. Enter saves the injury."),
        )
        self.note.setMaxLength(200)
        self.note.returnPressed.connect(self._save)

        self.save_button = QPushButton(self.tr("Save injury"), self)
        describe(
            self.save_button,
            self.tr("Save injury"),
            self.tr("Saves the injury; the plan then follows the days since."),
        )
        self.save_button.clicked.connect(self._save)
        self.recovered_button = QPushButton(self.tr("Mark recovered"), self)
        describe(
            self.recovered_button,
            self.tr("Mark recovered"),
            self.tr("Says the injury has healed; the plan goes back to general care."),
        )
        self.recovered_button.clicked.connect(self.recoveredRequested)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Injury form message"))

        grid = QGridLayout()
        grid.addWidget(self._caption(self.tr("When"), self.when), 0, 0)
        grid.addWidget(self.when, 0, 1)
        grid.addWidget(self._caption(self.tr("Leg"), self.leg), 0, 2)
        grid.addWidget(self.leg, 0, 3)
        grid.addWidget(self._caption(self.tr("Note"), self.note), 1, 0)
        grid.addWidget(self.note, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.recovered_button)
        buttons.addStretch(1)
        column = QGridLayout(self)
        column.addWidget(heading, 0, 0)
        column.addWidget(self.summary, 1, 0)
        column.addLayout(grid, 2, 0)
        column.addLayout(buttons, 3, 0)
        column.addWidget(self.message, 4, 0)
        self.message.hide()

    def fields(self) -> list[QWidget]:
        """What Tab goes through, in order."""
        return [self.when, self.leg, self.note, self.save_button, self.recovered_button]

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setAccessibleName(text)
        label.setBuddy(buddy)
        return label

    def reset_time(self, now: datetime) -> None:
        """Offer ``now`` as the time, and nothing later."""
        shown = QDateTime.fromSecsSinceEpoch(int(now.timestamp()))
        earliest = QDateTime.fromSecsSinceEpoch(int(earliest_moment(now).timestamp()) + 60)
        self.when.setMinimumDateTime(earliest)  # as far back as the history file takes
        self.when.setMaximumDateTime(shown)
        self.when.setDateTime(shown)

    def chosen_time(self) -> datetime:
        """The time in the form, as an aware local datetime."""
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch()).astimezone()

    def show_injury(self, injury: Injury | None, now: datetime | None = None) -> None:
        """Say what injury is current; ``now`` dates one from more than six days ago."""
        if injury is None:
            self.summary.setText(
                self.tr("None recorded. Strained it? Say when, and the plan follows the days.")
            )
        else:
            self.summary.setText(
                self.tr("Current: {leg}, since {when}.").format(
                    leg=care_texts.leg_text(injury.leg),
                    when=care_texts.moment_text(injury.happened_at, now=now),
                )
            )
        self.recovered_button.setEnabled(injury is not None)

    def set_default_leg(self, sore_leg: str | None) -> None:
        """Offer the sore leg from the settings; with "both" (which says no side) or
        none, no leg is chosen and the form asks. A leg the person picked stays."""
        if self._leg_chosen:
            return
        index = self.leg.findData(sore_leg) if sore_leg in ("left", "right") else -1
        self.leg.setCurrentIndex(index)

    def forget_leg_choice(self) -> None:
        """After a save: the next injury starts from the default leg again."""
        self._leg_chosen = False

    def _leg_picked(self, _index: int) -> None:
        self._leg_chosen = True

    def say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c01c28; font-weight: bold;" if problem else "")
        self.message.setVisible(bool(text))

    def _save(self) -> None:
        if self.leg.currentIndex() < 0:
            self.say(self.tr("Choose which leg it is first."), problem=True)
            self.leg.setFocus()
            return
        data = self.leg.currentData(Qt.ItemDataRole.UserRole)
        self.saveRequested.emit(self.chosen_time(), str(data), self.note.text())

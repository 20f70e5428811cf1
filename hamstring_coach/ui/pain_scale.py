"""The 0-10 pain scale at the end of a session: buttons, number keys, a marked choice.

Keys 0-9 choose that number; 1 then 0 within a moment (``SECOND_DIGIT_MS``) chooses 10,
as the number is written. While a 0 would still make 10, a line under the scale says so;
after that a 1 stays 1. The chosen button is filled with the highlight colour, bold and
framed, and the others stay plain, so the choice is seen at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.ui.accessible import describe

MAX_PAIN = 10
SECOND_DIGIT_MS = 1500  # how long after a 1 a 0 still makes 10
STYLE = (
    "QPushButton { font-size: 18px; }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " font-weight: bold; border: 3px solid palette(window-text); border-radius: 4px; }"
)


class PainScale(QWidget):
    rated = Signal(int)  # 0-10, each time the person chooses

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        describe(
            self,
            self.tr("Pain from 0 to 10"),
            self.tr("How the hamstring feels now: 0 is no pain, 10 the worst."),
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row)
        row.addStretch(1)
        for value in range(MAX_PAIN + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setFixedSize(60, 52)  # all alike, the chosen one too
            describe(
                button,
                self.tr("Pain {n} of 10").format(n=value),
                self.tr(
                    "Notes this rating. Arrow keys move along the scale; number keys choose "
                    "at once, 1 then 0 for 10."
                ),
            )
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        # Said while a 0 would still make 10; the line keeps its room when hidden, so
        # the page does not jump.
        self.waiting = QLabel(self.tr("1 for now: press 0 straight away to make it 10."), self)
        self.waiting.setAccessibleName(self.tr("Waiting for a second digit"))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keep_room = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        keep_room.setRetainSizeWhenHidden(True)
        self.waiting.setSizePolicy(keep_room)
        self.waiting.hide()
        column.addWidget(self.waiting)
        self.setStyleSheet(STYLE)
        self.group.idClicked.connect(self._clicked)
        # After a 1 this runs for SECOND_DIGIT_MS: a 0 before it ends makes 10.
        self.second_digit = QTimer(self)
        self.second_digit.setSingleShot(True)
        self.second_digit.setInterval(SECOND_DIGIT_MS)
        self.second_digit.timeout.connect(self._stop_waiting)
        self._keys: list[QShortcut] = []
        for digit in range(10):
            key = Qt.Key(Qt.Key.Key_0.value + digit)
            for sequence in (
                QKeySequence(key),
                QKeySequence(Qt.KeyboardModifier.KeypadModifier | key),
            ):
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda d=digit: self.press_digit(d))
                self._keys.append(shortcut)

    @property
    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        self._stop_waiting()

    @property
    def waiting_for_zero(self) -> bool:
        """Whether a 0 now would make 10."""
        return self.second_digit.isActive()

    def press_digit(self, digit: int) -> None:
        """A number key: that number, or 10 for a 0 within a moment of a 1."""
        value = MAX_PAIN if digit == 0 and self.waiting_for_zero else digit
        if digit == 1:
            self.second_digit.start()
            self.waiting.show()
        else:
            self._stop_waiting()
        self._choose(value)

    def _stop_waiting(self) -> None:
        self.second_digit.stop()
        self.waiting.hide()

    def _clicked(self, value: int) -> None:
        self._stop_waiting()
        self.rated.emit(value)

    def _choose(self, value: int) -> None:
        button = self.group.button(value)
        button.setChecked(True)
        self.rated.emit(value)

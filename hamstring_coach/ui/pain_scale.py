"""The 0-10 pain scale at the end of a session: buttons, number keys, a marked choice.

Keys 0-9 choose that number; 1 then 0 chooses 10, as the number is written. The chosen
button is filled with the highlight colour, bold and framed, and the others stay plain,
so the choice is seen at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

MAX_PAIN = 10
STYLE = (
    "QPushButton { font-size: 18px; }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " font-weight: bold; border: 3px solid palette(window-text); border-radius: 4px; }"
)


class PainScale(QWidget):
    rated = Signal(int)  # 0-10, each time the person chooses

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pain from 0 to 10"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for value in range(MAX_PAIN + 1):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setFixedSize(60, 52)  # all alike, the chosen one too
            button.setAccessibleName(self.tr("Pain {n} of 10").format(n=value))
            self.group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        self.setStyleSheet(STYLE)
        self.group.idClicked.connect(self._clicked)
        self._after_one = False  # the last key was 1: a 0 now makes 10
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
        self._after_one = False

    def press_digit(self, digit: int) -> None:
        """A number key: that number, or 10 for a 0 straight after a 1."""
        value = MAX_PAIN if digit == 0 and self._after_one else digit
        self._after_one = digit == 1
        self._choose(value)

    def _clicked(self, value: int) -> None:
        self._after_one = False
        self.rated.emit(value)

    def _choose(self, value: int) -> None:
        button = self.group.button(value)
        button.setChecked(True)
        self.rated.emit(value)

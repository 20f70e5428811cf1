"""A bar that says what was just removed, with Undo and Dismiss."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from hamstring_coach.ui.accessible import describe


class UndoBar(QFrame):
    undoRequested = Signal()
    dismissed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        describe(self, name, self.tr("Says what was removed; Undo brings it back."))
        self.text = QLabel(self)
        self.text.setAccessibleName(name)
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        describe(
            self.undo_button, self.tr("Undo"), self.tr("Brings back what was removed. Ctrl+Z.")
        )
        self.undo_button.clicked.connect(self.undoRequested)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        describe(
            self.dismiss_button,
            self.tr("Dismiss"),
            self.tr("Closes this bar; what was removed stays removed."),
        )
        self.dismiss_button.clicked.connect(self._dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.dismiss_button)
        self.hide()

    def say(self, sentence: str) -> None:
        self.text.setText(sentence)
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

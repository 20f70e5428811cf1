"""A notice bar the person can put away: black on yellow like ``notice_bar``, with a
close button (✕) and Esc on it. Once put away it stays away for the rest of the run,
however often the same problem is said again (a sound device that is still missing at
the next session's start); a problem that needs action keeps using ``notice_bar``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLE = (
    "QFrame#notice { background: #f6d32d; }"
    "QFrame#notice QLabel { color: black; font-size: 17px; }"
    "QFrame#notice QPushButton { color: black; background: transparent; font-size: 20px;"
    " font-weight: bold; border: 2px solid transparent; border-radius: 4px; padding: 2px 10px; }"
    "QFrame#notice QPushButton:hover, QFrame#notice QPushButton:focus"
    " { border-color: black; }"
)


class DismissibleNotice(QFrame):
    def __init__(
        self, accessible_name: str, parent: QWidget | None = None, description: str = ""
    ) -> None:
        """``description`` says what the notice tells about, for a screen reader."""
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(description)
        self._dismissed = False
        self._escape_is_mine = False  # the person put the focus on the close button
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(accessible_name)
        self.close_button = QPushButton("✕", self)
        self.close_button.setAccessibleName(self.tr("Dismiss this notice"))
        self.close_button.setAccessibleDescription(
            self.tr("Puts this notice away for the rest of this run. Esc.")
        )
        self.close_button.setToolTip(self.tr("Dismiss (Esc)"))
        self.close_button.clicked.connect(self.dismiss)
        self.close_button.installEventFilter(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(STYLE)
        self.hide()

    # The calls a plain notice bar (a QLabel) answers, so callers need not care.
    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # as QLabel names it
        self.label.setText(text)

    @property
    def dismissed(self) -> bool:
        """Whether the person put the notice away; it stays away for this run."""
        return self._dismissed

    def say(self, text: str) -> None:
        """Show ``text``, unless the person has put the notice away."""
        self.label.setText(text)
        if not self._dismissed:
            self.show()

    def dismiss(self) -> None:
        self._dismissed = True
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc on the close button is the notice's, not a window shortcut's (the
        session page asks before stopping on Esc), but only when the person moved the
        focus there (Tab, a click): focus that merely landed on it as the window came up
        leaves Esc its meaning on the page."""
        if watched is self.close_button and isinstance(event, QFocusEvent):
            chosen = (
                Qt.FocusReason.TabFocusReason,
                Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.MouseFocusReason,
                Qt.FocusReason.ShortcutFocusReason,
            )
            self._escape_is_mine = event.gotFocus() and event.reason() in chosen
        escape = (
            watched is self.close_button
            and self._escape_is_mine
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        )
        if escape and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if escape and event.type() == QEvent.Type.KeyPress:
            self.dismiss()
            return True
        return super().eventFilter(watched, event)

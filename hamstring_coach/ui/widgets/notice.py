"""A yellow bar that tells the person about a problem with the history file."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def notice_bar(accessible_name: str, parent: QWidget, description: str = "") -> QLabel:
    """A hidden, word-wrapped bar, black on yellow so it reads the same in any theme;
    ``description`` says what it tells about, for a screen reader."""
    bar = QLabel(parent)
    bar.setObjectName("notice")
    bar.setAccessibleName(accessible_name)
    bar.setAccessibleDescription(description)
    bar.setWordWrap(True)
    bar.setStyleSheet(
        "QLabel#notice { background: #f6d32d; color: black; padding: 10px; font-size: 17px; }"
    )
    bar.hide()
    return bar

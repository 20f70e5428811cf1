"""A yes-or-keep question that never blocks the event loop (opened with ``open()``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, yes: str, then: Callable[[], None]) -> QMessageBox:
    """Ask ``text``; ``then()`` runs only when ``yes`` is chosen. "Keep" is the default,
    so Enter or Esc changes nothing. The box deletes itself once answered."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setAccessibleName(title)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    accept.setAccessibleName(yes)
    keep_text = QCoreApplication.translate("Question", "Keep")
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    keep.setAccessibleName(keep_text)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        if box.clickedButton() is accept:
            then()

    box.finished.connect(answered)
    box.open()
    return box

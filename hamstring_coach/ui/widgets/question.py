"""A yes-or-keep question that never blocks the event loop (opened with ``open()``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hamstring_coach.ui.accessible import describe


def ask(parent: QWidget, title: str, text: str, yes: str, then: Callable[[], None]) -> QMessageBox:
    """Ask ``text``; ``then()`` runs only when ``yes`` is chosen. "Keep" is the default,
    so Enter or Esc changes nothing. The box deletes itself once answered."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    describe(box, title, text)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    describe(accept, yes, QCoreApplication.translate("Question", "Does what is asked."))
    keep_text = QCoreApplication.translate("Question", "Keep")
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    describe(
        keep,
        keep_text,
        QCoreApplication.translate("Question", "Changes nothing. Enter and Esc choose it."),
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        if box.clickedButton() is accept:
            then()

    box.finished.connect(answered)
    box.open()
    return box

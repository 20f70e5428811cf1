"""The question before any routine but ice in the first 48 hours after an injury.

It never blocks: the dialog is opened with ``open()`` and the answer arrives as a call
to ``start`` (go ahead), ``start_ice`` (ice instead) or nothing (not now).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from hamstring_coach.ui import care_texts
from hamstring_coach.ui.accessible import describe

translate = QCoreApplication.translate


def ask_before_acute_start(
    parent: QWidget,
    routine_title: str,
    until: datetime,
    start: Callable[[], None],
    start_ice: Callable[[], None],
) -> QMessageBox:
    """Open the question (window-modal, non-blocking) and return it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("AcuteGate", "The first 48 hours"),
        "",
        parent=parent,
    )
    box.setObjectName("acuteGate")
    describe(
        box,
        translate("AcuteGate", "Start now?"),
        translate("AcuteGate", "Asks before stretching or strengthening a fresh injury."),
    )
    box.setText(
        translate("AcuteGate", "Start {title} in the first 48 hours?").format(title=routine_title)
    )
    box.setInformativeText(
        translate(
            "AcuteGate",
            "The injury is fresh: for now, rest, ice and keep the leg up. Stretching or "
            "strengthening this early can make the strain worse; they can wait until {when}.",
        ).format(when=care_texts.moment_text(until))
    )
    ice = box.addButton(translate("AcuteGate", "Ice instead"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(
        translate("AcuteGate", "Start anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    wait = box.addButton(translate("AcuteGate", "Not now"), QMessageBox.ButtonRole.RejectRole)
    for button, description in (
        (ice, translate("AcuteGate", "Starts the ice timer instead. Enter chooses it.")),
        (anyway, translate("AcuteGate", "Starts the routine all the same.")),
        (wait, translate("AcuteGate", "Starts nothing for now. Esc chooses it.")),
    ):
        describe(button, button.text(), description)
    box.setDefaultButton(ice)
    box.setEscapeButton(wait)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is anyway:
            start()
        elif clicked is ice:
            start_ice()

    box.finished.connect(answered)
    box.open()
    return box

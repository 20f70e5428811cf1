"""The file dialogs of My routines: pick a routine file to import, or where to export.

Both are opened with ``open()`` (never ``exec()``) and hand the chosen path to a
callback. The export dialog asks before replacing a file itself, so its callback may
replace what is there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from hamstring_coach.core.routines import Routine

PATTERN = "*.toml"


def _routine_files() -> str:
    return QCoreApplication.translate("RoutineDialogs", "Routine files ({pattern})").format(
        pattern=PATTERN
    )


def open_import(parent: QWidget, chosen: Callable[[Path], None]) -> QFileDialog:
    title = QCoreApplication.translate("RoutineDialogs", "Import a routine file")
    dialog = QFileDialog(parent, title, str(Path.home()))
    dialog.setNameFilter(_routine_files())
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    return _open(dialog)


def open_export(parent: QWidget, routine: Routine, chosen: Callable[[Path], None]) -> QFileDialog:
    title = QCoreApplication.translate("RoutineDialogs", "Export {title}").format(
        title=routine.title
    )
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(_routine_files())
    dialog.setDefaultSuffix("toml")
    dialog.selectFile(str(Path.home() / f"{routine.id}.toml"))
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    return _open(dialog)


def _open(dialog: QFileDialog) -> QFileDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

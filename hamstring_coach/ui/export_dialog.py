"""Export the history from the window: a PDF report, a CSV file or a JSON file.

A window of its own that never blocks the event loop: the file is chosen with a file
dialog opened with ``open()``, the export runs on a thread (:class:`ExportJob`), and
the outcome is said in one sentence. The sessions exported are those the history list
shows (its filters), or all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.history import SessionFilter
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.export_job import ExportJob
from hamstring_coach.ui.history_texts import sessions_text

SUFFIXES = {"pdf": ".pdf", "csv": ".csv", "json": ".json"}


class ExportDialog(QDialog):
    ended = Signal()  # an export finished, written or refused (``outcome`` says which)

    def __init__(
        self,
        paths: AppPaths,
        now: Callable[[], datetime],
        shown: Callable[[], SessionFilter],
        parent: QWidget | None = None,
        settings: Callable[[], Settings] = Settings,
    ) -> None:
        super().__init__(parent)
        # A window of its own: it takes the main window's larger font and theme.
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("Export the history"))
        describe(
            self,
            self.tr("Export the history"),
            self.tr("Writes the history to a file. Esc closes it."),
        )
        self._paths = paths
        self._now = now
        self._shown = shown
        self._settings = settings
        self.job: ExportJob | None = None
        self.file_dialog: QFileDialog | None = None

        self.formats = QButtonGroup(self)
        kinds = QGroupBox(self.tr("What to make"), self)
        kinds_column = QVBoxLayout(kinds)
        for key, text, description in (
            (
                "pdf",
                self.tr("A PDF report for your physiotherapist"),
                self.tr("The plan against what was done, the pain chart and every session."),
            ),
            (
                "csv",
                self.tr("A CSV file for a spreadsheet (one row per step)"),
                self.tr("One row per step, safe to open in a spreadsheet."),
            ),
            (
                "json",
                self.tr("A JSON file with everything (to import again)"),
                self.tr("Everything in the history, to import again later."),
            ),
        ):
            button = describe(QRadioButton(text, kinds), text, description)
            button.setProperty("format", key)
            self.formats.addButton(button)
            kinds_column.addWidget(button)
        self.formats.buttons()[0].setChecked(True)
        self.formats.buttonClicked.connect(lambda _b: self._format_changed())

        which = QGroupBox(self.tr("Which sessions"), self)
        which_column = QVBoxLayout(which)
        self.shown_only = QRadioButton(self.tr("Those the list shows (its filters)"), which)
        self.everything = QRadioButton(self.tr("All sessions"), which)
        describe(
            self.shown_only,
            self.shown_only.text(),
            self.tr("Only the sessions the list's filters show. Arrow keys choose."),
        )
        describe(
            self.everything,
            self.everything.text(),
            self.tr("Every session in the history. Arrow keys choose."),
        )
        self.shown_only.setChecked(True)
        which_column.addWidget(self.shown_only)
        which_column.addWidget(self.everything)

        self.file = QLineEdit(self)
        describe(self.file, self.tr("File to write"), self.tr("Where the export is written."))
        self.choose = QPushButton(self.tr("Choose…"), self)
        describe(
            self.choose,
            self.tr("Choose the file"),
            self.tr("Opens a file chooser to pick where to write."),
        )
        self.choose.clicked.connect(self._choose)
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("File:"), self)
        file_label.setAccessibleName(self.tr("File:"))
        file_label.setBuddy(self.file)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        describe(self.busy, self.tr("Exporting"), self.tr("Shown while the file is being written."))
        self.busy.hide()
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Export result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        describe(self.export_button, self.tr("Export"), self.tr("Writes the file now."))
        describe(
            self.close_button,
            self.close_button.text(),
            self.tr("Closes this window. Esc does too."),
        )
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close)

        column = QVBoxLayout(self)
        column.addWidget(kinds)
        column.addWidget(which)
        column.addLayout(file_row)
        column.addWidget(self.busy)
        column.addWidget(self.outcome)
        column.addWidget(self.buttons)
        self._format_changed()
        self.resize(560, self.sizeHint().height())

    @property
    def kind(self) -> str:
        checked = self.formats.checkedButton()
        return str(checked.property("format")) if checked else "pdf"

    def _default_file(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        name = f"hamstring-coach-{self._now().date().isoformat()}{SUFFIXES[self.kind]}"
        return Path(folder) / name

    def _format_changed(self) -> None:
        current = self.file.text().strip()
        if not current:
            self.file.setText(str(self._default_file()))
            return
        path = Path(current)
        if path.suffix.lower() in SUFFIXES.values():
            self.file.setText(str(path.with_suffix(SUFFIXES[self.kind])))

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.tr("Export to"), self.file.text())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(SUFFIXES[self.kind].lstrip("."))
        dialog.fileSelected.connect(self.file.setText)
        dialog.finished.connect(lambda _r: self._file_dialog_closed())
        self.file_dialog = dialog
        dialog.open()

    def _file_dialog_closed(self) -> None:
        dialog, self.file_dialog = self.file_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def start(self) -> None:
        """Begin the export chosen; the outcome is said when it is done."""
        if self.job is not None:
            return
        text = self.file.text().strip()
        if not text:
            self.outcome.setText(self.tr("Name a file to write."))
            return
        matching = self._shown() if self.shown_only.isChecked() else SessionFilter()
        target = Path(text).expanduser()
        job = ExportJob(self._paths, self.kind, target, matching, self._settings(), self)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_done)
        self.job = job
        self.export_button.setEnabled(False)
        self.busy.show()
        self.outcome.setText(self.tr("Exporting…"))
        job.start()

    def _succeeded(self, count: int, path: str) -> None:
        self.outcome.setText(
            self.tr("Exported {sessions} to {file}.").format(
                sessions=sessions_text(count), file=path
            )
        )

    def _failed(self, sentence: str) -> None:
        self.outcome.setText(self.tr("Not exported: {problem}").format(problem=sentence))

    def _job_done(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.ended.emit()

    def wait(self, ms: int = 60_000) -> bool:
        """For tests and closing: wait for an export under way to end."""
        return self.job.wait(ms) if self.job is not None else True

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.wait()  # the file is half written otherwise; an export ends soon
        super().done(result)

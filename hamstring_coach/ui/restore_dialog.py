"""Restore from backup, in the window: the backups with their days and sessions, and a
second step that says what restoring does before it is done.

Looking inside the backups (an integrity check each) runs on a thread, so the window
never waits on it; the restore itself is one copy into the open file, kept short.
The current history is copied beside it first (see ``storage.history_file``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.storage.backups import Backup
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.history_file import HistoryFile
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.history_texts import long_day_text, sessions_text
from hamstring_coach.ui.texts import storage_problem

BACKUP_ROLE = 0x0101  # Qt.UserRole + 1


class _Lister(QThread):
    listed = Signal(object)  # list[Backup]

    def __init__(self, file: HistoryFile, parent: QWidget) -> None:
        super().__init__(parent)
        self._file = file

    def run(self) -> None:
        self.listed.emit(self._file.backups())


class RestoreDialog(QDialog):
    restored = Signal()  # the history is now the backup's

    def __init__(
        self,
        history: HistoryRepository,
        file: HistoryFile,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # A window of its own: it takes the main window's larger font and theme.
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("Restore from backup"))
        describe(
            self,
            self.tr("Restore from backup"),
            self.tr("Brings back the history of a backup, keeping the current one first."),
        )
        self._history = history
        self._file = file
        self._now = now
        self._current = 0
        self.backups: list[Backup] = []
        self.lister: _Lister | None = None

        self.intro = QLabel(self)
        self.intro.setAccessibleName(self.tr("Backups found"))
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        describe(
            self.list,
            self.tr("Backups"),
            self.tr("Each backup with its day and sessions. Arrow keys choose one."),
        )
        self.list.currentItemChanged.connect(lambda *_: self._choice_changed())
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setAccessibleName(self.tr("What restoring does"))
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Restore result"))

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore this backup…"), self)
        describe(
            self.restore_button,
            self.tr("Restore the chosen backup"),
            self.tr("Says what restoring does and asks to be sure."),
        )
        self.confirm_button = QPushButton(self.tr("Restore"), self)
        describe(
            self.confirm_button,
            self.tr("Yes, restore it"),
            self.tr("Keeps the current history aside and restores the chosen backup."),
        )
        self.cancel_button = QPushButton(self.tr("Keep my history"), self)
        describe(
            self.cancel_button,
            self.tr("Do not restore"),
            self.tr("Keeps the history as it is."),
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        describe(
            self.close_button,
            self.close_button.text(),
            self.tr("Closes this window. Esc does too."),
        )
        for button in (self.restore_button, self.confirm_button, self.cancel_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._ask)
        self.confirm_button.clicked.connect(self.restore)
        self.cancel_button.clicked.connect(self._unask)
        self.close_button.clicked.connect(self.close)

        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.list, 1)
        column.addWidget(self.question)
        column.addWidget(self.outcome)
        column.addWidget(self.buttons)
        self.resize(560, 420)
        self._unask()
        self.reload()

    def reload(self) -> None:
        """Read the backups again (on a thread) and the history's own count."""
        try:
            self._current = self._history.count_sessions()
        except DatabaseError:
            self._current = -1
        self.intro.setText(self.tr("Looking at the backups…"))
        self.list.clear()
        self.restore_button.setEnabled(False)
        lister = _Lister(self._file, self)
        lister.listed.connect(self._listed)
        lister.finished.connect(lambda: self._lister_done(lister))
        self.lister = lister
        lister.start()

    def _lister_done(self, lister: _Lister) -> None:
        if self.lister is lister:
            self.lister = None
        lister.deleteLater()

    def _listed(self, backups: list[Backup]) -> None:
        self.backups = backups
        self.list.clear()
        for backup in backups:
            check = backup.check
            if check is not None and check.good:
                text = self.tr("{day}: {sessions}").format(
                    day=long_day_text(backup.day), sessions=sessions_text(check.sessions or 0)
                )
            else:
                text = self.tr("{day}: damaged, cannot be restored").format(
                    day=long_day_text(backup.day)
                )
            item = QListWidgetItem(text, self.list)
            if not _good(backup):  # shown, greyed, never chosen
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setData(BACKUP_ROLE, backup.name)
        if not backups:
            self.intro.setText(
                self.tr(
                    "There are no backups yet. Hamstring Coach keeps one a day, the last 7 "
                    "days and 4 weeks, in the data folder's backups folder."
                )
            )
            return
        now = (
            sessions_text(self._current)
            if self._current >= 0
            else self.tr("a history that cannot be read")
        )
        self.intro.setText(
            self.tr("Your history now holds {now}. Choose a backup to go back to:").format(now=now)
        )
        first_good = next((i for i, b in enumerate(backups) if _good(b)), 0)
        self.list.setCurrentRow(first_good)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _choice_changed(self) -> None:
        self._unask()
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None and _good(chosen))

    def _ask(self) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.check is None:
            return
        self.question.setText(
            self.tr(
                "Replace your history with the backup of {day} ({sessions})? A copy of the "
                "history as it is now is kept in the data folder first."
            ).format(
                day=long_day_text(chosen.day), sessions=sessions_text(chosen.check.sessions or 0)
            )
        )
        self.question.show()
        self.restore_button.hide()
        self.confirm_button.show()
        self.cancel_button.show()
        self.list.setEnabled(False)

    def _unask(self) -> None:
        self.question.hide()
        self.confirm_button.hide()
        self.cancel_button.hide()
        self.restore_button.show()
        self.list.setEnabled(True)

    def restore(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        try:
            done = self._file.restore(chosen.path, self._now())
        except DatabaseError as error:
            self._unask()
            self.outcome.setText(
                self.tr("Not restored: {problem}").format(problem=storage_problem(error))
            )
            return
        self._unask()
        kept = done.kept_as.name if done.kept_as is not None else ""
        self.outcome.setText(
            self.tr(
                "Restored the backup of {day} ({sessions}). The history before it is kept "
                "as {kept}."
            ).format(
                day=long_day_text(chosen.day), sessions=sessions_text(done.sessions), kept=kept
            )
        )
        self.restored.emit()
        self.reload()

    def done(self, result: int) -> None:
        if self.lister is not None:
            self.lister.wait()
        super().done(result)


def _good(backup: Backup) -> bool:
    return backup.check is not None and backup.check.good

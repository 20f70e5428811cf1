"""Opening the history file for the window.

Two things may happen on the way, each shown before the main window is built:

- An older file is brought up to date (and compacted once), which takes some seconds
  with years of sessions: a small note says so from before the work starts, and is
  repainted while it runs.
- A file that cannot be opened at all (damaged, truncated, not a history) is set aside
  unchanged and the newest good backup is offered; "no" starts an empty history. Where
  nobody could answer (an offscreen run), nothing is moved: the refusal says to use
  ``hamstring-coach restore``. A file from a newer version is refused and never moved.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from hamstring_coach.storage.database import (
    DatabaseError,
    Progress,
    needs_upgrade,
    open_database,
)
from hamstring_coach.storage.errors import UNREADABLE
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.ui.accessible import describe

if TYPE_CHECKING:
    from datetime import datetime

    from hamstring_coach.storage.backups import Backup

translate = QCoreApplication.translate


class UpgradeNote(QWidget):
    """A small window: the history is being updated, or made smaller; a bar shows how far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not loaded for a history that needs no note

        super().__init__(parent, Qt.WindowType.Dialog)
        self.setWindowTitle(self.tr("Hamstring Coach"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        describe(
            self.bar,
            self.tr("Progress"),
            self.tr("How far the history file has been updated."),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.resize(460, 120)

    def show_progress(self, progress: Progress) -> None:
        """Show where the work is, and let Qt paint it (user input waits)."""
        if progress.stage == "upgrade":
            self.label.setText(
                self.tr(
                    "Updating your history for this version of Hamstring Coach. "
                    "With years of sessions this takes a little while; nothing is lost."
                )
            )
        else:
            self.label.setText(self.tr("Making the history file smaller. This takes a moment."))
        if progress.total > 0:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(progress.done)
        else:
            self.bar.setRange(0, 0)  # busy: how much is left is not known
        if not self.isVisible():
            self.show()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def open_for_window(
    paths: AppPaths,
    busy_timeout: int,
    *,
    ask: bool,
    now: Callable[[], datetime] | None = None,
) -> sqlite3.Connection:
    """Open the history for the window (see the module's docstring); raises
    DatabaseError, one sentence, when it cannot be opened and nothing can be done."""
    _application()
    note: UpgradeNote | None = None

    def progress(step: Progress) -> None:
        nonlocal note
        if note is None:
            note = UpgradeNote()
        note.show_progress(step)

    # Only an existing older file takes a while; a new one is made in an instant.
    upgrading = needs_upgrade(paths.db_path)
    told = progress if upgrading else None
    try:
        if upgrading:
            progress(Progress("upgrade", 0, 0))  # on screen before the work starts
        try:
            return open_database(paths.db_path, busy_timeout=busy_timeout, progress=told)
        except DatabaseError as error:
            if error.problem not in UNREADABLE:
                raise
            from hamstring_coach.storage.restore import with_restore_hint

            if not ask:
                raise with_restore_hint(error) from error
        # A damaged file: rare, so what it takes is loaded only now.
        from hamstring_coach.storage.backups import newest_good_backup
        from hamstring_coach.storage.restore import restore, set_aside

        moment = now() if now is not None else _now()
        aside = set_aside(paths.db_path, moment)
        backup = newest_good_backup(paths.backups_dir)
        if backup is not None and ask_to_restore(aside.name, backup):
            restore(paths, backup.path, now() if now is not None else _now())
        elif backup is None:
            tell_set_aside(aside.name)
        return open_database(paths.db_path, busy_timeout=busy_timeout, progress=told)
    finally:
        if note is not None:
            note.close()
            note.deleteLater()


def ask_to_restore(aside: str, backup: Backup) -> bool:
    """Ask whether to restore ``backup``; True for yes. Waits for the answer in an event
    loop of its own (the main window does not exist yet)."""
    from PySide6.QtWidgets import QMessageBox

    from hamstring_coach.ui import locale_text
    from hamstring_coach.ui.dialog_wait import wait_for

    box = QMessageBox(QMessageBox.Icon.Warning, translate("Opening", "Hamstring Coach"), "")
    describe(
        box,
        translate("Opening", "History file damaged"),
        translate("Opening", "Asks whether to restore the last good backup of the history."),
    )
    box.setText(
        translate(
            "Opening",
            "Your history file could not be opened: it is damaged or not a history file. "
            "It was set aside unchanged as {name}.",
        ).format(name=aside)
    )
    sessions = backup.check.sessions if backup.check is not None else None
    box.setInformativeText(
        translate(
            "Opening",
            "Restore the backup from {date} ({count} sessions)? Sessions after that day "
            "are not in it.",
        ).format(date=locale_text.date_text(backup.day, long=True), count=sessions or 0)
    )
    yes = box.addButton(
        translate("Opening", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    describe(
        yes,
        translate("Opening", "Restore the backup"),
        translate("Opening", "Opens the history as it was on the day of the backup. Enter."),
    )
    no = box.addButton(
        translate("Opening", "Start an empty history"), QMessageBox.ButtonRole.RejectRole
    )
    describe(
        no,
        translate("Opening", "Start an empty history"),
        translate("Opening", "Starts with no sessions; the damaged file stays set aside. Esc."),
    )
    box.setEscapeButton(no)
    box.setDefaultButton(yes)
    wait_for(box)
    return box.clickedButton() is yes


def tell_set_aside(aside: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from hamstring_coach.ui.dialog_wait import wait_for

    box = QMessageBox(QMessageBox.Icon.Warning, translate("Opening", "Hamstring Coach"), "")
    describe(
        box,
        translate("Opening", "History file damaged"),
        translate("Opening", "Says the history starts empty, as there is no backup."),
    )
    box.setText(
        translate(
            "Opening",
            "Your history file could not be opened: it is damaged or not a history file. "
            "It was set aside unchanged as {name}, and there is no backup to restore, so "
            "Hamstring Coach starts with an empty history.",
        ).format(name=aside)
    )
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    describe(ok, ok.text(), translate("Opening", "Goes on to Hamstring Coach. Enter or Esc."))
    wait_for(box)


def _now() -> datetime:
    from datetime import datetime

    return datetime.now().astimezone()


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(sys.argv[:1])

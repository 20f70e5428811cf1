"""My routines: import a routine file, export any routine, copy one and change it.

The list shows every routine, built in or the person's own; the built-in ones can be
exported and copied, never changed. Every file goes through the one validator (in
``RoutineLibrary``); a refusal is one sentence on a yellow bar and changes nothing.
``routinesChanged`` tells the window to offer the routines again. File dialogs and
questions are opened with ``open()``, never ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.own_routines import duplicate
from hamstring_coach.core.routines import RoutineError
from hamstring_coach.storage.routine_library import Entry, LibraryError, RoutineLibrary
from hamstring_coach.ui import plural
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.routine_dialogs import open_export, open_import
from hamstring_coach.ui.routine_editor import RoutineEditor
from hamstring_coach.ui.widgets.notice import notice_bar
from hamstring_coach.ui.widgets.question import ask


class RoutinesPage(QWidget):
    routinesChanged = Signal()

    def __init__(self, library: RoutineLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.editor: RoutineEditor | None = None
        self._editing_copy = False
        self.dialog: QFileDialog | None = None  # the open file dialog, if any
        self.question: QMessageBox | None = None  # the open question, if any
        heading = QLabel(self.tr("My routines"), self)
        heading.setAccessibleName(self.tr("Heading"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Import a routine file, for example from your physiotherapist, or copy a "
                "routine and change its holds, repetitions and rests. The built-in routines "
                "always stay as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("About your routines"))
        self.notice = notice_bar(
            self.tr("Routine problem"),
            self,
            self.tr("Says why a routine file could not be read, saved or deleted."),
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What was done"))

        self.list = QListWidget(self)
        describe(
            self.list,
            self.tr("Routines"),
            self.tr(
                "The built-in routines and your own. Arrow keys choose one; Enter changes "
                "your own routine, or copies a built-in one to change."
            ),
        )
        self.list.setSpacing(4)
        self.list.currentItemChanged.connect(self._enable)
        # Enter on a routine: change it if it is one's own, or else copy it to change.
        self.list.itemActivated.connect(lambda _item: self._activated())
        self.import_button = self._button(
            self.tr("&Import a file…"),
            self.tr("Chooses a routine file to add to your routines. Alt+I."),
            self.ask_import,
        )
        self.copy_button = self._button(
            self.tr("&Copy and change…"),
            self.tr("Makes a copy of the chosen routine and opens it to change. Alt+C."),
            self.copy_selected,
        )
        self.edit_button = self._button(
            self.tr("C&hange…"),
            self.tr("Opens the chosen routine of your own to change. Alt+H."),
            self.edit_selected,
        )
        self.export_button = self._button(
            self.tr("E&xport…"),
            self.tr("Saves the chosen routine as a file to share. Alt+X."),
            self.ask_export,
        )
        self.delete_button = self._button(
            self.tr("&Delete…"),
            self.tr("Deletes the chosen routine of your own, after asking. Alt+D."),
            self.ask_delete,
        )
        actions = QVBoxLayout()
        for button in (self.import_button, self.copy_button, self.edit_button):
            actions.addWidget(button)
        for button in (self.export_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        browse = QWidget(self)
        row = QHBoxLayout(browse)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(actions)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(browse)

        # The heading and its words make room for the editor while it is open.
        self._top = QWidget(self)
        top = QVBoxLayout(self._top)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(heading)
        top.addWidget(intro)
        layout = QVBoxLayout(self)
        layout.addWidget(self._top)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.show_list()
        self._tell_skipped()

    def _activated(self) -> None:
        entry = self._selected()
        if entry is not None and not entry.builtin:
            self.edit_selected()
        else:
            self.copy_selected()

    def _button(self, text: str, description: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        describe(button, text.replace("&", "").rstrip("…"), description)
        button.setMinimumHeight(40)
        button.clicked.connect(slot)
        return button

    # -- the list ------------------------------------------------------------------------
    def show_list(self, select: str | None = None) -> None:
        """Fill the list again from the library, keeping (or moving to) a selection."""
        current = select or self.selected_id()
        self.list.clear()
        for entry in self.library.entries:
            item = QListWidgetItem(self._item_text(entry), self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry.routine.id)
            if entry.routine.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _item_text(self, entry: Entry) -> str:
        steps = len(entry.routine.steps)
        if entry.builtin:
            kind = self.tr("Built in, %n step(s)", "", steps)
        else:
            kind = self.tr("Your own, %n step(s)", "", steps)
        return f"{entry.routine.title}\n{plural.english(kind, steps)}"

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> Entry | None:
        routine_id = self.selected_id()
        if routine_id is None:
            return None
        try:
            return self.library.get(routine_id)
        except LibraryError:
            return None

    def _enable(self, *_args: object) -> None:
        entry = self._selected()
        for button in (self.copy_button, self.export_button):
            button.setEnabled(entry is not None)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(entry is not None and not entry.builtin)

    def _say(self, done: str = "", problem: str = "") -> None:
        self.status.setText(done)
        self.status.setVisible(bool(done))
        self.notice.setText(problem)
        self.notice.setVisible(bool(problem))

    def _tell_skipped(self) -> None:
        if self.library.skipped:
            reasons = " ".join(s.reason for s in self.library.skipped)
            self._say(problem=self.tr("Left out: {reasons}").format(reasons=reasons))

    # -- import --------------------------------------------------------------------------
    def ask_import(self) -> None:
        self._keep_dialog(open_import(self, self.import_from))

    def import_from(self, source: Path, *, replace: bool = False) -> None:
        try:
            entry = self.library.import_file(source, replace=replace)
        except LibraryError as error:
            if error.problem == "exists":
                self._ask_replace(source, error.subject)
                return
            self._say(problem=str(error))
            return
        except RoutineError as error:
            self._say(problem=str(error))
            return
        self._changed(entry.routine.id)
        self._say(
            done=self.tr("Imported {title}. It is on the Today page now.").format(
                title=entry.routine.title
            )
        )

    def _ask_replace(self, source: Path, routine_id: str) -> None:
        title = self.library.get(routine_id).routine.title
        self._ask(
            self.tr("Replace {title}?").format(title=title),
            self.tr(
                "You already have a routine with the id {id}. Replace it with the one in {file}?"
            ).format(id=routine_id, file=source.name),
            self.tr("Replace"),
            lambda: self.import_from(source, replace=True),
        )

    # -- export --------------------------------------------------------------------------
    def ask_export(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        routine_id = entry.routine.id
        # The dialog has asked before replacing a file, so the export may replace it.
        self._keep_dialog(
            open_export(self, entry.routine, lambda path: self.export_to(routine_id, path, True))
        )

    def export_to(self, routine_id: str, destination: Path, replace: bool = False) -> None:
        try:
            self.library.export(routine_id, destination, replace=replace)
        except (LibraryError, RoutineError) as error:
            self._say(problem=str(error))
            return
        self._say(
            done=self.tr(
                "Exported to {file}. Change it in any text editor, then import it."
            ).format(file=str(destination))
        )

    # -- copy, change, delete ------------------------------------------------------------
    def copy_selected(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        taken = {e.routine.id for e in self.library.entries}
        title = self.tr("My {title}").format(title=entry.routine.title)
        copy = duplicate(entry.routine, taken, title)
        self._edit(RoutineEditor(copy, entry.routine.title, self), copy=True)

    def edit_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.builtin:
            return
        self._edit(RoutineEditor(entry.routine, "", self), copy=False)

    def _edit(self, editor: RoutineEditor, *, copy: bool) -> None:
        self._close_editor()
        self.editor = editor
        self._editing_copy = copy
        editor.saveRequested.connect(self._save_edit)
        editor.cancelled.connect(self._cancel_edit)
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        self._top.hide()
        self._say()
        editor.title.setFocus()
        editor.title.selectAll()

    def _save_edit(self) -> None:
        if self.editor is None:
            return
        routine = self.editor.edited_routine()
        try:
            self.library.save(routine, replace=not self._editing_copy)
        except (LibraryError, RoutineError) as error:
            self.editor.show_problem(str(error))
            return
        self._close_editor()
        self._changed(routine.id)
        self._say(done=self.tr("Saved {title}.").format(title=routine.title))

    def _cancel_edit(self) -> None:
        self._close_editor()
        self._say()
        self.list.setFocus()

    def _close_editor(self) -> None:
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.stack.setCurrentIndex(0)
        self._top.show()

    @property
    def editing(self) -> bool:
        return self.editor is not None

    def ask_delete(self) -> None:
        entry = self._selected()
        if entry is None or entry.builtin:
            return
        routine_id = entry.routine.id
        self._ask(
            self.tr("Delete {title}?").format(title=entry.routine.title),
            self.tr("Its file is deleted. The sessions you did with it stay in your history."),
            self.tr("Delete"),
            lambda: self.delete(routine_id),
        )

    def delete(self, routine_id: str) -> None:
        try:
            title = self.library.get(routine_id).routine.title
            self.library.delete(routine_id)
        except LibraryError as error:
            self._say(problem=str(error))
            return
        self._changed(None)
        self._say(done=self.tr("Deleted {title}.").format(title=title))

    # -- helpers -------------------------------------------------------------------------
    def _changed(self, select: str | None) -> None:
        self.show_list(select)
        self.routinesChanged.emit()

    def _keep_dialog(self, dialog: QFileDialog) -> None:
        """Remember the open file dialog (one at a time) until it closes."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog

        def closed(_result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None

        dialog.finished.connect(closed)

    def _ask(self, title: str, text: str, yes: str, then: Callable[[], None]) -> None:
        box = self.question = ask(self, title, text, yes, then)

        def closed(_result: int) -> None:
            if self.question is box:
                self.question = None

        box.finished.connect(closed)

"""The history page: past sessions as a list you can read at a glance, and as pictures.

The list shows the filter's sessions, newest first, fetched a page at a time as it
scrolls; beside it, the chosen session in detail (pain ratings and note editable, its
exercises as a tree). Deleting a session can be undone from the bar that says it was
deleted. The pictures (calendar, plan, pain) are built the first time they are asked
for. Export and Restore open their own windows, which never block the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.history import HistoryRepository, RemovedSession, SessionFilter
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.history_filters import HistoryFilters
from hamstring_coach.ui.history_texts import sessions_text, when_text
from hamstring_coach.ui.session_detail import SessionDetail
from hamstring_coach.ui.session_list_model import SessionListModel
from hamstring_coach.ui.texts import storage_problem
from hamstring_coach.ui.theme import header_sheet
from hamstring_coach.ui.widgets.list_detail import ListDetail
from hamstring_coach.ui.widgets.notice import notice_bar
from hamstring_coach.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from hamstring_coach.storage.history_file import HistoryFile
    from hamstring_coach.storage.injuries import InjuryRepository
    from hamstring_coach.ui.export_dialog import ExportDialog
    from hamstring_coach.ui.history_pictures import HistoryPictures
    from hamstring_coach.ui.restore_dialog import RestoreDialog

StepTitles = Mapping[tuple[str, str], str]  # (routine id, step id) -> title


class HistoryPage(QWidget):
    historyReplaced = Signal()  # a backup was restored: everything reads the file again

    def __init__(
        self,
        history: HistoryRepository,
        step_titles: StepTitles,
        parent: QWidget | None = None,
        *,
        injuries: InjuryRepository | None = None,
        settings: Callable[[], Settings] = Settings,
        now: Callable[[], datetime] | None = None,
        file: HistoryFile | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._injuries = injuries
        self._settings = settings
        self._now = now or (lambda: datetime.now().astimezone())
        self._file = file
        self._removed: RemovedSession | None = None
        self._pictures: HistoryPictures | None = None

        self.list_tab = self._tab(
            self.tr("Sessions"),
            self.tr("The list of past sessions, with the chosen one's detail beside it."),
        )
        self.pictures_tab = self._tab(
            self.tr("Pictures"),
            self.tr("The month's calendar, the plan kept, and pain over time."),
        )
        self.list_tab.setChecked(True)
        tabs = QButtonGroup(self)
        tabs.addButton(self.list_tab)
        tabs.addButton(self.pictures_tab)
        self.list_tab.clicked.connect(self.show_list)
        self.pictures_tab.clicked.connect(self.show_pictures)
        self.export_button = QPushButton(self.tr("Export…"), self)
        describe(
            self.export_button,
            self.tr("Export the history"),
            self.tr("Writes the sessions to a PDF report, a CSV or a JSON file."),
        )
        self.export_button.clicked.connect(self.open_export)
        self.export_button.setEnabled(file is not None)
        self.restore_button = QPushButton(self.tr("Restore from backup…"), self)
        describe(
            self.restore_button,
            self.tr("Restore from backup"),
            self.tr("Shows the backups and brings one back, keeping the current history first."),
        )
        self.restore_button.clicked.connect(self.open_restore)
        self.restore_button.setEnabled(file is not None)
        self.export_dialog: ExportDialog | None = None
        self.restore_dialog: RestoreDialog | None = None

        self.problem = notice_bar(
            self.tr("Reading problem"),
            self,
            self.tr("Says which part of the history could not be read."),
        )
        self.undo_bar = UndoBar(self.tr("Session deleted"), self)
        self.undo_bar.undoRequested.connect(self.undo_delete)
        self.undo_bar.dismissed.connect(self._forget_removed)
        self.filters = HistoryFilters(self._today, self)
        self.filters.changed.connect(self._filter)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Sessions listed"))
        self.empty = QLabel(self.tr("No sessions yet. Finished sessions appear here."), self)
        self.empty.setAccessibleName(self.tr("No sessions"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.sessions = SessionListModel(history, self)
        self.sessions.readFailed.connect(self._show_problem)
        self.table = self._table()
        self.detail = SessionDetail(history, step_titles, self)
        self.detail.sessionChanged.connect(self.sessions.replace_session)
        self.detail.deleteRequested.connect(self.delete_session)
        self.splitter = ListDetail(self.table, self.detail, self)

        list_view = QWidget(self)
        column = QVBoxLayout(list_view)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filters)
        column.addWidget(self.count)
        column.addWidget(self.empty)
        column.addWidget(self.splitter, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_view)

        top = QHBoxLayout()
        top.addWidget(self.list_tab)
        top.addWidget(self.pictures_tab)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.stack, 1)

        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.setContext(Qt.ShortcutContext.WindowShortcut)  # while the page shows
        undo.activated.connect(self.undo_delete)

    # -- building ----------------------------------------------------------------------
    def _tab(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setCheckable(True)
        button.setFlat(True)
        describe(button, text, description)
        return button

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.sessions)
        describe(
            view,
            self.tr("Past sessions"),
            self.tr(
                "One row a session, newest first. Arrow keys choose one and its detail is "
                "shown beside; Delete deletes it, Ctrl+Z brings it back."
            ),
        )
        view.setTabKeyNavigation(False)  # arrow keys move inside; Tab leaves
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        header = view.horizontalHeader()
        header.setStyleSheet(header_sheet(view.font().pointSizeF()))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.selectionModel().currentRowChanged.connect(self._show_detail)
        return view

    def _today(self) -> date:
        return self._now().date()

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the history again; a file that cannot be read is said so on the page."""
        self.problem.hide()
        self.sessions.this_year = self._today().year
        # The routines to filter by are read over the whole history: after the first
        # rows are on screen, not before.
        QTimer.singleShot(0, self, self._read_routines)
        try:
            self.sessions.set_filter(self.filters.current())
        except DatabaseError as error:
            self.empty.hide()
            self._show_problem(error)
            return
        self._listed()
        if self._pictures is not None and self.stack.currentWidget() is self._pictures:
            self._pictures.load()

    def _read_routines(self) -> None:
        try:
            self.filters.set_routines(self._history.routines_in_history())
        except DatabaseError as error:
            self._show_problem(error)

    def _filter(self, matching: SessionFilter) -> None:
        self.problem.hide()
        try:
            self.sessions.set_filter(matching)
        except DatabaseError as error:
            self._show_problem(error)
            return
        self._listed()

    def _listed(self) -> None:
        """After the list is read: the count, the empty state, the first session chosen."""
        total = self.sessions.total
        filtered = self.filters.active
        self.count.setText(sessions_text(total))
        self.count.setVisible(total > 0 or filtered)
        self.empty.setText(
            self.tr("No sessions match these filters.")
            if filtered
            else self.tr("No sessions yet. Finished sessions appear here.")
        )
        self.empty.setVisible(total == 0)
        self.splitter.setVisible(total > 0)
        self.detail.show_session(None)
        self.splitter.fit()  # the columns sized to their rows, the room shared
        if self.sessions.rowCount():
            self.table.selectRow(0)

    def _show_problem(self, error: DatabaseError) -> None:
        self.problem.setText(
            self.tr("Part of the history could not be read. {problem}").format(
                problem=storage_problem(error)
            )
        )
        self.problem.show()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.show_session(None)
            return
        session = self.sessions.session_at(current.row())
        try:
            detail = self._history.get_session(session.id)
        except DatabaseError as error:
            self._show_problem(error)
            detail = None
        self.detail.show_session(detail)

    # -- deleting ----------------------------------------------------------------------
    def _delete_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.delete_session(self.sessions.session_at(current.row()).id)

    def delete_session(self, session_id: int) -> None:
        """Delete a session at once; the bar that says so offers Undo."""
        row = self.sessions.row_of(session_id)
        try:
            removed = self._history.delete_session(session_id)
        except DatabaseError as error:
            self._show_problem(error)
            return
        except ValueError:  # gone already (deleted elsewhere), or still under way
            self.reload()
            return
        self._removed = removed
        self.sessions.remove_session(session_id)
        self.undo_bar.say(
            self.tr("Deleted the session of {when} ({routine}).").format(
                when=when_text(removed.started_at), routine=removed.routine_title
            )
        )
        self.count.setText(sessions_text(self.sessions.total))
        if self.sessions.rowCount():
            self.table.selectRow(min(row or 0, self.sessions.rowCount() - 1))
        else:
            self._listed()

    def undo_delete(self) -> None:
        """Put the last deleted session back, and show it."""
        removed = self._removed
        if removed is None:
            return
        try:
            session_id = self._history.undo_delete(removed)
        except DatabaseError as error:
            self._show_problem(error)
            return
        self._forget_removed()
        self.reload()
        row = self.sessions.row_of(session_id)
        if row is not None:
            self.table.selectRow(row)

    def _forget_removed(self) -> None:
        self._removed = None
        self.undo_bar.hide()

    # -- pictures, export, restore -----------------------------------------------------
    def show_list(self) -> None:
        self.list_tab.setChecked(True)
        self.stack.setCurrentIndex(0)

    def show_pictures(self) -> None:
        self.pictures_tab.setChecked(True)
        if self._pictures is None:
            from hamstring_coach.ui.history_pictures import HistoryPictures

            self._pictures = HistoryPictures(
                self._history, self._injuries, self._settings, self._today, self
            )
            self.stack.addWidget(self._pictures)
        self.stack.setCurrentWidget(self._pictures)
        self._pictures.load()

    @property
    def pictures(self) -> HistoryPictures | None:
        return self._pictures

    def open_export(self) -> None:
        if self._file is None:
            return
        from hamstring_coach.ui.export_dialog import ExportDialog

        if self.export_dialog is None:
            dialog = ExportDialog(
                self._file.paths, self._now, self.filters.current, self, self._settings
            )
            dialog.finished.connect(self._export_closed)
            self.export_dialog = dialog
        _bring_up(self.export_dialog)

    def _export_closed(self) -> None:
        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def open_restore(self) -> None:
        if self._file is None:
            return
        from hamstring_coach.ui.restore_dialog import RestoreDialog

        if self.restore_dialog is None:
            dialog = RestoreDialog(self._history, self._file, self._now, self)
            dialog.restored.connect(self._restored)
            dialog.finished.connect(self._restore_closed)
            self.restore_dialog = dialog
        _bring_up(self.restore_dialog)

    def _restore_closed(self) -> None:
        dialog, self.restore_dialog = self.restore_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _restored(self) -> None:
        self._forget_removed()
        self.reload()
        self.historyReplaced.emit()


def _bring_up(window: QWidget) -> None:
    """Show a window of the page, or bring it to the front when it is already open."""
    if window.isVisible():
        window.raise_()
        window.activateWindow()
    else:
        window.show()

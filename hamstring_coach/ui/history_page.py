"""Past sessions, newest first, loaded a page at a time, and the segments of one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.durations import clock_text
from hamstring_coach.storage.database import DatabaseError
from hamstring_coach.storage.history import HistoryRepository, SessionRecord
from hamstring_coach.ui.texts import (
    kind_name,
    seconds_text,
    side_name,
    storage_problem,
)
from hamstring_coach.ui.widgets.notice import notice_bar

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 100
StepTitles = Mapping[tuple[str, str], str]  # (routine id, step id) -> title


def status_text(status: str | None) -> str:
    names = {
        "completed": QCoreApplication.translate("History", "Completed"),
        "stopped": QCoreApplication.translate("History", "Stopped"),
        "sharp-pain": QCoreApplication.translate("History", "Sharp pain"),
        "interrupted": QCoreApplication.translate("History", "Interrupted"),
    }
    return names.get(status or "", QCoreApplication.translate("History", "In progress"))


class _Table(QAbstractTableModel):
    """A flat table with a fixed row of column headers."""

    headers: list[str]

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class SessionTableModel(_Table):
    """Sessions from the repository, fetched lazily as the view scrolls."""

    readFailed = Signal(object)  # the DatabaseError met while fetching more rows

    def __init__(self, history: HistoryRepository, parent: Any = None) -> None:
        super().__init__(parent)
        self._history = history
        self._rows: list[SessionRecord] = []
        self._total = 0
        self._locale = QLocale()
        self.headers = [
            self.tr("Date and time"),
            self.tr("Routine"),
            self.tr("Duration"),
            self.tr("Status"),
            self.tr("Pain after"),
        ]

    def reload(self) -> None:
        """Read the first page again; raises DatabaseError, leaving the rows as they were."""
        total = self._history.count_sessions()
        rows = self._history.list_sessions(0, PAGE)
        self.beginResetModel()
        self._total, self._rows = total, rows
        self.endResetModel()

    def session_at(self, row: int) -> SessionRecord:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        try:
            more = self._history.list_sessions(len(self._rows), PAGE)
        except DatabaseError as error:
            self._total = len(self._rows)  # stop asking; the page says why
            self.readFailed.emit(error)
            return
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        session = self._rows[index.row()]
        column = index.column()
        if column == 0:
            # The pattern is translatable; the locale names the days and months.
            when = QDateTime.fromMSecsSinceEpoch(round(session.started_at.timestamp() * 1000))
            return self._locale.toString(when, self.tr("ddd d MMM yyyy, HH:mm"))
        if column == 1:
            return session.routine_title
        if column == 2:
            return clock_text(session.active_s)
        if column == 3:
            return status_text(session.status)
        if column == 4:
            if session.pain_after is None:
                return ""
            return self.tr("{n}/10").format(n=session.pain_after)
        return None


class SegmentTableModel(_Table):
    """The segments of one session, as they were recorded."""

    def __init__(self, step_titles: StepTitles, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = step_titles
        self._session: SessionRecord | None = None
        self.headers = [
            self.tr("Step"),
            self.tr("Kind"),
            self.tr("Side"),
            self.tr("Rep"),
            self.tr("Planned"),
            self.tr("Actual"),
            self.tr("Done"),
        ]

    def show_session(self, session: SessionRecord | None) -> None:
        self.beginResetModel()
        self._session = session
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._session is None:
            return 0
        return len(self._session.segments)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._session is None or not index.isValid():
            return None
        if role != Qt.ItemDataRole.DisplayRole or index.row() >= len(self._session.segments):
            return None
        seg = self._session.segments[index.row()]
        values = [
            self._titles.get((self._session.routine_id, seg.step_id), seg.step_id),
            kind_name(seg.kind),
            side_name(seg.side),
            "" if seg.rep is None else str(seg.rep),
            "" if seg.planned_s is None else seconds_text(seg.planned_s),
            seconds_text(round(seg.actual_s, 1)),
            self.tr("yes") if seg.completed else self.tr("skipped"),
        ]
        return values[index.column()] if 0 <= index.column() < len(values) else None


class HistoryPage(QWidget):
    def __init__(
        self,
        history: HistoryRepository,
        step_titles: StepTitles,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self.sessions = SessionTableModel(history, self)
        self.segments = SegmentTableModel(step_titles, self)
        self.empty = QLabel(self.tr("No sessions yet. Finished sessions appear here."), self)
        self.empty.setAccessibleName(self.tr("No sessions"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = notice_bar(self.tr("Reading problem"), self)
        self.sessions.readFailed.connect(self._show_problem)
        self.table = self._view(self.sessions, self.tr("Past sessions"), stretch=1)
        self.detail = self._view(
            self.segments, self.tr("Segments of the selected session"), stretch=0
        )
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

    def _view(self, model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
        """A read-only table; column ``stretch`` takes the spare width, the others fit."""
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view

    def reload(self) -> None:
        """Read the history again; a file that cannot be read is said so on the page."""
        self.problem.hide()
        try:
            self.sessions.reload()
        except DatabaseError as error:
            self.empty.hide()
            self._show_problem(error)
            return
        self.empty.setVisible(self.sessions.rowCount() == 0)
        self.segments.show_session(None)
        if self.sessions.rowCount():
            self.table.selectRow(0)

    def _show_problem(self, error: DatabaseError) -> None:
        self.problem.setText(
            self.tr("Part of the history could not be read. {problem}").format(
                problem=storage_problem(error)
            )
        )
        self.problem.show()

    def _show_detail(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            self.segments.show_session(None)
            return
        session = self.sessions.session_at(current.row())
        try:
            detail = self._history.get_session(session.id)
        except DatabaseError as error:
            self._show_problem(error)
            detail = None
        self.segments.show_session(detail)

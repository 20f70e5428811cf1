"""The history's sessions as a table, newest first, read a page at a time as it scrolls.

Columns: when, routine, what was done ("18 of 18 holds"), pain before and after, and
how it ended. Only the filter's sessions are listed (``set_filter``); the count of all
of them comes first, and rows are fetched in pages of ``PAGE`` as the view asks for
more (``canFetchMore``/``fetchMore``), so ten years open as fast as one week.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from hamstring_coach.core.stats import WorkCount
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.history import HistoryRepository, SessionFilter, SessionRecord
from hamstring_coach.ui import texts
from hamstring_coach.ui.history_texts import (
    pain_pair_text,
    pain_sentence,
    status_text,
    when_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 40  # rows read at a time: a screenful and more at 1280x800
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN, ROUTINE, DONE, STATUS, PAIN = range(5)


def work_text(session: SessionRecord, *, skipped: bool = True) -> str:
    """What was done: "16 of 18 holds, 2 skipped"; without ``skipped``, "16 of 18 holds"
    (the list's short form; the detail and the tooltip say the rest)."""
    counts = session.work.counts()
    if not skipped:
        counts = tuple(WorkCount(c.planned, c.done, 0) for c in counts)
    return texts.counts_text(*counts)


class SessionListModel(QAbstractTableModel):
    readFailed = Signal(object)  # the DatabaseError met while fetching more rows

    def __init__(self, history: HistoryRepository, parent: Any = None) -> None:
        super().__init__(parent)
        self._history = history
        self._rows: list[SessionRecord] = []
        self._total = 0
        self._filter = SessionFilter()
        # A change under way (rows fetched, removed, a reset): whatever its signals reach
        # (a view, a model tester) is told there is nothing more to fetch until it ends,
        # so no rows are added in the middle of it or added twice.
        self._changing = False
        self.this_year: int | None = None  # dates of this year are shown without it
        self._headers = [
            self.tr("Date"),
            self.tr("Routine"),
            self.tr("Done"),
            self.tr("How it ended"),
            self.tr("Pain"),
        ]
        self._header_tips = [
            "",
            "",
            self.tr("Holds, sets or steps done, of those planned"),
            "",
            self.tr("Pain before → after the session, 0 (none) to 10 (worst)"),
        ]

    # -- what is listed ------------------------------------------------------------------
    @property
    def filter(self) -> SessionFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many sessions match the filter (listed or still to fetch)."""
        return self._total

    def set_filter(self, matching: SessionFilter) -> None:
        """List the sessions ``matching``; raises DatabaseError, keeping the rows."""
        total = self._history.count_sessions(matching)
        rows = self._history.list_sessions(0, PAGE, matching)
        with self._change():
            self.beginResetModel()
            self._filter, self._total, self._rows = matching, total, rows
            self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def session_at(self, row: int) -> SessionRecord:
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        for row, session in enumerate(self._rows):
            if session.id == session_id:
                return row
        return None

    def replace_session(self, session: SessionRecord) -> None:
        """Show a session's new values (a pain rating or a note changed)."""
        row = self.row_of(session.id)
        if row is not None:
            self._rows[row] = session
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def remove_session(self, session_id: int) -> None:
        """Take a deleted session out of the list without reading it again."""
        row = self.row_of(session_id)
        if row is None:
            return
        with self._change():
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._total -= 1
            self.endRemoveRows()

    @contextmanager
    def _change(self) -> Iterator[None]:
        self._changing = True
        try:
            yield
        finally:
            self._changing = False

    # -- the model -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._changing and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        with self._change():
            self._fetch_page()

    def _fetch_page(self) -> None:
        try:
            more = self._history.list_sessions(len(self._rows), PAGE, self._filter)
        except DatabaseError as error:
            self._total = len(self._rows)  # stop asking; the page says why
            self.readFailed.emit(error)
            return
        known = {session.id for session in self._rows}
        more = [session for session in more if session.id not in known]
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        session = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(session, column)
        if role == SESSION_ID_ROLE:
            return session.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sentence(session)
        if role == Qt.ItemDataRole.FontRole and column == STATUS and session.status == "sharp-pain":
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PAIN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell(self, session: SessionRecord, column: int) -> str | None:
        if column == WHEN:
            return when_text(session.started_at, self.this_year)
        if column == ROUTINE:
            return session.routine_title
        if column == DONE:
            return work_text(session, skipped=False)
        if column == PAIN:
            return pain_pair_text(session.pain_before, session.pain_after)
        if column == STATUS:
            return status_text(session.status)
        return None

    def sentence(self, session: SessionRecord) -> str:
        """The whole row in one sentence, for a tooltip or a screen reader."""
        parts = [
            when_text(session.started_at),
            session.routine_title,
            work_text(session),
            pain_sentence(session.pain_before, session.pain_after),
            status_text(session.status),
        ]
        return self.tr("{parts}.").format(parts=", ".join(p for p in parts if p))

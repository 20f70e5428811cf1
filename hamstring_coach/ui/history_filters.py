"""The history list's filters: routine, how a session ended, a period, and words in the
note. Each change says ``changed`` with the SessionFilter to list.

The period is any time, the last 7 or 30 days, the last 12 months, or two days chosen
("Between dates"); the first day cannot be set after the last (moving one moves the
other along).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from hamstring_coach.storage.history import SessionFilter
from hamstring_coach.storage.records import STATUSES
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.history_texts import status_text

MAX_SEARCH = 200
RECENT_DAYS = {"week": 7, "month": 30, "year": 365}


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class HistoryFilters(QWidget):
    changed = Signal(object)  # the SessionFilter to list

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._quiet = False
        self.routine = QComboBox(self)
        describe(
            self.routine,
            self.tr("Routine"),
            self.tr("Lists the sessions of one routine, or of all."),
        )
        self.routine.addItem(self.tr("All routines"), "")
        self.status = QComboBox(self)
        describe(
            self.status,
            self.tr("How it ended"),
            self.tr("Lists the sessions that ended one way, or any way."),
        )
        self.status.addItem(self.tr("Any ending"), "")
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        self.period = QComboBox(self)
        describe(
            self.period,
            self.tr("Period"),
            self.tr("Lists the sessions of a recent period, or between two dates."),
        )
        for key, text in (
            ("", self.tr("Any time")),
            ("week", self.tr("Last 7 days")),
            ("month", self.tr("Last 30 days")),
            ("year", self.tr("Last 12 months")),
            ("range", self.tr("Between dates")),
        ):
            self.period.addItem(text, key)
        self.since = self._date_edit(
            self.tr("First day"), self.tr("The first day to list. Arrow keys change it.")
        )
        self.until = self._date_edit(
            self.tr("Last day"), self.tr("The last day to list. Arrow keys change it.")
        )
        self.range_to = QLabel(self.tr("to"), self)
        self.range_to.setAccessibleName(self.tr("to"))
        self.search = QLineEdit(self)
        describe(
            self.search,
            self.tr("Search the notes"),
            self.tr("Lists the sessions whose note holds these words."),
        )
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_SEARCH)
        for button in self.search.findChildren(QToolButton):  # the clear button
            describe(button, self.tr("Clear the search"), self.tr("Empties the search field."))
        self.clear_button = QPushButton(self.tr("Show all"), self)
        describe(
            self.clear_button,
            self.tr("Clear the filters"),
            self.tr("Lists every session again."),
        )
        self.clear_button.clicked.connect(self.clear)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.routine)
        row.addWidget(self.status)
        row.addWidget(self.period)
        row.addWidget(self.since)
        row.addWidget(self.range_to)
        row.addWidget(self.until)
        row.addWidget(self.search, 1)
        row.addWidget(self.clear_button)

        self._show_range(False)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.routine.currentIndexChanged.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)
        self.since.dateChanged.connect(self._since_changed)
        self.until.dateChanged.connect(self._until_changed)
        self.search.textChanged.connect(self._emit)

    def _date_edit(self, name: str, description: str) -> QDateEdit:
        edit = QDateEdit(self)
        describe(edit, name, description)
        edit.setCalendarPopup(True)
        return edit

    def _show_range(self, shown: bool) -> None:
        for widget in (self.since, self.range_to, self.until):
            widget.setVisible(shown)

    def _period_changed(self, _index: int) -> None:
        between = self.period.currentData() == "range"
        if between and self.since.isHidden():
            today = self._today()
            self._quiet = True
            self.since.setDate(_qdate(today - timedelta(days=29)))
            self.until.setDate(_qdate(today))
            self._quiet = False
        self._show_range(between)
        self._emit()

    def set_routines(self, routines: list[tuple[str, str]]) -> None:
        """Offer these (id, title) routines, keeping the choice when it is still there."""
        chosen = self.routine.currentData()
        self._quiet = True
        try:
            self.routine.clear()
            self.routine.addItem(self.tr("All routines"), "")
            for routine_id, title in routines:
                self.routine.addItem(title, routine_id)
            found = self.routine.findData(chosen)
            self.routine.setCurrentIndex(max(0, found))
        finally:
            self._quiet = False
        if found < 0 and chosen:
            self._emit()

    def current(self) -> SessionFilter:
        routine = self.routine.currentData() or ""
        status = self.status.currentData() or ""
        period = self.period.currentData() or ""
        since: date | None = None
        until: date | None = None
        if period == "range":
            since, until = _day(self.since), _day(self.until)
        elif period:
            until = self._today()
            since = until - timedelta(days=RECENT_DAYS[period] - 1)
        return SessionFilter(
            routines=frozenset({routine}) if routine else frozenset(),
            statuses=frozenset({status}) if status else frozenset(),
            since=since,
            until=until,
            text=self.search.text()[:MAX_SEARCH],
        )

    @property
    def active(self) -> bool:
        return self.current() != SessionFilter()

    def clear(self) -> None:
        self._quiet = True
        try:
            self.routine.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.period.setCurrentIndex(0)
            self._show_range(False)
            self.search.clear()
        finally:
            self._quiet = False
        self._emit()

    def _since_changed(self, _changed: QDate) -> None:
        if _day(self.since) > _day(self.until):
            self._quiet = True
            self.until.setDate(self.since.date())
            self._quiet = False
        self._emit()

    def _until_changed(self, _changed: QDate) -> None:
        if _day(self.since) > _day(self.until):
            self._quiet = True
            self.since.setDate(self.until.date())
            self._quiet = False
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.current())

"""The selected session: when and how it went, its pain ratings and note (editable at any
time later), its exercises as a tree, and a button to delete it (which can be undone).

It reads and writes through the HistoryRepository only; a write the file refuses is
said in one sentence under the heading and the shown value goes back to what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.durations import clock_text
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.history import HistoryRepository, SessionRecord
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.history_texts import long_day_text, status_text, time_text
from hamstring_coach.ui.pair_row import PairRow
from hamstring_coach.ui.session_detail_model import SessionDetailModel, StepTitles
from hamstring_coach.ui.session_list_model import work_text
from hamstring_coach.ui.texts import storage_problem
from hamstring_coach.ui.theme import header_sheet
from hamstring_coach.ui.widgets.fitted_tree import FittedTree

MAX_PAIN = 10
NOTE_LIMIT = 10_000


class SessionDetail(QWidget):
    sessionChanged = Signal(object)  # the SessionRecord as now stored
    deleteRequested = Signal(int)  # the session's id

    def __init__(
        self, history: HistoryRepository, titles: StepTitles, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._session: SessionRecord | None = None
        self.model = SessionDetailModel(titles, self)

        self.heading = QLabel(self)
        self.heading.setAccessibleName(self.tr("Session"))
        bigger = self.heading.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.35)
        bigger.setBold(True)
        self.heading.setFont(bigger)
        self.heading.setWordWrap(False)
        self.when = QLabel(self)
        self.when.setAccessibleName(self.tr("When"))
        self.when.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setAccessibleName(self.tr("How it went"))
        self.outcome.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Saving problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c01c28; font-weight: bold;")
        self.problem.hide()

        self.pain_before = self._pain_box(
            self.tr("Pain before the session"),
            self.tr("The pain before this session, 0 to 10, or not rated. Saved when chosen."),
        )
        self.pain_after = self._pain_box(
            self.tr("Pain after the session"),
            self.tr("The pain after this session, 0 to 10, or not rated. Saved when chosen."),
        )
        self.pain_before.activated.connect(lambda _i: self._save_pain("before"))
        self.pain_after.activated.connect(lambda _i: self._save_pain("after"))
        self.note = QPlainTextEdit(self)
        describe(
            self.note,
            self.tr("Note"),
            self.tr("A note on this session. Tab moves on; Save note keeps it."),
        )
        self.note.setPlaceholderText(self.tr("A note for yourself or your physiotherapist"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.note.textChanged.connect(self._note_edited)
        self.save_note = QPushButton(self.tr("Save note"), self)
        describe(self.save_note, self.tr("Save note"), self.tr("Saves the note of this session."))
        self.save_note.setEnabled(False)
        self.save_note.clicked.connect(self._save_note)
        self.delete_button = QPushButton(self.tr("Delete session"), self)
        describe(
            self.delete_button,
            self.tr("Delete this session"),
            self.tr("Deletes the session; Undo or Ctrl+Z brings it back."),
        )
        self.delete_button.clicked.connect(self._delete)

        self.tree = FittedTree(fixed=(1, 2), parent=self)  # planned and actual times
        self.tree.setModel(self.model)
        describe(
            self.tree,
            self.tr("Exercises in the order they happened"),
            self.tr(
                "Each exercise with what was done; the right arrow key opens the moments within it."
            ),
        )
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStyleSheet(header_sheet(self.tree.font().pointSizeF()))

        pairs = []
        for text, box in (
            (self.tr("Pain before:"), self.pain_before),
            (self.tr("after:"), self.pain_after),
        ):
            label = QLabel(text, self)
            label.setAccessibleName(text)
            label.setBuddy(box)
            pairs.append((label, box))
        self.pains = PairRow(pairs, self)  # one under the other when the pane is narrow
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.save_note, 0, Qt.AlignmentFlag.AlignBottom)

        self.empty = QLabel(self.tr("Choose a session to see it here."), self)
        self.empty.setAccessibleName(self.tr("No session chosen"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QWidget(self)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(self.heading)
        title.addWidget(self.when, 1, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(title)
        column.addWidget(self.outcome)
        column.addWidget(self.problem)
        column.addWidget(self.pains)
        column.addLayout(note_row)
        column.addWidget(self.tree, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)
        column.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty, 1)
        outer.addWidget(self.body, 1)
        self.show_session(None)

    def _pain_box(self, name: str, description: str) -> QComboBox:
        box = QComboBox(self)
        describe(box, name, description)
        box.addItem(self.tr("not rated"), None)
        box.setToolTip(self.tr("0 = no pain, 10 = worst"))
        for value in range(MAX_PAIN + 1):
            box.addItem(str(value), value)
        return box

    @property
    def session(self) -> SessionRecord | None:
        return self._session

    def show_session(self, session: SessionRecord | None) -> None:
        """Show a session (with its segments), or the empty state for None; a note
        being written for the session shown before is saved first."""
        if self._session is not None and session is not self._session:
            self.save_pending_note()
        self._session = session
        self.problem.hide()
        self.empty.setVisible(session is None)
        self.body.setVisible(session is not None)
        self.model.show_session(session)
        if session is None:
            return
        self.heading.setText(session.routine_title)
        day = long_day_text(session.started_at.date())
        if session.ended_at is not None:
            self.when.setText(
                self.tr("{day}, {start} to {end}").format(
                    day=day, start=time_text(session.started_at), end=time_text(session.ended_at)
                )
            )
        else:
            self.when.setText(
                self.tr("{day}, from {start}").format(day=day, start=time_text(session.started_at))
            )
        parts = [status_text(session.status), work_text(session)]
        parts.append(self.tr("{time} of exercise").format(time=clock_text(session.active_s)))
        self.outcome.setText(" · ".join(p for p in parts if p))
        self._set_pains(session)
        self.note.blockSignals(True)
        self.note.setPlainText(session.note or "")
        self.note.blockSignals(False)
        self.save_note.setEnabled(False)
        self.delete_button.setEnabled(session.status is not None)
        for row in range(self.model.rowCount()):
            self.tree.expand(self.model.index(row, 0))
        self.tree.fit_columns()

    def _set_pains(self, session: SessionRecord) -> None:
        self.pain_before.setCurrentIndex(self.pain_before.findData(session.pain_before))
        self.pain_after.setCurrentIndex(self.pain_after.findData(session.pain_after))
        if session.pain_before is None:
            self.pain_before.setCurrentIndex(0)
        if session.pain_after is None:
            self.pain_after.setCurrentIndex(0)

    def _save_pain(self, which: str) -> None:
        session = self._session
        if session is None:
            return
        box = self.pain_before if which == "before" else self.pain_after
        value = box.currentData()
        try:
            if which == "before":
                self._history.set_pain_before(session.id, value)
            else:
                self._history.set_pain(session.id, value)
        except (DatabaseError, ValueError) as error:
            self._set_pains(session)
            self._say(error)
            return
        self._stored(session.id)

    def _note_edited(self) -> None:
        stored = (self._session.note or "") if self._session else ""
        self.save_note.setEnabled(self.note.toPlainText().strip() != stored.strip())

    def save_pending_note(self) -> None:
        """Save the note being written, if it differs from the one stored."""
        if self.save_note.isEnabled():
            self._save_note()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page keeps the note being written."""
        self.save_pending_note()
        super().hideEvent(event)

    def _save_note(self) -> None:
        session = self._session
        if session is None:
            return
        text = self.note.toPlainText()[:NOTE_LIMIT]
        try:
            self._history.set_note(session.id, text)
        except (DatabaseError, ValueError) as error:
            self._say(error)
            return
        self._stored(session.id)

    def _stored(self, session_id: int) -> None:
        """Read the session back as stored, show it, and tell the list."""
        try:
            stored = self._history.get_session(session_id)
        except DatabaseError as error:
            self._say(error)
            return
        if stored is None:
            return
        keep_note = self.note.toPlainText() if self.save_note.isEnabled() else None
        self.save_note.setEnabled(False)  # kept below; not saved over the stored one
        self.show_session(stored)
        if keep_note is not None:  # a pain rating saved while the note was being written
            self.note.setPlainText(keep_note)  # and still to be saved (textChanged)
        self.sessionChanged.emit(stored)

    def _delete(self) -> None:
        self.save_note.setEnabled(False)  # a note being written goes with its session
        if self._session is not None:
            self.deleteRequested.emit(self._session.id)

    def _say(self, error: Exception) -> None:
        text = storage_problem(error) if isinstance(error, DatabaseError) else str(error)
        self.problem.setText(self.tr("Not saved: {problem}").format(problem=text))
        self.problem.show()

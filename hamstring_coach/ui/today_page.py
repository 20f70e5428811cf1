"""The first page, Today: the recovery phase and what to do now, red flags, the next ice,
today's plan with progress, heat, a link to the fitting care note, the routines to start
and a small injury form. Without an injury every routine is offered as general care.

The page reads everything from its TodayModel and sends the person's wishes back as
signals; it holds no rules of its own.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.entered_text import MAX_NOTE_CHARS, MAX_YEARS_BACK, EntryError
from hamstring_coach.core.ice import ICE_ROUTINE_ID, default_minutes, minutes_range
from hamstring_coach.core.recovery import PlanItem, Today
from hamstring_coach.core.routines import Routine
from hamstring_coach.core.timeline import Prefs, expand, total_seconds
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.ui import care_texts, texts
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.desktop.front import after_first_paint
from hamstring_coach.ui.today_model import EMPTY, TodayModel
from hamstring_coach.ui.widgets.picture import PictureBook
from hamstring_coach.ui.widgets.step_pictures import step_pictures

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from hamstring_coach.ui.injury_form import InjuryForm

FLAG_STYLE = (
    "QLabel#redFlags { border: 3px solid #c01c28; border-radius: 6px; padding: 10px;"
    " font-weight: bold; }"
)


def _label(name: str, parent: QWidget, *, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class TodayPage(QWidget):
    startRequested = Signal(str)  # routine id
    careNoteRequested = Signal(str)  # a note id of the care notes page

    def __init__(
        self,
        routines: list[Routine],
        prefs_for: Callable[[Routine], Prefs],
        parent: QWidget | None = None,
        model: TodayModel | None = None,
        *,
        pictures: PictureBook | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._pictures = pictures or PictureBook()  # read when first drawn
        self._prefs_for = prefs_for
        self._routines = {r.id: r for r in routines}
        self.start_buttons: dict[str, QPushButton] = {}
        self.cards: dict[str, QFrame] = {}
        self.card_notes: dict[str, QLabel] = {}
        # Room on each card for small pictures of its steps: add them to the strip's
        # layout (a QHBoxLayout) and show the strip, which stays hidden while empty.
        self.card_pictures: dict[str, QWidget] = {}
        self.ice_spin: QSpinBox | None = None  # minutes of ice, on the ice routine's card

        self.phase_title = _label(self.tr("Phase"), self, scale=1.8, bold=True)
        self.what_now = _label(self.tr("What to do now"), self, scale=1.25)
        self.flags = _label(self.tr("See a professional"), self, scale=1.15)
        self.flags.setObjectName("redFlags")
        self.flags.setStyleSheet(FLAG_STYLE)
        self.ice_due = _label(self.tr("Next ice"), self, scale=1.25, bold=True)
        self.heat = _label(self.tr("Heat"), self)
        self.note_link = QPushButton(self)
        self.note_link.setObjectName("careNoteLink")
        self.note_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.note_link.clicked.connect(self._open_note)
        self.plan_box = QFrame(self)
        self.plan_box.setAccessibleName(self.tr("Today's plan"))
        self.plan_rows = QVBoxLayout(self.plan_box)
        self.plan_rows.setContentsMargins(0, 0, 0, 0)
        self.plan_bars: dict[str, QProgressBar] = {}
        self.plan_labels: dict[str, QLabel] = {}
        # The injury form is built just after the window's first frame (or when first
        # used), so the phase, the plan and the start buttons show sooner.
        self._form: InjuryForm | None = None
        # Asked before a new injury replaces the current one (open while it waits).
        self.replace_question: QMessageBox | None = None
        self._form_place = QVBoxLayout()
        self._form_place.setContentsMargins(0, 0, 0, 0)

        status = QVBoxLayout()
        status.addWidget(self.ice_due)
        status.addWidget(self.plan_box)
        status.addWidget(self.heat)
        status.addWidget(self.note_link, 0, Qt.AlignmentFlag.AlignLeft)
        status.addLayout(self._form_place)
        status.addStretch(1)

        self._cards_box = QWidget(self)
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.addStretch(1)
        self._build_cards()

        columns = QHBoxLayout()
        columns.addLayout(status, 5)
        columns.addWidget(self._cards_box, 6)
        disclaimer = QLabel(
            self.tr(
                "Hamstring Coach guides self-care for a sore or strained hamstring. It is not "
                "a diagnosis. Stop if you feel sharp pain; if soreness lasts beyond two weeks "
                "or gets worse, see a physical therapist."
            ),
            self,
        )
        disclaimer.setWordWrap(True)
        disclaimer.setAccessibleName(self.tr("About this guidance"))

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.phase_title)
        column.addWidget(self.what_now)
        column.addWidget(self.flags)
        column.addLayout(columns, 1)
        column.addWidget(disclaimer)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        describe(
            scroll,
            self.tr("Today"),
            self.tr("The phase, today's plan, the injury and the routines to start."),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        if model is not None:
            model.changed.connect(self._show)
            model.readFailed.connect(self._read_failed)
        self._show()
        after_first_paint(self.window(), self._build_form)

    def _build_form(self) -> None:
        """Build the injury form now, just after the first frame."""
        _ = self.form

    @property
    def form(self) -> InjuryForm:
        """The injury form, built on first use."""
        if self._form is None:
            from hamstring_coach.ui.injury_form import InjuryForm

            form = InjuryForm(self)
            form.saveRequested.connect(self._save_injury)
            form.recoveredRequested.connect(self._recovered)
            self._form_place.addWidget(form)
            form.setVisible(self._model is not None)  # after joining the shown page
            previous: QWidget = self.note_link  # Tab goes through the form before the cards
            for field in form.fields():
                QWidget.setTabOrder(previous, field)
                previous = field
            self._form = form
            self._show_injury()
        return self._form

    # -- building ----------------------------------------------------------------------
    def _build_cards(self) -> None:
        """The routine cards again, with the lengths the settings give each routine."""
        ice_minutes = self.ice_spin.value() if self.ice_spin is not None else None
        for card in self.cards.values():
            card.hide()
            card.deleteLater()
        for found in (self.start_buttons, self.cards, self.card_notes, self.card_pictures):
            found.clear()
        self.ice_spin = None
        for index, routine in enumerate(self._routines.values()):
            self._cards_layout.insertWidget(index, self._card(routine, self._prefs_for(routine)))
        if ice_minutes is not None:
            self.set_ice_minutes(ice_minutes)

    def show_routines(self, routines: list[Routine]) -> None:
        """Offer these routines from now on (one was imported, edited or deleted)."""
        self._routines = {r.id: r for r in routines}
        self._build_cards()
        self._show()

    def _card(self, routine: Routine, prefs: Prefs) -> QFrame:
        card = QFrame(self._cards_box)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        minutes = max(1, math.ceil(total_seconds(expand(routine, prefs)) / 60))
        describe(
            card,
            routine.title,
            self.tr("{summary} About {minutes} min. Enter starts it.").format(
                summary=routine.summary, minutes=minutes
            ),
        )
        card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        card.setProperty("routine_id", routine.id)
        title = _label(self.tr("Routine"), card, scale=1.3, bold=True)
        title.setText(routine.title)
        about = _label(self.tr("Description"), card)
        about.setText(
            self.tr("{summary} About {minutes} min.").format(
                summary=routine.summary, minutes=minutes
            )
        )
        needs = _label(self.tr("What you need"), card)
        needs.setText(texts.needs_text(routine.needs))
        needs.setVisible(bool(routine.needs))
        note = _label(self.tr("Routine note"), card)
        note.setObjectName("cardNote")
        note.hide()
        pictures = QWidget(card)
        pictures.setAccessibleName(self.tr("Pictures of the steps"))
        strip = QHBoxLayout(pictures)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(step_pictures(routine, self._pictures, pictures))
        start = QPushButton(self.tr("Start"), card)
        describe(
            start,
            self.tr("Start {title}").format(title=routine.title),
            self.tr("Starts the session and counts it down step by step."),
        )
        start.setMinimumSize(120, 44)
        start.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        start.clicked.connect(lambda: self.startRequested.emit(routine.id))
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(about)
        text.addWidget(needs)
        text.addWidget(note)
        text.addWidget(pictures)
        row = QHBoxLayout(card)
        row.addLayout(text, 1)
        if routine.id == ICE_ROUTINE_ID:
            row.addWidget(self._ice_minutes(routine, card), 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(start, 0, Qt.AlignmentFlag.AlignVCenter)
        self.start_buttons[routine.id] = start
        self.cards[routine.id] = card
        self.card_notes[routine.id] = note
        self.card_pictures[routine.id] = pictures
        return card

    def _ice_minutes(self, routine: Routine, parent: QWidget) -> QSpinBox:
        low, high = minutes_range(routine)
        spin = QSpinBox(parent)
        spin.setRange(low, high)
        spin.setValue(default_minutes(routine))
        spin.setSuffix(self.tr(" min"))
        spin.setMinimumHeight(44)
        spin.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        about = self.tr("How long the ice stays on: {low} to {high} minutes.").format(
            low=low, high=high
        )
        describe(spin, self.tr("Minutes of ice"), about)
        spin.setToolTip(about)
        self.ice_spin = spin
        return spin

    def ice_minutes(self) -> int:
        """The minutes of ice chosen on the page (20 when there is no ice card)."""
        return self.ice_spin.value() if self.ice_spin is not None else 20

    def set_ice_minutes(self, minutes: int) -> None:
        """Show ``minutes`` as the choice (kept inside what the routine allows)."""
        if self.ice_spin is not None:
            self.ice_spin.setValue(minutes)

    # -- showing -----------------------------------------------------------------------
    def refresh(self, *, cards: bool = True) -> None:
        """Build the cards again (the settings changed; not when they were just built)
        and read the history again (a session ended, the window came back to the front)."""
        if cards:
            self._build_cards()
        if self._model is not None:
            self._model.refresh()
        else:
            self._show()

    def _show(self) -> None:
        model = self._model
        report = EMPTY if model is None else model.report
        now = model.at if model is not None else None
        self.phase_title.setText(care_texts.phase_title(report, now) if now else "")
        self.phase_title.setVisible(now is not None)
        self.what_now.setText(care_texts.what_now(report))
        flags = [care_texts.flag_text(flag) for flag in report.flags]
        self.flags.setText("\n".join(flags))
        self.flags.setVisible(bool(flags))
        ice = care_texts.ice_text(report, now) if now else ""
        self.ice_due.setText(ice)
        self.ice_due.setVisible(bool(ice))
        self.heat.setText(care_texts.heat_text(report.phase))
        self.heat.setVisible(report.phase != "none")
        self.note_link.setText(care_texts.care_note_link(report.phase) + " →")
        describe(
            self.note_link,
            care_texts.care_note_link(report.phase),
            self.tr("Opens the care note that fits this phase of the recovery."),
        )
        self._show_plan(report.plan)
        self._order_cards(report)
        if self._form is not None:
            self._show_injury()

    def _show_injury(self) -> None:
        model, form = self._model, self._form
        if model is not None and form is not None:
            form.show_injury(model.report.injury, model.at)
            form.reset_time(model.at)
            form.set_default_leg(model.settings().sore_leg)

    def _show_plan(self, plan: tuple[PlanItem, ...]) -> None:
        while self.plan_rows.count():
            item = self.plan_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.plan_bars.clear()
        self.plan_labels.clear()
        for entry in plan:
            routine = self._routines.get(entry.routine_id)
            title = routine.title if routine else entry.routine_id
            label = _label(self.tr("Plan"), self.plan_box)
            label.setText(care_texts.plan_text(entry, title))
            bar = QProgressBar(self.plan_box)
            bar.setRange(0, max(1, entry.target))
            bar.setValue(min(entry.done, entry.target))
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
            describe(
                bar,
                self.tr("Progress of {title}").format(title=title),
                care_texts.plan_text(entry, title),
            )
            self.plan_rows.addWidget(label)
            self.plan_rows.addWidget(bar)
            self.plan_bars[entry.routine_id] = bar
            self.plan_labels[entry.routine_id] = label
        self.plan_box.setVisible(bool(plan))

    def _order_cards(self, report: Today) -> None:
        """Planned routines first (ice in the first 48 hours), each with a word on when."""
        planned = [item.routine_id for item in report.plan if item.routine_id in self.cards]
        order = planned + [rid for rid in self.cards if rid not in planned]
        for index, routine_id in enumerate(order):
            self._cards_layout.insertWidget(index, self.cards[routine_id])
        self._tab_order(order)
        for routine_id, note in self.card_notes.items():
            text = ""
            ends = report.phase_ends_at
            if report.phase == "acute" and routine_id != ICE_ROUTINE_ID and ends is not None:
                text = self.tr("Can wait until {when}; asks first.").format(
                    when=care_texts.moment_text(ends)
                )
            elif routine_id in planned:
                text = self.tr("In today's plan.")
            note.setText(text)
            note.setVisible(bool(text))

    def _tab_order(self, cards: list[str]) -> None:
        """Tab as the page reads: the care note and the injury form on the left, then
        each routine card as listed, with its minutes of ice and its Start button."""
        chain: list[QWidget] = [self.note_link]
        if self._form is not None:  # built after the first frame, in its place (``form``)
            chain += self._form.fields()
        for routine_id in cards:
            chain.append(self.cards[routine_id])
            if routine_id == ICE_ROUTINE_ID and self.ice_spin is not None:
                chain.append(self.ice_spin)
            chain.append(self.start_buttons[routine_id])
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _open_note(self) -> None:
        from hamstring_coach.ui.care_notes_page import NOTE_FOR_PHASE  # with its page

        report = EMPTY if self._model is None else self._model.report
        self.careNoteRequested.emit(NOTE_FOR_PHASE[report.phase])

    # -- the injury form ---------------------------------------------------------------
    def _save_injury(self, happened_at: object, leg: str, note: str) -> None:
        """Record the injury; with one already current, ask first (without blocking)
        whether the new one replaces it."""
        model = self._model
        if model is None:
            return
        current = model.report.injury
        if current is None:
            self._record_injury(happened_at, leg, note)
            return
        from hamstring_coach.ui.widgets.question import ask  # only when it is asked

        self.replace_question = ask(
            self,
            self.tr("Replace the current injury?"),
            self.tr(
                "Replace the current injury ({leg}, since {when})? It stays in your "
                "records, and the plan follows the new one from now on."
            ).format(
                leg=care_texts.leg_text(current.leg),
                when=care_texts.moment_text(current.happened_at, now=model.at),
            ),
            self.tr("Replace"),
            lambda: self._record_injury(happened_at, leg, note),
        )

    def _record_injury(self, happened_at: object, leg: str, note: str) -> None:
        self.replace_question = None
        if self._model is None:
            return
        try:
            self._model.record_injury(happened_at, leg, note)  # type: ignore[arg-type]
        except ValueError as error:
            self.form.say(self._refusal(error), problem=True)
            return
        except DatabaseError as error:
            self.form.say(texts.storage_problem(error), problem=True)
            return
        self.form.note.clear()
        self.form.forget_leg_choice()
        self.form.say(self.tr("Injury saved. The plan now follows the days since."))

    def _refusal(self, error: ValueError) -> str:
        """Why the injury was not saved (the rules are core.entered_text's)."""
        problem = error.problem if isinstance(error, EntryError) else "future"
        if problem == "too-old":
            return self.tr("That time is more than {years} years ago: give a later time.").format(
                years=MAX_YEARS_BACK
            )
        if problem == "note-control":
            return self.tr("The note holds a control character: remove it, then save again.")
        if problem == "note-long":
            return self.tr("The note is too long: keep it to {count} characters.").format(
                count=MAX_NOTE_CHARS
            )
        return self.tr("That time is in the future: give the time it happened.")

    def _recovered(self) -> None:
        if self._model is None:
            return
        try:
            injury = self._model.mark_recovered()
        except DatabaseError as error:
            self.form.say(texts.storage_problem(error), problem=True)
            return
        self.form.say(self.tr("Marked recovered. Well done.") if injury else "")

    def _read_failed(self, error: DatabaseError) -> None:
        self.form.say(texts.storage_problem(error), problem=True)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light or dark): style the red-flag box again, since a widget
        with a style sheet keeps the text colour it was first given."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.flags.setStyleSheet("")
            self.flags.setStyleSheet(FLAG_STYLE)
        super().changeEvent(event)

    # -- keys --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts the routine whose card (or a control on it) has the focus."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            widget: QWidget | None = self.focusWidget()
            while widget is not None and widget is not self:
                routine_id = widget.property("routine_id")
                if isinstance(routine_id, str) and routine_id in self.cards:
                    self.startRequested.emit(routine_id)
                    event.accept()
                    return
                widget = widget.parentWidget()
        super().keyPressEvent(event)

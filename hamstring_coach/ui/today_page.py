"""The first page: the routines to choose from, and a plain word on what the app is."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.ice import ICE_ROUTINE_ID, default_minutes, minutes_range
from hamstring_coach.core.routines import Routine
from hamstring_coach.core.timeline import Prefs, expand, total_seconds


class TodayPage(QWidget):
    startRequested = Signal(str)  # routine id

    def __init__(
        self,
        routines: list[Routine],
        prefs_for: Callable[[Routine], Prefs],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.start_buttons: dict[str, QPushButton] = {}
        self.ice_spin: QSpinBox | None = None  # minutes of ice, on the ice routine's card
        self._routines = list(routines)
        self._prefs_for = prefs_for
        heading = QLabel(self.tr("What would you like to do?"), self)
        heading.setAccessibleName(self.tr("Heading"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)

        self._scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Routines"))
        self.refresh()

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

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(disclaimer)

    def show_routines(self, routines: list[Routine]) -> None:
        """Offer these routines from now on (one was imported, edited or deleted)."""
        self._routines = list(routines)
        self.refresh()

    def refresh(self) -> None:
        """Build the cards again, with the lengths the settings give each routine."""
        ice_minutes = self.ice_spin.value() if self.ice_spin is not None else None
        self.start_buttons.clear()
        self.ice_spin = None
        cards = QWidget(self._scroll)
        cards_layout = QVBoxLayout(cards)
        for routine in self._routines:
            cards_layout.addWidget(self._card(routine, self._prefs_for(routine), cards))
        cards_layout.addStretch(1)
        self._scroll.setWidget(cards)  # the old cards are deleted with their widget
        if ice_minutes is not None:
            self.set_ice_minutes(ice_minutes)

    def _card(self, routine: Routine, prefs: Prefs, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(routine.title)
        minutes = max(1, math.ceil(total_seconds(expand(routine, prefs)) / 60))
        title = QLabel(routine.title, card)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(self.tr("Routine"))
        about = QLabel(
            self.tr("{summary} About {minutes} min.").format(
                summary=routine.summary, minutes=minutes
            ),
            card,
        )
        about.setWordWrap(True)
        about.setAccessibleName(self.tr("Description"))
        start = QPushButton(self.tr("Start"), card)
        start.setAccessibleName(self.tr("Start {title}").format(title=routine.title))
        start.setMinimumHeight(44)
        start.clicked.connect(lambda: self.startRequested.emit(routine.id))
        self.start_buttons[routine.id] = start
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(about)
        row = QHBoxLayout(card)
        row.addLayout(text, 1)
        if routine.id == ICE_ROUTINE_ID:
            row.addWidget(self._ice_minutes(routine, card), 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(start, 0, Qt.AlignmentFlag.AlignVCenter)
        return card

    def _ice_minutes(self, routine: Routine, parent: QWidget) -> QSpinBox:
        low, high = minutes_range(routine)
        spin = QSpinBox(parent)
        spin.setRange(low, high)
        spin.setValue(default_minutes(routine))
        spin.setSuffix(self.tr(" min"))
        spin.setMinimumHeight(44)
        spin.setAccessibleName(self.tr("Minutes of ice"))
        spin.setToolTip(
            self.tr("How long the ice stays on: {low} to {high} minutes.").format(
                low=low, high=high
            )
        )
        self.ice_spin = spin
        return spin

    def ice_minutes(self) -> int:
        """The minutes of ice chosen on the page (20 when there is no ice card)."""
        return self.ice_spin.value() if self.ice_spin is not None else 20

    def set_ice_minutes(self, minutes: int) -> None:
        """Show ``minutes`` as the choice (kept inside what the routine allows)."""
        if self.ice_spin is not None:
            self.ice_spin.setValue(minutes)

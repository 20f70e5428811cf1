"""The first page: the routines to choose from, and a plain word on what the app is."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.routines import Routine
from hamstring_coach.core.timeline import Prefs, expand, total_seconds


class TodayPage(QWidget):
    startRequested = Signal(str)  # routine id

    def __init__(
        self, routines: list[Routine], prefs: Prefs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.start_buttons: dict[str, QPushButton] = {}
        heading = QLabel(self.tr("What would you like to do?"), self)
        heading.setAccessibleName(self.tr("Heading"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)

        cards = QWidget(self)
        cards_layout = QVBoxLayout(cards)
        for routine in routines:
            cards_layout.addWidget(self._card(routine, prefs, cards))
        cards_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards)
        scroll.setAccessibleName(self.tr("Routines"))

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
        row.addWidget(start, 0, Qt.AlignmentFlag.AlignVCenter)
        return card

"""What the person sees when a session ends: how it went, and how the leg feels.

It counts honestly: holds, sets, timed steps and checklists apart, each with how many
were done, skipped and not reached; "Well done" only when most of the work was done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.durations import clock_text
from hamstring_coach.core.stats import SessionOutcome, WorkCount
from hamstring_coach.ui import plural
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.pain_scale import PainScale


class SummaryPage(QWidget):
    painRated = Signal(int)  # pain 0-10, for the session just shown
    homeRequested = Signal()
    historyRequested = Signal()
    iceRequested = Signal()  # after a sharp-pain stop: start the ice timer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outcome: SessionOutcome | None = None
        self.heading = QLabel(self)
        self.heading.setAccessibleName(self.tr("Outcome"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.details = QLabel(self)
        self.details.setAccessibleName(self.tr("What was done"))
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        bigger = self.details.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.4)
        self.details.setFont(bigger)
        self.advice = QLabel(self)
        self.advice.setAccessibleName(self.tr("What to do next"))
        self.advice.setWordWrap(True)
        self.advice.setObjectName("advice")
        self.advice.setStyleSheet(
            "QLabel#advice { border: 2px solid #c01c28; padding: 12px; font-size: 18px; }"
        )
        self.question = QLabel(
            self.tr(
                "How does the hamstring feel now? 0 = no pain, 10 = worst.\n"
                "Press a number key: 0-9, or 1 then 0 for 10."
            ),
            self,
        )
        self.question.setAccessibleName(self.tr("Pain question"))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved = QLabel(self)
        self.saved.setAccessibleName(self.tr("Rating saved"))
        self.saved.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.scale = PainScale(self)
        self.rating = self.scale.group  # the eleven buttons, by value
        self.scale.rated.connect(self._rate)

        self.home_button = QPushButton(self.tr("Back to start"), self)
        describe(
            self.home_button,
            self.tr("Back to start"),
            self.tr("Goes back to the Today page."),
        )
        self.home_button.clicked.connect(self.homeRequested)
        self.history_button = QPushButton(self.tr("See history"), self)
        describe(
            self.history_button,
            self.tr("See history"),
            self.tr("Shows this session among the past ones."),
        )
        self.history_button.clicked.connect(self.historyRequested)
        self.ice_button = QPushButton(self.tr("Ice it now"), self)
        describe(
            self.ice_button,
            self.tr("Start the ice timer"),
            self.tr("Starts an ice application for the leg now."),
        )
        self.ice_button.clicked.connect(self.iceRequested)
        self.ice_button.hide()
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.ice_button)
        nav.addWidget(self.home_button)
        nav.addWidget(self.history_button)
        nav.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.advice)
        layout.addSpacing(24)
        layout.addWidget(self.question)
        layout.addWidget(self.scale)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        layout.addLayout(nav)

    def show_outcome(self, outcome: SessionOutcome) -> None:
        self._outcome = outcome
        headings = {
            "completed": self.tr("Session complete. Well done!")
            if outcome.mostly_done
            else self.tr("Session over. Most of it was skipped."),
            "stopped": self.tr("Session stopped"),
            "sharp-pain": self.tr("Stopped for sharp pain"),
        }
        self.heading.setText(headings[outcome.status])
        lines = [self._count_line(kind, count) for kind, count in self._counts(outcome)]
        lines.append(self.tr("{time} of activity").format(time=clock_text(outcome.active_s)))
        self.details.setText("\n".join(lines))
        self.advice.setVisible(outcome.status == "sharp-pain")
        self.ice_button.setVisible(outcome.status == "sharp-pain")
        self.advice.setText(
            self.tr(
                "Stop here and rest the leg; do not stretch through sharp pain. If the injury "
                "is new (first 48 hours), ice it for 15-20 minutes, with a cloth between ice "
                "and skin. If the pain persists, see a physical therapist or a doctor."
            )
        )
        self.saved.setText("")
        self.scale.clear()

    @staticmethod
    def _counts(outcome: SessionOutcome) -> list[tuple[str, WorkCount]]:
        kinds = [
            ("holds", outcome.holds),
            ("sets", outcome.sets),
            ("timed", outcome.timed),
            ("checklists", outcome.checklists),
        ]
        return [(kind, count) for kind, count in kinds if count.planned]

    def _count_line(self, kind: str, count: WorkCount) -> str:
        """'16 of 18 holds done, 2 skipped, 1 not reached': every piece accounted for."""
        n = count.planned
        pattern = {
            "holds": self.tr("{done} of %n hold(s) done", "", n),
            "sets": self.tr("{done} of %n set(s) done", "", n),
            "timed": self.tr("{done} of %n timed step(s) done", "", n),
            "checklists": self.tr("{done} of %n checklist(s) done", "", n),
        }[kind]
        done = plural.english(pattern, n).format(done=count.done)
        parts = [done]
        if count.skipped:
            parts.append(self.tr("{n} skipped").format(n=count.skipped))
        if count.not_reached:
            parts.append(self.tr("{n} not reached").format(n=count.not_reached))
        return ", ".join(parts)

    def _rate(self, value: int) -> None:
        if self._outcome is not None:
            self.painRated.emit(value)

    def show_rating_saved(self, value: int, saved: bool) -> None:
        """Say whether the rating reached the history file or is waiting to be saved."""
        if saved:
            self.saved.setText(self.tr("Pain {n}/10 noted.").format(n=value))
        else:
            self.saved.setText(
                self.tr(
                    "Pain {n}/10 will be saved as soon as the history file can take it."
                ).format(n=value)
            )

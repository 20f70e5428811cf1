"""Short care notes: R.I.C.E., heat, common mistakes, prevention, what else may help,
and when to see someone. Each point is one or two sentences, read in a rest.

The Today page links to the note that fits the recovery phase (``show_note``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.recovery import Phase
from hamstring_coach.ui.accessible import describe

# The note each phase links to.
NOTE_FOR_PHASE: dict[Phase, str] = {
    "acute": "rice",
    "early": "mistakes",
    "later": "prevention",
    "lingering": "see-someone",
    "none": "prevention",
}
NOTE_IDS = ("rice", "heat", "mistakes", "prevention", "more-help", "see-someone")


class CareNotesPage(QWidget):
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Care notes"), self)
        heading.setAccessibleName(self.tr("Heading"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        about = QLabel(
            self.tr(
                "Self-care for a sore or strained hamstring, in short. This is not a "
                "diagnosis: when in doubt, ask a physical therapist or a doctor."
            ),
            self,
        )
        about.setWordWrap(True)
        about.setAccessibleName(self.tr("About these notes"))

        self.sections: dict[str, QFrame] = {}
        body = QWidget(self)
        column = QVBoxLayout(body)
        for note_id, title, points in self._notes():
            section = self._section(note_id, title, points, body)
            self.sections[note_id] = section
            column.addWidget(section)
        column.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(body)
        describe(
            self.scroller,
            self.tr("Care notes"),
            self.tr("The notes, one after another. Arrow keys and Page Down scroll them."),
        )

        self.back_button = QPushButton(self.tr("Back to Today"), self)
        describe(
            self.back_button,
            self.tr("Back to Today"),
            self.tr("Goes back to the Today page."),
        )
        self.back_button.setMinimumHeight(40)
        self.back_button.clicked.connect(self.backRequested)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.current: str | None = None

    def _notes(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """(id, title, [(point, one or two sentences)]) for every note."""
        return [
            (
                "rice",
                self.tr("R.I.C.E. in the first 48 hours"),
                [
                    (
                        self.tr("Rest"),
                        self.tr("Avoid what makes the pain worse, so the swelling can settle."),
                    ),
                    (
                        self.tr("Ice"),
                        self.tr(
                            "15 to 20 minutes at a time, every 2 to 3 hours, for the first 48 "
                            "hours. Keep a thin cloth between the ice and your skin."
                        ),
                    ),
                    (
                        self.tr("Compression"),
                        self.tr(
                            "An elastic bandage or sleeve helps limit swelling. Snug, not tight."
                        ),
                    ),
                    (
                        self.tr("Elevation"),
                        self.tr("When you rest, raise the leg above the level of your heart."),
                    ),
                ],
            ),
            (
                "heat",
                self.tr("When heat is fine"),
                [
                    (
                        self.tr("Not yet"),
                        self.tr("No heat in the first 48 hours: it can make swelling worse."),
                    ),
                    (
                        self.tr("After 48 hours"),
                        self.tr(
                            "Gentle heat may relax the muscle. Use it only if a healthcare "
                            "professional agrees."
                        ),
                    ),
                ],
            ),
            (
                "mistakes",
                self.tr("Common mistakes"),
                [
                    (
                        self.tr("Pushing through sharp pain"),
                        self.tr("Sharp pain means stop. Ease the effort instead of pushing on."),
                    ),
                    (
                        self.tr("Skipping the warm-up"),
                        self.tr("Cold muscles strain more easily. Warm up before exercise."),
                    ),
                    (
                        self.tr("Bouncing in a stretch"),
                        self.tr("Ease into a stretch and hold it still; bouncing can tear fibres."),
                    ),
                    (
                        self.tr("Rushing back"),
                        self.tr(
                            "Going back to hard activity too soon risks a setback. Build up "
                            "step by step."
                        ),
                    ),
                ],
            ),
            (
                "prevention",
                self.tr("Prevention"),
                [
                    (
                        self.tr("Warm-up"),
                        self.tr(
                            "About 10 minutes: light cardio, then moving stretches such as "
                            "leg swings."
                        ),
                    ),
                    (
                        self.tr("Cool-down"),
                        self.tr(
                            "After exercise: still hamstring stretches and gentle foam rolling."
                        ),
                    ),
                    (
                        self.tr("Stretch and strengthen"),
                        self.tr(
                            "Stretch regularly, and strengthen the hamstrings about 3 times a "
                            "week, raising the effort slowly."
                        ),
                    ),
                    (
                        self.tr("Water and food"),
                        self.tr("Drink enough and eat well: both help a muscle recover."),
                    ),
                    (
                        self.tr("Footwear"),
                        self.tr("Supportive shoes that suit your feet ease the strain on the leg."),
                    ),
                    (
                        self.tr("Early signs"),
                        self.tr("Take early soreness seriously instead of waiting for it to grow."),
                    ),
                ],
            ),
            (
                "more-help",
                self.tr("What else may help, as a professional directs"),
                [
                    (
                        self.tr("Anti-inflammatory painkillers"),
                        self.tr(
                            "Over-the-counter anti-inflammatories such as ibuprofen may ease "
                            "inflammation. Take them only as directed."
                        ),
                    ),
                    (
                        self.tr("Massage"),
                        self.tr("Massage may loosen tight muscle and help blood flow."),
                    ),
                    (
                        self.tr("Foam rolling"),
                        self.tr("Gentle foam rolling may ease knots and tightness."),
                    ),
                    (
                        self.tr("Tape"),
                        self.tr("Kinesiology tape may support the hamstring as you move."),
                    ),
                    (
                        self.tr("Not instead of advice"),
                        self.tr(
                            "These add to rest and exercise; they do not replace a "
                            "professional's advice."
                        ),
                    ),
                ],
            ),
            (
                "see-someone",
                self.tr("When to see someone"),
                [
                    (
                        self.tr("After 2 weeks"),
                        self.tr(
                            "Still sore after 2 weeks, or worse despite home care: see a "
                            "physical therapist."
                        ),
                    ),
                    (
                        self.tr("After 4 weeks"),
                        self.tr(
                            "Pain that lingers past 4 weeks: see a healthcare provider, who may "
                            "check for a tear."
                        ),
                    ),
                ],
            ),
        ]

    def _section(
        self, note_id: str, title: str, points: list[tuple[str, str]], parent: QWidget
    ) -> QFrame:
        section = QFrame(parent)
        section.setObjectName(f"note-{note_id}")
        section.setFrameShape(QFrame.Shape.StyledPanel)
        section.setAccessibleName(title)
        column = QVBoxLayout(section)
        heading = QLabel(title, section)
        heading.setAccessibleName(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        for point, text in points:
            label = QLabel(section)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f"<b>{_escape(point)}.</b> {_escape(text)}")
            label.setWordWrap(True)
            label.setAccessibleName(point)
            column.addWidget(label)
        return section

    def show_note(self, note_id: str) -> None:
        """Bring a note into view and mark it as the one asked for."""
        section = self.sections[note_id]
        for other in self.sections.values():
            other.setFrameShape(QFrame.Shape.StyledPanel)
            other.setLineWidth(1)
        section.setFrameShape(QFrame.Shape.Box)
        section.setLineWidth(3)
        self.current = note_id
        self.scroller.verticalScrollBar().setValue(section.y())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

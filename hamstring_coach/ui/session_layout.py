"""Where everything on the session page goes, and how large it is drawn.

From the top: the exercise and the session's progress (with the Full screen control),
the side and the repetition in large letters, the picture beside the countdown, what to
do, the safety note, what comes next, and the controls. Text sizes follow the page's
height, so the page reads from across the room in full screen and still fits, controls
and all, in a 1024x600 window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from hamstring_coach.ui.session_page import SessionPage

# Text heights as shares of the page's height; never below MIN_PX.
SIZES = {
    "title": 0.05,
    "progress": 0.03,
    "side": 0.08,
    "rep": 0.065,
    "doing": 0.032,
    "checklist": 0.045,
    "caution": 0.025,
    "next": 0.028,
    "buttons": 0.027,
    "question": 0.05,  # the stop question: as large as the exercise's name
    "answers": 0.045,
}
MIN_PX = 13
STYLE = (
    "QPushButton { padding: 6px 14px; }"
    "QFrame#stopQuestion { border: 3px solid palette(window-text); border-radius: 8px; }"
    "QFrame#stopQuestion QPushButton { padding: 10px 32px; font-weight: bold; }"
    "QPushButton#sharpPain { background: #c01c28; color: white; font-weight: bold; }"
)


def label(name: str, parent: QWidget, *, wrap: bool = False) -> QLabel:
    """A centred plain-text label with an accessible name."""
    made = QLabel(parent)
    made.setAlignment(Qt.AlignmentFlag.AlignCenter)
    made.setWordWrap(wrap)
    made.setAccessibleName(name)
    made.setTextFormat(Qt.TextFormat.PlainText)
    return made


def lay_out(page: SessionPage) -> None:
    top = QHBoxLayout()
    page.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    page.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    top.addWidget(page.title, 1)
    top.addWidget(page.progress)
    top.addSpacing(12)
    top.addWidget(page.full_screen_button)

    head = QHBoxLayout()
    head.addWidget(page.side, 1)
    head.addWidget(page.rep, 1)

    middle = QHBoxLayout()
    middle.addWidget(page.picture, 1)
    middle.addWidget(page.ring, 1)
    middle.addWidget(page.tempo)
    middle.addWidget(page.checklist, 1)

    buttons = QHBoxLayout()
    for button in (
        page.back_button,
        page.pause_button,
        page.done_button,
        page.skip_button,
        page.stop_button,
    ):
        buttons.addWidget(button)
    buttons.addStretch(1)
    buttons.addWidget(page.pain_button)

    column = QVBoxLayout(page)
    column.setContentsMargins(12, 8, 12, 8)
    column.setSpacing(4)
    column.addLayout(top)
    column.addLayout(head)
    column.addLayout(middle, 1)
    column.addWidget(page.doing)
    column.addWidget(page.caution)
    column.addWidget(page.next)
    column.addWidget(page.confirm_bar)
    column.addLayout(buttons)
    page.setStyleSheet(STYLE)


def size_fonts(page: SessionPage) -> None:
    """Scale every text on the page to its height."""
    height = max(1, page.height())
    bold = {"title", "side", "rep", "question", "answers"}
    labels: dict[str, list[QWidget]] = {
        "title": [page.title],
        "progress": [page.progress],
        "side": [page.side],
        "rep": [page.rep],
        "doing": [page.doing],
        "checklist": [page.checklist],
        "caution": [page.caution],
        "next": [page.next],
        "buttons": [
            page.back_button,
            page.pause_button,
            page.done_button,
            page.skip_button,
            page.stop_button,
            page.pain_button,
            page.full_screen_button,
        ],
        "question": [page.confirm_text],
        "answers": [page.confirm_yes, page.confirm_no],
    }
    for name, widgets in labels.items():
        pixels = max(MIN_PX, int(height * SIZES[name]))
        for widget in widgets:
            font = widget.font()
            font.setPixelSize(pixels)
            font.setBold(name in bold)
            widget.setFont(font)

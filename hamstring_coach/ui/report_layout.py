"""What the PDF report shows, as plain data, and how its pages are cut.

:class:`ReportData` is gathered from the history by ``ui.report_data``; ``ui.report``
paints it. Page one holds the summary (the range, the injury and its phase, the plan
against what was done, the pain chart); the session list follows on pages of its own,
its column headings repeated on each. Lengths are in points (1/72 inch) on A4.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from hamstring_coach.ui.widgets.pain_chart import Mark, PainPoint

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN = 48.0
FOOTER = 22.0
BODY_PX = 10
SMALL_PX = 9
TITLE_PX = 20
SECTION_PX = 13
ROW_GAP = 5.0
NOTE_LINES = 4  # a note longer than this many lines is cut with an ellipsis
# The session list's columns, as shares of the page's width.
COLUMNS = (0.21, 0.2, 0.2, 0.14, 0.25)


@dataclass(frozen=True)
class AdherenceRow:
    what: str
    done: str
    plan: str


@dataclass(frozen=True)
class ReportSession:
    when: str
    routine: str
    done: str
    pain: str
    status: str
    note: str = ""
    sharp_pain: bool = False


@dataclass(frozen=True)
class ReportData:
    first_day: date
    last_day: date
    made_at: datetime
    injury_lines: Sequence[str]  # empty: no injury recorded
    adherence: Sequence[AdherenceRow]
    pain_points: Sequence[PainPoint]
    pain_marks: Sequence[Mark]
    pain_summary: str
    sessions: Sequence[ReportSession]


def font(size: int, *, bold: bool = False, italic: bool = False) -> QFont:
    """A font ``size`` points tall on the page (the painter is scaled to points, and a
    pixel size keeps the charts' own font metrics true on the page)."""
    chosen = QFont()
    chosen.setPixelSize(size)
    chosen.setBold(bold)
    chosen.setItalic(italic)
    return chosen


def text_height(text: str, chosen: QFont, width: float, max_lines: int = 0) -> float:
    """The height ``text`` takes wrapped into ``width`` points (at most ``max_lines``)."""
    metrics = QFontMetricsF(chosen)
    box = metrics.boundingRect(QRectF(0, 0, width, 1e9), int(Qt.TextFlag.TextWordWrap), text)
    height = max(box.height(), metrics.height())
    if max_lines:
        height = min(height, max_lines * metrics.lineSpacing())
    return height


def row_height(session: ReportSession, width: float) -> float:
    body = font(BODY_PX)
    cells = [session.when, session.routine, session.done, session.pain, session.status]
    tallest = max(
        text_height(text, body, width * share - 6)
        for text, share in zip(cells, COLUMNS, strict=True)
    )
    if session.note:
        tallest += text_height(session.note, font(SMALL_PX, italic=True), width, NOTE_LINES) + 2
    return tallest + ROW_GAP


def list_pages(sessions: Sequence[ReportSession]) -> list[list[int]]:
    """The sessions (by index) on each page of the list; none without sessions."""
    if not sessions:
        return []
    width = PAGE_W - 2 * MARGIN
    room = PAGE_H - 2 * MARGIN - FOOTER - heading_block() - 8
    pages: list[list[int]] = [[]]
    used = 0.0
    for index, session in enumerate(sessions):
        height = row_height(session, width)
        if pages[-1] and used + height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(index)
        used += height
    return pages


def heading_block() -> float:
    """The list's title and column headings at the top of each of its pages."""
    return (
        text_height("Ag", font(SECTION_PX, bold=True), 400)
        + text_height("Ag", font(BODY_PX), 400)
        + 14
    )

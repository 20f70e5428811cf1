"""The PDF report for a physiotherapist, painted with Qt's own PDF writer.

Page one: the date range, the injury and its phase, the plan against what was done,
and the pain chart (the same picture as the history page's, in its light colours).
Then the sessions, newest last, with their notes, on as many pages as they need.

``write_report(history, target, matching)`` is what ``hamstring-coach export --format
pdf`` and the history page's export call; it draws into ``target`` (the caller writes to
a temporary file and renames it). Without a QGuiApplication (the command line) it makes
an offscreen one, so no screen is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from hamstring_coach import __version__
from hamstring_coach.storage.exporting import ExportError
from hamstring_coach.ui.history_texts import day_text
from hamstring_coach.ui.report_layout import (
    BODY_PX,
    COLUMNS,
    FOOTER,
    MARGIN,
    NOTE_LINES,
    PAGE_H,
    PAGE_W,
    ROW_GAP,
    SECTION_PX,
    SMALL_PX,
    TITLE_PX,
    ReportData,
    font,
    list_pages,
    row_height,
    text_height,
)
from hamstring_coach.ui.widgets.chart_colors import LIGHT
from hamstring_coach.ui.widgets.pain_chart import PainChartFigure

if TYPE_CHECKING:
    from hamstring_coach.core.settings import Settings
    from hamstring_coach.storage.history import HistoryRepository, SessionFilter
    from hamstring_coach.storage.injuries import InjuryRepository

translate = QCoreApplication.translate
RESOLUTION = 300  # dots per inch of the page; text and lines are drawn as vectors
WIDTH = PAGE_W - 2 * MARGIN
TEXT = QColor(LIGHT.text)
MUTED = QColor(LIGHT.muted)
RULE = QColor(LIGHT.grid)
WRAP = int(Qt.TextFlag.TextWordWrap)


class ReportError(ExportError):
    """The report could not be written; str(e) is one sentence naming the file."""


def write_report(
    history: HistoryRepository,
    target: Path,
    matching: SessionFilter | None = None,
    *,
    injuries: InjuryRepository | None = None,
    settings: Settings | None = None,
) -> None:
    """Gather the report for the sessions ``matching`` and paint it into ``target``."""
    from hamstring_coach.ui.report_data import gather

    ensure_gui_application()
    paint_report(gather(history, matching, injuries=injuries, settings=settings), target)


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one (fonts need it, not a screen)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(
        [sys.argv[0] if sys.argv else "hamstring-coach", "-platform", "offscreen"]
    )


def paint_report(data: ReportData, target: Path) -> int:
    """Paint the report into the PDF file ``target``; returns the number of pages."""
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    writer.setResolution(RESOLUTION)
    writer.setTitle(translate("Report", "Hamstring care report"))
    writer.setCreator(f"Hamstring Coach {__version__}")
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(f"Could not write {target}: the PDF could not be started.")
    try:
        painter.scale(RESOLUTION / 72, RESOLUTION / 72)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pages = list_pages(data.sessions)
        total = 1 + len(pages)
        _summary_page(painter, data, total)
        for number, rows in enumerate(pages, start=2):
            writer.newPage()
            _list_page(painter, data, rows, number, total)
    finally:
        finished = painter.end()
    if not finished or not _whole_pdf(target):
        raise ReportError(f"Could not write {target}: the PDF was not written in full.")
    return total


def _whole_pdf(path: Path) -> bool:
    """Whether the file begins and ends as a PDF does (a full disk cuts it short)."""
    try:
        with open(path, "rb") as pdf:
            start = pdf.read(5)
            pdf.seek(max(0, path.stat().st_size - 32))
            end = pdf.read()
    except OSError:
        return False
    return start == b"%PDF-" and b"%%EOF" in end


def _range_text(data: ReportData) -> str:
    return translate("Report", "{first} to {last}").format(
        first=day_text(data.first_day), last=day_text(data.last_day)
    )


def _text(painter: QPainter, y: float, text: str, size: int, **style: object) -> float:
    """Draw wrapped text across the page's width at ``y``; returns the y below it."""
    chosen = font(size, bold=bool(style.get("bold")), italic=bool(style.get("italic")))
    painter.setFont(chosen)
    colour = style.get("color", TEXT)
    painter.setPen(colour if isinstance(colour, QColor) else TEXT)
    height = text_height(text, chosen, WIDTH)
    painter.drawText(QRectF(MARGIN, y, WIDTH, height), WRAP, text)
    return y + height


def _section(painter: QPainter, y: float, title: str) -> float:
    y = _text(painter, y + 16, title, SECTION_PX, bold=True)
    painter.setPen(QPen(RULE, 0.8))
    painter.drawLine(QPointF(MARGIN, y + 2), QPointF(MARGIN + WIDTH, y + 2))
    return y + 6


def _summary_page(painter: QPainter, data: ReportData, total: int) -> None:
    y = _text(painter, MARGIN, translate("Report", "Hamstring care report"), TITLE_PX, bold=True)
    y = _text(painter, y + 4, _range_text(data), SECTION_PX)
    made = translate("Report", "Made on {day} by Hamstring Coach {version}").format(
        day=day_text(data.made_at.date()), version=__version__
    )
    y = _text(painter, y + 2, made, SMALL_PX, color=MUTED)

    y = _section(painter, y, translate("Report", "Injury"))
    lines = data.injury_lines or [translate("Report", "No injury is recorded.")]
    for line in lines:
        y = _text(painter, y + 2, line, BODY_PX)

    y = _section(painter, y, translate("Report", "The plan and what was done"))
    y = _table(painter, y, data)

    y = _section(painter, y, translate("Report", "Pain before and after sessions (0 to 10)"))
    chart = QRectF(MARGIN, y + 4, WIDTH, 230)
    figure = PainChartFigure(data.pain_points, data.pain_marks, data.first_day, data.last_day)
    figure.draw(painter, chart, LIGHT, font(SMALL_PX))
    if not data.pain_points:
        painter.setFont(font(BODY_PX))
        painter.setPen(MUTED)
        painter.drawText(
            chart, Qt.AlignmentFlag.AlignCenter, translate("Report", "No pain ratings.")
        )
    y = chart.bottom() + 6
    y = _text(painter, y, data.pain_summary, BODY_PX)
    follows = (
        translate("Report", "The sessions are listed from page 2.")
        if data.sessions
        else translate("Report", "There are no sessions in this period.")
    )
    _text(painter, y + 10, follows, BODY_PX, italic=True)
    _footer(painter, data, 1, total)


def _table(painter: QPainter, y: float, data: ReportData) -> float:
    shares = (0.4, 0.36, 0.24)
    headings = (
        translate("Report", "What"),
        translate("Report", "Done"),
        translate("Report", "The plan"),
    )
    rows = [(headings, True)] + [((r.what, r.done, r.plan), False) for r in data.adherence]
    for cells, bold in rows:
        chosen = font(BODY_PX, bold=bold)
        height = max(
            text_height(c, chosen, WIDTH * s - 8) for c, s in zip(cells, shares, strict=True)
        )
        x = MARGIN
        painter.setFont(chosen)
        painter.setPen(TEXT)
        for cell, share in zip(cells, shares, strict=True):
            painter.drawText(QRectF(x, y + 3, WIDTH * share - 8, height), WRAP, cell)
            x += WIDTH * share
        y += height + 6
        painter.setPen(QPen(RULE, 0.6))
        painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + WIDTH, y))
    return y


def _list_page(
    painter: QPainter, data: ReportData, rows: list[int], number: int, total: int
) -> None:
    y = _text(painter, MARGIN, translate("Report", "Sessions"), SECTION_PX, bold=True)
    headings = (
        translate("Report", "Date"),
        translate("Report", "Routine"),
        translate("Report", "Done"),
        translate("Report", "Pain before → after"),
        translate("Report", "How it ended"),
    )
    y = _cells(painter, y + 6, headings, font(SMALL_PX, bold=True), MUTED) + 4
    painter.setPen(QPen(TEXT, 0.8))
    painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + WIDTH, y))
    for shade, index in enumerate(rows):
        session = data.sessions[index]
        height = row_height(session, WIDTH)
        if shade % 2:
            painter.fillRect(QRectF(MARGIN, y, WIDTH, height), QColor("#f3f2f0"))
        cells = (session.when, session.routine, session.done, session.pain, session.status)
        bottom = _cells(painter, y + ROW_GAP / 2, cells, font(BODY_PX), TEXT, session.sharp_pain)
        if session.note:
            note_font = font(SMALL_PX, italic=True)
            note_h = text_height(session.note, note_font, WIDTH, NOTE_LINES)
            painter.setFont(note_font)
            painter.setPen(MUTED)
            painter.drawText(QRectF(MARGIN + 6, bottom + 1, WIDTH - 6, note_h), WRAP, session.note)
        y += height
    _footer(painter, data, number, total)


def _cells(
    painter: QPainter,
    y: float,
    cells: tuple[str, ...],
    base: QFont,
    colour: QColor,
    sharp_pain: bool = False,
) -> float:
    """One row of the session list; returns the y below its tallest cell."""
    x = MARGIN
    bottom = y
    for column, (cell, share) in enumerate(zip(cells, COLUMNS, strict=True)):
        cell_font = QFont(base)
        pen = colour
        if sharp_pain and column == len(cells) - 1:
            cell_font.setBold(True)
            pen = QColor(LIGHT.sharp_pain)
        painter.setFont(cell_font)
        painter.setPen(pen)
        height = text_height(cell, cell_font, WIDTH * share - 6)
        painter.drawText(QRectF(x, y, WIDTH * share - 6, height), WRAP, cell)
        bottom = max(bottom, y + height)
        x += WIDTH * share
    return bottom


def _footer(painter: QPainter, data: ReportData, number: int, total: int) -> None:
    painter.setFont(font(SMALL_PX))
    painter.setPen(MUTED)
    box = QRectF(MARGIN, PAGE_H - MARGIN - FOOTER + 8, WIDTH, FOOTER)
    left = translate("Report", "Hamstring Coach report, {range}").format(range=_range_text(data))
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, left)
    page = translate("Report", "Page {n} of {total}").format(n=number, total=total)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, page)

"""The PDF report: it opens, has the pages expected, says what it should, and draws its
chart; written from the history page's export window and from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument

from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository, SessionFilter
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.ui.report import write_report
from hamstring_coach.ui.widgets.chart_colors import LIGHT

from .conftest import App
from .handmade import add_session, at

LONG_NOTE = "Physio said to add a fourth hold and to go slower on the way down."


@pytest.fixture(autouse=True)
def british(qapp) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def fill(history: HistoryRepository, injuries: InjuryRepository, sessions: int = 6) -> None:
    injuries.record(at(2026, 3, 2, 18), "left", "Sprinting", at(2026, 3, 2, 19))
    add_session(history, at(2026, 3, 2, 19, 30), routine="ice", holds=0, timed_s=1200)
    for index in range(sessions):
        add_session(
            history,
            at(2026, 3, 5 + index % 20, 8 + index // 20),
            pain_before=6 - index % 5,
            pain_after=4 - index % 4,
            note=LONG_NOTE if index == 1 else None,
            status="sharp-pain" if index == 2 else "completed",
            done=1 if index == 2 else None,
        )


def pdf_text(document: QPdfDocument, page: int) -> str:
    """The words of a page, each run of spaces and line breaks made one space."""
    return " ".join(document.getAllText(page).text().split())


def render(document: QPdfDocument, page: int) -> QImage:
    image = document.render(page, QSize(1240, 1754))
    assert not image.isNull()
    return image


def open_pdf(path: Path) -> QPdfDocument:
    assert path.read_bytes().startswith(b"%PDF-")
    document = QPdfDocument()
    document.load(str(path))
    assert document.status() == QPdfDocument.Status.Ready
    return document


def test_the_report_has_a_summary_page_and_the_sessions(app: App, tmp_path: Path) -> None:
    fill(app.history, app.injuries)
    target = tmp_path / "report.pdf"
    write_report(app.history, target, SessionFilter(), injuries=app.injuries)
    document = open_pdf(target)
    assert document.pageCount() == 2
    first = pdf_text(document, 0)
    for expected in (
        "Hamstring care report",
        "2 Mar 2026 to 10 Mar 2026",
        "Left hamstring, hurt on 2 Mar 2026 at 18:00.",
        "Note: Sprinting",
        "Stretching: days with 2 or more sessions",
        "Strengthening: sessions per week",
        "Ice in the first 48 hours",
        "Mon, 2 from 18:00: 1",
        "Pain before and after sessions",
        "Page 1 of 2",
    ):
        assert expected in first, expected
    second = pdf_text(document, 1)
    assert "Gentle stretching" in second and LONG_NOTE in second
    assert "Stopped for sharp pain" in second and "Page 2 of 2" in second
    # The pain chart is drawn: its "after" line shows in the middle of page one.
    image = render(document, 0)
    after = QColor(LIGHT.after)
    found = sum(
        1
        for y in range(image.height() // 2, image.height() * 3 // 4, 4)
        for x in range(0, image.width(), 4)
        if _near(QColor(image.pixel(x, y)), after)
    )
    assert found > 20


def _near(one: QColor, other: QColor) -> bool:
    return (
        abs(one.red() - other.red())
        + abs(one.green() - other.green())
        + abs(one.blue() - other.blue())
        < 40
    )


def test_a_long_history_runs_onto_more_pages_in_order(app: App, tmp_path: Path) -> None:
    fill(app.history, app.injuries, sessions=80)
    target = tmp_path / "long.pdf"
    write_report(app.history, target, None, injuries=app.injuries)
    document = open_pdf(target)
    pages = document.pageCount()
    assert pages >= 4
    assert f"Page {pages} of {pages}" in pdf_text(document, pages - 1)
    assert pdf_text(document, 1).index("5 Mar 2026, 08:00") < pdf_text(document, 1).index(
        "6 Mar 2026, 08:00"
    )


def test_the_range_and_filter_are_the_reports(app: App, tmp_path: Path) -> None:
    from datetime import date

    fill(app.history, app.injuries, sessions=10)
    target = tmp_path / "range.pdf"
    matching = SessionFilter(since=date(2026, 3, 6), until=date(2026, 3, 8))
    write_report(app.history, target, matching, injuries=app.injuries)
    document = open_pdf(target)
    first, second = pdf_text(document, 0), pdf_text(document, 1)
    assert "6 Mar 2026 to 8 Mar 2026" in first
    assert "Ice in the first 48 hours" not in first  # the injury's first days are outside
    assert "3: 2 completed, 1 stopped for sharp pain" in first
    assert "5 Mar 2026" not in second and "9 Mar 2026" not in second


def test_an_empty_history_still_makes_a_report(app: App, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    write_report(app.history, target, None)
    document = open_pdf(target)
    assert document.pageCount() == 1
    text = pdf_text(document, 0)
    assert "No injury is recorded." in text and "There are no sessions" in text


def export(app: App, qtbot, kind: str, target: Path) -> str:
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    page = app.window.history
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    for button in dialog.formats.buttons():
        if button.property("format") == kind:
            button.click()
    assert dialog.file.text().endswith(f".{kind}")
    dialog.file.setText(str(target))
    with qtbot.waitSignal(dialog.ended, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = dialog.outcome.text()
    dialog.close()
    return text


@pytest.mark.parametrize("kind", ["pdf", "csv", "json"])
def test_export_from_the_history_page(app_with_folder: App, qtbot, tmp_path, kind) -> None:
    app = app_with_folder
    fill(app.history, app.injuries, sessions=3)
    target = tmp_path / f"out.{kind}"
    said = export(app, qtbot, kind, target)
    assert said == f"Exported 4 sessions to {target}."
    data = target.read_bytes()
    assert data.startswith({"pdf": b"%PDF-", "csv": b"session_uid", "json": b"{"}[kind])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no leftovers


def test_export_says_why_it_refuses(app_with_folder: App, qtbot) -> None:
    app = app_with_folder
    fill(app.history, app.injuries, sessions=1)
    said = export(app, qtbot, "csv", app.db_path)
    assert said.startswith("Not exported: ") and "history file itself" in said
    assert app.history.count_sessions() == 2  # the history is as it was


def test_export_pdf_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    connection = open_database(folder / "hamstring-coach.sqlite3")
    try:
        fill(HistoryRepository(connection), InjuryRepository(connection), sessions=5)
    finally:
        connection.close()
    target = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    argv = [sys.executable, "-m", "hamstring_coach", "--data-dir", str(folder)]
    args = ["export", "--format", "pdf", "--output", str(target), "--since", "2026-03-01"]
    done = subprocess.run(
        [*argv, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Exported 6 sessions to {target}."
    document = open_pdf(target)
    assert document.pageCount() == 2
    assert "Left hamstring" in pdf_text(document, 0)

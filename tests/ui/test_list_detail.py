"""The list beside its detail: when the columns need more than the list's share of the
width, the widest gives way, so every column still shows; on the real History page, in
English and in German, at 1280x800 (side by side) and 1024x600 (one above the other)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from hamstring_coach.ui import translations
from hamstring_coach.ui.widgets.list_detail import MOST, NARROWEST, ListDetail

from .conftest import App, make_app
from .handmade import add_session, at
from .test_german import GERMAN

ROWS = (
    (
        "Mon 5 Jan, 09:34",
        "Gentle stretching",
        "4 of 4 sets · 1 of 1 timed step " * 3,
        "Completed",
        "– → 3",
    ),
    ("Tue 6 Jan, 09:00", "Warm-up", "18 of 18 holds", "Stopped for sharp pain", "1 → 2"),
)


def test_every_column_shows_when_the_list_is_narrow(qtbot) -> None:
    model = QStandardItemModel(0, len(ROWS[0]))
    for row in ROWS:
        model.appendRow([QStandardItem(text) for text in row])
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(True)
    split = ListDetail(table, QLabel("detail"))
    qtbot.addWidget(split)
    split.resize(1280, 600)
    split.show()
    qtbot.waitExposed(split)
    table.resizeColumnsToContents()
    widest_before = table.horizontalHeader().sectionSize(2)
    split.fit()
    header = table.horizontalHeader()
    assert split.sizes()[0] <= 1280 * MOST // 100
    assert NARROWEST <= header.sectionSize(2) < widest_before
    last = header.count() - 1
    shown_to = header.sectionPosition(last) + header.sectionSizeHint(last)
    assert shown_to <= table.viewport().width() + 24  # the last column's words fit too


# -- the real History page -------------------------------------------------------------


@pytest.fixture(params=["en", "de"])
def language(request, qapp, monkeypatch) -> Iterator[str]:
    """English as the suite runs, or German as a German desktop starts the app."""
    if request.param == "en":
        yield "en"
        return
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in GERMAN.items():
        monkeypatch.setenv(name, value)
    spoken = translations.install(qapp, GERMAN)
    assert spoken.language == "de"
    yield "de"
    spoken.uninstall()


def history_window(qtbot, folder: Path, language: str) -> App:
    """The real window on a history of every ending (the longest words of the list)."""
    words = translations.routine_words if language == "de" else None
    app = make_app(qtbot, folder, words=words)
    history = app.history
    for day in range(1, 13):
        add_session(history, at(2026, 3, day, 8, 30), holds=6, pain_before=2, pain_after=1)
    add_session(history, at(2026, 3, 13, 19, 5), status="stopped", holds=6, done=2, pain_after=0)
    add_session(history, at(2026, 3, 14, 17, 5), "strengthening", holds=3, pain_after=1)
    add_session(
        history, at(2026, 3, 15, 8, 37), status="sharp-pain", holds=6, done=2, pain_before=1
    )
    add_session(history, at(2026, 3, 16, 18, 0), "ice", holds=0, timed_s=1200)
    return app


def columns_shown(table: QTableView) -> tuple[int, int]:
    """The visible columns' widths added up, and the room the list has for them."""
    header = table.horizontalHeader()
    total = sum(
        header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    )
    return total, table.viewport().width()


def test_every_column_of_the_history_list_fits_at_1280x800(
    language: str, qtbot, tmp_path: Path
) -> None:
    app = history_window(qtbot, tmp_path, language)
    try:
        window = app.window
        window.resize(1280, 800)
        window.show_history()
        page = window.history
        page.table.selectRow(1)  # the session stopped for sharp pain: the longest words
        qtbot.waitUntil(lambda: page.filters.routine.count() > 1, timeout=2000)
        QApplication.processEvents()
        table = page.table
        assert page.splitter.orientation() == Qt.Orientation.Horizontal  # side by side
        assert page.sessions.rowCount() == 16
        assert page.detail.session is not None and page.detail.session.status == "sharp-pain"
        total, room = columns_shown(table)
        assert not table.horizontalScrollBar().isVisible(), (total, room)
        assert total <= room
        header = table.horizontalHeader()
        last = header.count() - 1
        assert header.sectionSize(last) >= header.sectionSizeHint(last)  # "Pain" unclipped
        # The detail beside it keeps its own least width: nothing in it overlaps; the
        # German pain ratings go one under the other to leave the list its share, and
        # its exercises fit without scrolling sideways.
        detail = page.detail
        assert detail.width() >= detail.minimumSizeHint().width()
        assert detail.pains.on_one_line == (language == "en")
        assert not detail.tree.horizontalScrollBar().isVisible()
        tree = detail.tree.header()
        shown = sum(tree.sectionSize(c) for c in range(tree.count()))
        assert shown <= detail.tree.viewport().width()
        assert tree.sectionSize(3) >= tree.sectionSizeHint(3)  # "Result" heading reads

        window.resize(1024, 600)  # a small screen: the detail below the list
        QApplication.processEvents()
        assert page.splitter.orientation() == Qt.Orientation.Vertical
        total, room = columns_shown(table)
        assert not table.horizontalScrollBar().isVisible(), (total, room)
        assert total <= room
        assert detail.pains.on_one_line  # the detail is as wide as the window again
        assert not detail.tree.horizontalScrollBar().isVisible()
    finally:
        app.close()

"""The list beside its detail: when the columns need more than the list's share of the
width, the widest gives way, so every column still shows."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView

from hamstring_coach.ui.widgets.list_detail import MOST, NARROWEST, ListDetail

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

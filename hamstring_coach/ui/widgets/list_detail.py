"""A list and the detail of its chosen row: side by side where the window is wide
enough, the detail below the list on a small screen.

Side by side, the list takes the width its columns need (at most 60 %) and the detail
the rest (the widest column narrowed, its text elided, when they need more); one above
the other, the list a third and the detail the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

WIDE = 1150  # pixels: from this width the two sit side by side
MOST = 60  # per cent of the width the list may take
SLACK = 24  # pixels beside the columns, so no horizontal scroll bar appears
NARROWEST = 120  # pixels: the least a column is given when the list is too narrow


class ListDetail(QSplitter):
    def __init__(self, table: QTableView, detail: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.table = table
        self.addWidget(table)
        self.addWidget(detail)
        self.setChildrenCollapsible(False)
        self._placed = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.orientation() or not self._placed:
            self.setOrientation(orientation)
            self._placed = True
            self.fit()

    def fit(self) -> None:
        """Share the room again, after the list's columns were sized to their rows."""
        if self.orientation() == Qt.Orientation.Vertical:
            height = self.height()
            self.setSizes([height * 35 // 100, height * 65 // 100])
            return
        width = self.width()
        header = self.table.horizontalHeader()
        last = header.count() - 1
        wanted = sum(header.sectionSize(c) for c in range(last))  # sized to their contents
        wanted += max(self.table.sizeHintForColumn(last), header.sectionSizeHint(last))
        wanted += self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
        listed = min(wanted + SLACK, width * MOST // 100)
        self.setSizes([listed, width - listed])
        over = wanted + SLACK - listed
        if over > 0:  # the widest column gives way (its text elided), so every column shows
            widest = max(range(last), key=header.sectionSize)
            header.resizeSection(widest, max(NARROWEST, header.sectionSize(widest) - over))

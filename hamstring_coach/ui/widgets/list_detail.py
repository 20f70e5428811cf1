"""A list and the detail of its chosen row: side by side where the window is wide
enough, the detail below the list on a small screen.

Side by side, the list takes the width its columns need (at most 60 %, and never so
much that the detail is squeezed under its own least width) and the detail the rest.
When the columns need more, the widest gives way (its text elided, its heading kept),
then the next, so every column shows without a horizontal scroll bar. One above the
other, the list a third (its columns giving way in the same order when the window is
narrow) and the detail the rest. The room is shared again whenever the size changes:
the columns go back to the width of their contents first, so a share worked out
before the page had its real size never leaves a column narrowed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QSplitter, QTableView, QWidget

WIDE = 1150  # pixels: from this width the two sit side by side
MOST = 60  # per cent of the width the list may take
SLACK = 24  # pixels beside the columns when there is room for them
NARROWEST = 120  # pixels: the least a column is given when the list is too narrow


def least_width(widget: QWidget) -> int:
    """The narrowest a splitter lets the widget be (as Qt's own layouts work it out)."""
    if widget.minimumWidth() > 0:
        return widget.minimumWidth()
    policy = widget.sizePolicy().horizontalPolicy()
    if policy == QSizePolicy.Policy.Ignored:
        return 0
    hint = widget.minimumSizeHint().width()
    if not policy.value & QSizePolicy.PolicyFlag.ShrinkFlag.value:
        hint = max(hint, widget.sizeHint().width())
    return max(hint, 0)


class ListDetail(QSplitter):
    def __init__(self, table: QTableView, detail: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.table = table
        self.detail = detail
        self.addWidget(table)
        self.addWidget(detail)
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE
        self.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        self.fit()

    def fit(self) -> None:
        """Share the room again, with the list's columns sized to their contents."""
        header = self.table.horizontalHeader()
        # A stretched last column is never made narrower than it was when stretching was
        # turned on (at first the default 100 pixels): turned on again after sizing the
        # columns, its least width is its contents' width.
        stretch = header.stretchLastSection()
        header.setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        header.setStretchLastSection(stretch)
        wanted = self._wanted()
        if self.orientation() == Qt.Orientation.Vertical:
            height = self.height()
            self.setSizes([height * 35 // 100, height * 65 // 100])
            self._give_way(wanted - self.width())
            return
        width = self.width() - self.handleWidth()
        room = min(width * MOST // 100, width - least_width(self.detail))
        listed = max(min(wanted + SLACK, room), 0)
        self.setSizes([listed, width - listed])
        self._give_way(wanted - listed)

    def _wanted(self) -> int:
        """The list's width with every column as wide as its contents."""
        header = self.table.horizontalHeader()
        last = header.count() - 1
        columns = sum(header.sectionSize(c) for c in self._narrowable())
        if last >= 0 and not header.isSectionHidden(last):
            columns += max(self.table.sizeHintForColumn(last), header.sectionSizeHint(last))
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        return columns + scroll_bar + 2 * self.table.frameWidth()

    def _narrowable(self) -> list[int]:
        """The shown columns but the last (which stretches into what is left)."""
        header = self.table.horizontalHeader()
        return [c for c in range(header.count() - 1) if not header.isSectionHidden(c)]

    def _give_way(self, over: int) -> None:
        """Narrow the widest column (its text elided), then the next, by ``over`` pixels
        in all; none below NARROWEST or the width of its heading."""
        header = self.table.horizontalHeader()
        least = {c: max(NARROWEST, header.sectionSizeHint(c)) for c in self._narrowable()}
        while over > 0:
            narrowable = [c for c, floor in least.items() if header.sectionSize(c) > floor]
            if not narrowable:
                return  # more columns than room: the scroll bar is the last resort
            widest = max(narrowable, key=header.sectionSize)
            size = header.sectionSize(widest)
            given = min(over, size - least[widest])
            header.resizeSection(widest, size - given)
            over -= given

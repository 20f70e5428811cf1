"""A tree whose columns always fit its width, so it never scrolls sideways.

The short columns (times) are as wide as their contents; the first column (what it
is) and the last (what became of it) share the rest: each as wide as its contents
where there is room, the first taking what is left over; where there is not, the
first keeps its words up to 70 % of that room and the last has the rest, their words
elided.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

FIRST_SHARE = 70  # per cent of the shared room the first column keeps when both are cut


class FittedTree(QTreeView):
    def __init__(self, fixed: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fixed = tuple(fixed)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.expanded.connect(self.fit_columns)  # rows shown or hidden: contents change
        self.collapsed.connect(self.fit_columns)

    def viewportEvent(self, event: QEvent) -> bool:
        """The room changes with the tree's size and with its vertical scroll bar."""
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return handled

    def fit_columns(self) -> None:
        """Size the columns to the rows shown now and to the tree's width."""
        header = self.header()
        count = header.count()
        if count == 0:
            return
        for column in self._fixed:
            if column < count:
                self.resizeColumnToContents(column)
        sharing = list(dict.fromkeys(c for c in (0, count - 1) if c not in self._fixed))
        if not sharing:
            return
        fixed = sum(header.sectionSize(c) for c in self._fixed if c < count)
        room = max(self.viewport().width() - fixed, 0)
        wants = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in sharing]
        if len(sharing) == 1:
            header.resizeSection(sharing[0], max(room, wants[0]))
            return
        first, last = sharing
        want_first, want_last = wants
        if want_first + want_last <= room:  # room for both: the first takes what is left
            size = room - want_last
        else:  # the first keeps up to FIRST_SHARE of the room, the last has the rest
            size = max(room - want_last, min(want_first, room * FIRST_SHARE // 100))
        heading = header.sectionSizeHint(last)  # the last column's heading always reads
        size = max(header.minimumSectionSize(), min(size, room - heading))
        header.resizeSection(first, size)
        header.resizeSection(last, max(heading, room - size))

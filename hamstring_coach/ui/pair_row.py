"""Label and field pairs on one line where there is room, one under the other where
there is not (a narrow detail pane, or a language with long words).

The row asks its parent for no more width than its widest pair, so the pane it sits
in can give up width; the labels line up when the pairs are one under the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

GAP = 16  # pixels between two pairs on one line


class PairRow(QWidget):
    def __init__(
        self, pairs: Sequence[tuple[QLabel, QWidget]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.labels = [label for label, _field in pairs]
        self.fields = [field for _label, field in pairs]
        self.line = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.line.setContentsMargins(0, 0, 0, 0)
        self.pairs: list[QHBoxLayout] = []
        for label, field in pairs:
            pair = QHBoxLayout()
            pair.addWidget(label)
            pair.addWidget(field)
            pair.addStretch(0)  # keeps the pair to the left when pairs are stacked
            self.line.addLayout(pair)
            self.pairs.append(pair)
        self.line.addStretch(1)
        self._set_spacing()

    @property
    def on_one_line(self) -> bool:
        return self.line.direction() == QBoxLayout.Direction.LeftToRight

    def one_line_width(self) -> int:
        """The width the pairs need side by side."""
        pairs = sum(
            label.sizeHint().width() + pair.spacing() + field.sizeHint().width()
            for label, field, pair in zip(self.labels, self.fields, self.pairs, strict=True)
        )
        return pairs + GAP * (len(self.pairs) - 1)

    def minimumSizeHint(self) -> QSize:
        label = self._label_width()
        spacing = max((pair.spacing() for pair in self.pairs), default=0)
        field = max((f.minimumSizeHint().width() for f in self.fields), default=0)
        return QSize(label + spacing + field, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        one_line = event.size().width() >= self.one_line_width()
        if one_line != self.on_one_line:
            self.line.setDirection(
                QBoxLayout.Direction.LeftToRight if one_line else QBoxLayout.Direction.TopToBottom
            )
            self._set_spacing()
            self.updateGeometry()

    def _set_spacing(self) -> None:
        """A gap between pairs on one line; labels of one width when stacked."""
        one_line = self.on_one_line
        self.line.setSpacing(GAP if one_line else -1)
        label = self._label_width()
        for each in self.labels:
            each.setMinimumWidth(0 if one_line else label)

    def _label_width(self) -> int:
        return max((label.sizeHint().width() for label in self.labels), default=0)

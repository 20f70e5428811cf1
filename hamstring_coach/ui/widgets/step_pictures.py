"""A row of small exercise pictures: what a routine holds, at a glance.

For the start page's routine cards: ``step_pictures(routine, book, parent)`` gives a
widget showing each exercise of the routine once, in order, as a small picture, with
the exercise titles as its tooltip and accessible description. The pictures are read
just after the row is first painted, so they never hold up the window's first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamstring_coach.core.routines import Routine
from hamstring_coach.ui.widgets.picture import PictureBook, paint_picture

SMALL_PX = 48
GAP_PX = 6


class StepPictures(QWidget):
    def __init__(
        self,
        book: PictureBook,
        steps: list[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        size: int = SMALL_PX,
    ) -> None:
        """``steps``: (picture id, title) of each exercise, in order."""
        super().__init__(parent)
        self._book = book
        self._steps = steps
        self._size = size
        titles = ", ".join(title for _, title in steps)
        self.setToolTip(titles)
        self.setAccessibleName(self.tr("Exercises"))
        self.setAccessibleDescription(titles)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(size)
        self._ready = False  # pictures are read after the first paint
        self._waiting = False

    @property
    def step_ids(self) -> list[str]:
        return [step_id for step_id, _ in self._steps]

    def _shown(self) -> list[str]:
        return [step_id for step_id in self.step_ids if self._book.has_picture(step_id)]

    def sizeHint(self) -> QSize:
        count = len(self._steps)
        return QSize(max(0, count * (self._size + GAP_PX) - GAP_PX), self._size)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def _read_now(self) -> None:
        self._ready = True
        self.update()

    @property
    def ready(self) -> bool:
        """Whether the pictures are drawn (from the second paint on)."""
        return self._ready

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._ready:
            if not self._waiting:
                self._waiting = True
                QTimer.singleShot(0, self, self._read_now)
            return
        from hamstring_coach.ui.theme import scheme_of

        scheme = scheme_of(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = 0
        for step_id in self._shown():
            if x + self._size > self.width():
                break  # no room for more: never draw half a picture
            renderer = self._book.renderer(
                step_id,
                ink=QColor(scheme.text),
                prop=scheme.prop(),
                accent=QColor(scheme.hold),
                cold=QColor(scheme.cold),
            )
            if renderer is not None:
                box = QRectF(x, (self.height() - self._size) / 2, self._size, self._size)
                paint_picture(painter, renderer, box, mirrored=False)
                x += self._size + GAP_PX
        painter.end()


def step_pictures(routine: Routine, book: PictureBook, parent: QWidget | None = None) -> QWidget:
    """Small pictures of a routine's exercises, each once, in order."""
    steps: list[tuple[str, str]] = []
    for step in routine.steps:
        if all(step.picture_id != known for known, _ in steps):
            steps.append((step.picture_id, step.title))
    return StepPictures(book, steps, parent)

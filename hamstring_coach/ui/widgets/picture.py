"""Exercise pictures: the SVG line drawings in resources/illustrations, themed and mirrored.

Each picture is drawn for the LEFT leg, facing right, with four colour tokens
(docs/assets.md): ink and prop follow the theme's text colour, the accent (the leg being
worked) takes the side's colour, and cold (ice) stays blue. For the right leg the
picture is mirrored. Files are read, and QtSvg loaded, only when a picture is first
shown; each themed picture is parsed once and kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hamstring_coach.resources import ResourceNotFoundError, resource_path

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

INK = "#2e3436"
PROP = "#77767b"
ACCENT = "#e66100"
COLD = "#3584e4"


def themed_svg(svg: str, *, ink: str, prop: str, accent: str, cold: str = COLD) -> str:
    """The picture's text with its colour tokens swapped for these colours."""
    import re

    swaps = {INK: ink, PROP: prop, ACCENT: accent, COLD: cold}
    tokens = re.compile("|".join(re.escape(token) for token in swaps), re.IGNORECASE)
    return tokens.sub(lambda found: swaps[found.group(0).lower()], svg)


class PictureBook:
    """The exercise pictures, read from disk on first use and kept, themed, once each."""

    def __init__(self) -> None:
        self._sources: dict[str, str | None] = {}
        self._renderers: dict[tuple[str, str, str, str, str], QSvgRenderer] = {}
        self._areas: dict[str, QRectF | None] = {}  # the drawn part, the same in any colours

    def source(self, step_id: str) -> str | None:
        """The SVG text of a step's picture; None when the step has none."""
        if step_id not in self._sources:
            text: str | None
            try:
                path = resource_path(f"illustrations/{step_id}.svg")
                text = path.read_text(encoding="utf-8")
            except (ResourceNotFoundError, ValueError, OSError, UnicodeDecodeError):
                text = None
            self._sources[step_id] = text
        return self._sources[step_id]

    def renderer(
        self, step_id: str, *, ink: QColor, prop: QColor, accent: QColor, cold: QColor
    ) -> QSvgRenderer | None:
        """A renderer of the step's picture in these colours; None when there is none."""
        key = (step_id, ink.name(), prop.name(), accent.name(), cold.name())
        found = self._renderers.get(key)
        if found is not None:
            return found
        svg = self.source(step_id)
        if svg is None:
            return None
        from PySide6.QtCore import QByteArray
        from PySide6.QtSvg import QSvgRenderer

        themed = themed_svg(svg, ink=key[1], prop=key[2], accent=key[3], cold=key[4])
        renderer = QSvgRenderer(QByteArray(themed.encode("utf-8")))
        if not renderer.isValid():
            self._sources[step_id] = None
            return None
        if step_id not in self._areas:
            self._areas[step_id] = drawn_area(renderer)
        drawn = self._areas[step_id]
        if drawn is not None:
            renderer.setViewBox(drawn)  # the drawing, not the empty room around it
        self._renderers[key] = renderer
        return renderer

    def has_picture(self, step_id: str) -> bool:
        return self.source(step_id) is not None

    @property
    def loaded(self) -> int:
        """How many themed pictures have been parsed so far."""
        return len(self._renderers)


def drawn_area(renderer: QSvgRenderer, margin: float = 4.0) -> QRectF | None:
    """The part of the picture's view box that has anything drawn in it, with a margin;
    None for an empty picture."""
    from PySide6.QtGui import QImage

    view = renderer.viewBoxF()
    if view.width() <= 0 or view.height() <= 0:
        return None
    image = QImage(round(view.width()), round(view.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    alpha = image.convertToFormat(QImage.Format.Format_Alpha8)
    width = alpha.width()
    left, top, right, bottom = width, alpha.height(), -1, -1
    for y in range(alpha.height()):
        row = cast(memoryview, alpha.constScanLine(y)).tobytes()[:width]
        stripped = row.strip(b"\0")
        if not stripped:
            continue
        first = len(row) - len(row.lstrip(b"\0"))
        left, right = min(left, first), max(right, first + len(stripped) - 1)
        top, bottom = min(top, y), y
    if right < 0:
        return None
    area = QRectF(left, top, right - left + 1, bottom - top + 1)
    area.translate(view.topLeft())
    return area.adjusted(-margin, -margin, margin, margin).intersected(view)


def paint_picture(
    painter: QPainter, renderer: QSvgRenderer, box: QRectF, *, mirrored: bool
) -> None:
    """Draw a picture as large as fits, centred in ``box``; mirrored for the right leg."""
    view = renderer.viewBoxF()
    ratio = view.width() / view.height() if view.height() > 0 else 1.0
    width = min(box.width(), box.height() * ratio)
    height = width / ratio if ratio else box.height()
    target = QRectF(0, 0, width, height)
    target.moveCenter(box.center())
    painter.save()
    if mirrored:
        centre = target.center().x()
        painter.translate(2 * centre, 0)
        painter.scale(-1, 1)
    renderer.render(painter, target)
    painter.restore()


class ExercisePicture(QWidget):
    """One exercise's picture, as large as the widget, for the side being worked."""

    def __init__(self, book: PictureBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._step_id = ""
        self._side: str | None = None
        self._accent = QColor(ACCENT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(self.tr("Exercise picture"))
        self._describe()

    def _describe(self) -> None:
        if self._side == "left":
            text = self.tr("The position for this step, drawn for the left leg.")
        elif self._side == "right":
            text = self.tr("The position for this step, drawn for the right leg, mirrored.")
        else:
            text = self.tr("The position for this step.")
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def show_step(self, step_id: str, side: str | None, accent: QColor) -> bool:
        """Show a step's picture for ``side``; False (and nothing drawn) when it has none."""
        changed = (step_id, side, accent.name()) != (self._step_id, self._side, self._accent.name())
        self._step_id, self._side, self._accent = step_id, side, QColor(accent)
        if changed:
            self._describe()
            self.update()
        return self._book.has_picture(step_id)

    @property
    def mirrored(self) -> bool:
        return self._side == "right"

    @property
    def step_id(self) -> str:
        return self._step_id

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._step_id:
            return
        from hamstring_coach.ui.theme import scheme_of

        scheme = scheme_of(self.palette())
        renderer = self._book.renderer(
            self._step_id,
            ink=QColor(scheme.text),
            prop=scheme.prop(),
            accent=self._accent,
            cold=QColor(scheme.cold),
        )
        if renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_picture(painter, renderer, QRectF(self.rect()), mirrored=self.mirrored)
        painter.end()


def unique_steps(step_ids: Iterable[str]) -> list[str]:
    """Step ids in order, each once."""
    seen: list[str] = []
    for step_id in step_ids:
        if step_id not in seen:
            seen.append(step_id)
    return seen

"""Exercise pictures: themed to the palette and the side, mirrored for the right leg."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from hamstring_coach.cli import builtin_routine_paths
from hamstring_coach.core.routines import load_routines
from hamstring_coach.resources import resource_path
from hamstring_coach.ui.theme import DARK, LIGHT, palette
from hamstring_coach.ui.widgets.picture import (
    ACCENT,
    INK,
    PROP,
    ExercisePicture,
    PictureBook,
    paint_picture,
    themed_svg,
)
from hamstring_coach.ui.widgets.step_pictures import StepPictures, step_pictures

ILLUSTRATIONS = sorted(p.stem for p in resource_path("illustrations").glob("*.svg"))
SIDE = QColor("#b3226f")


def test_every_token_is_swapped_and_nothing_else() -> None:
    svg = '<path stroke="#2E3436"/><path stroke="#77767b"/><path stroke="#e66100"/>#3584e4 #123456'
    out = themed_svg(svg, ink="#e66100", prop="#000001", accent="#000002", cold="#000003")
    # Ink becomes the accent's token colour, and is not swapped a second time.
    assert out == (
        '<path stroke="#e66100"/><path stroke="#000001"/><path stroke="#000002"/>#000003 #123456'
    )


@pytest.mark.parametrize("step_id", ILLUSTRATIONS)
def test_each_picture_keeps_no_token_once_themed(step_id: str) -> None:
    svg = PictureBook().source(step_id)
    assert svg is not None
    out = themed_svg(svg, ink="#f0f0f0", prop="#9a9996", accent="#f58cc0", cold="#62a0ea")
    tokens = {INK, PROP, ACCENT}
    assert not {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", out)} & tokens


def test_every_step_of_the_built_in_routines_has_a_picture() -> None:
    book = PictureBook()
    for routine in load_routines(builtin_routine_paths()):
        for step in routine.steps:
            assert book.has_picture(step.picture_id), f"{routine.id}: no picture for {step.id}"


def test_pictures_are_read_once_and_kept(qapp, monkeypatch) -> None:
    book = PictureBook()
    assert book.loaded == 0
    colours = dict(ink=QColor("#000000"), prop=QColor("#555555"), accent=SIDE, cold=QColor("#00f"))
    first = book.renderer("seated-stretch", **colours)
    assert first is not None and book.loaded == 1
    monkeypatch.setattr("pathlib.Path.read_text", lambda *a, **k: pytest.fail("read again"))
    assert book.renderer("seated-stretch", **colours) is first
    other = book.renderer("seated-stretch", **{**colours, "accent": QColor("#1c5fb8")})
    assert other is not None and other is not first and book.loaded == 2


def test_a_step_without_a_picture_shows_none(qtbot) -> None:
    book = PictureBook()
    assert book.source("no-such-step") is None
    assert book.source("../routines/gentle-stretching") is None  # never outside the folder
    picture = ExercisePicture(book)
    qtbot.addWidget(picture)
    assert picture.show_step("no-such-step", "left", SIDE) is False


def _render(picture: ExercisePicture) -> QImage:
    picture.resize(300, 300)
    return picture.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _difference(first: QImage, second: QImage) -> float:
    """Mean difference per pixel (0-765) between two images of one size."""
    total = 0
    samples = 0
    for y in range(0, first.height(), 3):
        for x in range(0, first.width(), 3):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            total += abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
            samples += 1
    return total / samples


def _count(image: QImage, colour: QColor, tolerance: int = 40) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                < tolerance
            ):
                found += 1
    return found


@pytest.mark.parametrize("step_id", ["seated-stretch", "standing-stretch", "leg-swings"])
def test_the_right_leg_is_the_left_leg_mirrored(qtbot, step_id: str) -> None:
    book = PictureBook()
    left, right = ExercisePicture(book), ExercisePicture(book)
    for widget in (left, right):
        qtbot.addWidget(widget)
        widget.setPalette(palette(LIGHT))
    assert left.show_step(step_id, "left", SIDE) and right.show_step(step_id, "right", SIDE)
    assert not left.mirrored and right.mirrored
    left_image, right_image = _render(left), _render(right)
    flipped = left_image.flipped(Qt.Orientation.Horizontal)
    # Anti-aliased edges may differ by a shade; the drawing itself must match.
    assert _difference(right_image, flipped) < 2
    assert _difference(right_image, left_image) > 10 * _difference(right_image, flipped) + 5


def test_the_worked_leg_takes_the_side_colour_and_ink_follows_the_theme(qtbot) -> None:
    book = PictureBook()
    picture = ExercisePicture(book)
    qtbot.addWidget(picture)
    picture.setPalette(palette(DARK))
    picture.setAutoFillBackground(True)
    picture.show_step("seated-stretch", "left", SIDE)
    image = _render(picture)
    assert _count(image, SIDE) > 100
    assert _count(image, QColor(DARK.text)) > 100
    assert _count(image, QColor(ACCENT), 30) == 0  # the orange token is gone


def test_a_picture_fills_its_box_with_the_drawing_not_the_empty_room(qapp) -> None:
    book = PictureBook()
    renderer = book.renderer(
        "seated-stretch",
        ink=QColor("#000000"),
        prop=QColor("#555555"),
        accent=SIDE,
        cold=QColor("#0000ff"),
    )
    assert renderer is not None
    area = renderer.viewBoxF()
    assert area.width() < 200 and area.height() < 120  # a low, wide drawing
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    paint_picture(painter, renderer, QRectF(0, 0, 400, 400), mirrored=False)
    painter.end()
    # Drawn edge to edge across the box's width.
    columns = [x for x in range(400) if any(image.pixelColor(x, y).alpha() for y in range(400))]
    assert columns[0] < 20 and columns[-1] > 380


def test_small_pictures_show_each_exercise_of_a_routine_once(qtbot) -> None:
    routine = next(r for r in load_routines(builtin_routine_paths()) if r.id == "gentle-stretching")
    book = PictureBook()
    row = step_pictures(routine, book)
    qtbot.addWidget(row)
    assert isinstance(row, StepPictures)
    assert row.step_ids == [step.picture_id for step in routine.steps]
    assert "Seated hamstring stretch" in row.toolTip()
    assert book.loaded == 0  # nothing is read before it is drawn
    row.resize(row.sizeHint())
    first = row.grab()  # the first frame is drawn without reading anything
    assert book.loaded == 0 and not row.ready
    qtbot.waitUntil(lambda: row.ready)
    later = row.grab()
    assert book.loaded == len(routine.steps)
    assert later.toImage() != first.toImage()

"""The ring shows the time left as a coloured arc that empties from twelve o'clock."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor, QImage

from hamstring_coach.ui.widgets.countdown_ring import CountdownRing

GREEN = QColor("#26a269")
SIZE = 300


def _arc_pixel(image: QImage, degrees: float) -> QColor:
    """The colour in the middle of the ring's stroke at an angle (0 = three o'clock,
    counter-clockwise, as Qt counts)."""
    thickness = max(8.0, SIZE * 0.06)
    radius = (SIZE - thickness) / 2
    x = SIZE / 2 + radius * math.cos(math.radians(degrees))
    y = SIZE / 2 - radius * math.sin(math.radians(degrees))
    return image.pixelColor(round(x), round(y))


def _is_arc(color: QColor) -> bool:
    return abs(color.red() - GREEN.red()) + abs(color.green() - GREEN.green()) < 40


@pytest.mark.parametrize(
    ("fraction", "coloured"),
    [
        (1.0, {45, 135, 225, 315}),
        (0.75, {135, 225, 315}),  # the first quarter, twelve to three o'clock, is used up
        (0.25, {135}),
        (0.0, set()),
    ],
)
def test_the_arc_is_what_is_left(qtbot, fraction: float, coloured: set[int]) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(SIZE, SIZE)
    ring.set_state(fraction, "12", "HOLD", GREEN)
    image = ring.grab().toImage()
    seen = {angle for angle in (45, 135, 225, 315) if _is_arc(_arc_pixel(image, angle))}
    assert seen == coloured


@pytest.mark.parametrize("digits", ["8", "18", "1:30"])
def test_paused_is_large_and_never_over_the_digits(qtbot, digits: str) -> None:
    """PAUSED is written below the digits, in the full text colour and large; the
    digits fade but stay where they are, with no full-colour letter over them."""
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(SIZE, SIZE)
    ring.set_state(0.6, digits, "HOLD", GREEN, paused=True)
    assert ring.caption == "PAUSED" and ring.paused
    image = ring.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ink = ring.palette().color(ring.foregroundRole())

    def full_ink(x: int, y: int) -> bool:
        colour = image.pixelColor(x, y)
        return (
            abs(colour.red() - ink.red())
            + abs(colour.green() - ink.green())
            + abs(colour.blue() - ink.blue())
            < 24
        )

    strong = [(x, y) for x in range(SIZE) for y in range(SIZE) if full_ink(x, y)]
    caption, digits_box = ring.caption_rect(), ring.digits_rect()
    assert caption.height() >= 0.1 * SIZE  # reads from across the room
    assert digits_box.bottom() <= caption.top() + 1
    assert len(strong) > 200  # PAUSED is drawn, in the text colour
    assert all(caption.adjusted(-1, -1, 1, 1).contains(x, y) for x, y in strong)
    # The digits are still drawn, faded: pixels darker than the page inside their box.
    page = ring.palette().color(ring.backgroundRole())
    faded = [
        (x, y)
        for x in range(int(digits_box.left()), int(digits_box.right()))
        for y in range(int(digits_box.top()), int(digits_box.bottom()))
        if abs(image.pixelColor(x, y).lightness() - page.lightness()) > 60
    ]
    assert len(faded) > 100

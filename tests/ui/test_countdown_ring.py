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

"""The keyboard focus is seen: a ring WIDTH pixels wide in the highlight colour, around
whatever has the focus, in light and dark, with at least 3:1 contrast on the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from hamstring_coach.ui.focus_ring import WIDTH, FocusRing, FocusRings
from hamstring_coach.ui.theme import SCHEMES, apply_theme, contrast_ratio

from .conftest import App


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_the_ring_colour_stands_out_in_both_themes(scheme) -> None:
    for background in (scheme.window, scheme.base, scheme.button):
        assert contrast_ratio(scheme.highlight, background) >= 3.0


def ring_pixels(image: QImage, widget: QWidget, top: QWidget) -> list[QColor]:
    """The colours just inside each side of ``widget``, where the ring is drawn."""
    corner = widget.mapTo(top, QPoint(0, 0))
    ratio = image.devicePixelRatio()
    out = -(WIDTH // 2)  # inside
    x0, y0 = corner.x(), corner.y()
    x1, y1 = x0 + widget.width(), y0 + widget.height()
    middle_x, middle_y = (x0 + x1) // 2, (y0 + y1) // 2
    points = [
        (middle_x, y0 - out),
        (middle_x, y1 + out - 1),
        (x0 - out, middle_y),
        (x1 + out - 1, middle_y),
    ]
    return [image.pixelColor(round(x * ratio), round(y * ratio)) for x, y in points]


def near(colour: QColor, wanted: QColor) -> bool:
    got = (colour.red(), colour.green(), colour.blue())
    want = (wanted.red(), wanted.green(), wanted.blue())
    return all(abs(a - b) <= 40 for a, b in zip(got, want, strict=True))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_tab_draws_the_ring_around_the_focused_control(
    app: App, qtbot, theme: str, tmp_path: Path
) -> None:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    rings = FocusRings(qapp)
    try:
        scheme = apply_theme(qapp, theme)
        QApplication.processEvents()  # the window takes the new palette
        window = app.window
        window.home_tab.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(window.home_tab, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is window.history_tab
        ring = window.findChild(FocusRing)
        assert ring is not None and ring.isVisible() and ring.widget() is focused
        image = window.grab().toImage()
        highlight = QColor(scheme.highlight)
        found = ring_pixels(image, focused, window)
        assert all(near(c, highlight) for c in found), [c.name() for c in found]
        # A card of the Today page, a frame Qt's style draws no focus on, gets one too.
        card = min(window.today.cards.values(), key=lambda c: c.y())
        card.setFocus(Qt.FocusReason.TabFocusReason)
        assert ring.widget() is card and ring.isVisible()
        image = window.grab().toImage()
        assert all(near(c, highlight) for c in ring_pixels(image, card, window))
        # The ring goes around a spin box, not around the line edit inside it.
        spin = window.today.ice_spin
        assert spin is not None
        spin.lineEdit().setFocus(Qt.FocusReason.TabFocusReason)
        assert ring.widget() is spin
        start = window.today.start_buttons["warm-up"]
        start.setFocus(Qt.FocusReason.TabFocusReason)
        assert ring.widget() is start
        image = window.grab().toImage()
        image.save(str(tmp_path / f"focus-{theme}.png"))  # to look at: pytest --basetemp
        assert all(near(c, highlight) for c in ring_pixels(image, start, window))
    finally:
        rings.deleteLater()
        apply_theme(qapp, "light")

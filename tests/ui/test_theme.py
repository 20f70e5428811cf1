"""Colours: each moment of a session has its own, readable on light and dark."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from hamstring_coach.ui.theme import (
    DARK,
    LIGHT,
    SCHEMES,
    Scheme,
    apply_first_theme,
    apply_theme,
    contrast_ratio,
    header_colors,
    palette,
    scheme_of,
)

from .conftest import App

ROLES = ("left", "right", "prepare", "hold", "rest", "switch")


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # WCAG's own example values: #767676 on white is the lightest grey that passes AA.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
@pytest.mark.parametrize("role", ROLES)
def test_every_role_colour_reads_on_the_background(scheme: Scheme, role: str) -> None:
    colour = scheme.role_colors()[role]
    assert contrast_ratio(colour, scheme.window) >= 4.5, f"{scheme.name} {role} {colour}"
    assert contrast_ratio(colour, scheme.base) >= 4.5


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_text_reads_on_the_background(scheme: Scheme) -> None:
    assert contrast_ratio(scheme.text, scheme.window) >= 7
    assert contrast_ratio(scheme.text, scheme.button) >= 4.5
    assert contrast_ratio(scheme.muted, scheme.window) >= 4.5


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    value = colour.lstrip("#")
    rgb = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_the_six_colours_are_told_apart(scheme: Scheme) -> None:
    colours = scheme.role_colors()
    assert len(set(colours.values())) == 6
    for first, second in itertools.combinations(ROLES, 2):
        distance = math.dist(_lab(colours[first]), _lab(colours[second]))
        assert distance >= 25, f"{scheme.name}: {first} and {second} are too alike"


def test_left_is_not_the_rest_blue_and_right_is_not_the_get_ready_amber() -> None:
    for scheme in SCHEMES:
        assert math.dist(_lab(scheme.left), _lab(scheme.rest)) >= 25
        assert math.dist(_lab(scheme.right), _lab(scheme.prepare)) >= 25


def test_a_palette_says_which_scheme_it_is(qapp) -> None:
    assert scheme_of(palette(LIGHT)) is LIGHT
    assert scheme_of(palette(DARK)) is DARK


def test_the_theme_setting_gives_the_window_its_palette(app: App, qtbot, qapp) -> None:
    try:
        qtbot.mouseClick(
            app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton
        )
        page = app.window.session
        for theme, scheme in (("dark", DARK), ("light", LIGHT), ("dark", DARK)):
            apply_theme(qapp, theme)
            qapp.processEvents()  # palette changes reach the widgets as events
            page.refresh()
            # Also the labels under a style sheet, which keep an old palette otherwise.
            text = page.rep.palette().color(QPalette.ColorRole.WindowText)
            assert text == QColor(scheme.text)
            assert page.window().palette().color(QPalette.ColorRole.Window) == QColor(scheme.window)
            assert scheme_of(page.palette()) is scheme
    finally:
        apply_theme(qapp, "light")


def test_changing_the_theme_setting_repaints_the_window(app: App, qapp) -> None:
    from dataclasses import replace

    from hamstring_coach.core.settings import Theme
    from hamstring_coach.ui.theme import follow_theme

    try:
        follow_theme(qapp, app.settings)
        themes: tuple[tuple[Theme, Scheme], ...] = (("dark", DARK), ("light", LIGHT))
        for theme, scheme in themes:
            app.settings.update(replace(app.settings.current, theme=theme))
            qapp.processEvents()
            assert scheme_of(app.window.today.palette()) is scheme
    finally:
        apply_theme(qapp, "light")


def _header_reads(header, text: str) -> bool:
    """Whether a header's lettering (in ``text``) reads as drawn: pixels near the text
    colour (the letters) cover well under half of it, and nearly all the others (the
    background, a dither included) contrast at least 4.5:1 with the text."""
    from collections import Counter

    from PySide6.QtGui import QImage

    image = header.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = Counter(
        image.pixelColor(x, y).name()
        for x in range(2, image.width() - 2)
        for y in range(2, image.height() - 2)
    )
    total = sum(colours.values())
    letters = sum(n for c, n in colours.items() if contrast_ratio(c, text) < 1.5)
    readable = sum(n for c, n in colours.items() if contrast_ratio(c, text) >= 4.5)
    return 0 < letters < 0.35 * total and readable >= 0.9 * (total - letters)


@pytest.mark.parametrize("style", ["Fusion", "Windows"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_table_headers_read_in_both_themes(app: App, qapp, style: str, theme: str) -> None:
    """The history list's and the detail's headers, in any platform style (some paint a
    selected column's header dithered light, whatever the palette)."""
    from datetime import timedelta

    from PySide6.QtWidgets import QStyleFactory

    scheme = DARK if theme == "dark" else LIGHT
    assert contrast_ratio(*header_colors(scheme)) >= 4.5
    original = qapp.style().name()
    started = app.clock.wall() - timedelta(hours=1)
    app.history.start_session("gentle-stretching", "Gentle stretching", started)
    try:
        qapp.setStyle(QStyleFactory.create(style))
        apply_theme(qapp, theme)
        app.window.show_history()
        qapp.processEvents()
        page = app.window.history
        text = header_colors(scheme)[0]
        headers = {"list": page.table.horizontalHeader(), "detail": page.detail.tree.header()}
        for name, header in headers.items():
            assert header.isVisible(), name
            assert _header_reads(header, text), name
    finally:
        qapp.setStyle(QStyleFactory.create(original))
        apply_theme(qapp, "light")


def test_a_desktop_that_states_no_scheme_keeps_the_theme_its_frame_showed(qapp) -> None:
    """The first frame reads "system" from the desktop's palette (without Qt's
    namespace); where the desktop states no colour scheme (offscreen states none), the
    window then keeps that reading rather than turning light a moment later."""
    if qapp.styleHints().colorScheme() != Qt.ColorScheme.Unknown:
        pytest.skip("this platform states a colour scheme")
    try:
        qapp.setPalette(palette(DARK))  # a desktop with a dark palette
        guess = apply_first_theme(qapp, "system")
        assert guess is DARK and scheme_of(qapp.palette()) is DARK
        apply_theme(qapp, "system", unstated=guess)
        assert scheme_of(qapp.palette()) is DARK
        apply_theme(qapp, "system")  # with nothing to go by: light, as before
        assert scheme_of(qapp.palette()) is LIGHT
        qapp.setPalette(palette(LIGHT))
        assert apply_first_theme(qapp, "dark") is LIGHT  # the desktop's, not the setting's
        assert scheme_of(qapp.palette()) is DARK
    finally:
        apply_theme(qapp, "light")

"""The colours the history's pictures are drawn in, light and dark.

Each picture pairs a colour with a shape, a dash or a word, so that colour is never the
only signal; each colour reads at 4.5:1 or more on its scheme's background. Widgets ask
:func:`chart_colors` with their own palette, so they follow the theme they are shown
in; the PDF report always prints the light set.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class ChartColors:
    dark: bool
    background: str
    text: str
    muted: str  # axis labels, days outside the month
    grid: str  # grid lines, empty bars
    before: str  # pain before a session
    after: str  # pain after a session
    met: str  # a day or week that met the plan
    short: str  # one that did not (yet): neutral, not a warning
    sharp_pain: str  # a session stopped for sharp pain
    mark: str  # the injury and phase lines
    today: str
    stretching: str
    strengthening: str
    ice: str
    other: str

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def category(self, name: str) -> QColor:
        """The colour of a routine category: stretching, strengthening, ice or other."""
        return QColor(getattr(self, name, self.other))


LIGHT = ChartColors(
    dark=False,
    background="#ffffff",
    text="#1e1e1e",
    muted="#5e5c64",
    grid="#d5d3cf",
    before="#8a5b00",
    after="#1c5fb8",
    met="#1d7545",
    short="#77767b",
    sharp_pain="#c01c28",
    mark="#7b3fb0",
    today="#1c5fb8",
    stretching="#1d7545",
    strengthening="#7b3fb0",
    ice="#1a6fa8",
    other="#5e5c64",
)

DARK = ChartColors(
    dark=True,
    background="#1e1e1e",
    text="#f0f0f0",
    muted="#b0afac",
    grid="#4a4a4a",
    before="#f5c211",
    after="#78aeed",
    met="#57e389",
    short="#9a9996",
    sharp_pain="#ff7b63",
    mark="#c59cf0",
    today="#78aeed",
    stretching="#57e389",
    strengthening="#c59cf0",
    ice="#62c6ea",
    other="#c0bfbc",
)


def chart_colors(palette: QPalette) -> ChartColors:
    """The set that reads on this palette's background."""
    window = palette.color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT

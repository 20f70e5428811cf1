"""Light and dark colour schemes, and the colours of sides and segment kinds in each.

Left, right, get ready, hold, rest and switch each have their own colour, with a
contrast of at least 4.5:1 on the scheme's background (WCAG), and a word beside it
everywhere: colour is never the only signal. The theme setting (system, light, dark)
picks a scheme; "system" follows the desktop's light or dark preference. Widgets read
their colours from ``scheme_of(widget)``, so they follow the palette they are shown in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, NamedTuple

from PySide6.QtGui import QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from hamstring_coach.ui.settings_store import SettingsStore

SchemeName = Literal["light", "dark"]


class Scheme(NamedTuple):
    """A theme's colours. (A named tuple rather than a dataclass: the window's first
    frame reads it, and a dataclass costs about 1 ms to make.)"""

    name: SchemeName
    window: str  # page background
    base: str  # inside text fields and lists
    text: str
    button: str
    muted: str  # secondary text, disabled text
    highlight: str
    highlighted_text: str
    left: str
    right: str
    prepare: str  # get ready
    hold: str
    rest: str
    switch: str
    cold: str  # ice, in pictures

    def side_color(self, side: str | None) -> QColor | None:
        colour = {"left": self.left, "right": self.right}.get(side or "")
        return QColor(colour) if colour else None

    def kind_color(self, kind: str) -> QColor:
        """The colour of a segment kind; the work kinds share the hold's."""
        return QColor(
            {
                "prepare": self.prepare,
                "rest": self.rest,
                "switch": self.switch,
            }.get(kind, self.hold)
        )

    def role_colors(self) -> dict[str, str]:
        """The six colours that tell the moments of a session apart."""
        return {
            "left": self.left,
            "right": self.right,
            "prepare": self.prepare,
            "hold": self.hold,
            "rest": self.rest,
            "switch": self.switch,
        }

    def prop(self) -> QColor:
        """Props in pictures (floor, strap, step): the text colour, softened."""
        return mix(QColor(self.text), QColor(self.window), 0.35)


LIGHT = Scheme(
    name="light",
    window="#f6f5f4",
    base="#ffffff",
    text="#1e1e1e",
    button="#e8e6e3",
    muted="#5e5c64",
    highlight="#1c5fb8",
    highlighted_text="#ffffff",
    left="#1c5fb8",  # blue
    right="#b3226f",  # magenta
    prepare="#8a5b00",  # amber, darkened to read on light
    hold="#1d7545",  # green
    rest="#5e5c64",  # slate grey: nothing to do
    switch="#7b3fb0",  # violet
    cold="#3584e4",
)

DARK = Scheme(
    name="dark",
    window="#242424",
    base="#1e1e1e",
    text="#f0f0f0",
    button="#383838",
    muted="#b0afac",
    highlight="#78aeed",
    highlighted_text="#101010",
    left="#78aeed",
    right="#f58cc0",
    prepare="#f5c211",
    hold="#57e389",
    rest="#c0bfbc",
    switch="#c59cf0",
    cold="#62a0ea",
)

SCHEMES = (LIGHT, DARK)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """``a`` moved ``share_of_b`` of the way toward ``b``."""
    k = min(1.0, max(0.0, share_of_b))
    return QColor(
        round(a.red() + (b.red() - a.red()) * k),
        round(a.green() + (b.green() - a.green()) * k),
        round(a.blue() + (b.blue() - a.blue()) * k),
    )


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an ``#rrggbb`` colour."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette(scheme: Scheme) -> QPalette:
    """A full Qt palette for a scheme."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, scheme.window),
        (roles.WindowText, scheme.text),
        (roles.Base, scheme.base),
        (roles.AlternateBase, scheme.button),
        (roles.Text, scheme.text),
        (roles.Button, scheme.button),
        (roles.ButtonText, scheme.text),
        (roles.BrightText, scheme.highlighted_text),
        (roles.Highlight, scheme.highlight),
        (roles.HighlightedText, scheme.highlighted_text),
        (roles.ToolTipBase, scheme.base),
        (roles.ToolTipText, scheme.text),
        (roles.PlaceholderText, scheme.muted),
        (roles.Link, scheme.left),
        (roles.Mid, scheme.muted),
    ):
        pal.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(disabled, role, QColor(scheme.muted))
    return pal


def header_colors(scheme: Scheme) -> tuple[str, str]:
    """Text and background of table headers (the history list and its detail)."""
    return scheme.text, scheme.button


def header_sheet(point_size: float) -> str:
    """The style sheet of a table header, in the palette's own button colours: some
    platform styles paint a header light (or dithered, for the selected row's columns)
    whatever the palette, which left light text on a light header in the dark theme.
    Given to each header, not to the application (which would reset the window's larger
    font in every table); the letters keep ``point_size``, which a section rule would
    otherwise drop, and the palette() colours are read again when ``apply_theme``
    polishes the widgets."""
    return (
        "QHeaderView::section { color: palette(button-text); background-color: palette(button);"
        " border: none; border-right: 1px solid palette(mid);"
        f" border-bottom: 1px solid palette(mid); padding: 3px 6px;"
        f" font-size: {point_size:g}pt; font-weight: bold; }}"
    )


def system_scheme(app: QGuiApplication, unstated: Scheme | None = None) -> Scheme:
    """The desktop's preference; ``unstated`` (else light) when it states none."""
    from PySide6.QtCore import Qt

    stated = app.styleHints().colorScheme()
    if stated == Qt.ColorScheme.Dark:
        return DARK
    if stated == Qt.ColorScheme.Light:
        return LIGHT
    return unstated or LIGHT


def scheme_for(theme: str, app: QGuiApplication, unstated: Scheme | None = None) -> Scheme:
    if theme == "dark":
        return DARK
    if theme == "light":
        return LIGHT
    return system_scheme(app, unstated)


def apply_theme(app: QGuiApplication, theme: str, unstated: Scheme | None = None) -> Scheme:
    """Give the application the palette of ``theme`` (system, light or dark); for
    "system" on a desktop that states no preference, ``unstated`` (else light)."""
    scheme = scheme_for(theme, app, unstated)
    app.setPalette(palette(scheme))
    from PySide6.QtWidgets import QApplication

    if isinstance(app, QApplication):
        # A widget with a style sheet keeps the palette it was polished with; setting
        # the sheet again polishes it, and its children, in the new one.
        for widget in app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
    return scheme


def apply_first_theme(app: QGuiApplication, theme: str) -> Scheme:
    """The palette for the window's first frame, read without Qt's namespace (30 ms):
    "system" (or a stored value that is no theme, as the settings read it) is taken
    from the desktop's own palette, dark when its window colour is. Returns that
    reading of the desktop's palette, for ``follow_theme`` to use where the desktop
    states no colour scheme, so the window stays as its frame was. (A desktop that
    states a scheme and keeps a palette of the other still sees its frame change.)"""
    desktop = scheme_of(app.palette())
    app.setPalette(palette(scheme_for(theme, app) if theme in ("light", "dark") else desktop))
    return desktop


def follow_theme(
    app: QGuiApplication, settings: SettingsStore, unstated: Scheme | None = None
) -> None:
    """Apply the theme setting now, again whenever it changes, and, while it is
    "system", whenever the desktop switches between light and dark; ``unstated`` is
    the scheme for "system" where the desktop states none (else light)."""
    applied = [settings.current.theme]
    apply_theme(app, applied[0], unstated)

    def setting_changed(_settings: object) -> None:
        if settings.current.theme != applied[0]:
            applied[0] = settings.current.theme
            apply_theme(app, applied[0], unstated)

    def desktop_changed(_scheme: object) -> None:
        if settings.current.theme == "system":
            apply_theme(app, "system", unstated)

    settings.changed.connect(setting_changed)
    app.styleHints().colorSchemeChanged.connect(desktop_changed)


def scheme_of(widget_palette: QPalette) -> Scheme:
    """The scheme whose colours read on this palette's background."""
    window = widget_palette.color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT

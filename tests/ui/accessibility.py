"""What the accessibility tests check on any page or dialog: Tab's focus chain, and an
accessible name and description on every control, picture, chart and notice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollBar,
    QSplitter,
    QTextEdit,
    QWidget,
)

from hamstring_coach.ui.focus_ring import framed  # the control a focused part belongs to

# Kinds of widget a person works or reads as one thing, each needing its own name.
CONTROLS = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QProgressBar,
)


def is_control(widget: QWidget) -> bool:
    """Whether ``widget`` is a control, picture, chart or notice a person meets."""
    if isinstance(widget, (QScrollBar, QHeaderView, QSplitter)) or framed(widget) is not widget:
        return False  # scroll bars, headers, splitters; the inner parts of a spin box
    if isinstance(widget, CONTROLS):
        return True
    if isinstance(widget, QLabel):
        return widget.objectName() == "notice"
    # Drawn by the app itself: the ring, pictures, charts, the calendar.
    return type(widget).__module__.startswith("hamstring_coach.ui.widgets")


def shown_controls(top: QWidget) -> list[QWidget]:
    """Every control inside ``top`` that is on screen now."""
    return [w for w in top.findChildren(QWidget) if is_control(w) and w.isVisibleTo(top.window())]


def unnamed(widgets: Sequence[QWidget]) -> list[str]:
    """Each widget without an accessible name or description, described for a message."""
    found = []
    for widget in widgets:
        name, description = widget.accessibleName().strip(), widget.accessibleDescription()
        if not name or not description.strip():
            label = name or getattr(widget, "text", lambda: "")() or widget.objectName()
            found.append(
                f"{type(widget).__name__} {label!r}: name {name!r}, description {description!r}"
            )
    return found


def tabbable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def walk_focus(qtbot, first: QWidget, limit: int = 300) -> list[QWidget]:
    """Press Tab from ``first`` until the focus comes back to it: the controls in the
    order the focus visits them. Fails when it never comes back (a trap)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    start = QApplication.focusWidget()
    assert start is not None, f"{type(first).__name__} {first.accessibleName()!r} takes no focus"
    visited: list[QWidget] = [framed(start)]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None, f"the focus was lost after {visited[-1].accessibleName()!r}"
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, f"the focus was lost after {visited[-1].accessibleName()!r}"
        if now is start:
            return visited
        if framed(now) not in visited:
            visited.append(framed(now))
    raise AssertionError(
        f"Tab never came back to {first.accessibleName()!r}: "
        + ", ".join(w.accessibleName() for w in visited[:20])
    )

"""Accessible names and descriptions, given together.

Every control, picture, chart and notice has a short name (what it is) and a
description (what it does or shows, and its key when it has one), both already
translated by the caller: ``describe(button, self.tr("Pause"), self.tr("..."))``.
``tests/ui/test_accessibility.py`` walks every page's focus chain and checks them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, name: str, description: str) -> W:
    """Give ``widget`` its accessible ``name`` and ``description``; returns it."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget

"""The Qt message filter drops exactly the offscreen platform's size-hint notice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import qWarning

from hamstring_coach.ui.qt_messages import DROPPED, QtMessageFilter

NOTICE = "This plugin does not support propagateSizeHints()"


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_only_the_size_hint_notice_is_dropped(qtlog) -> None:
    assert NOTICE in DROPPED
    messages = QtMessageFilter().install()
    try:
        qWarning(NOTICE)
        qWarning("A real warning about " + NOTICE)
        qWarning(NOTICE + " (and more)")
        qWarning("Another warning")
    finally:
        messages.uninstall()
    qWarning(NOTICE)  # after uninstall, messages reach the previous handler again
    seen = [record.message for record in qtlog.records]
    assert seen == [
        "A real warning about " + NOTICE,
        NOTICE + " (and more)",
        "Another warning",
        NOTICE,
    ]

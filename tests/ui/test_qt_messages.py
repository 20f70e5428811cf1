"""The Qt message filter drops exactly the notices that say nothing to anyone."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLoggingCategory, qCInfo, qCWarning, qWarning

from hamstring_coach.ui.qt_messages import DROPPED, NO_SOUND_NOTICE, QtMessageFilter

NOTICE = "This plugin does not support propagateSizeHints()"
# PySide6 takes text here, where its type stubs say bytes.
category: Any = QLoggingCategory
info: Any = qCInfo
warning: Any = qCWarning


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


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_qt_multimedia_looking_for_sound_says_one_line_at_most(qtlog, capsys) -> None:
    ffmpeg = category("qt.multimedia.ffmpeg")
    resolver = category("qt.multimedia.symbolsresolver")
    messages = QtMessageFilter().install()
    try:
        for _session in range(3):
            info(ffmpeg, "Using Qt multimedia with FFmpeg version 7.1.5 LGPL version 2.1")
            warning(resolver, "Couldn't load pipewire-0.3 library")
            warning(resolver, "Couldn't resolve pipewire-0.3 symbols")
            qWarning("PulseAudioService: pa_context_connect() failed")
        warning(ffmpeg, "Could not open the audio file")  # a real problem still shows
        warning(resolver, "Couldn't load libva library")
    finally:
        messages.uninstall()
    assert [record.message for record in qtlog.records] == [
        "Could not open the audio file",
        "Couldn't load libva library",
    ]
    assert capsys.readouterr().err.splitlines() == [NO_SOUND_NOTICE]


def test_the_no_sound_line_speaks_the_windows_language(qapp, capsys) -> None:
    from hamstring_coach.ui import translations

    german = translations.install(qapp, {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"})
    messages = QtMessageFilter().install()
    try:
        qWarning("PulseAudioService: pa_context_connect() failed")
    finally:
        messages.uninstall()
        german.uninstall()
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("hamstring-coach: Es läuft kein Soundserver"), line

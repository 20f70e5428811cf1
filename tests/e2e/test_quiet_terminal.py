"""A session leaves the terminal quiet: Qt Multimedia's notes while it looks for sound
(which FFmpeg, no PipeWire library, no PulseAudio server) are not printed; where there is
no sound server, one line says so instead. The real entry point, on a scaled clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_coach.ui.qt_messages import NO_SOUND_NOTICE

from ..test_cli import FAST, ROUTINE, Cli, wait_for_open_session

pytestmark = pytest.mark.e2e


NOISE = ("qt.multimedia", "PulseAudioService", "pipewire", "propagateSizeHints")


def test_a_session_prints_no_sound_system_notes(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    window = cli.spawn("--data-dir", str(data), *FAST, "start", ROUTINE)
    wait_for_open_session(window, data, min_segments=3)
    status = window.terminate_and_wait()
    window.close_files()
    text = window.stderr()
    assert status in (0, 143), text
    assert not [line for line in text.splitlines() if any(n in line for n in NOISE)], text
    assert text.splitlines() in ([], [NO_SOUND_NOTICE]), text

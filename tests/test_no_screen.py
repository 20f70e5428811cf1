"""Without a screen the app says so in one sentence instead of letting Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hamstring_coach.app import has_screen


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, False),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, True),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":1"}, False),
        ({"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "w"}, True),
        ({"QT_QPA_PLATFORM": "xcb:foo=1", "DISPLAY": ":1"}, True),
        ({"DISPLAY": ""}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb;offscreen"}, True),
    ],
)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland only")
def test_has_screen(environ: dict[str, str], expected: bool) -> None:
    assert has_screen(environ) is expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland only")
@pytest.mark.parametrize("args", [[], ["start", "gentle-stretching"]])
def test_no_screen_is_one_sentence_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    data = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no screen" in lines[0], result.stderr
    assert not data.exists()  # nothing was created for a window that never opened

"""What the first frame does not need is not loaded for it: pictures (QtSvg), sounds and
voice (QtMultimedia, QtTextToSpeech), the D-Bus connection, and the other pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

app = QApplication(sys.argv[:1])
plain_show = QWidget.show

class Watch(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Expose:
            self.seen = True
            QTimer.singleShot(0, report)
        return False

watch = Watch()

def show(widget):
    plain_show(widget)
    if isinstance(widget, QMainWindow):
        global window
        window = widget
        widget.windowHandle().installEventFilter(watch)

def report():
    print(" ".join(sorted(sys.modules)))
    window.close()

QWidget.show = show
from hamstring_coach.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

NOT_AT_START = [
    "PySide6.QtSvg",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "PySide6.QtDBus",
    "json",
    "ctypes",
    "hamstring_coach.ui.session_page",
    "hamstring_coach.ui.summary_page",
    "hamstring_coach.ui.history_page",
]


@pytest.mark.slow
def test_the_first_frame_loads_only_what_it_shows(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "hamstring_coach.ui.today_page" in loaded  # the report came at the first frame
    assert [name for name in NOT_AT_START if name in loaded] == []

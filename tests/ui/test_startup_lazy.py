"""What the first frame does not need is not loaded for it.

The window shows its frame first (title, size, tabs), then puts the start page in just
after that frame is on the screen (``MainWindow.open``). So the first frame loads none
of: the start page and what it shows (the routines, the recovery, the history's
records), the session machinery, pictures (QtSvg), sounds and voice (QtMultimedia,
QtTextToSpeech, the cues), the D-Bus connection, the hand-over from second launches
(QtNetwork), backups, the other commands and pages, dialogs, nor Qt's namespace of
enums (``Qt.Key`` and the rest, about 30 ms). The page, the injury form and the cues
follow in the next turns of the event loop. The garbage collector waits until then too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from .conftest import App

SCRIPT = r"""
import enum
import gc
import sys

made = []  # the Python enums PySide6 has made so far, by name
plain_create = enum.EnumType._create_

def create(cls, class_name, names, **kw):
    made.append(class_name)
    return plain_create(cls, class_name, names, **kw)

enum.EnumType._create_ = create

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
    print(" ".join(sorted(sys.modules)), "gc:" + ("on" if gc.isenabled() else "off"),
          "qt-namespace:" + ("loaded" if "Key" in made else "not-loaded"))
    QTimer.singleShot(0, after)

waited = [0]

def after():
    # The page goes in just after the first frame, the cues after the page's own frame.
    if window.cues is None and waited[0] < 500:
        waited[0] += 1
        QTimer.singleShot(10, after)
        return
    form = window.today._form
    print("form", "built" if form is not None else "missing", form is not None and form.isVisible(),
          "cues", "attached" if window.cues is not None else "missing",
          "gc", "on" if gc.isenabled() else "off")
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
    "hamstring_coach.ui.today_page",
    "hamstring_coach.ui.today_model",
    "hamstring_coach.ui.controller",
    "hamstring_coach.ui.saving",
    "hamstring_coach.core.engine",
    "hamstring_coach.core.routines",
    "hamstring_coach.core.recovery",
    "hamstring_coach.storage.history",
    "hamstring_coach.storage.records",
    "hamstring_coach.storage.routine_library",
    "hamstring_coach.ui.session_page",
    "hamstring_coach.ui.summary_page",
    "hamstring_coach.ui.history_page",
    "hamstring_coach.ui.care_notes_page",
    "hamstring_coach.ui.injury_form",
    "hamstring_coach.ui.acute_gate",
    "hamstring_coach.ui.cues",
    "hamstring_coach.core.cues",
    "PySide6.QtNetwork",
    "hamstring_coach.ui.desktop.single_instance",
    "hamstring_coach.ui.backup_schedule",
    "hamstring_coach.storage.backups",
    "hamstring_coach.storage.restore",
    "uuid",  # with the first session
    *(
        f"hamstring_coach.cli.{command}"
        for command in (
            "export",
            "history",
            "importing",
            "injury",
            "restore",
            "routines",
            "show",
            "today",
        )
    ),
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
    at_first_frame, after = done.stdout.splitlines()[-2:]
    loaded = set(at_first_frame.split())
    assert "hamstring_coach.ui.main_window" in loaded  # the report came at the first frame
    assert [name for name in NOT_AT_START if name in loaded] == []
    assert "qt-namespace:not-loaded" in loaded
    assert "gc:off" in loaded  # the garbage collector waits while the window starts
    assert after == "form built True cues attached gc on"  # right after it, the page is whole


def test_tab_goes_through_the_injury_form_before_the_cards(app: App, qtbot) -> None:
    """The form is built after the cards, yet Tab still reaches it in reading order: from
    the care note link through the form (the date takes a Tab for each of its parts) to
    the first routine card."""
    today = app.window.today
    form = today.form
    today.note_link.setFocus()
    reached: list[QWidget] = []
    while len(reached) < 12 and (not reached or form.isAncestorOf(reached[-1])):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)
    *in_form, after = reached
    assert [form.isAncestorOf(widget) for widget in in_form] == [True] * len(in_form)
    assert {form.when, form.leg, form.note, form.save_button} <= set(in_form)
    assert after.property("routine_id") == first_card_id(today)


def first_card_id(today) -> str:
    item = today._cards_layout.itemAt(0)
    assert item is not None and item.widget() is not None
    return str(item.widget().property("routine_id"))

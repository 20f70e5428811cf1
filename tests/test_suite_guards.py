"""The suite's own guards: a failing UI test fails, and a hung test is stopped.

Each case writes a small test file, runs pytest on it in a subprocess with this
project's settings, and checks that the run ends, failed, well before an outer limit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OUTER_LIMIT_S = 90.0

# A UI test that fails while the end of its session cannot be saved: the window's close
# at teardown then has something unsaved to ask about. A question that blocked would
# hold the run until the outer limit.
FAILS_WITH_UNSAVED_WRITES = """
import sys
sys.path.insert(0, {tests!r})
from PySide6.QtCore import Qt
from ui.conftest import make_app
from hamstring_coach.storage.database import DatabaseError

def test_broken(qtbot, tmp_path, monkeypatch):
    app = make_app(qtbot, tmp_path)
    def full(*args, **kwargs):
        raise DatabaseError("Could not save to history.sqlite3: the disk is full.")
    monkeypatch.setattr(app.history, "finish_session", full)
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(app.window, Qt.Key.Key_P)
    assert app.saving.unsaved == 0, "a deliberate failure"
"""

# A test stuck in a modal dialog's own event loop, where no Python code runs.
HANGS_IN_A_MODAL_LOOP = """
from PySide6.QtWidgets import QMessageBox

def test_hangs(qtbot):
    QMessageBox(QMessageBox.Icon.Warning, "Stuck", "Nobody will answer.").exec()
"""


def _run(
    tmp_path: Path, source: str, *extra: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    test_file = tmp_path / "test_case.py"
    test_file.write_text(source.format(tests=str(ROOT / "tests")), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    begun = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
         "-c", str(ROOT / "pyproject.toml"), str(test_file), *extra],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=OUTER_LIMIT_S,
        check=False,
    )  # fmt: skip
    return done, time.monotonic() - begun


@pytest.mark.slow
def test_a_failing_ui_test_with_unsaved_writes_fails_instead_of_hanging(tmp_path: Path) -> None:
    done, took = _run(tmp_path, FAILS_WITH_UNSAVED_WRITES)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 failed" in done.stdout and "a deliberate failure" in done.stdout
    assert took < OUTER_LIMIT_S / 2


@pytest.mark.slow
def test_a_hung_test_is_stopped_by_its_time_limit(tmp_path: Path) -> None:
    done, took = _run(tmp_path, HANGS_IN_A_MODAL_LOOP, "--timeout=3")
    assert done.returncode != 0
    assert "Timeout" in done.stdout + done.stderr  # with the stacks, to see where it hung
    assert "test_hangs" in done.stdout + done.stderr
    assert took < OUTER_LIMIT_S / 2

"""The conftest fixture that fails Qt tests which leave a QTimer running."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

INNER_TESTS = """
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

KEEP = []


def test_a_plain_test_gets_no_qapplication():
    assert QCoreApplication.instance() is None


def test_dangling_repeating_timer(qtbot):
    timer = QTimer()
    timer.setObjectName("ticker")
    timer.start(1000)
    KEEP.append(timer)


def test_stopped_timer(qtbot):
    timer = QTimer()
    timer.start(1000)
    timer.stop()
    KEEP.append(timer)


def test_pending_zero_single_shot_may_fire_in_teardown(qtbot):
    QTimer.singleShot(0, lambda: None)


def test_dangling_single_shot(qtbot):
    QTimer.singleShot(60_000, lambda: None)


def test_single_shot_fires(qtbot):
    hits = []
    QTimer.singleShot(10, lambda: hits.append(1))
    qtbot.waitUntil(lambda: hits == [1])


def test_single_shot_with_context_dies_with_the_widget(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    QTimer.singleShot(60_000, widget, lambda: None)
    KEEP.append(widget)


def test_child_timer_of_a_closed_widget(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    QTimer(widget).start(1000)
    KEEP.append(widget)


def test_timer_started_again_is_reported_once(qtbot):
    timer = QTimer()
    for _ in range(3):
        timer.start(500)
    KEEP.append(timer)


def test_original_single_shot_is_back():
    assert QTimer.singleShot.__name__ == "singleShot"
"""


def test_dangling_timers_fail_only_their_test(pytester: pytest.Pytester) -> None:
    conftest = Path(__file__).with_name("conftest.py")
    pytester.makeconftest(conftest.read_text(encoding="utf-8"))
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=10, errors=3)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_dangling_repeating_timer*",
            "*1 QTimer(s) still running after the test:",
            "*repeating QTimer 'ticker' (1000 ms*started at *test_inner.py:*",
        ]
    )
    errors = {line.split(" - ")[0] for line in result.stdout.lines if line.startswith("ERROR ")}
    assert errors == {
        "ERROR test_inner.py::test_dangling_repeating_timer",
        "ERROR test_inner.py::test_dangling_single_shot",
        "ERROR test_inner.py::test_timer_started_again_is_reported_once",
    }

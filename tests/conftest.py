"""Shared test setup for every test under tests/.

- Qt runs offscreen, so the suite needs no display (set before anything imports Qt).
- Hypothesis gets a "ci" profile without deadlines, loaded when CI is set.
- Any test that uses ``qtbot`` (or ``qapp``, ``qtmodeltester``) fails if it leaves a
  QTimer running: see :func:`no_running_qtimers`.
- ``cli`` runs the real command line in a private home (tests/cli_runner.py) and stops
  every window it started; ``data_dir`` is a data folder that does not exist yet.
- ``display`` is a private X screen of 1280x800 (tests/running_app.py) for the tests that
  drive the real window with xdotool.

This file never imports PySide6 at module level and never creates a QApplication, so
the core and storage tests run without Qt.
"""

from __future__ import annotations

import os
import sys
import time
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer

    from .cli_runner import Cli

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the desktop of whoever runs the tests: no D-Bus session bus (so no inhibits, no
# notifications) unless a test starts a private one (tests/desktop).
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/hamstring-coach-tests"
# English, whatever the language of whoever runs the tests: the tests that speak German
# (tests/ui/test_german.py, tests/test_cli_words.py) ask for it themselves.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

settings.register_profile(
    "ci",
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
if os.environ.get("CI"):
    settings.load_profile("ci")

# How long teardown lets pending single-shot timers fire before calling them dangling.
_TIMER_GRACE_S = 0.5
_QT_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})


@dataclass
class _StartedTimer:
    ref: weakref.ReferenceType[QTimer]
    where: str


def _caller_outside_this_file() -> str:
    """Return "file:line in function" for the first frame outside this conftest."""
    frame: FrameType | None = sys._getframe(1)
    here = __file__
    while frame is not None and frame.f_code.co_filename == here:
        frame = frame.f_back
    if frame is None:
        return "<unknown>"
    code = frame.f_code
    return f"{code.co_filename}:{frame.f_lineno} in {code.co_name}"


def _is_active(timer: QTimer | None) -> bool:
    if timer is None:
        return False
    try:
        return timer.isActive()
    except RuntimeError:  # the C++ object was already deleted
        return False


def _describe(timer: QTimer, where: str) -> str:
    kind = "single-shot" if timer.isSingleShot() else "repeating"
    name = f" {timer.objectName()!r}" if timer.objectName() else ""
    parent = timer.parent()
    owner = f", child of {type(parent).__name__}" if parent is not None else ""
    return (
        f"  {kind} QTimer{name} ({timer.interval()} ms{owner}, "
        f"{timer.remainingTime()} ms left), started at {where}"
    )


@pytest.fixture(autouse=True)
def no_running_qtimers(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Fail a Qt test that leaves a QTimer running after it ends.

    Only tests that use ``qtbot``, ``qapp`` or ``qtmodeltester`` are watched. For those,
    ``QTimer.start`` and ``QTimer.singleShot`` are wrapped to remember every timer
    started during the test. After the test (and after pytest-qt has closed the widgets given to
    ``qtbot.addWidget``), deleted widgets are flushed, single-shot timers that are
    about to fire get a short grace to do so, and any timer still active fails the
    test with the place it was started. The dangling timers are then stopped so they
    cannot fire into the next test.

    A test satisfies it by stopping what it started: stop the controller or session,
    close the window, or give the widget to ``qtbot.addWidget`` so it is closed and
    deleted (a timer whose parent is deleted is deleted too).
    """
    if not _QT_FIXTURES.intersection(request.fixturenames):
        yield
        return

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer

    started: dict[int, _StartedTimer] = {}  # by id(timer); the latest start wins
    keep_alive: set[QTimer] = set()  # parentless timers made for singleShot calls
    original_start = QTimer.start
    original_single_shot = QTimer.singleShot

    def start(self: QTimer, *args: Any, **kwargs: Any) -> None:
        started[id(self)] = _StartedTimer(weakref.ref(self), _caller_outside_this_file())
        original_start(self, *args, **kwargs)

    def single_shot(msec: Any, *args: Any, **kwargs: Any) -> None:
        rest = list(args)
        timer_type: Qt.TimerType | None = None
        if rest and isinstance(rest[0], Qt.TimerType):
            timer_type = rest.pop(0)
        context: QObject | None = None
        functor: Callable[[], object] | None = None
        if len(rest) == 1 and callable(rest[0]):
            functor = rest[0]
        elif len(rest) == 2 and isinstance(rest[0], QObject) and callable(rest[1]):
            context, functor = rest
        if kwargs or functor is None or not isinstance(msec, int):
            # receiver + SLOT string, or a form this wrapper does not know: run as is.
            original_single_shot(msec, *args, **kwargs)
            return
        # Like Qt: a timer parented to the context dies with it, cancelling the call.
        timer = QTimer(context)
        timer.setSingleShot(True)
        if timer_type is None:
            timer_type = Qt.TimerType.CoarseTimer if msec >= 2000 else Qt.TimerType.PreciseTimer
        timer.setTimerType(timer_type)
        timer.timeout.connect(functor)
        if context is None:
            keep_alive.add(timer)
            timer.timeout.connect(lambda: keep_alive.discard(timer))
        timer.start(msec)

    monkeypatch.setattr(QTimer, "start", start)
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))

    yield

    def still_active() -> list[tuple[QTimer, str]]:
        result = []
        for record in list(started.values()):
            timer = record.ref()
            if timer is not None and _is_active(timer):
                result.append((timer, record.where))
        return result

    app = QCoreApplication.instance()
    deadline = time.monotonic() + _TIMER_GRACE_S
    active = still_active()
    while active and app is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        active = still_active()
        left_ms = (deadline - time.monotonic()) * 1000
        if not active or left_ms <= 0:
            break
        if any(not t.isSingleShot() or t.remainingTime() > left_ms for t, _ in active):
            break  # a repeating or far-off timer will not stop by itself
        time.sleep(0.005)

    if active:
        report = "\n".join(_describe(timer, where) for timer, where in active)
        for timer, _ in active:
            timer.stop()
        keep_alive.clear()
        pytest.fail(
            f"{len(active)} QTimer(s) still running after the test:\n{report}\n"
            "Stop them (stop the controller, close the window, or use qtbot.addWidget).",
            pytrace=False,
        )
    keep_alive.clear()


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    """A command-line runner with its own home; it stops the windows it started."""
    # Imported here: tests/test_qtimer_fixture.py runs a copy of this file on its own.
    from .cli_runner import Cli

    home = tmp_path / "home"
    home.mkdir()
    runner = Cli(home)
    try:
        yield runner
    finally:
        runner.cleanup()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder that does not exist yet."""
    return tmp_path / "data"


@pytest.fixture
def display() -> Iterator[str]:
    """A private X screen (1280x800) on no IP port; see tests/running_app.py."""
    # Imported here: tests/test_qtimer_fixture.py runs a copy of this file on its own.
    from .running_app import xvfb_display

    with xvfb_display() as number:
        yield number

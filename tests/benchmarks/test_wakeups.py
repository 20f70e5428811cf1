"""How often the app wakes: a few times a second while counting, never while idle.

The real window is built as ``app.py`` builds it (history file, settings, the Today
page's model, sounds and voice with the machine's own engines) on the SystemClock at
time-scale 1 (``idle_window.build_window``). While the Qt event loop runs for a measured
time, ``idle_window.WakeCounter`` counts the timer events the GUI thread delivers, from
whichever timer (the controller's, Qt's own, any page's), and the times its event loop
was woken from sleep by anything at all (``QAbstractEventDispatcher`` going to sleep at
``aboutToBlock`` and waking at ``awake`` at least 5 ms later; a round that follows at
once, with work already waiting, is no wake-up). The measurement's own timer is left out.

- Counting: a set of paced repetitions (strengthening's bridges, 2 s up and 2 s down, a
  tick at each), a hold (gentle stretching), and a set at an uneven tempo (1.5 s up,
  1 s down) whose beats fall between the seconds shown, the worst case. Each is
  measured for MEASURE_S seconds; at most MAX_PER_S wake-ups a second, of either count.
- Idle on the Today page of a freshly started app (a new process): no timer event and
  no event-loop wake-up at all in IDLE_S seconds.
- Idle on the Today page after a session (full run only, a new process): the app's own
  timers stay silent, but Qt trims its font and pixmap caches every 10 s for a while
  (parentless internal objects of Qt's: QPMCache, and a plain QObject) and then stops.
  The wait is AFTER_SESSION_S; the last of those wake-ups must come well before its end.

The quick form (``make bench-check``) measures for shorter times and leaves out the
wait after a session; the counts do not depend on the machine's speed and are judged.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from hamstring_coach.core.routines import parse_routine
from hamstring_coach.ui.main_window import MainWindow

from .conftest import QUICK
from .idle_window import WakeCounter, Wakes, build_window

MEASURE_S = 1.5 if QUICK else 6.0
IDLE_S = 1.0 if QUICK else 5.0
AFTER_SESSION_S = 180.0
QUIET_FOR_S = 30.0  # after a session, the last wake-up comes at least this long before the end
MAX_PER_S = 4.0
SCRIPT = Path(__file__).with_name("idle_window.py")

UNEVEN = parse_routine(
    """
id = "uneven"
title = "Uneven tempo"

[[steps]]
id = "curls"
kind = "reps"
title = "Curls"
sets = 1
reps = 20
tempo = [1.5, 1]
""",
    "uneven.toml",
)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    made = build_window(tmp_path, [UNEVEN])
    qtbot.addWidget(made)
    qtbot.waitExposed(made)
    yield made
    made.controller.stop()
    made.saving.abandon()
    made.close()


def _counting(window: MainWindow, counter: WakeCounter, routine: str, what: str) -> Wakes:
    """What woke the app during the first piece of work of ``routine``."""
    window.start_routine(routine)
    window.controller.skip()  # past the get-ready, into the work
    counter.measure(0.05)  # let the start's own events pass
    wakes = counter.measure(MEASURE_S)
    rate = max(wakes.timer_events, wakes.loop_wakes) / MEASURE_S
    print(
        f"\nBENCH wake-ups while counting {what}: {wakes.timer_events / MEASURE_S:.2f} "
        f"timer wake-ups/s, {wakes.loop_wakes / MEASURE_S:.2f} event-loop wake-ups/s over "
        f"{MEASURE_S:g} s (target: <= {MAX_PER_S:g}/s) "
        f"[{'ok' if rate <= MAX_PER_S else 'OVER TARGET'}]"
    )
    window.controller.stop()
    window.show_today()
    return wakes


def test_wakes_a_few_times_a_second_while_counting(window, qapp) -> None:
    counter = WakeCounter(qapp)
    paced = _counting(window, counter, "strengthening", "a set at 2 s up, 2 s down")
    hold = _counting(window, counter, "gentle-stretching", "a 30 s hold")
    uneven = _counting(window, counter, "uneven", "a set at 1.5 s up, 1 s down")
    for wakes in (paced, hold, uneven):
        # Every shown second woke the app (so something was counted), and no more than
        # a few things a second did.
        assert wakes.timer_events >= MEASURE_S - 1
        assert max(wakes.timer_events, wakes.loop_wakes) <= MAX_PER_S * MEASURE_S


def _idle(mode: str, seconds: float, data_dir: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), mode, str(seconds), str(data_dir)],
        capture_output=True,
        text=True,
        timeout=seconds + 120,
        check=True,
    )
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_never_wakes_while_idle_on_the_today_page(tmp_path: Path) -> None:
    wakes = _idle("idle", IDLE_S, tmp_path)
    quiet = wakes["timer_events"] == wakes["loop_wakes"] == 0
    print(
        f"\nBENCH wake-ups while idle on the Today page: {wakes['timer_events']} timer "
        f"wake-ups, {wakes['loop_wakes']} event-loop wake-ups in {IDLE_S:g} s "
        f"(target: none) [{'ok' if quiet else 'OVER TARGET'}]"
    )
    assert wakes["timer_events"] == 0, wakes["receivers"]
    assert wakes["loop_wakes"] == 0, wakes


@pytest.mark.skipif(QUICK, reason="waits three minutes; measured by make bench")
def test_after_a_session_only_qt_trims_its_caches_then_all_is_quiet(tmp_path: Path) -> None:
    wakes = _idle("after-session", AFTER_SESSION_S, tmp_path)
    last = max(wakes["times"], default=0.0)
    quiet = AFTER_SESSION_S - last >= QUIET_FOR_S
    print(
        f"\nBENCH wake-ups while idle after a session: {wakes['timer_events']} timer "
        f"wake-ups in {AFTER_SESSION_S:g} s, all from Qt's cache trimming "
        f"({', '.join(sorted(set(wakes['receivers'])))}), the last {last:.0f} s after the "
        f"session; none after that (target: quiet within {AFTER_SESSION_S - QUIET_FOR_S:g} "
        f"s) [{'ok' if quiet else 'OVER TARGET'}]"
    )
    assert set(wakes["receivers"]) <= {"QObject", "QPMCache"}
    assert quiet

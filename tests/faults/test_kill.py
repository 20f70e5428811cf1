"""SIGKILL at random moments of real sessions, and just after segments end.

``make test-faults`` runs this (it is kept out of ``make test`` by the ``faults``
marker); CI runs it too. The app runs at a high --time-scale and is killed, with no
chance to clean up, over and over in one data folder. After each kill:

- ``PRAGMA integrity_check`` passes;
- every segment seen committed just before the kill is still there, unchanged;
- the session's segments join without gaps (positions 0, 1, 2, ... and each one
  starting where the one before ended);
- the next start marks the session ``interrupted``.

What a kill loses is measured, not asserted, since it depends on how busy the machine
is: only segments whose end had come but which the window had not yet written, a few
milliseconds' worth on a quiet machine. Kills aimed at 0.5-10 ms after a segment's end
measure how often that segment is lost; the summary is printed (``-s``) and added to
the file named by HAMSTRING_COACH_FAULTS_REPORT, if set.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from hamstring_coach.cli import builtin_routine_paths
from hamstring_coach.core.routines import load_routines
from hamstring_coach.core.settings import Settings
from hamstring_coach.core.timeline import expand

from ..cli_runner import Cli, Window
from ..test_cli import ROUTINE, db_of

pytestmark = [
    pytest.mark.faults,
    pytest.mark.timeout(600),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals"),
]

RANDOM_KILLS = int(os.environ.get("HAMSTRING_COACH_RANDOM_KILLS", "50"))
START_UP_KILLS = 6
AIMED_KILLS = int(os.environ.get("HAMSTRING_COACH_AIMED_KILLS", "20"))
RANDOM_SCALE = 200  # the 13-minute routine in 4 s
RANDOM_SPAN_S = 2.5  # kills land in the first 500 s of a session (of 795 s)
START_UP_SPAN_S = 1.0
AIMED_SCALE = 20  # low, so the window repaints rarely: closer to a real session
AIMED_DELAYS_MS = (0.5, 10.0)  # how long after a segment's end the aimed kills land
WAIT_S = 30.0
POLL_S = 0.005
REPORT_ENV = "HAMSTRING_COACH_FAULTS_REPORT"


@dataclass(frozen=True)
class Row:
    position: int
    planned_s: float | None
    started_at: str
    ended_at: str


@dataclass
class Sessions:
    """What the history file holds: each session's status and segment rows."""

    status: dict[int, str | None] = field(default_factory=dict)
    rows: dict[int, list[Row]] = field(default_factory=dict)


def read(folder: Path, *, check: bool = False, closed: bool = False) -> Sessions | None:
    """The sessions in the history file, read-only; None while it cannot be read yet.

    While the app runs, or after it was killed, the file is read once its -wal exists
    (so never while the app switches it to WAL); once the app has closed it, as
    immutable, so that reading leaves no -wal or -shm behind.
    """
    db = db_of(folder)
    if not db.exists() or not (closed or Path(f"{db}-wal").exists()):
        return None
    uri = f"{db.as_uri()}?mode=ro" + ("&immutable=1" if closed else "")
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=1)) as conn:
            if check:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            found = Sessions()
            for session_id, status in conn.execute("SELECT id, status FROM sessions"):
                found.status[session_id] = status
                found.rows[session_id] = []
            # Segment times are kept as milliseconds from the session's start.
            for session_id, position, planned_ms, start_ms, end_ms, began in conn.execute(
                "SELECT g.session_id, g.position, g.planned_ms, g.start_ms, g.end_ms,"
                " s.started_at FROM segments AS g JOIN sessions AS s ON s.id = g.session_id"
                " ORDER BY g.session_id, g.position"
            ):
                start = datetime.fromisoformat(began)
                found.rows[session_id].append(
                    Row(
                        position,
                        None if planned_ms is None else planned_ms / 1000,
                        (start + timedelta(milliseconds=start_ms)).isoformat(),
                        (start + timedelta(milliseconds=end_ms)).isoformat(),
                    )
                )
    except sqlite3.Error:
        if check:
            raise
        return None
    return found


def planned_seconds() -> list[float]:
    """The planned length of each segment of the routine, with the default settings."""
    routines = {r.id: r for r in load_routines(builtin_routine_paths())}
    timeline = expand(routines[ROUTINE], Settings().prefs())
    return [segment.planned_s or 0.0 for segment in timeline]


def wall(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def kill(window: Window) -> float:
    """SIGKILL now; the wall time it was sent."""
    sent = time.time()
    window.proc.send_signal(signal.SIGKILL)
    assert window.proc.wait(timeout=WAIT_S) == -signal.SIGKILL
    return sent


def check_after_kill(
    folder: Path, seen: Sessions | None, killed_at: float, planned: list[float], scale: float
) -> tuple[int, float | None]:
    """Check the file after a kill; return (segments lost, seconds from the lost
    segment's end to the kill, when one was lost)."""
    after = read(folder, check=True)
    if after is None:  # killed before the history file was made
        assert seen is None
        return 0, None
    for session_id, rows in (seen.rows if seen else {}).items():
        assert after.rows[session_id][: len(rows)] == rows, "a committed segment changed"
    if not after.status:  # killed before the session was written
        return 0, None
    check_earlier_sessions_closed(after)
    newest = max(after.status)
    rows = after.rows[newest]
    assert [row.position for row in rows] == list(range(len(rows))), "a segment is missing"
    for before, row in pairwise(rows):
        assert row.started_at == before.ended_at, f"a gap before segment {row.position}"
    assert [row.planned_s for row in rows] == planned[: len(rows)]
    if after.status[newest] is not None or not rows:
        return 0, None
    # Segments whose end had come when the kill was sent, but that are not in the file.
    end = wall(rows[-1].ended_at)
    lost: list[float] = []
    for position in range(len(rows), len(planned)):
        end += planned[position] / scale
        if end > killed_at:
            break
        lost.append(killed_at - end)
    return len(lost), (lost[0] if lost else None)


def start(cli: Cli, folder: Path, scale: float) -> Window:
    return cli.spawn("--data-dir", str(folder), "start", ROUTINE, "--time-scale", str(scale))


def wait_for(window: Window, folder: Path, test: object, what: str) -> Sessions:
    deadline = time.monotonic() + WAIT_S
    while True:
        found = read(folder)
        if found is not None and test(found):  # type: ignore[operator]
            return found
        if window.proc.poll() is not None:
            pytest.fail(f"the app ended while waiting for {what}: {window.stderr()!r}")
        if time.monotonic() > deadline:
            pytest.fail(f"waited {WAIT_S} s for {what}")
        time.sleep(POLL_S)


def newest_session(folder: Path) -> int:
    """The id of the newest session in the file (0 when there is none)."""
    found = read(folder)
    return max(found.status, default=0) if found else 0


def start_once_more(cli: Cli, folder: Path, scale: float) -> Sessions:
    """Start the app once more, so that it marks the last killed session, and close it."""
    known = newest_session(folder)
    window = start(cli, folder, scale)
    found = wait_for(window, folder, lambda f: max(f.status, default=0) > known, "a new start")
    check_earlier_sessions_closed(found)
    assert window.terminate_and_wait() == 0, window.stderr()
    return found


def check_earlier_sessions_closed(found: Sessions) -> None:
    """The start that opened the newest session marked every earlier open one."""
    newest = max(found.status)
    still_open = [sid for sid, status in found.status.items() if sid != newest and not status]
    assert still_open == [], f"sessions left open after the next start: {still_open}"


def report(name: str, lines: list[str]) -> None:
    text = "\n".join([name, *lines])
    print(text)
    target = os.environ.get(REPORT_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(text + "\n")


def test_kills_at_random_moments_of_sessions(cli: Cli, tmp_path: Path) -> None:
    """RANDOM_KILLS kills at random moments of sessions under way, and START_UP_KILLS
    kills during start-up, in random order, all in one data folder."""
    planned = planned_seconds()
    rng = random.Random(9)
    folder = tmp_path / "data"
    moments = ["session"] * RANDOM_KILLS + ["start-up"] * START_UP_KILLS
    rng.shuffle(moments)
    ages: list[float] = []  # how long after its end each lost segment was killed
    for moment in moments:
        known = newest_session(folder)
        window = start(cli, folder, RANDOM_SCALE)
        if moment == "session":
            seen = wait_for(
                window, folder, lambda f, k=known: max(f.status, default=0) > k, "a session"
            )
            at = time.monotonic() + rng.uniform(0.0, RANDOM_SPAN_S)
        else:
            seen, at = None, time.monotonic() + rng.uniform(0.0, START_UP_SPAN_S)
        while time.monotonic() < at and window.proc.poll() is None:
            seen = read(folder) or seen
            time.sleep(0.01)
        seen = read(folder) or seen
        killed_at = kill(window)
        lost, age = check_after_kill(folder, seen, killed_at, planned, RANDOM_SCALE)
        if lost and age is not None:
            ages.append(age)
    start_once_more(cli, folder, RANDOM_SCALE)
    statuses = read(folder, check=True, closed=True)
    assert statuses is not None and None not in statuses.status.values()
    interrupted = sum(status == "interrupted" for status in statuses.status.values())
    assert interrupted >= RANDOM_KILLS  # every session killed under way, and no other
    lost_text = (
        f"a finished segment lost by {len(ages)}, killed "
        f"{min(ages) * 1000:.1f}-{max(ages) * 1000:.1f} ms after its end"
        if ages
        else "no finished segment lost"
    )
    report(
        "random kills",
        [
            f"{RANDOM_KILLS} kills during sessions and {START_UP_KILLS} during start-up, "
            f"{interrupted} sessions marked interrupted; {lost_text}"
        ],
    )


def test_kills_just_after_a_segment_ends(cli: Cli, tmp_path: Path) -> None:
    planned = planned_seconds()
    rng = random.Random(11)
    folder = tmp_path / "data"
    outcomes: list[tuple[float, bool]] = []  # (ms after the end, lost)
    low, high = AIMED_DELAYS_MS
    for number in range(AIMED_KILLS):
        known = newest_session(folder)
        window = start(cli, folder, AIMED_SCALE)
        target = rng.randrange(1, 4)  # the first hold, the rest after it, or the get-ready

        def committed(found: Sessions, target: int = target, known: int = known) -> bool:
            newest = max(found.status, default=0)
            return newest > known and len(found.rows[newest]) >= target

        seen = wait_for(window, folder, committed, f"segment {target}")
        check_earlier_sessions_closed(seen)
        rows = seen.rows[max(seen.status)]
        if len(rows) > target:  # it went on while being read: aim at the next one
            target = len(rows)
        delay_ms = low + (high - low) * (number + rng.random()) / AIMED_KILLS
        end = wall(rows[target - 1].ended_at) + planned[target] / AIMED_SCALE
        aim = end + delay_ms / 1000
        time.sleep(max(0.0, aim - time.time() - 0.003))
        while time.time() < aim:
            pass  # the last few ms busy: a sleep may overshoot by more than the spread
        killed_at = kill(window)
        lost, _ = check_after_kill(folder, seen, killed_at, planned, AIMED_SCALE)
        outcomes.append(((killed_at - end) * 1000, bool(lost)))
    start_once_more(cli, folder, AIMED_SCALE)
    lines = []
    edges = (0, 1, 2, 3, 4, 5, 7, 10, 20, 1000)
    for lower, upper in pairwise(edges):
        tries = [lost for ms, lost in outcomes if lower <= ms < upper]
        if tries:
            lines.append(f"{lower}-{upper} ms after the end: {sum(tries)} of {len(tries)} lost")
    lines.append("raw: " + " ".join(f"{ms:.1f}{'L' if lost else ''}" for ms, lost in outcomes))
    report("aimed kills", lines)

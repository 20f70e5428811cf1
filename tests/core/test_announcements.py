"""What a screen reader is told over a whole session, moment by moment, on a fake clock
that wakes as the controller's timer would."""

from __future__ import annotations

from hamstring_coach.core.announcements import Announcement, AnnouncementPlanner
from hamstring_coach.core.engine import (
    Event,
    SegmentStarted,
    SessionFinished,
    State,
    StateChanged,
)
from hamstring_coach.core.routines import parse_routine
from hamstring_coach.core.timeline import Prefs

from .woken_session import WokenSession

ROUTINE = parse_routine(
    """
id = "every-kind"
title = "Every kind of moment"

[[steps]]
id = "check"
kind = "checklist"
title = "Bandage on"
items = ["Elastic bandage on"]

[[steps]]
id = "stretch"
kind = "hold"
title = "Stretch"
per_side = true
hold_s = 20
repetitions = 1

[[steps]]
id = "curls"
kind = "reps"
title = "Curls"
sets = 2
reps = 2
tempo = [1.5, 1]
rest_s = 3

[[steps]]
id = "ice"
kind = "timed"
title = "Ice"
duration_s = 240
""",
    "every-kind.toml",
)
PREFS = Prefs(setup_s=4, get_ready_s=4, switch_s=2)


class Session(WokenSession):
    """An engine and an announcement planner, woken exactly when the controller's timer
    would."""

    def __init__(self) -> None:
        super().__init__(ROUTINE, PREFS)
        self.planner = AnnouncementPlanner(self.timeline)
        self.heard: list[tuple[float, Announcement]] = []

    def on_event(self, event: Event) -> None:
        if isinstance(event, SegmentStarted):
            self._hear(self.planner.started(event.index, self.engine.remaining()))
        elif isinstance(event, StateChanged):
            self._hear(self.planner.state_changed(event.state, self.engine.remaining()))
        elif isinstance(event, SessionFinished):
            self._hear(self.planner.ended(event.status))

    def on_tick(self) -> None:
        self._hear(self.planner.ticked(self.engine.remaining()))

    def _hear(self, said: list[Announcement]) -> None:
        self.heard.extend((round(self.clock.now(), 6), a) for a in said)


def count(end: float) -> list[tuple[float, Announcement]]:
    """3, 2, 1 before a segment that ends at ``end``."""
    return [(end - n, Announcement("count", n=n)) for n in (3, 2, 1)]


def seg(kind: str, title: str, seconds: int, **more: object) -> Announcement:
    return Announcement("segment", kind=kind, title=title, seconds=seconds, **more)  # type: ignore[arg-type]


def test_the_announcements_of_a_whole_session() -> None:
    session = Session()
    session.engine.start()
    session.wake_until(3)
    session.engine.confirm()  # the checklist, after 3 s
    session.wake_until(13)
    session.engine.pause()  # 3 s into the left hold
    session.clock.advance(50)
    session.wake()  # nothing is said while paused
    session.engine.resume()
    session.wake_until(1000)
    assert session.engine.state is State.FINISHED
    assert session.heard == [
        (0, seg("checklist", "Bandage on", 0)),
        # The stretch: left, a switch, right; each hold 20 s with a halfway.
        (3, seg("prepare", "Stretch", 4, side="left", n=1, total=1)),
        *count(7),
        (7, seg("hold", "Stretch", 20, side="left", n=1, total=1)),
        (13, Announcement("paused")),
        (63, Announcement("resumed", seconds=14)),
        (67, Announcement("halfway")),
        *count(77),
        (77, seg("switch", "Stretch", 2, side="right")),
        (79, seg("prepare", "Stretch", 4, side="right", n=1, total=1)),
        *count(83),
        (83, seg("hold", "Stretch", 20, side="right", n=1, total=1)),
        (93, Announcement("halfway")),
        *count(103),
        # Curls: a set is announced with its repetitions, and no count inside it.
        (103, seg("prepare", "Curls", 4, n=1, total=2, count=2)),
        *count(107),
        (107, seg("reps", "Curls", 5, n=1, total=2, count=2)),
        (112, seg("rest", "Curls", 3, n=2, total=2, count=2)),
        (115, seg("prepare", "Curls", 4, n=2, total=2, count=2)),
        *count(119),
        (119, seg("reps", "Curls", 5, n=2, total=2, count=2)),
        # Four minutes of ice: halfway, one minute left, the last three seconds.
        (124, seg("prepare", "Ice", 4)),
        *count(128),
        (128, seg("timed", "Ice", 240)),
        (248, Announcement("halfway")),
        (308, Announcement("minute-left")),
        *count(368),
        (368, Announcement("done", status="completed")),
    ]


def test_never_every_second() -> None:
    session = Session()
    session.engine.start()
    session.engine.confirm()
    wakes = 0
    while session.engine.state is State.RUNNING:
        wake = session.engine.next_change()
        assert wake is not None
        session.clock.advance(wake - session.clock.now())
        session.wake()
        wakes += 1
    assert wakes > 300  # a wake for every second shown and every tempo beat
    assert len(session.heard) < 45
    counts = [a for _, a in session.heard if a.id == "count"]
    assert len(counts) == 3 * 8  # the last three seconds of eight counted segments


def test_a_late_wake_announces_only_what_is_true_now() -> None:
    session = Session()
    session.engine.start()
    session.engine.confirm()
    session.wake_until(2)  # into the get-ready of the left hold
    del session.heard[:]
    session.clock.advance(20.5)  # the laptop slept: 1.5 s of the left hold are left
    session.wake()
    assert session.heard == [
        (22.5, seg("hold", "Stretch", 2, side="left", n=1, total=1)),
    ]  # the hold is announced with what is left, and the count goes on from there
    session.wake_until(23)
    assert session.heard[-1] == (23, Announcement("count", n=1))


def test_a_stop_is_announced_with_its_reason() -> None:
    session = Session()
    session.engine.start()
    session.engine.stop("sharp-pain")
    assert session.heard[-1] == (0, Announcement("done", status="sharp-pain"))

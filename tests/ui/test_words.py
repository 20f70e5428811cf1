"""What comes next and how much was done, in words a person reads, with plurals."""

from __future__ import annotations

import pytest

from hamstring_coach.core.stats import SessionOutcome, WorkCount
from hamstring_coach.core.timeline import Segment
from hamstring_coach.ui import texts

CARDIO = Segment("light-cardio", "timed", "Light cardio", "", 420)
SWINGS_PREP = Segment("leg-swings", "prepare", "Leg swings", "", 10, side="left")
STRETCH = Segment("stretch", "hold", "Seated stretch", "", 30, side="left", rep=1, rep_total=3)
STRETCH_REST = Segment("stretch", "rest", "Seated stretch", "", 10, side="left", rep=1, rep_total=3)
STRETCH_2 = Segment("stretch", "hold", "Seated stretch", "", 30, side="left", rep=2, rep_total=3)
SWITCH = Segment("stretch", "switch", "Seated stretch", "", 5, side="right")
CURLS = Segment(
    "curls", "reps", "Hamstring curls", "", 40, side="left", rep=1, rep_total=3,
    count=8, pace_s=5,
)  # fmt: skip
CURLS_PREP = Segment("curls", "prepare", "Hamstring curls", "", 10, side="left", rep=1, rep_total=3)
CHECK = Segment("rice", "checklist", "Rest, compression, elevation", "", None)


@pytest.mark.parametrize(
    ("current", "following", "said"),
    [
        (SWINGS_PREP, CARDIO, "Next: Light cardio, 7 min"),
        (CARDIO, SWINGS_PREP, "Next: get ready for Leg swings, left leg, 10 s"),
        (STRETCH, STRETCH_REST, "Next: rest, 10 s"),
        (STRETCH_REST, STRETCH_2, "Next: hold, left leg, rep 2 of 3, 30 s"),
        (STRETCH_2, SWITCH, "Next: switch sides, right leg, 5 s"),
        (CARDIO, CURLS, "Next: Hamstring curls, left leg, set 1 of 3"),
        (CURLS_PREP, CURLS, "Next: set 1 of 3, left leg"),
        (CARDIO, CHECK, "Next: Rest, compression, elevation"),
        (CHECK, None, "Next: the end of the session."),
    ],
)
def test_next_says_what_comes_in_words(
    current: Segment, following: Segment | None, said: str
) -> None:
    assert texts.next_text(current, following) == said


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(10, "10 s"), (59.6, "1 min"), (420, "7 min"), (90, "1:30 min"), (3600, "60 min")],
)
def test_durations_read_as_seconds_or_minutes(seconds: float, said: str) -> None:
    assert texts.duration_text(seconds) == said


def _outcome(**counts: tuple[int, int, int]) -> SessionOutcome:
    made = {kind: WorkCount(*counts.get(kind, (0, 0, 0))) for kind in
            ("holds", "sets", "timed", "checklists")}  # fmt: skip
    return SessionOutcome(status="completed", active_s=60.0, **made)


def test_counts_use_plural_forms() -> None:
    one = _outcome(checklists=(1, 0, 0), holds=(18, 18, 0))
    assert texts.work_done_text(one) == "18 of 18 holds · 0 of 1 checklist"
    assert "checklists" not in texts.work_done_text(one)
    two = _outcome(sets=(2, 1, 1), timed=(1, 1, 0))
    assert texts.work_done_text(two) == "1 of 2 sets, 1 skipped · 1 of 1 timed step"


def test_a_translation_gives_its_own_plural_forms(qapp) -> None:
    """The counted strings go through Qt's %n forms: a translation that has them wins."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Numerus(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if source == "{done} of %n checklist(s)":
                return "{done} von %n Checkliste" + ("" if n == 1 else "n")
            return ""

    translator = Numerus()
    QCoreApplication.installTranslator(translator)
    try:
        said = texts.work_done_text(_outcome(checklists=(2, 0, 0)))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert said == "0 von 2 Checklisten"

"""The words the app shows for segments, sides and outcomes, all translatable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from hamstring_coach.core.durations import clock_text
from hamstring_coach.core.stats import SessionOutcome, WorkCount
from hamstring_coach.core.timeline import Segment
from hamstring_coach.storage.database import DatabaseError
from hamstring_coach.ui import locale_text, plural

# Every call names its context literally, so pyside6-lupdate files each string under the
# context it is looked up in at run time.
translate = QCoreApplication.translate


def caption(kind: str) -> str:
    """The word inside the countdown ring."""
    return {
        "prepare": translate("Texts", "GET READY"),
        "hold": translate("Texts", "HOLD"),
        "rest": translate("Texts", "REST"),
        "switch": translate("Texts", "SWITCH SIDES"),
        "reps": translate("Texts", "SET"),
        "timed": translate("Texts", "GO"),
        "checklist": translate("Texts", "CHECK"),
    }.get(kind, "")


def kind_name(kind: str) -> str:
    """A segment kind as a word for tables and for what comes next."""
    return {
        "prepare": translate("Texts", "Get ready"),
        "hold": translate("Texts", "Hold"),
        "rest": translate("Texts", "Rest"),
        "switch": translate("Texts", "Switch sides"),
        "reps": translate("Texts", "Set"),
        "timed": translate("Texts", "Timed"),
        "checklist": translate("Texts", "Checklist"),
    }.get(kind, kind)


def side_text(side: str | None) -> str:
    """The side as the session page shows it, large."""
    if side == "left":
        return translate("Texts", "LEFT LEG")
    if side == "right":
        return translate("Texts", "RIGHT LEG")
    return ""


def side_phrase(side: str | None) -> str:
    """The side inside a sentence."""
    if side == "left":
        return translate("Texts", "left leg")
    if side == "right":
        return translate("Texts", "right leg")
    return ""


def side_name(side: str | None) -> str:
    """The side as a table cell."""
    if side == "left":
        return translate("Texts", "Left leg")
    if side == "right":
        return translate("Texts", "Right leg")
    return ""


def rep_text(segment: Segment, current_rep: int = 0) -> str:
    """Which repetition: "Rep 2 of 3" for holds; "Rep 7 of 10 · Set 2 of 3" during a set
    of paced repetitions, "Set 2 of 3" around it (the set left out when there is one)."""
    if segment.rep is None or segment.rep_total is None:
        return ""
    if not segment.count:
        return translate("Texts", "Rep {n} of {total}").format(
            n=segment.rep, total=segment.rep_total
        )
    counting = bool(current_rep) and segment.kind == "reps"
    if segment.rep_total == 1:
        if not counting:
            return ""
        return translate("Texts", "Rep {n} of {total}").format(n=current_rep, total=segment.count)
    if counting:
        return translate("Texts", "Rep {rep} of {reps} · Set {set} of {sets}").format(
            rep=current_rep, reps=segment.count, set=segment.rep, sets=segment.rep_total
        )
    return translate("Texts", "Set {n} of {total}").format(n=segment.rep, total=segment.rep_total)


def needs_text(needs: Sequence[str]) -> str:
    """What a routine needs at hand (``Routine.needs``), in one line to show before it
    starts: "You need: A mat · A resistance band"; empty when it needs nothing."""
    if not needs:
        return ""
    return translate("Texts", "You need: {things}").format(things=" · ".join(needs))


def caution_text(segment: Segment) -> str:
    """The safety line under the instruction: every hold says no bouncing, every piece
    of exercise how to stop on sharp pain. Empty for a checklist."""
    if segment.kind == "checklist":
        return ""
    if segment.count:  # paced repetitions, and the moments around them
        return translate("Texts", "Slow and controlled. Sharp pain: press P to stop.")
    if segment.rep is not None:  # a hold, and the moments around it
        return translate(
            "Texts", "No bouncing: ease in and hold still. Sharp pain: press P to stop."
        )
    return translate("Texts", "Sharp pain: press P to stop.")


def rep_phrase(segment: Segment) -> str:
    """Which repetition or set, inside a sentence."""
    if segment.rep is None or segment.rep_total is None:
        return ""
    if segment.count:
        return translate("Texts", "set {n} of {total}").format(
            n=segment.rep, total=segment.rep_total
        )
    return translate("Texts", "rep {n} of {total}").format(n=segment.rep, total=segment.rep_total)


def doing_text(segment: Segment) -> str:
    """What the person does during the segment, in a few words."""
    if segment.kind == "prepare":
        return segment.instruction or translate("Texts", "Get into position.")
    if segment.kind == "rest":
        return translate("Texts", "Relax and breathe. The next part starts by itself.")
    if segment.kind == "switch":
        return translate("Texts", "Change to the other leg.")
    return segment.instruction


def seconds_text(seconds: float) -> str:
    return translate("Texts", "{s} s").format(s=locale_text.number_text(seconds))


def duration_text(seconds: float) -> str:
    """A length of time as a person reads it: "30 s", "7 min", "1:30 min"."""
    whole = max(0, round(seconds))
    if whole < 60:
        return translate("Texts", "{s} s").format(s=whole)
    if whole % 60 == 0:
        return translate("Texts", "{m} min").format(m=whole // 60)
    return translate("Texts", "{clock} min").format(clock=clock_text(whole))


def _next_what(current: Segment, following: Segment) -> str:
    """What comes next, in words: the exercise's name when it is a new one, otherwise
    what happens within it."""
    new_step = following.step_id != current.step_id
    if following.kind == "prepare":
        if new_step:
            return translate("Texts", "get ready for {title}").format(title=following.title)
        return translate("Texts", "get ready")
    if following.kind == "rest":
        return translate("Texts", "rest")
    if following.kind == "switch":
        return translate("Texts", "switch sides")
    if new_step:
        return following.title
    if following.kind == "hold":
        return translate("Texts", "hold")
    if following.kind == "reps":
        return rep_phrase(following) or following.title  # "set 2 of 3"
    return following.title


def next_text(current: Segment, following: Segment | None) -> str:
    """What comes next, as a person reads it: "Next: Light cardio, 7 min",
    "Next: hold, left leg, rep 2 of 3, 30 s", "Next: rest, 45 s"."""
    if following is None:
        return translate("Texts", "Next: the end of the session.")
    details = []
    if following.side and following.kind != "rest":
        details.append(side_phrase(following.side))
    # A set of the same exercise is named by its number already ("set 2 of 3").
    same_set = following.kind == "reps" and following.step_id == current.step_id
    counted = following.kind in ("hold", "reps") and not same_set
    if following.rep and following.rep_total and counted:
        details.append(rep_phrase(following))
    if following.planned_s and following.kind != "reps":
        details.append(duration_text(following.planned_s))
    what = _next_what(current, following)
    if not details:
        return translate("Texts", "Next: {what}").format(what=what)
    return translate("Texts", "Next: {what}, {details}").format(
        what=what, details=", ".join(details)
    )


def work_done_text(outcome: SessionOutcome) -> str:
    """What a session did, honestly: "16 of 18 holds, 2 skipped · 3 of 3 sets"."""
    return counts_text(outcome.holds, outcome.sets, outcome.timed, outcome.checklists)


def counts_text(holds: WorkCount, sets: WorkCount, timed: WorkCount, checklists: WorkCount) -> str:
    """Holds, sets, timed steps and checklists done of those planned, the empty left out;
    counted through Qt's plural forms ("0 of 1 checklist", "3 of 18 holds")."""
    parts = [
        _count_text(count, kind)
        for kind, count in (
            ("holds", holds),
            ("sets", sets),
            ("timed", timed),
            ("checklists", checklists),
        )
        if count.planned
    ]
    return " · ".join(parts)


def _count_text(count: WorkCount, kind: str) -> str:
    n = count.planned
    pattern = {
        "holds": translate("Texts", "{done} of %n hold(s)", "", n),
        "sets": translate("Texts", "{done} of %n set(s)", "", n),
        "timed": translate("Texts", "{done} of %n timed step(s)", "", n),
        "checklists": translate("Texts", "{done} of %n checklist(s)", "", n),
    }[kind]
    text = plural.english(pattern, n).format(done=count.done)
    if count.skipped:
        text += ", " + translate("Texts", "{n} skipped").format(n=count.skipped)
    return text


def storage_problem(error: DatabaseError) -> str:
    """A history-file error as one translated sentence naming the file.

    Errors the storage layer could not classify keep its own (English) sentence.
    """
    file = error.name
    if error.action == "save":
        sentence = {
            "full": translate("Texts", "Could not save to {file}: the disk is full."),
            "locked": translate(
                "Texts", "Could not save to {file}: another program has it locked."
            ),
            "read-only": translate("Texts", "Could not save to {file}: it is read-only."),
            "folder-read-only": translate(
                "Texts", "Could not save to {file}: its folder is read-only."
            ),
            "damaged": translate("Texts", "Could not save to {file}: the file is damaged."),
            "io": translate("Texts", "Could not save to {file}: the disk reported an error."),
            "cannot-open": translate("Texts", "Could not save to {file}: it cannot be opened."),
            "denied": translate("Texts", "Could not save to {file}: permission denied."),
        }.get(error.problem or "")
    elif error.action == "read":
        sentence = {
            "full": translate("Texts", "Could not read {file}: the disk is full."),
            "locked": translate("Texts", "Could not read {file}: another program has it locked."),
            "read-only": translate("Texts", "Could not read {file}: it is read-only."),
            "folder-read-only": translate(
                "Texts", "Could not read {file}: its folder is read-only."
            ),
            "damaged": translate("Texts", "Could not read {file}: the file is damaged."),
            "io": translate("Texts", "Could not read {file}: the disk reported an error."),
            "cannot-open": translate("Texts", "Could not read {file}: it cannot be opened."),
            "denied": translate("Texts", "Could not read {file}: permission denied."),
        }.get(error.problem or "")
    else:
        sentence = None
    return str(error) if sentence is None or not file else sentence.format(file=file)

"""The words the app shows for segments, sides and outcomes, all translatable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from hamstring_coach.core.timeline import Segment

SIDE_COLORS = {"left": QColor("#1c71d8"), "right": QColor("#e66100")}
KIND_COLORS = {
    "prepare": QColor("#c88800"),
    "hold": QColor("#26a269"),
    "rest": QColor("#3584e4"),
    "switch": QColor("#9141ac"),
    "reps": QColor("#26a269"),
    "timed": QColor("#26a269"),
    "checklist": QColor("#5e5c64"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


def caption(kind: str) -> str:
    return {
        "prepare": tr("GET READY"),
        "hold": tr("HOLD"),
        "rest": tr("REST"),
        "switch": tr("SWITCH SIDES"),
        "reps": tr("SET"),
        "timed": tr("GO"),
        "checklist": tr("CHECK"),
    }.get(kind, "")


def kind_name(kind: str) -> str:
    """A segment kind as a word for tables."""
    return {
        "prepare": tr("Get ready"),
        "hold": tr("Hold"),
        "rest": tr("Rest"),
        "switch": tr("Switch sides"),
        "reps": tr("Set"),
        "timed": tr("Timed"),
        "checklist": tr("Checklist"),
    }.get(kind, kind)


def side_text(side: str | None) -> str:
    if side == "left":
        return tr("LEFT LEG")
    if side == "right":
        return tr("RIGHT LEG")
    return ""


def rep_text(segment: Segment, current_rep: int = 0) -> str:
    if segment.rep is None or segment.rep_total is None:
        return ""
    if segment.count:  # a set of paced repetitions
        text = tr("Set {n} of {total}").format(n=segment.rep, total=segment.rep_total)
        if current_rep and segment.kind == "reps":
            text += " · " + tr("rep {n} of {total}").format(n=current_rep, total=segment.count)
        return text
    return tr("Rep {n} of {total}").format(n=segment.rep, total=segment.rep_total)


def doing_text(segment: Segment) -> str:
    """What the person does during the segment, in a few words."""
    if segment.kind == "prepare":
        return segment.instruction or tr("Get into position.")
    if segment.kind == "rest":
        return tr("Relax and breathe. The next hold starts soon.")
    if segment.kind == "switch":
        return tr("Change to the other leg.")
    return segment.instruction


def next_text(current: Segment, following: Segment | None) -> str:
    if following is None:
        return tr("Next: done. Well done!")
    parts = []
    if following.step_id != current.step_id:
        parts.append(following.title)
    parts.append(caption(following.kind).capitalize())
    if following.side:
        parts.append(side_text(following.side).lower())
    if following.rep and following.rep_total and following.kind != "switch":
        parts.append(rep_text(following).lower())
    if following.planned_s:
        parts.append(tr("{s} s").format(s=f"{following.planned_s:g}"))
    return tr("Next: {what}").format(what=" · ".join(parts))


def format_duration(seconds: float) -> str:
    """A length of time as m:ss, or h:mm:ss from an hour."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

"""The words the voice speaks for each phrase of ``core.cues``, through Qt's translations.

Short sentences, said to someone lying on a mat: what comes next, which side, which
repetition, and the count. Every call names its context literally ("Cues"), so
pyside6-lupdate files each string under the context it is looked up in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hamstring_coach.core.cues import Phrase
from hamstring_coach.ui.texts import side_phrase

translate = QCoreApplication.translate


def phrase_text(phrase: Phrase) -> str:
    """What the voice says for ``phrase``."""
    side = side_phrase(phrase.side)
    if phrase.id == "next":
        if side:
            return translate("Cues", "Next: {title}, {side}.").format(title=phrase.title, side=side)
        return translate("Cues", "Next: {title}.").format(title=phrase.title)
    if phrase.id == "rep":
        return translate("Cues", "Rep {n} of {total}.").format(n=phrase.n, total=phrase.total)
    if phrase.id == "set":
        return translate("Cues", "Set {n} of {total}.").format(n=phrase.n, total=phrase.total)
    if phrase.id == "switch":
        if side:
            return translate("Cues", "Switch sides: {side}.").format(side=side)
        return translate("Cues", "Switch sides.")
    if phrase.id == "checklist":
        return translate("Cues", "{title}. Press Enter when done.").format(title=phrase.title)
    if phrase.id == "count":
        return str(phrase.n)  # a number: the voice says it in its own language
    return {
        "hold": translate("Cues", "Hold."),
        "go": translate("Cues", "Go."),
        "rest": translate("Cues", "Rest."),
        "halfway": translate("Cues", "Halfway."),
        "well-done": translate("Cues", "Well done."),
        "session-over": translate("Cues", "That is the end of the session."),
    }[phrase.id]

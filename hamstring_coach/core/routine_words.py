"""The texts of a routine that a person reads, and a routine with them reworded.

The built-in routines are data written in English. Their titles, summaries, needs,
instructions and checklist items are translated like the rest of the app: the
translation tool (``tools/translations.py``) collects :func:`shown_texts` of every
built-in routine, and the window shows each built-in routine through :func:`worded`
with its translations. Ids, numbers and the person's own routines stay as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from hamstring_coach.core.routines import Routine, Step

Words = Callable[[str], str]


def shown_texts(routines: Iterable[Routine]) -> list[str]:
    """Every text of these routines that is shown, once each, in order of first use."""
    texts: dict[str, None] = {}
    for routine in routines:
        texts.update(dict.fromkeys([routine.title, routine.summary, *routine.needs]))
        for step in routine.steps:
            texts.update(dict.fromkeys([step.title, step.instruction, *step.items]))
    return [text for text in texts if text]


def _step(step: Step, words: Words) -> Step:
    return replace(
        step,
        title=words(step.title),
        instruction=words(step.instruction) if step.instruction else "",
        items=tuple(words(item) for item in step.items),
    )


def worded(routine: Routine, words: Words) -> Routine:
    """The routine with every shown text passed through ``words``."""
    return replace(
        routine,
        title=words(routine.title),
        summary=words(routine.summary) if routine.summary else "",
        needs=tuple(words(need) for need in routine.needs),
        steps=tuple(_step(step, words) for step in routine.steps),
    )

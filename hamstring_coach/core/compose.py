"""Routines made of other routines: a file with ``parts = [...]`` instead of steps.

``full-workout`` names ``warm-up``, ``strengthening`` and ``cool-down``; composing it
gives one routine whose steps are theirs, in that order, and whose needs are all of
theirs. The parts are found by id among the routines loaded with it, so a change to
one routine shows in every routine made from it, and nothing is copied by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from hamstring_coach.core import routine_limits
from hamstring_coach.core.routines import Routine, RoutineError


def compose(routine: Routine, available: Mapping[str, Routine], source: str) -> Routine:
    """``routine`` with its parts' steps and needs in place; unchanged when it has no
    parts. ``source`` names its file in the one-sentence RoutineError."""
    if not routine.parts:
        return routine

    def fail(problem: str) -> RoutineError:
        return RoutineError(f"{source}: {problem}.", file=source)

    steps = []
    needs = list(routine.needs)
    owner: dict[str, str] = {}  # step id -> the part it came from
    for part_id in routine.parts:
        part = available.get(part_id)
        if part is None:
            known = ", ".join(sorted(r for r in available if not available[r].parts))
            raise fail(f"the part '{part_id}' is not a routine; the routines are: {known}")
        if part.parts:
            raise fail(f"the part '{part_id}' is itself made of parts; name routines made of steps")
        for step in part.steps:
            if step.id in owner:
                raise fail(
                    f"the parts '{owner[step.id]}' and '{part_id}' both have a step "
                    f"'{step.id}'; step ids must differ"
                )
            owner[step.id] = part_id
            steps.append(step)
        needs.extend(need for need in part.needs if need not in needs)
    whole = replace(routine, steps=tuple(steps), needs=tuple(needs))
    problem = routine_limits.find_problem(whole)  # the parts may add up to too much
    if problem is not None:
        raise fail(f"with its parts, {problem[1]}")
    return whole


def compose_all(loaded: Iterable[tuple[Routine, str]]) -> list[Routine]:
    """Every routine with its parts in place, in the order given; each pair is a
    routine and the file it came from."""
    pairs = list(loaded)
    available = {routine.id: routine for routine, _source in pairs}
    return [compose(routine, available, source) for routine, source in pairs]

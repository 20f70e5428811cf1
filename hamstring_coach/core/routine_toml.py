"""Write a Routine back as a routine file, for a person's own routines.

The file holds every field the reader (``parse_routine``) needs to give back the same
Routine: a field is written unless it holds its default, and ``per_side`` is always
written for the kinds that take it, since its default depends on the kind. Reading what
this writes gives back an equal Routine; a test checks that for every built-in routine.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, Field, fields

from hamstring_coach.core.routines import Routine, Step

HEADER = (
    "# A routine of your own, written by Hamstring Coach.\n"
    "# The format is described in docs/routines.md; after changing this file, check it with\n"
    "#   hamstring-coach routine validate FILE\n"
)
_ALWAYS = {"id", "kind", "title"}
_PER_SIDE_KINDS = {"hold", "reps"}
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def routine_to_toml(routine: Routine) -> str:
    """The text of a routine file that reads back as ``routine``."""
    lines = [HEADER]
    for field in fields(routine):
        if field.name != "steps" and _wanted(field, getattr(routine, field.name), {"id", "title"}):
            lines.append(f"{field.name} = {_value(getattr(routine, field.name))}")
    for step in routine.steps:
        lines.extend(["", "[[steps]]"])
        lines.extend(_step_lines(step))
    return "\n".join(lines) + "\n"


def _step_lines(step: Step) -> list[str]:
    always = _ALWAYS | ({"per_side"} if step.kind in _PER_SIDE_KINDS else set())
    return [
        f"{field.name} = {_value(getattr(step, field.name))}"
        for field in fields(step)
        if _wanted(field, getattr(step, field.name), always)
    ]


def _wanted(field: Field[object], value: object, always: set[str]) -> bool:
    if field.name in always:
        return True
    if field.default is not MISSING:
        return bool(value != field.default)
    return True


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"a routine file cannot hold the number {value}")
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"a routine file cannot hold a {type(value).__name__}")


def _string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'

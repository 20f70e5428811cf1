"""The error of a routine file that cannot be used.

It lives apart from ``core.routines`` so that the command line can name it without
loading the routine reader, which the window alone reads only after its first frame.
"""

from __future__ import annotations


class RoutineError(Exception):
    """A routine file that cannot be used; ``str(error)`` is one sentence."""

    def __init__(self, message: str, *, file: str, step: str | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.step = step

"""What a person may type into the history file: injury times and notes.

The same rules hold for the window and the command line, because the repositories
check them before anything is stored (the window and the CLI only word the refusal).

- A time (when an injury happened) lies between :data:`EARLIEST` (1970-01-01) or
  :data:`MAX_YEARS_BACK` years before now, whichever is later, and now, with
  :data:`FUTURE_SLACK` of slack for a clock read a moment apart.
- A note is a line or a few: at most :data:`MAX_NOTE_CHARS` characters. Newlines and
  tabs are kept (a Windows line end becomes a newline); every other control character
  (NUL, escape, the C1 controls, DEL) and the bidi controls are refused, as in routine
  text. Surrounding blanks are dropped; a blank note is none.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal

from hamstring_coach.core.quoting import char_name
from hamstring_coach.core.routine_input import bad_characters

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
MAX_YEARS_BACK = 5
FUTURE_SLACK = timedelta(minutes=1)
MAX_NOTE_CHARS = 500

Problem = Literal["future", "too-old", "note-control", "note-long"]


class EntryError(ValueError):
    """Text or a time that cannot be stored; str() is one sentence, ``problem`` which rule."""

    def __init__(self, message: str, problem: Problem) -> None:
        super().__init__(message)
        self.problem = problem


def earliest_moment(now: datetime) -> datetime:
    """The earliest time an injury may be given as having happened."""
    return max(EARLIEST, now - timedelta(days=365 * MAX_YEARS_BACK + MAX_YEARS_BACK // 4 + 1))


def check_moment(moment: datetime, now: datetime) -> datetime:
    """``moment`` itself, or EntryError when it lies in the future (beyond the slack) or
    before :func:`earliest_moment`. Both must be aware."""
    if moment > now + FUTURE_SLACK:
        raise EntryError("That time is in the future; give the time it happened.", "future")
    if moment < earliest_moment(now):
        raise EntryError(
            f"That time is more than {MAX_YEARS_BACK} years ago; give a time since "
            f"{earliest_moment(now).date().isoformat()}.",
            "too-old",
        )
    return moment


def clean_note(note: str | None) -> str | None:
    """The note as stored: stripped, None when blank; EntryError for a control character
    other than newline and tab, or more than :data:`MAX_NOTE_CHARS` characters."""
    if note is None:
        return None
    if not isinstance(note, str):
        raise TypeError(f"A note must be text, got {type(note).__name__}.")
    text = note.replace("\r\n", "\n").strip()
    char = bad_characters(text, lines=True)
    if char is not None:
        raise EntryError(
            f"A note may not hold the control character {char_name(char)}.", "note-control"
        )
    if len(text) > MAX_NOTE_CHARS:
        raise EntryError(
            f"A note may hold at most {MAX_NOTE_CHARS} characters (this one has {len(text)}).",
            "note-long",
        )
    return text or None

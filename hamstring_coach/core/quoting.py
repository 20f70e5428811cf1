"""Showing input in a message: quoted, on one line, never more than a glance long.

Text from a file or a command line may hold anything: control characters that move the
cursor or end the line, bidi controls that reorder what is shown, or megabytes. A
message quotes at most QUOTE_CHARS characters of it and escapes whatever would not show
as plain text on one line.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

QUOTE_CHARS = 60

# Characters that reorder or hide text (the "Trojan source" set), and line separators.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
)


def char_name(char: str) -> str:
    """A character as U+XXXX with its name, for messages."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def quote(value: object, limit: int = QUOTE_CHARS) -> str:
    """Input shown in a message: quoted, on one line, at most ``limit`` characters."""
    text = value if isinstance(value, str) else repr(value)
    shown = "".join(_visible(char) for char in text[: limit + 1])
    if len(text) > limit or len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return f"'{shown}'"


def shortened(message: str, limit: int = QUOTE_CHARS) -> str:
    """A message for the terminal: on one line, each word (a path, an argument) longer
    than ``limit`` characters cut in the middle, so that what a person typed by mistake
    is never echoed at length."""
    words = "".join(_visible(char) for char in message).split(" ")
    half = (limit - 1) // 2
    return " ".join(
        word if len(word) <= limit else f"{word[:half]}…{word[-(limit - 1 - half) :]}"
        for word in words
    )


def one_line(text: str) -> bool:
    """Whether text shows as one line: no control, bidi or line-separator characters."""
    return not any(_hidden(char) for char in text)


def shown_path(path: Path | str) -> str:
    """A file name for a message: whole, with any control character escaped."""
    return "".join(_visible(char) for char in str(path))


def _hidden(char: str) -> bool:
    return char in BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp")


def _visible(char: str) -> str:
    if _hidden(char):
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char

"""What a routine file must be before it is parsed.

A routine may come from anywhere: a download, a therapist's e-mail, a path typed by
mistake. Before the TOML parser sees a byte, the file must be a regular file (a pipe
would block, a device never ends) no larger than MAX_FILE_BYTES, and its text must not
nest deeper than MAX_DEPTH brackets or dotted-key parts: the parser recurses into nested
arrays and tables, and slows to a crawl on very deep dotted keys. Whatever a message
quotes of the input goes through ``core.quoting``.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

from hamstring_coach.core.quoting import BIDI_CONTROLS, shown_path

MAX_FILE_BYTES = 256 * 1024
MAX_DEPTH = 5  # arrays and inline tables inside each other; parts of one dotted key
BOM = "\ufeff"

# What the nesting check looks at: comments and strings (skipped whole), and the
# characters that open, close or separate. Unterminated strings end at the line's end.
_TOKENS = re.compile(
    r"""\#[^\n]*
    | \"\"\"(?:[^\\]|\\.)*?\"\"\"
    | '''.*?'''
    | "(?:[^"\\\n]|\\.)*"?
    | '[^'\n]*'?
    | [\[\]{}.,=\n]
    """,
    re.VERBOSE | re.DOTALL,
)

Fail = Callable[[str], Exception]


def read_routine_text(path: Path, fail: Fail) -> str:
    """The text of a routine file, refused (``fail(sentence)``) unless it is a regular,
    readable UTF-8 file of at most MAX_FILE_BYTES; a byte-order mark is dropped.

    The file is opened without blocking and checked before anything is read from it,
    so a pipe or a device such as /dev/zero is refused at once.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        reason = (error.strerror or "it cannot be read").lower()
        raise fail(f"Cannot read {shown_path(path)}: {reason}.") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise fail(f"{shown_path(path)} is a folder, not a routine file.")
        if not stat.S_ISREG(info.st_mode):
            raise fail(f"{shown_path(path)} is not a regular file, so it is not read as a routine.")
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path, fail)
        data = _read_at_most(fd, MAX_FILE_BYTES + 1)
    except OSError as error:
        reason = (error.strerror or "it cannot be read").lower()
        raise fail(f"Cannot read {shown_path(path)}: {reason}.") from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:  # it grew while being read
        raise _too_large(path, fail)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise fail(f"{shown_path(path)} is not UTF-8 text.") from None


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 65536))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _too_large(path: Path, fail: Fail) -> Exception:
    return fail(
        f"{shown_path(path)} is larger than {MAX_FILE_BYTES // 1024} KB, "
        "far more than a routine needs, so it is not read."
    )


def check_shape(text: str, source: str, fail: Fail) -> str:
    """The text without a leading byte-order mark, refused when it is too long or nests
    deeper than MAX_DEPTH (brackets and braces, or parts of a dotted key or header)."""
    if text.startswith(BOM):
        text = text[1:]
    if len(text) > MAX_FILE_BYTES:
        raise fail(
            f"{source} is larger than {MAX_FILE_BYTES // 1024} KB, "
            "far more than a routine needs, so it is not read."
        )
    open_brackets: list[str] = []
    in_key = True  # at the start of a statement, a table header or an inline table entry
    key_parts = 1
    line = 1
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
            if not open_brackets:
                in_key, key_parts = True, 1
        elif token == "=":
            in_key = False
        elif token == "." and in_key:
            key_parts += 1
            if key_parts > MAX_DEPTH:
                raise _too_deep(source, line, "a dotted key has", fail)
        elif token in "[{":
            open_brackets.append(token)
            if len(open_brackets) > MAX_DEPTH:
                raise _too_deep(source, line, "arrays or tables nest", fail)
            if token == "{":
                in_key, key_parts = True, 1
        elif token in "]}":
            if open_brackets:
                open_brackets.pop()
        elif token == ",":
            if open_brackets and open_brackets[-1] == "{":
                in_key, key_parts = True, 1
        elif token.startswith(("'", '"')):
            line += token.count("\n")
    return text


def _too_deep(source: str, line: int, what: str, fail: Fail) -> Exception:
    return fail(
        f"{source}, line {line}: {what} more than {MAX_DEPTH} levels; "
        "a routine needs no such nesting."
    )


def bad_characters(text: str, *, lines: bool) -> str | None:
    """The first character a routine's text must not hold, or None.

    Control characters (NUL, escape, ...), bidi controls and line separators are
    refused; a newline or tab is allowed only where ``lines`` says text may span lines.
    """
    for char in text:
        if lines and char in "\n\t":
            continue
        if char in BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            return char
    return None

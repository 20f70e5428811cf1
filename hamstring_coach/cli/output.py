"""Standard output that remembers when it could not be written to.

``history --json > /dev/full`` fails inside a ``print`` deep in a command; the
OSError it raises looks like any other. While a command runs, ``sys.stdout`` is wrapped
in :class:`WatchedOutput`, so the command line can tell a failed write of the output
(one sentence: the disk is full) from a problem with some file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO


class WatchedOutput:
    """A text stream passed through, noting the first OSError of a write or flush."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.failure: OSError | None = None

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as error:
            self.failure = self.failure or error
            raise

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            self.failure = self.failure or error
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def watched_stdout() -> Iterator[WatchedOutput | None]:
    """``sys.stdout`` wrapped for the duration (None when there is no stdout)."""
    stream = sys.stdout
    if stream is None:
        yield None
        return
    watch = WatchedOutput(stream)
    sys.stdout = watch
    try:
        yield watch
    finally:
        sys.stdout = stream

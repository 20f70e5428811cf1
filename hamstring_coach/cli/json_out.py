"""JSON written a piece at a time, exactly as ``json.dumps(..., indent=2)`` lays it out.

``history --json`` of ten years is some hundred megabytes: written item by item it never
sits in memory whole, and plain values are encoded by the json module's C functions.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import TextIO

INDENT = "  "


def write_json_list(
    items: Iterable[object], out: TextIO, *, ensure_ascii: bool = False, indent: str = INDENT
) -> int:
    """Write items as a JSON list and a newline; returns how many were written."""
    encoder = _Encoder(ensure_ascii, indent)
    written = 0
    for item in items:
        out.write("[\n" if written == 0 else ",\n")
        out.write(indent)
        out.write(encoder.encode(item, 1))
        written += 1
    out.write("[]\n" if written == 0 else "\n]\n")
    return written


class _Encoder:
    def __init__(self, ensure_ascii: bool, indent: str) -> None:
        self._string = encode_basestring_ascii if ensure_ascii else encode_basestring
        self._indent = indent
        self._ensure_ascii = ensure_ascii

    def encode(self, value: object, level: int) -> str:
        if isinstance(value, str):
            return self._string(value)
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if isinstance(value, int):
            return int.__repr__(value)
        if isinstance(value, float):
            finite = value == value and value not in (math.inf, -math.inf)
            return float.__repr__(value) if finite else json.dumps(value)
        if isinstance(value, dict):
            if not value:
                return "{}"
            inner = "\n" + self._indent * (level + 1)
            parts = [
                f"{self._key(key)}: {self.encode(item, level + 1)}" for key, item in value.items()
            ]
            return "{" + inner + ("," + inner).join(parts) + "\n" + self._indent * level + "}"
        if isinstance(value, list | tuple):
            if not value:
                return "[]"
            inner = "\n" + self._indent * (level + 1)
            parts = [self.encode(item, level + 1) for item in value]
            return "[" + inner + ("," + inner).join(parts) + "\n" + self._indent * level + "]"
        return json.dumps(value, ensure_ascii=self._ensure_ascii)  # raises for the unknown

    def _key(self, key: object) -> str:
        if not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        return self._string(key)

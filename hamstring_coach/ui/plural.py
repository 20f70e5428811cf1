"""Counted words through Qt's plural forms, readable before any translation is loaded.

Counted strings are written as Qt asks, ``translate(context, "%n hold(s)", "", n)``, so a
translation gives each language its own plural forms (German "1 Halteübung" /
"2 Halteübungen"). The English source only marks the plural with "(s)"; until an
English translation supplies the forms, ``english(text, n)`` settles that mark: "1 hold",
"2 holds", "0 holds".
"""

from __future__ import annotations

MARK = "(s)"


def english(text: str, n: int) -> str:
    """``text`` as ``translate(..., n)`` returned it, with any "(s)" left by the English
    source made singular for one and plural otherwise; a translated text has none."""
    return text.replace(MARK, "" if n == 1 else "s")

"""Shorter date patterns made from a locale's own long date pattern.

A locale knows one long pattern, ``dddd, MMMM d, yyyy`` in the United States,
``dddd, d. MMMM yyyy`` in Germany, ``yyyy年M月d日dddd`` in Japan. The history wants less:
a weekday, day and month without the year, or a month and year for a calendar. These
functions take fields out of the locale's pattern and keep its order, separators and the
words that belong to the fields left (``d.`` in German, ``年`` after a Japanese year), so a
date reads the way the locale writes it, whatever the window's language.

Everything here works on Qt date patterns as text: no Qt, no locale, easy to test with
the patterns of many locales.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A field is a run of one of these letters; everything else is literal text. A quoted part
# ('de', 'г', with '' for a quote itself) is literal even when it holds those letters.
FIELD_LETTERS = "dMy"
_TOKEN = re.compile(r"'(?:[^']|'')*'?|d+|M+|y+|[^'dMy]+")
# Marks that part a date's pieces rather than end one of them ("5 Jan, 2026").
_COMMAS = ",،，、"  # the comma, and the Arabic, full-width and ideographic commas


@dataclass(frozen=True)
class Token:
    text: str

    @property
    def field(self) -> str:
        """``d``, ``M`` or ``y`` for a field, empty for literal text."""
        first = self.text[:1]
        return first if first and first in FIELD_LETTERS and not self.text.startswith("'") else ""


def tokens(pattern: str) -> list[Token]:
    """The pattern as alternating fields and literal text (neighbouring literals joined)."""
    out: list[Token] = []
    for text in _TOKEN.findall(pattern):
        token = Token(text)
        if not token.field and out and not out[-1].field:
            out[-1] = Token(out[-1].text + text)
        else:
            out.append(token)
    return out


def _join(parts: list[Token]) -> str:
    return "".join(t.text for t in parts)


def _ending(literal: str) -> str:
    """What of the text after a field still belongs to it when what followed is gone:
    the ``.`` of German ``d.``, Japanese ``日``, Lithuanian `` 'd'.`` before a comma."""
    cut = max(literal.rfind(c) for c in _COMMAS)
    if cut >= 0:
        return literal[:cut].rstrip()
    return re.match(r"\S*", literal).group(0)  # type: ignore[union-attr]


def _is_weekday(token: Token) -> bool:
    return token.field == "d" and len(token.text) >= 3


def _is_day(token: Token) -> bool:
    return token.field == "d" and len(token.text) <= 2


def drop(pattern: str, unwanted: str) -> str:
    """The pattern without the fields ``unwanted`` names: ``y`` the year, ``M`` the month,
    ``d`` the day of the month, ``E`` the weekday. A field at the start or in the middle
    goes with the text after it; the last field goes with the text before it (but for
    the words that end the field before) and any text after it."""
    parts = tokens(pattern)
    while True:
        at = next((i for i, t in enumerate(parts) if _wanted_gone(t, unwanted)), None)
        if at is None:
            return _join(parts).strip()
        after = at + 1 if at + 1 < len(parts) and not parts[at + 1].field else at
        later_fields = any(t.field for t in parts[after + 1 :])
        if later_fields or not any(t.field for t in parts[:at]):
            del parts[at : after + 1]
            continue
        before = at - 1 if at > 0 and not parts[at - 1].field else at
        kept = _ending(parts[before].text) if before < at else ""
        parts[before : after + 1] = [Token(kept)] if kept else []


def _wanted_gone(token: Token, unwanted: str) -> bool:
    return (
        ("E" in unwanted and _is_weekday(token))
        or ("d" in unwanted and _is_day(token))
        or (token.field in ("M", "y") and token.field in unwanted)
    )


def abbreviated(pattern: str) -> str:
    """Short names: ``dddd`` to ``ddd`` and ``MMMM`` to ``MMM`` (numbers stay numbers)."""
    return "".join(
        t.text[:3] if t.field in "dM" and len(t.text) == 4 else t.text for t in tokens(pattern)
    )


def unquoted(literal: str) -> str:
    """Literal text of a pattern as it is shown: ``'de' `` is ``de ``, ``''`` a quote."""
    return re.sub(r"'((?:[^']|'')*)'?", lambda m: m.group(1).replace("''", "'") or "'", literal)


# The patterns the history uses, each from the locale's long date pattern.


def day_month(long_pattern: str) -> str:
    """``MMM d`` (US), ``d. MMM`` (Germany), ``M月d日`` (Japan)."""
    return abbreviated(drop(long_pattern, "Ey"))


def day_month_year(long_pattern: str) -> str:
    """``MMM d, yyyy`` (US), ``d. MMM yyyy`` (Germany), ``yyyy年M月d日`` (Japan)."""
    return abbreviated(drop(long_pattern, "E"))


def weekday_day_month(long_pattern: str) -> str:
    """``ddd, MMM d`` (US), ``ddd, d. MMM`` (Germany), ``M月d日ddd`` (Japan)."""
    return abbreviated(drop(long_pattern, "y"))


def weekday_day_month_year(long_pattern: str) -> str:
    """``ddd, MMM d, yyyy`` (US), ``ddd, d. MMM yyyy`` (Germany)."""
    return abbreviated(long_pattern)


def weekday_day(long_pattern: str) -> str:
    """A day under a bar: ``ddd, d`` (US), ``ddd, d.`` (Germany), ``d日ddd`` (Japan)."""
    return abbreviated(drop(long_pattern, "My"))


def month_year(long_pattern: str) -> str:
    """``MMMM yyyy`` (US, Germany), ``yyyy年M月`` (Japan), ``yyyy. MMMM`` (Hungary)."""
    return drop(long_pattern, "Ed")

"""The person's settings: what each one may hold, its default, and how it is read back.

Settings are stored as text (``storage.settings``); reading them back never fails: a
value that is missing, unreadable or out of range gives that setting's default, so a
hand-edited or older file can never stop the app from starting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from hamstring_coach.core.timeline import Prefs, Side

SoreLeg = Literal["left", "right", "both"]
Theme = Literal["system", "light", "dark"]


@dataclass(frozen=True)
class Settings:
    hold_s: float = 30.0  # a stretch hold, 20-30 s
    repetitions: int = 3  # holds on each side, 2-3
    rest_s: float = 10.0  # between holds
    sore_leg: SoreLeg = "both"
    sore_side_only: bool = False  # holds for the sore side only
    voice: bool = True
    voice_volume: float = 0.8  # 0-1
    sounds: bool = True
    sounds_volume: float = 0.8  # 0-1
    full_screen: bool = False  # start sessions in full screen
    theme: Theme = "system"
    ice_minutes: int = 20  # one ice application, 15-20 min
    ice_interval_h: float = 2.0  # from the end of one application to the next, 2-3 h

    def prefs(self, *, own_routine: bool = False) -> Prefs:
        """The timeline preferences these settings ask for.

        Hold, repetitions and rest shape the built-in routines; a routine of the
        person's own (imported or edited) keeps the numbers written in it. Holds on the
        sore leg only apply to every routine.
        """
        # The timeline (and the routines behind it) loads with the first routine, not
        # with the settings, which the window's first frame reads for its theme.
        from hamstring_coach.core.timeline import SIDES, Prefs

        one_leg = self.sore_side_only and self.sore_leg != "both"
        sides: tuple[Side, ...] = (
            tuple(side for side in SIDES if side == self.sore_leg) if one_leg else SIDES
        )
        if own_routine:
            return Prefs(sides=sides)
        return Prefs(
            hold_s=self.hold_s, repetitions=self.repetitions, rest_s=self.rest_s, sides=sides
        )


# What each number may hold, inclusive; the settings page offers exactly these.
LIMITS: dict[str, tuple[float, float]] = {
    "hold_s": (20, 30),
    "repetitions": (2, 3),
    "rest_s": (5, 60),
    "voice_volume": (0, 1),
    "sounds_volume": (0, 1),
    "ice_minutes": (15, 20),
    "ice_interval_h": (2, 3),
}


def _number(name: str) -> Callable[[str], float]:
    low, high = LIMITS[name]

    def read(text: str) -> float:
        value = float(text)
        if not low <= value <= high:
            raise ValueError(text)
        return value

    return read


def _whole(name: str) -> Callable[[str], int]:
    low, high = LIMITS[name]

    def read(text: str) -> int:
        value = int(text)
        if not low <= value <= high:
            raise ValueError(text)
        return value

    return read


def _flag(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


def _choice(kind: Any) -> Callable[[str], str]:
    choices = get_args(kind)

    def read(text: str) -> str:
        if text not in choices:
            raise ValueError(text)
        return text

    return read


# How each setting is read from its stored text; ValueError means "use the default".
READERS: dict[str, Callable[[str], Any]] = {
    "hold_s": _number("hold_s"),
    "repetitions": _whole("repetitions"),
    "rest_s": _number("rest_s"),
    "sore_leg": _choice(SoreLeg),
    "sore_side_only": _flag,
    "voice": _flag,
    "voice_volume": _number("voice_volume"),
    "sounds": _flag,
    "sounds_volume": _number("sounds_volume"),
    "full_screen": _flag,
    "theme": _choice(Theme),
    "ice_minutes": _whole("ice_minutes"),
    "ice_interval_h": _number("ice_interval_h"),
}


def settings_from_text(stored: Mapping[str, str]) -> Settings:
    """Settings from stored text; anything missing or unreadable keeps its default."""
    values: dict[str, Any] = {}
    for name, read in READERS.items():
        if name in stored:
            try:
                values[name] = read(stored[name])
            except (ValueError, OverflowError):
                continue
    return Settings(**values)


def settings_to_text(settings: Settings) -> dict[str, str]:
    """Every setting as the text it is stored as."""

    def text(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return f"{value:g}" if isinstance(value, float) else str(value)

    return {field.name: text(getattr(settings, field.name)) for field in fields(settings)}


def check(settings: Settings) -> None:
    """Raise ValueError naming the first setting outside what it may hold."""
    for name, value in settings_to_text(settings).items():
        READERS[name](value)

"""Stand-ins for the desktop parts: a notifier, an alarm sound and keep-awake that
remember what they were asked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from hamstring_coach.core.keep_awake import Wake
from hamstring_coach.ui.desktop.notifications import Notifier


@dataclass
class Shown:
    key: str
    title: str
    body: str
    actions: tuple[tuple[str, str], ...]
    urgent: bool


class FakeNotifier(Notifier):
    def __init__(self, available: bool = True) -> None:
        super().__init__()
        self._available = available
        self.shown: list[Shown] = []
        self.withdrawn: list[str] = []

    @property
    def available(self) -> bool:
        return self._available

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        urgent: bool = False,
    ) -> None:
        self.shown.append(Shown(key, title, body, tuple(actions), urgent))

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)

    def keys(self) -> list[str]:
        return [note.key for note in self.shown]


@dataclass
class FakeSound:
    can_play: bool = True
    playing: bool = False
    starts: int = 0

    def available(self) -> bool:
        return self.can_play

    def start(self) -> None:
        self.playing = self.can_play
        self.starts += 1

    def stop(self) -> None:
        self.playing = False


@dataclass
class FakeKeepAwake:
    held: list[Wake | None] = field(default_factory=list)

    def keep(self, wake: Wake | None) -> None:
        """Records each change, from nothing held at first, as the real ones act."""
        if (self.held[-1] if self.held else None) != wake:
            self.held.append(wake)

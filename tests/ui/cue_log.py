"""Listening to a window's cues on the fake clock: what is heard, and when."""

from __future__ import annotations

from hamstring_coach.core.settings import Settings
from hamstring_coach.ui.cues import Cues

from .conftest import App


class Recorder:
    """Sounds as the audio device would get them."""

    def __init__(self, device: bool = True) -> None:
        self.device = device
        self.played: list[tuple[str, float]] = []

    def prepare(self) -> bool:
        return self.device

    def play(self, name: str, volume: float) -> None:
        self.played.append((name, volume))


class Heard:
    """Every cue the window plays, with the clock time (from the start) it was heard."""

    def __init__(self, app: App, settings: Settings | None = None, device: bool = True) -> None:
        self.app = app
        self.settings = settings or Settings()
        self.sounds = Recorder(device)
        self.cues = Cues(
            app.controller,
            lambda: self.settings,
            speech_engine="mock",
            sounds=self.sounds,
            parent=app.window,
        )
        app.window.attach_cues(self.cues)
        self.start = app.clock.now()
        self.log: list[tuple[float, str]] = []
        self.cues.played.connect(self._heard)

    def _heard(self, kind: str, what: str) -> None:
        at = round(self.app.clock.now() - self.start, 3)
        self.log.append((at, what if kind == "voice" else f"<{what}>"))

    def run_to(self, until: float) -> None:
        """Wake as the timer would, up to ``until`` seconds after the start."""
        controller, clock = self.app.controller, self.app.clock
        while (wait := controller.wake_in_ms) is not None:
            if clock.now() + wait / 1000 > self.start + until + 1e-9:
                break
            clock.advance(wait / 1000)
            controller.tick()
        clock.advance(max(0.0, self.start + until - clock.now()))

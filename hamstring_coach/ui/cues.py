"""Cues: plays the sounds and speaks the phrases ``core.cues`` picks for each moment.

Sounds go through one QSoundEffect per cue and the voice is a QTextToSpeech
(``ui.cue_players``); both are made when the first session starts, so start-up never
loads Qt Multimedia or waits on an audio device or a speech engine. Voice and sounds
are each on or off with a volume, read from the settings at every cue. With no audio
device or no speech engine the session goes on silently: ``problem`` says so in one
sentence, once a session, and the next session looks again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from hamstring_coach.core.cues import Cue, CuePlanner, Phrase, SoundName
from hamstring_coach.core.engine import SegmentFinished, SegmentStarted, SessionFinished, State
from hamstring_coach.core.settings import Settings
from hamstring_coach.ui.controller import SessionBegun, SessionController
from hamstring_coach.ui.cue_words import phrase_text

if TYPE_CHECKING:
    from hamstring_coach.ui.cue_players import Voice


class SoundOutput(Protocol):
    """Where cue sounds go: ``cue_players.EffectSounds``, or a recorder in tests."""

    def prepare(self) -> bool:
        """Get ready to play; False when there is nothing to play sounds on."""
        ...

    def play(self, name: SoundName, volume: float) -> None: ...


class Cues(QObject):
    played = Signal(str, str)  # "sound" and its name, or "voice" and the words spoken
    problem = Signal(str)  # one sentence: the session goes on without sounds or voice

    def __init__(
        self,
        controller: SessionController,
        settings: Callable[[], Settings],
        *,
        speech_engine: str | None = None,
        sounds: SoundOutput | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``speech_engine`` names a QTextToSpeech engine ("mock" in tests), or None
        for the system's; ``sounds`` stands in for the QSoundEffect sounds."""
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self._speech_engine = speech_engine
        self._sounds = sounds
        self._voice: Voice | None = None
        self._planner: CuePlanner | None = None
        self._ready: set[str] = set()  # "sounds", "voice": prepared for this session
        self._silent: set[str] = set()  # found not to work in this session
        self._told: set[str] = set()  # what this session's notice has said
        controller.sessionStarted.connect(self._on_session)
        controller.segmentStarted.connect(self._on_segment)
        controller.segmentFinished.connect(self._on_segment_finished)
        controller.ticked.connect(self._on_tick)
        controller.stateChanged.connect(self._on_state)
        controller.sessionFinished.connect(self._on_finished)

    @property
    def voice(self) -> Voice | None:
        """The voice, once a session has needed it."""
        return self._voice

    @property
    def sounds(self) -> SoundOutput | None:
        """The sounds, once a session has needed them."""
        return self._sounds

    # -- the controller's events -----------------------------------------------------------
    def _on_session(self, _begun: SessionBegun) -> None:
        engine = self._controller.engine
        self._planner = None if engine is None else CuePlanner(engine.timeline)
        self._ready.clear()
        self._silent.clear()
        self._told.clear()
        settings = self._settings()  # made now, so that the first cue is on time
        if settings.sounds:
            self._usable("sounds")
        if settings.voice:
            self._usable("voice")

    def _on_segment(self, event: SegmentStarted) -> None:
        engine = self._controller.engine
        if self._planner is not None and engine is not None:
            self._play(self._planner.started(event.index, engine.remaining()))

    def _on_segment_finished(self, event: SegmentFinished) -> None:
        if self._planner is not None:
            self._planner.finished(event.index, event.completed)

    def _on_tick(self) -> None:
        engine = self._controller.engine
        if self._planner is not None and engine is not None and engine.state is State.RUNNING:
            self._play(self._planner.ticked(engine.remaining(), engine.elapsed()))

    def _on_state(self, state: State) -> None:
        if state is State.PAUSED and self._voice is not None:
            self._voice.stop()

    def _on_finished(self, event: SessionFinished) -> None:
        outcome = self._controller.outcome()
        planner, self._planner = self._planner, None
        if event.status == "sharp-pain" and self._voice is not None:
            self._voice.stop()
        if planner is not None and outcome is not None:
            self._play(planner.ended(event.status, outcome.mostly_done))

    # -- playing ---------------------------------------------------------------------------
    def _play(self, cues: list[Cue]) -> None:
        settings = self._settings()
        for cue in cues:
            if isinstance(cue, Phrase):
                if settings.voice and self._usable("voice") and self._voice is not None:
                    text = phrase_text(cue)
                    self._voice.say(text, settings.voice_volume)
                    self.played.emit("voice", text)
            elif settings.sounds and self._usable("sounds") and self._sounds is not None:
                self._sounds.play(cue.name, settings.sounds_volume)
                self.played.emit("sound", cue.name)

    def _usable(self, what: str) -> bool:
        """Whether sounds or the voice can be played, made and prepared on first use."""
        if what in self._silent:
            return False
        if what not in self._ready:
            if not self._make(what).prepare():
                self._lost(what)
                return False
            self._ready.add(what)
        return True

    def _make(self, what: str) -> SoundOutput | Voice:
        """The sounds or the voice, made the first time a session needs them."""
        from hamstring_coach.ui.cue_players import EffectSounds, Voice

        if what == "voice":
            if self._voice is None:
                self._voice = Voice(self._speech_engine, self)
                self._voice.failed.connect(lambda: self._lost("voice"))
            return self._voice
        if self._sounds is None:
            effects = EffectSounds(self)
            effects.failed.connect(lambda: self._lost("sounds"))
            self._sounds = effects
        return self._sounds

    def _lost(self, what: str) -> None:
        """Sounds or the voice do not work: go on without them, and say so once."""
        self._silent.add(what)
        if what in self._told:
            return
        self._told.add(what)
        if self._told == {"sounds", "voice"}:
            text = self.tr(
                "No sound device or speech engine works here, so this session runs "
                "silently: follow it on the screen."
            )
        elif what == "sounds":
            text = self.tr("No sound device works here, so this session runs without sounds.")
        else:
            text = self.tr("No speech engine works here, so this session runs without the voice.")
        self.problem.emit(text)

"""The two things that make cues heard: QSoundEffect sounds and a QTextToSpeech voice.

Imported by ``ui.cues`` only when a session first needs them, so that Qt Multimedia and
Qt TextToSpeech are not loaded while the window starts.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech

from hamstring_coach.core.cues import SOUND_NAMES, SoundName
from hamstring_coach.resources import ResourceNotFoundError, resource_path


def has_audio_output() -> bool:
    """Whether there is a sound device to play on. With none, Qt offers only its "null"
    output, which plays into nothing."""
    return any(
        not device.isNull() and bytes(device.id().data()) != b"null"
        for device in QMediaDevices.audioOutputs()
    )


class EffectSounds(QObject):
    """One QSoundEffect per cue sound, loaded the first time a session asks."""

    failed = Signal()  # a sound could not be loaded or played

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, QSoundEffect] = {}

    @property
    def loaded(self) -> tuple[str, ...]:
        """The sounds made so far, by name."""
        return tuple(self._effects)

    def prepare(self) -> bool:
        """Load every cue sound, so the first one plays on time; False when there is no
        audio device (looked for again each time: one may have been plugged in)."""
        if not has_audio_output():
            return False
        for name in SOUND_NAMES:
            if self._effect(name) is None:
                return False
        return not self._broken()

    def play(self, name: SoundName, volume: float) -> None:
        effect = self._effect(name)
        if effect is not None:
            effect.setVolume(volume)
            effect.play()  # asked while still loading, it plays once loaded

    def _effect(self, name: str) -> QSoundEffect | None:
        effect = self._effects.get(name)
        if effect is None:
            try:
                path = resource_path(f"sounds/{name}.wav")
            except ResourceNotFoundError:
                return None
            effect = QSoundEffect(self)
            effect.statusChanged.connect(self._check)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[name] = effect
        return effect

    def _broken(self) -> bool:
        return any(e.status() is QSoundEffect.Status.Error for e in self._effects.values())

    def _check(self) -> None:
        if self._broken():
            self.failed.emit()


class Voice(QObject):
    """The speech engine, made the first time it speaks."""

    failed = Signal()  # the engine could not start, or broke while speaking

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._speech: QTextToSpeech | None = None

    @property
    def speech(self) -> QTextToSpeech | None:
        """The engine, once made."""
        return self._speech

    def prepare(self) -> bool:
        """Make the engine; False when there is none that works."""
        if self._speech is None:
            if self._engine_name:
                self._speech = QTextToSpeech(self._engine_name, self)
            else:
                self._speech = QTextToSpeech(self)
            self._speech.errorOccurred.connect(self._on_error)
            _speak_the_window_language(self._speech)
        return self._speech.state() is not QTextToSpeech.State.Error

    def _on_error(self, *_reason: object) -> None:
        self.failed.emit()

    def say(self, text: str, volume: float) -> None:
        """Speak ``text`` at once, cutting short anything still being said: a cue
        that comes late is worse than one cut short."""
        if self._speech is not None and self.prepare():
            self._speech.setVolume(volume)
            self._speech.say(text)

    def stop(self) -> None:
        if self._speech is not None and self._speech.state() is QTextToSpeech.State.Speaking:
            self._speech.stop()


def _speak_the_window_language(speech: QTextToSpeech) -> None:
    """A voice for the window's language (the default locale), when the engine has one."""
    wanted = QLocale()
    if (
        speech.state() is QTextToSpeech.State.Error
        or speech.locale().language() == wanted.language()
    ):
        return
    same_language = [v for v in speech.availableLocales() if v.language() == wanted.language()]
    if same_language:
        speech.setLocale(wanted if wanted in same_language else same_language[0])

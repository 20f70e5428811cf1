"""The sound effects and the voice: made on first use, never at start-up."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from hamstring_coach.core.cues import SOUND_NAMES
from hamstring_coach.core.settings import Settings
from hamstring_coach.ui import cue_players
from hamstring_coach.ui.cue_players import EffectSounds, Voice
from hamstring_coach.ui.cues import Cues

from .conftest import App


def test_starting_the_app_loads_neither_multimedia_nor_speech() -> None:
    probe = (
        "import sys, hamstring_coach.app, hamstring_coach.ui.cues; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtMultimedia', "
        "'PySide6.QtTextToSpeech', 'hamstring_coach.ui.cue_players'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"


def test_nothing_is_made_before_a_session_needs_it(app: App) -> None:
    cues = Cues(app.controller, lambda: Settings(), speech_engine="mock", parent=app.window)
    assert cues.voice is None and cues.sounds is None
    app.window.start_routine("gentle-stretching")
    assert cues.voice is not None and cues.voice.speech is not None
    app.controller.stop()


def test_no_audio_device_makes_no_effects(qapp, monkeypatch) -> None:
    monkeypatch.setattr(cue_players, "has_audio_output", lambda: False)
    sounds = EffectSounds()
    assert sounds.prepare() is False
    assert sounds.loaded == ()


@pytest.mark.skipif(
    not cue_players.has_audio_output(), reason="this machine has no audio output to play on"
)
def test_every_sound_loads_and_plays_on_a_real_device(qtbot) -> None:
    sounds = EffectSounds()
    assert sounds.prepare() is True
    assert sounds.loaded == SOUND_NAMES
    failures: list[bool] = []
    sounds.failed.connect(lambda: failures.append(True))
    sounds.play("hold-start", 0.5)  # asked while it may still be loading
    effect = sounds._effects["hold-start"]
    qtbot.waitUntil(effect.isPlaying, timeout=3000)
    assert effect.volume() == pytest.approx(0.5) and not failures


def test_the_mock_voice_speaks_and_stops(qtbot) -> None:
    voice = Voice("mock")
    assert voice.speech is None  # made when first needed
    assert voice.prepare() is True
    speech = voice.speech
    assert speech is not None
    voice.say("Halfway.", 0.4)
    assert speech.state() is QTextToSpeech.State.Speaking
    assert speech.volume() == pytest.approx(0.4)
    voice.stop()
    assert speech.state() is QTextToSpeech.State.Ready

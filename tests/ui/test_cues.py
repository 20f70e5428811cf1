"""Sounds and voice of whole sessions through the real window, on the fake clock.

The voice is Qt's "mock" speech engine; the sounds go to a recorder standing in for the
audio device (which a test machine may not have). Each cue is heard at the clock time
the controller's timer wakes for it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from hamstring_coach.core.settings import Settings
from hamstring_coach.ui.cues import Cues

from ..every_kind import PREFS, ROUTINE
from .conftest import App
from .cue_log import Heard


def count(t: float, n: int) -> list[tuple[float, str]]:
    return [(t, "<countdown>"), (t, str(n))]


def countdown(end: float) -> list[tuple[float, str]]:
    return count(end - 3, 3) + count(end - 2, 2) + count(end - 1, 1)


def test_the_exact_sounds_and_words_of_a_whole_session(app: App, qtbot) -> None:
    heard = Heard(app)
    app.controller.start(ROUTINE, PREFS)
    heard.run_to(3)
    app.controller.confirm()
    heard.run_to(200)
    assert not app.controller.running
    assert heard.log == [
        (0, "<get-ready>"),
        (0, "Bandage on. Press Enter when done."),
        (3, "<step-done>"),
        (3, "Next: Stretch."),
        *countdown(7),
        (7, "<hold-start>"),
        (7, "Hold."),
        (17, "Halfway."),
        *countdown(27),
        (27, "<rest>"),
        (27, "Rest."),
        (32, "<get-ready>"),
        (32, "Rep 2 of 2."),
        *countdown(36),
        (36, "<hold-start>"),
        (36, "Hold."),
        (46, "Halfway."),
        *countdown(56),
        (56, "<step-done>"),
        (56, "Next: Curls."),
        *countdown(60),
        (60, "<hold-start>"),
        (60, "Go."),
        (61.5, "<tempo-down>"),
        (62.5, "<tempo-up>"),
        (64, "<tempo-down>"),
        (65, "<rest>"),
        (65, "Rest."),
        (68, "<get-ready>"),
        (68, "Set 2 of 2."),
        *countdown(72),
        (72, "<hold-start>"),
        (72, "Go."),
        (73.5, "<tempo-down>"),
        (74.5, "<tempo-up>"),
        (76, "<tempo-down>"),
        (77, "<step-done>"),
        (77, "Next: Foam rolling, left leg."),
        *countdown(81),
        (81, "<hold-start>"),
        (81, "Go."),
        *countdown(85),
        (85, "<switch-sides>"),
        (85, "Switch sides: right leg."),
        (87, "<get-ready>"),
        *countdown(91),
        (91, "<hold-start>"),
        (91, "Go."),
        *countdown(95),
        (95, "<session-done>"),
        (95, "Well done."),
    ]
    assert all(volume == Settings().sounds_volume for _, volume in heard.sounds.played)
    # The mock engine really speaks the last words, at the chosen volume.
    voice = heard.cues.voice
    assert voice is not None and voice.speech is not None
    speech = voice.speech
    assert speech.engine() == "mock"
    assert speech.volume() == pytest.approx(Settings().voice_volume)
    words: list[str] = []
    speech.sayingWord.connect(lambda word, *_: words.append(word))
    qtbot.waitUntil(lambda: speech.state() is QTextToSpeech.State.Ready, timeout=3000)
    assert words == ["Well", "done"]
    assert not app.window.cue_banner.isVisible()


def test_gentle_stretching_begins_as_a_person_on_the_floor_hears_it(app: App, qtbot) -> None:
    heard = Heard(app)
    app.window.start_routine("gentle-stretching")
    heard.run_to(15 + 30 + 10 + 1)
    assert heard.log == [
        (0, "<get-ready>"),
        (0, "Next: Seated hamstring stretch, left leg."),
        *countdown(15),
        (15, "<hold-start>"),
        (15, "Hold."),
        (30, "Halfway."),
        *countdown(45),
        (45, "<rest>"),
        (45, "Rest."),
        (55, "<get-ready>"),
        (55, "Rep 2 of 3."),
    ]
    app.controller.stop()


def test_pausing_silences_the_voice_and_the_count_goes_on_after(app: App, qtbot) -> None:
    heard = Heard(app)
    app.window.start_routine("gentle-stretching")
    heard.run_to(12.5)
    speech = heard.cues.voice.speech  # type: ignore[union-attr]
    app.controller.pause()
    assert speech is not None and speech.state() is not QTextToSpeech.State.Speaking
    app.clock.advance(60)
    app.controller.resume()
    heard.run_to(60 + 14)
    assert heard.log[-2:] == count(74, 1)
    app.controller.stop()


@pytest.mark.parametrize("voice", [True, False])
@pytest.mark.parametrize("sounds", [True, False])
def test_voice_and_sounds_are_each_on_or_off_with_a_volume(app: App, voice, sounds) -> None:
    chosen = replace(Settings(), voice=voice, sounds=sounds, voice_volume=0.3, sounds_volume=0.6)
    heard = Heard(app, chosen)
    app.window.start_routine("strengthening")
    heard.run_to(20)
    spoken = [what for _, what in heard.log if not what.startswith("<")]
    sounded = [what for _, what in heard.log if what.startswith("<")]
    assert bool(spoken) is voice and bool(sounded) is sounds
    assert {volume for _, volume in heard.sounds.played} == ({0.6} if sounds else set())
    speech = heard.cues.voice.speech if heard.cues.voice else None
    assert (speech is not None) is voice  # the engine is made only when wanted
    if speech is not None:
        assert speech.volume() == pytest.approx(0.3)
    app.controller.stop()


def test_changing_the_settings_takes_effect_at_the_next_cue(app: App) -> None:
    heard = Heard(app)
    app.window.start_routine("gentle-stretching")
    heard.run_to(12)
    heard.settings = replace(heard.settings, voice=False)
    heard.run_to(13)
    assert heard.log[-1] == (13, "<countdown>")
    app.controller.stop()


def test_no_sound_device_is_one_notice_and_the_session_runs(app: App, qtbot) -> None:
    heard = Heard(app, device=False)
    app.window.start_routine("warm-up")
    banner = app.window.cue_banner
    assert banner.isVisible()
    assert banner.text() == "No sound device works here, so this session runs without sounds."
    heard.run_to(30)
    assert heard.sounds.played == []
    assert heard.log[0] == (0, "Next: Light cardio.")  # the voice goes on
    app.controller.stop()
    app.window.start_routine("warm-up")  # a new session looks again, and says so again
    assert banner.isVisible() and banner.text().startswith("No sound device")
    app.controller.stop()


def test_no_sound_device_and_no_speech_engine(app: App, qtbot, monkeypatch) -> None:
    from hamstring_coach.ui import cue_players

    monkeypatch.setattr(cue_players, "has_audio_output", lambda: False)
    cues = Cues(app.controller, lambda: Settings(), speech_engine="mock", parent=app.window)
    app.window.attach_cues(cues)
    problems: list[str] = []
    cues.problem.connect(problems.append)
    monkeypatch.setattr(cue_players.Voice, "prepare", lambda self: False)
    app.window.start_routine("cool-down")
    app.advance(60)
    assert problems == [
        "No sound device works here, so this session runs without sounds.",
        "No sound device or speech engine works here, so this session runs silently: "
        "follow it on the screen.",
    ]
    assert app.window.cue_banner.text() == problems[-1]
    assert cues.sounds is not None and cues.sounds.loaded == ()  # type: ignore[attr-defined]
    app.controller.stop()


def test_every_phrase_is_spoken_through_the_translations(qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from hamstring_coach.core.cues import PHRASE_IDS, Phrase
    from hamstring_coach.ui.cue_words import phrase_text

    class Marking(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"«{source}»" if context == "Cues" else ""

        def isEmpty(self) -> bool:
            return False

    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        for phrase_id in PHRASE_IDS:
            for side in (None, "left"):
                phrase = Phrase(phrase_id, title="Bridges", side=side, n=2, total=3)
                text = phrase_text(phrase)
                if phrase_id == "count":
                    assert text == "2"
                else:
                    assert text.startswith("«") and text.endswith("»"), (phrase, text)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_sound_notice_can_be_put_away_for_this_run(app: App, qtbot) -> None:
    """✕ puts the notice away; it stays away at the next session's start, though the
    device is still missing. Esc on its button does the same."""
    heard = Heard(app, device=False)
    app.window.start_routine("warm-up")
    banner = app.window.cue_banner
    assert banner.isVisible() and not banner.dismissed
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and banner.dismissed
    heard.run_to(5)
    app.controller.stop()
    app.window.start_routine("warm-up")
    assert not banner.isVisible()
    assert banner.text().startswith("No sound device")  # still known, not shown
    app.controller.stop()


def test_escape_on_the_sound_notice_puts_it_away(app: App, qtbot) -> None:
    Heard(app, device=False)
    app.window.start_routine("warm-up")
    banner = app.window.cue_banner
    banner.close_button.setFocus(Qt.FocusReason.TabFocusReason)  # the person tabbed to ✕
    qtbot.keyClick(banner.close_button, Qt.Key.Key_Escape)
    assert banner.dismissed and not banner.isVisible()
    page = app.window.session
    assert not page.confirm_bar.isVisible()  # the Esc was the notice's alone
    app.controller.stop()


def test_escape_still_asks_to_stop_when_the_notice_only_happens_to_have_focus(
    app: App, qtbot
) -> None:
    """Focus that landed on ✕ as the window came up does not take Esc from the page."""
    Heard(app, device=False)
    app.window.start_routine("warm-up")
    banner = app.window.cue_banner
    banner.close_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    qtbot.keyClick(banner.close_button, Qt.Key.Key_Escape)
    assert app.window.session.confirm_bar.isVisible()
    assert banner.isVisible() and not banner.dismissed
    app.controller.stop()

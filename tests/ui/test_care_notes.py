"""The care notes page: every note there, short, reachable, and linked by phase."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hamstring_coach.core.recovery import PHASES
from hamstring_coach.ui.care_notes_page import NOTE_FOR_PHASE, NOTE_IDS, CareNotesPage

from .conftest import App


@pytest.fixture
def notes(qtbot) -> CareNotesPage:
    page = CareNotesPage()
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    return page


def points(page: CareNotesPage, note_id: str) -> dict[str, str]:
    labels = page.sections[note_id].findChildren(QLabel)
    return {label.accessibleName(): label.text() for label in labels[1:]}


def test_every_note_is_there(notes: CareNotesPage) -> None:
    assert tuple(notes.sections) == NOTE_IDS
    assert set(points(notes, "rice")) == {"Rest", "Ice", "Compression", "Elevation"}
    assert {
        "Pushing through sharp pain",
        "Skipping the warm-up",
        "Bouncing in a stretch",
        "Rushing back",
    } == set(points(notes, "mistakes"))
    assert {
        "Warm-up",
        "Cool-down",
        "Stretch and strengthen",
        "Water and food",
        "Footwear",
        "Early signs",
    } == set(points(notes, "prevention"))
    helps = points(notes, "more-help")
    assert {"Anti-inflammatory painkillers", "Massage", "Foam rolling", "Tape"} <= set(helps)
    assert "as directed" in helps["Anti-inflammatory painkillers"]


def test_each_point_is_one_or_two_sentences(notes: CareNotesPage) -> None:
    for note_id in NOTE_IDS:
        for name, text in points(notes, note_id).items():
            body = re.sub(r"<[^>]+>", "", text).split(". ", 1)[-1] if "</b>" in text else text
            body = text.split("</b>", 1)[1].strip()
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", body) if s]
            assert 1 <= len(sentences) <= 2, (name, body)
            assert len(body) <= 200, (name, body)


def test_the_numbers_match_the_care_facts(notes: CareNotesPage) -> None:
    rice = points(notes, "rice")
    assert "15 to 20 minutes" in rice["Ice"] and "every 2 to 3 hours" in rice["Ice"]
    assert "48" in rice["Ice"] and "cloth" in rice["Ice"]
    assert "not tight" in rice["Compression"]
    assert "above the level of your heart" in rice["Elevation"]
    heat = " ".join(points(notes, "heat").values())
    assert "No heat in the first 48 hours" in heat and "only if a healthcare professional" in heat
    see = points(notes, "see-someone")
    assert "2 weeks" in see["After 2 weeks"] and "physical therapist" in see["After 2 weeks"]
    assert "4 weeks" in see["After 4 weeks"] and "healthcare provider" in see["After 4 weeks"]


@pytest.mark.parametrize("phase", PHASES)
def test_each_phase_links_to_a_note(notes: CareNotesPage, phase: str) -> None:
    note = NOTE_FOR_PHASE[phase]  # type: ignore[index]
    notes.show_note(note)
    assert notes.current == note


def test_reachable_from_the_navigation(app: App, qtbot) -> None:
    qtbot.mouseClick(app.window.notes_tab, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.care_notes
    qtbot.mouseClick(app.window.care_notes.back_button, Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.today


def test_every_label_and_button_has_an_accessible_name(app: App) -> None:
    from PySide6.QtWidgets import QAbstractButton

    assert app.window.care_notes is not None  # built
    app.injuries.record(app.clock.wall(), "left", None, app.clock.wall())
    app.window.show_today()
    widgets = app.window.findChildren(QAbstractButton) + app.window.findChildren(QLabel)
    ours = [w for w in widgets if not w.objectName().startswith("qt_")]
    for widget in ours:
        assert widget.accessibleName(), widget

"""The Today page in each phase, on a real history file and a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hamstring_coach.core.recovery import Activity
from hamstring_coach.core.settings import SoreLeg
from hamstring_coach.storage.history import SegmentRecord
from hamstring_coach.ui.today_page import TodayPage

from .conftest import App

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)


def injure(app: App, ago: timedelta, leg: str = "left") -> datetime:
    happened = app.clock.wall() - ago
    app.injuries.record(happened, leg, "sprint", app.clock.wall())
    app.window.show_today()
    return happened


def add_session(
    app: App, routine_id: str, ended: datetime, *, status="completed", pain=None, timed_s=0.0
) -> None:
    started = ended - timedelta(seconds=max(timed_s, 60))
    session = app.history.start_session(routine_id, routine_id, started)
    if timed_s:
        app.history.add_segment(
            session,
            SegmentRecord(
                0, "ice-application", "timed", None, None, timed_s, timed_s, True, started, ended
            ),
        )
    app.history.finish_session(session, status, ended)
    if pain is not None:
        app.history.set_pain(session, pain)


def page(app: App) -> TodayPage:
    assert app.window.pages.currentWidget() is app.window.today
    return app.window.today


def first_card(today: TodayPage) -> str:
    item = today._cards_layout.itemAt(0)
    assert item is not None
    widget = item.widget()
    assert widget is not None
    return str(widget.property("routine_id"))


def test_without_an_injury_every_routine_is_offered(app: App) -> None:
    today = page(app)
    assert today.phase_title.text() == "General care"
    assert "every routine is here" in today.what_now.text()
    assert today.flags.isHidden() and today.ice_due.isHidden() and today.heat.isHidden()
    assert today.plan_box.isHidden()
    assert {"gentle-stretching", "ice"} <= set(today.start_buttons)
    assert all(button.isEnabled() for button in today.start_buttons.values())
    assert today.form.isVisible() and not today.form.recovered_button.isEnabled()


def cards_in_order(today: TodayPage) -> list[str]:
    layout = today._cards_layout
    found = [layout.itemAt(i).widget() for i in range(layout.count())]  # type: ignore[union-attr]
    return [str(w.property("routine_id")) for w in found if w is not None and w.isVisible()]


def test_routines_come_in_the_order_of_a_day_of_care(app: App) -> None:
    assert cards_in_order(page(app))[:6] == [
        "ice", "warm-up", "gentle-stretching", "strengthening", "cool-down", "full-workout",
    ]  # fmt: skip


def test_each_card_says_what_the_routine_needs(app: App) -> None:
    needs = {
        str(label.parent().property("routine_id")): label.text()  # type: ignore[union-attr]
        for label in page(app).findChildren(QLabel)
        if label.accessibleName() == "What you need" and not label.isHidden()
    }
    assert "strap" in needs["gentle-stretching"].lower()
    assert needs["strengthening"].startswith("You need: ")
    assert "band" in needs["strengthening"].lower()


def test_acute_rest_ice_and_keep_the_leg_up(app: App) -> None:
    happened = injure(app, HOUR)
    today = page(app)
    until = happened + 48 * HOUR
    assert today.phase_title.text() == "The first 48 hours"
    text = today.what_now.text()
    assert text.startswith("Rest, ice and keep the leg up. Stretching can wait until ")
    assert until.strftime("%H:%M") in text and text.endswith(".")
    assert today.ice_due.text() == "Ice is due now."
    assert today.heat.text() == "Heat: not in the first 48 hours."
    assert today.plan_labels["ice"].text() == "Ice (R.I.C.E.): 0 of 6 today"
    assert first_card(today) == "ice"
    assert not today.card_notes["gentle-stretching"].isHidden()
    assert "asks first" in today.card_notes["gentle-stretching"].text()
    assert today.flags.isHidden()
    assert "left leg" in today.form.summary.text()


def test_acute_after_an_application_shows_when_the_next_is_due(app: App) -> None:
    injure(app, 3 * HOUR)
    add_session(app, "ice", app.clock.wall() - 30 * timedelta(minutes=1), timed_s=1200)
    app.window.show_today()
    today = page(app)
    assert today.ice_due.text().startswith("Next ice at ")
    assert today.ice_due.text().endswith("in 1 h 30 min.")
    assert today.plan_labels["ice"].text() == "Ice (R.I.C.E.): 1 of 6 today"
    assert today.plan_bars["ice"].value() == 1


def test_the_page_moves_on_to_early_recovery_by_the_clock(app: App) -> None:
    injure(app, 47 * HOUR)
    model = app.window.today._model
    assert model is not None and model.report.phase == "acute"
    assert model.timer.isActive()
    app.clock.advance(2 * 3600)
    model.timer.timeout.emit()  # as the timer fires
    today = page(app)
    assert today.phase_title.text() == "Early recovery, day 3"
    assert today.ice_due.isHidden()
    assert today.plan_labels["gentle-stretching"].text() == "Gentle stretching: 0 of 2-3 today"
    assert today.heat.text() == "Heat: gently, and only if a professional agrees."
    assert first_card(today) == "gentle-stretching"
    assert today.card_notes["gentle-stretching"].text() == "In today's plan."


def test_early_counts_todays_stretching(app: App) -> None:
    injure(app, 49 * HOUR)
    add_session(app, "gentle-stretching", app.clock.wall() - HOUR)
    app.window.show_today()
    assert page(app).plan_labels["gentle-stretching"].text() == (
        "Gentle stretching: 1 of 2-3 today"
    )


def test_later_recovery_adds_strengthening_when_it_exists(app: App) -> None:
    injure(app, 8 * DAY)
    today = page(app)
    assert today.phase_title.text() == "Later recovery, day 9"
    assert "Strengthening 3 times a week" in today.what_now.text()
    if "strengthening" in today.cards:
        assert today.plan_labels["strengthening"].text().endswith("of 3 in the last 7 days")
    else:
        assert list(today.plan_labels) == ["gentle-stretching"]
    assert today.flags.isHidden()


def test_past_two_weeks_a_physical_therapist_is_shown_prominently(app: App) -> None:
    injure(app, 15 * DAY)
    today = page(app)
    assert today.flags.isVisible()
    assert today.flags.text() == "Sore for more than 2 weeks: please see a physical therapist."
    # Shown above the plan and the routines, not below them.
    assert (
        today.flags.mapTo(today, today.flags.rect().topLeft()).y()
        < today.cards["ice"].mapTo(today, today.cards["ice"].rect().topLeft()).y()
    )


def test_lingering_prompts_a_healthcare_provider(app: App) -> None:
    injure(app, 29 * DAY)
    today = page(app)
    assert today.phase_title.text() == "Still sore, day 30"
    assert "see a healthcare provider" in today.what_now.text()
    assert today.flags.text().startswith("Sore for more than 4 weeks: please see a healthcare")
    assert today.note_link.text().startswith("Read: when to see someone")


def test_rising_pain_flags_a_physical_therapist(app: App) -> None:
    injure(app, 4 * DAY)
    for days, pain in ((3, 2), (2, 3), (1, 5)):
        add_session(app, "gentle-stretching", app.clock.wall() - days * DAY, pain=pain)
    app.window.show_today()
    assert page(app).flags.text() == (
        "Your last pain ratings keep rising: please see a physical therapist."
    )


def test_recovered_goes_back_to_general_care(app: App, qtbot) -> None:
    injure(app, 10 * DAY)
    today = page(app)
    assert today.form.recovered_button.isEnabled()
    qtbot.mouseClick(today.form.recovered_button, Qt.MouseButton.LeftButton)
    assert today.phase_title.text() == "General care"
    assert today.flags.isHidden() and today.plan_box.isHidden()
    assert app.injuries.current() is None and len(app.injuries.all()) == 1


def test_the_form_records_an_injury(app: App, qtbot) -> None:
    today = page(app)
    form = today.form
    form.when.setDateTime(form.when.dateTime().addSecs(-3 * 3600))
    form.leg.setCurrentIndex(form.leg.findData("right"))
    form.note.setText("slipped on the stairs")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    injury = app.injuries.current()
    assert injury is not None
    assert (injury.leg, injury.note) == ("right", "slipped on the stairs")
    assert injury.happened_at == app.clock.wall().replace(microsecond=0) - 3 * HOUR
    assert today.phase_title.text() == "The first 48 hours"
    assert form.message.text().startswith("Injury saved.")
    assert form.note.text() == ""


def test_the_form_offers_no_time_in_the_future(app: App) -> None:
    form = page(app).form
    latest = form.when.maximumDateTime()
    form.when.setDateTime(latest.addSecs(3600))
    assert form.when.dateTime() == latest


def test_a_time_in_the_future_is_refused_by_the_model(app: App) -> None:
    today = page(app)
    today._save_injury(app.clock.wall() + HOUR, "left", "")
    assert today.form.message.text() == "That time is in the future: give the time it happened."
    assert app.injuries.all() == []


def test_a_time_years_ago_or_a_bad_note_is_refused_with_its_own_sentence(app: App) -> None:
    today = page(app)
    today._save_injury(app.clock.wall() - 6 * 365 * 24 * HOUR, "left", "")
    assert today.form.message.text() == "That time is more than 5 years ago: give a later time."
    today._save_injury(app.clock.wall() - HOUR, "left", "slipped\x1b[2J")
    assert today.form.message.text() == (
        "The note holds a control character: remove it, then save again."
    )
    today._save_injury(app.clock.wall() - HOUR, "left", "x" * 501)
    assert today.form.message.text() == "The note is too long: keep it to 500 characters."
    assert app.injuries.all() == []


def test_the_form_offers_no_time_before_what_the_history_takes(app: App) -> None:
    form = page(app).form
    earliest = form.when.minimumDateTime()
    assert earliest.secsTo(form.when.maximumDateTime()) <= 5 * 366 * 24 * 3600
    form.when.setDateTime(earliest.addSecs(-3600))
    assert form.when.dateTime() == earliest


def test_enter_starts_the_routine_whose_card_has_the_focus(app: App, qtbot) -> None:
    today = page(app)
    card = today.cards["gentle-stretching"]
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    with qtbot.waitSignal(today.startRequested) as started:
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert started.args == ["gentle-stretching"]
    assert app.controller.running
    app.controller.stop()


def test_enter_on_the_minutes_box_starts_ice(app: App, qtbot) -> None:
    today = page(app)
    assert today.ice_spin is not None
    today.ice_spin.setFocus()
    qtbot.waitUntil(today.ice_spin.hasFocus)
    qtbot.keyClick(today.ice_spin, Qt.Key.Key_Enter)
    assert app.controller.running
    app.controller.stop()


def test_the_care_note_link_opens_the_fitting_note(app: App, qtbot) -> None:
    injure(app, HOUR)
    qtbot.mouseClick(page(app).note_link, Qt.MouseButton.LeftButton)
    notes = app.window.care_notes
    assert app.window.pages.currentWidget() is notes
    assert notes.current == "rice"
    assert app.window.notes_tab.isChecked()


def test_activity_records_match_what_the_page_counts(app: App) -> None:
    injure(app, 2 * HOUR)
    add_session(app, "ice", app.clock.wall() - HOUR, status="stopped", timed_s=16 * 60)
    add_session(
        app, "ice", app.clock.wall() - 10 * timedelta(minutes=1), status="stopped", timed_s=5 * 60
    )
    one, _ = app.injuries.activities(app.clock.wall() - DAY)
    assert isinstance(one, Activity) and one.timed_s == 16 * 60
    app.window.show_today()
    assert page(app).plan_labels["ice"].text() == "Ice (R.I.C.E.): 1 of 6 today"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_red_flags_keep_their_red_border_in_both_themes(app: App, theme: str) -> None:
    injure(app, 30 * DAY)
    style = page(app).flags.styleSheet()
    assert "#c01c28" in style and "border" in style


@pytest.mark.parametrize(("days", "dated"), [(3, False), (6, False), (7, True), (20, True)])
def test_an_injury_past_six_days_is_shown_with_its_date(app: App, days: int, dated: bool) -> None:
    """A weekday alone is only clear within the last six days; after that, a date."""
    from PySide6.QtCore import QDateTime, QLocale

    happened = injure(app, days * DAY)
    summary = page(app).form.summary.text()
    shown = QDateTime.fromSecsSinceEpoch(int(happened.timestamp())).date()
    weekday = QLocale().dayName(shown.dayOfWeek())
    date = QLocale().toString(shown, "d MMM yyyy")
    assert (date in summary) is dated, summary
    assert (weekday in summary) is not dated, summary


def _sore_leg(app: App, leg: SoreLeg) -> None:
    from dataclasses import replace

    app.settings.update(replace(app.settings.current, sore_leg=leg))
    app.window.show_today()


def test_the_leg_follows_the_sore_leg_setting_or_is_asked(app: App, qtbot) -> None:
    form = page(app).form
    assert form.leg.currentIndex() == -1  # "both" says no side: no leg taken for granted
    assert form.leg.placeholderText() == "Choose a leg"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.message.text() == "Choose which leg it is first."
    assert app.injuries.all() == []
    _sore_leg(app, "right")
    assert form.leg.currentData() == "right"
    _sore_leg(app, "left")
    assert form.leg.currentData() == "left"


def test_a_leg_the_person_picked_is_kept_until_saved(app: App, qtbot) -> None:
    _sore_leg(app, "right")
    form = page(app).form
    form.leg.setCurrentIndex(form.leg.findData("both"))
    form.leg.activated.emit(form.leg.currentIndex())  # as a pick from the list does
    app.window.show_today()  # the page reads the plan again
    assert form.leg.currentData() == "both"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    current = app.injuries.current()
    assert current is not None and current.leg == "both"


def test_a_new_injury_asks_before_replacing_the_current_one(app: App, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    first = injure(app, 3 * DAY, leg="left")
    today = page(app)
    form = today.form
    form.leg.setCurrentIndex(form.leg.findData("right"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    box = today.replace_question
    assert isinstance(box, QMessageBox) and box.isVisible() and box.isModal()
    assert "left leg" in box.text()
    current = app.injuries.current()
    assert current is not None and current.happened_at == first  # nothing replaced yet
    keep = next(b for b in box.buttons() if b.text() == "Keep")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert len(app.injuries.all()) == 1
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    box = today.replace_question
    assert box is not None
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    current = app.injuries.current()
    assert current is not None and current.leg == "right" and len(app.injuries.all()) == 2
    assert form.message.text().startswith("Injury saved.")

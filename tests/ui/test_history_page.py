"""The history page: a list that reads at a glance, its filters, the session detail with
its tree and edits, and deleting with undo; every model checked by qtmodeltester."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from hamstring_coach.ui.session_list_model import DONE, PAIN, ROUTINE, STATUS, WHEN

from .conftest import App
from .handmade import CET, NEW_YORK, add_session, at


def run_session(app: App, qtbot, seconds: float, pain: int | None = None) -> None:
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    app.advance(seconds)
    if app.window.pages.currentWidget() is app.window.session:
        qtbot.keyClick(app.window, Qt.Key.Key_P)
    if pain is not None:
        qtbot.mouseClick(app.window.summary.rating.button(pain), Qt.MouseButton.LeftButton)


def open_history(app: App, qtbot, *, settle: bool = True):
    """Open the page; with ``settle``, wait for what comes just after the first rows
    (the routines to filter by), letting the view fetch what it has room for."""
    qtbot.mouseClick(app.window.history_tab, Qt.MouseButton.LeftButton)
    page = app.window.history
    assert app.window.pages.currentWidget() is page
    if not settle:
        return page
    routines = len(app.history.routines_in_history())
    qtbot.waitUntil(lambda: page.filters.routine.count() == 1 + routines, timeout=2000)
    return page


def row(page, index: int) -> list[str]:
    model = page.sessions
    return [model.index(index, column).data() for column in range(model.columnCount())]


def test_the_list_reads_at_a_glance(app: App, qtbot, qtmodeltester) -> None:
    add_session(app.history, at(2025, 12, 30, 8, 5), holds=3, pain_before=5, pain_after=3)
    add_session(
        app.history, at(2026, 1, 2, 19, 30), status="sharp-pain", holds=4, done=2, pain_before=4
    )
    add_session(app.history, at(2026, 1, 3, 8, 0, zone=NEW_YORK), status="stopped", holds=3, done=1)
    page = open_history(app, qtbot)
    qtmodeltester.check(page.sessions)
    assert page.sessions.rowCount() == 3 and "3 sessions" in page.count.text()
    newest = row(page, 0)
    assert newest[WHEN] == "Sat, 3 Jan, 08:00"  # the clock it was done on, in New York
    assert newest[DONE] == "1 of 3 holds" and newest[STATUS] == "Stopped early"
    pain_stop = row(page, 1)
    assert pain_stop[STATUS] == "Stopped for sharp pain"  # never "skipped"
    assert pain_stop[DONE] == "2 of 4 holds" and pain_stop[PAIN] == "4 → –"
    oldest = row(page, 2)
    assert oldest[ROUTINE] == "Gentle stretching" and oldest[DONE] == "3 of 3 holds"
    assert oldest[PAIN] == "5 → 3" and oldest[STATUS] == "Completed"
    assert oldest[WHEN] == "Tue, 30 Dec 2025, 08:05"  # another year: the year is shown
    tip = page.sessions.index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Pain 5 before, 3 after" in tip
    tip = page.sessions.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "2 of 4 holds, 1 skipped" in tip  # the list's tooltip says what was skipped


def test_sessions_recorded_by_the_app_are_listed(app: App, qtbot) -> None:
    run_session(app, qtbot, 20)
    run_session(app, qtbot, 50, pain=4)
    page = open_history(app, qtbot)
    assert page.sessions.rowCount() == 2
    newest = row(page, 0)
    assert newest[STATUS] == "Stopped for sharp pain" and newest[PAIN] == "– → 4"
    assert newest[DONE].endswith(" holds")


def test_the_detail_folds_the_moments_between_into_each_exercise(
    app: App, qtbot, qtmodeltester
) -> None:
    add_session(app.history, at(2026, 1, 2, 19, 30), status="sharp-pain", holds=3, done=1)
    page = open_history(app, qtbot)
    detail = page.detail
    model = detail.model
    qtmodeltester.check(model)
    assert detail.heading.text() == "Gentle stretching"
    assert "Stopped for sharp pain" in detail.outcome.text()
    assert model.rowCount() == 1  # one exercise
    exercise = model.index(0, 0)
    assert exercise.data() == "Seated hamstring stretch"
    assert model.index(0, 3).data() == "1 of 2 holds"
    children = [model.index(r, 0, exercise).data() for r in range(model.rowCount(exercise))]
    assert children == ["Hold 1, left leg", "Hold 2, left leg", "Between: get ready ×2"]
    results = [model.index(r, 3, exercise).data() for r in range(2)]
    assert results == ["Done", "Stopped for sharp pain"]
    between = model.index(2, 0, exercise)
    assert model.rowCount(between) == 2
    assert model.index(0, 0, between).data() == "Get ready, left leg"
    assert detail.tree.isExpanded(exercise) and not detail.tree.isExpanded(between)


def test_a_hold_done_again_after_going_back_is_not_called_skipped(app: App, qtbot) -> None:
    from hamstring_coach.storage.history import PlannedWork, SegmentRecord

    start = at(2026, 1, 4, 10)
    session = app.history.start_session(
        "gentle-stretching", "Gentle stretching", start, planned=PlannedWork(holds=1)
    )

    def seg(position, completed, begin, length):
        moment = start + timedelta(seconds=begin)
        return SegmentRecord(
            position, "seated-stretch", "hold", "left", 1, 30.0, float(length), completed,
            moment, moment + timedelta(seconds=length),
        )  # fmt: skip

    app.history.add_segment(session, seg(0, False, 0, 12))
    app.history.add_segment(session, seg(0, True, 12, 30))
    app.history.finish_session(session, "completed", start + timedelta(minutes=1))
    page = open_history(app, qtbot)
    model = page.detail.model
    exercise = model.index(0, 0)
    assert [model.index(r, 3, exercise).data() for r in range(2)] == [
        "Cut short, then done again",
        "Done",
    ]
    assert row(page, 0)[DONE] == "1 of 1 hold"


def test_rows_are_fetched_as_the_list_scrolls(app: App, qtbot, monkeypatch, qtmodeltester) -> None:
    import hamstring_coach.ui.session_list_model as list_model

    monkeypatch.setattr(list_model, "PAGE", 2)
    for day in range(1, 6):
        add_session(app.history, at(2026, 1, day))
    page = open_history(app, qtbot, settle=False)  # before the view asks for more
    root = QModelIndex()
    assert page.sessions.rowCount() == 2 and page.sessions.total == 5
    assert page.sessions.canFetchMore(root)
    while page.sessions.canFetchMore(root):
        page.sessions.fetchMore(root)
    assert page.sessions.rowCount() == 5
    assert [row(page, r)[WHEN][:10] for r in range(5)] == [
        "Mon, 5 Jan", "Sun, 4 Jan", "Sat, 3 Jan", "Fri, 2 Jan", "Thu, 1 Jan",
    ]  # fmt: skip
    qtmodeltester.check(page.sessions)


def test_the_view_reads_more_rows_as_it_scrolls(app: App, qtbot, monkeypatch) -> None:
    import hamstring_coach.ui.session_list_model as list_model

    monkeypatch.setattr(list_model, "PAGE", 5)
    start = at(2025, 11, 1)
    for hours in range(0, 60 * 12, 12):
        add_session(app.history, start + timedelta(hours=hours), holds=1)
    page = open_history(app, qtbot)
    shown = page.sessions.rowCount()
    assert 5 <= shown < 60  # a screenful, not the whole history
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.sessions.rowCount() > shown, timeout=2000)


def test_filters_by_routine_status_period_and_note(app: App, qtbot) -> None:
    add_session(app.history, at(2025, 11, 20), note="Left side tight this morning.")
    add_session(app.history, at(2026, 1, 1), routine="strengthening", note="Felt strong")
    add_session(app.history, at(2026, 1, 3), status="sharp-pain", done=1, note="Sharp twinge")
    add_session(app.history, at(2026, 1, 4), note="Tight left side again")
    page = open_history(app, qtbot)
    filters = page.filters
    assert page.sessions.total == 4
    filters.routine.setCurrentIndex(filters.routine.findData("strengthening"))
    assert page.sessions.total == 1 and row(page, 0)[ROUTINE] == "Strengthening"
    filters.routine.setCurrentIndex(0)
    filters.status.setCurrentIndex(filters.status.findData("sharp-pain"))
    assert page.sessions.total == 1 and row(page, 0)[STATUS] == "Stopped for sharp pain"
    filters.status.setCurrentIndex(0)
    filters.period.setCurrentIndex(filters.period.findData("week"))  # 30 Dec to 5 Jan
    assert page.sessions.total == 3
    filters.period.setCurrentIndex(filters.period.findData("range"))
    assert filters.since.isVisible() and page.sessions.total == 3  # the last 30 days
    filters.since.setDate(filters.since.date().addDays(-60))
    assert page.sessions.total == 4
    filters.until.setDate(filters.since.date().addDays(1))
    assert page.sessions.total == 0 and page.empty.isVisible()
    assert page.empty.text() == "No sessions match these filters."
    filters.clear()
    qtbot.keyClicks(filters.search, "TIGHT left")
    assert page.sessions.total == 2  # every word, in any case and order
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    assert page.sessions.total == 4 and not filters.active


def test_pain_and_note_are_editable_later(app: App, qtbot) -> None:
    session_id = add_session(app.history, at(2026, 1, 2), pain_after=6)
    page = open_history(app, qtbot)
    detail = page.detail
    detail.pain_before.setCurrentIndex(detail.pain_before.findData(7))
    detail.pain_before.activated.emit(detail.pain_before.currentIndex())
    detail.pain_after.setCurrentIndex(0)  # not rated after all
    detail.pain_after.activated.emit(0)
    stored = app.history.get_session(session_id)
    assert stored is not None and (stored.pain_before, stored.pain_after) == (7, None)
    assert row(page, 0)[PAIN] == "7 → –"
    assert not detail.save_note.isEnabled()
    qtbot.keyClicks(detail.note, "Physio: add a fourth hold.")
    assert detail.save_note.isEnabled()
    qtbot.mouseClick(detail.save_note, Qt.MouseButton.LeftButton)
    stored = app.history.get_session(session_id)
    assert stored is not None and stored.note == "Physio: add a fourth hold."
    assert not detail.save_note.isEnabled()
    qtbot.keyClicks(page.filters.search, "fourth")
    assert page.sessions.total == 1


def test_a_note_being_written_is_kept_when_another_session_is_chosen(app: App, qtbot) -> None:
    first = add_session(app.history, at(2026, 1, 1))
    add_session(app.history, at(2026, 1, 2))
    page = open_history(app, qtbot)
    page.table.selectRow(1)
    qtbot.keyClicks(page.detail.note, "Tight after the bus ride.")
    page.table.selectRow(0)  # no Save pressed
    stored = app.history.get_session(first)
    assert stored is not None and stored.note == "Tight after the bus ride."
    qtbot.keyClicks(page.detail.note, "Written, then the page left.")
    qtbot.mouseClick(app.window.home_tab, Qt.MouseButton.LeftButton)
    assert app.history.list_sessions()[0].note == "Written, then the page left."


def test_a_refused_edit_is_said_and_the_stored_value_shown(app: App, qtbot, monkeypatch) -> None:
    from hamstring_coach.storage.database import DatabaseError

    add_session(app.history, at(2026, 1, 2), pain_before=2)
    page = open_history(app, qtbot)

    def refused(*args, **kwargs):
        raise DatabaseError("Could not save to history.sqlite3: the disk is full.")

    monkeypatch.setattr(app.history, "set_pain_before", refused)
    detail = page.detail
    detail.pain_before.setCurrentIndex(detail.pain_before.findData(9))
    detail.pain_before.activated.emit(detail.pain_before.currentIndex())
    assert detail.problem.isVisible() and "disk is full" in detail.problem.text()
    assert detail.pain_before.currentData() == 2


def test_delete_a_session_and_undo_it(app: App, qtbot) -> None:
    add_session(app.history, at(2026, 1, 1), note="first")
    kept = add_session(app.history, at(2026, 1, 2), note="second", pain_after=3)
    add_session(app.history, at(2026, 1, 3), note="third")
    page = open_history(app, qtbot)
    page.table.selectRow(1)
    assert page.detail.session is not None and page.detail.session.note == "second"
    before = app.history.get_session(kept)
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    assert app.history.get_session(kept) is None and app.history.count_sessions() == 2
    assert page.sessions.rowCount() == 2 and page.undo_bar.isVisible()
    assert "Fri, 2 Jan 2026, 09:00" in page.undo_bar.text.text()
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert not page.undo_bar.isVisible() and page.sessions.rowCount() == 3
    restored = page.detail.session
    assert restored is not None and before is not None
    assert (restored.uid, restored.note, restored.pain_after) == (before.uid, "second", 3)
    assert len(restored.segments) == len(before.segments)


def test_the_delete_key_deletes_and_ctrl_z_undoes(app: App, qtbot) -> None:
    add_session(app.history, at(2026, 1, 1))
    page = open_history(app, qtbot)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert app.history.count_sessions() == 0 and page.empty.isVisible()
    qtbot.keyClick(app.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert app.history.count_sessions() == 1 and page.sessions.rowCount() == 1


def test_an_empty_history_says_so(app: App, qtbot) -> None:
    page = open_history(app, qtbot)
    assert page.empty.isVisible() and page.sessions.rowCount() == 0
    assert page.empty.text().startswith("No sessions yet")


def test_a_history_that_cannot_be_read_is_said_on_the_page(app: App, qtbot, monkeypatch) -> None:
    from hamstring_coach.storage.database import DatabaseError

    add_session(app.history, at(2026, 1, 1))

    def broken(*args, **kwargs):
        raise DatabaseError("Could not read history.sqlite3: the disk reported a read error.")

    monkeypatch.setattr(app.history, "list_sessions", broken)
    page = open_history(app, qtbot)
    assert page.problem.isVisible() and "read error" in page.problem.text()
    assert page.sessions.rowCount() == 0  # the model stayed whole
    monkeypatch.undo()
    page.reload()
    assert not page.problem.isVisible() and page.sessions.rowCount() == 1


def test_a_failing_next_page_is_said_and_stops_asking(
    app: App, qtbot, monkeypatch, qtmodeltester
) -> None:
    import hamstring_coach.ui.session_list_model as list_model
    from hamstring_coach.storage.database import DatabaseError

    monkeypatch.setattr(list_model, "PAGE", 1)
    add_session(app.history, at(2026, 1, 1))
    add_session(app.history, at(2026, 1, 2))
    page = open_history(app, qtbot, settle=False)  # before the view asks for more

    def broken(*args, **kwargs):
        raise DatabaseError("Could not read history.sqlite3: the file is damaged.")

    monkeypatch.setattr(app.history, "list_sessions", broken)
    monkeypatch.setattr(app.history, "get_session", broken)
    root = QModelIndex()
    page.sessions.fetchMore(root)
    assert page.problem.isVisible() and "damaged" in page.problem.text()
    assert not page.sessions.canFetchMore(root) and page.sessions.rowCount() == 1
    page.problem.hide()
    page.table.setCurrentIndex(QModelIndex())
    page.table.selectRow(0)
    assert page.problem.isVisible() and page.detail.model.rowCount() == 0
    qtmodeltester.check(page.sessions)


@pytest.mark.parametrize("zone", [CET, NEW_YORK])
def test_a_session_shows_on_the_day_it_was_done(app: App, qtbot, zone) -> None:
    add_session(app.history, at(2026, 1, 2, 23, 30, zone=zone))
    page = open_history(app, qtbot)
    assert row(page, 0)[WHEN] == "Fri, 2 Jan, 23:30"
    assert page.detail.when.text().startswith("Friday, 2 January 2026, 23:30 to")

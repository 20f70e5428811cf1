"""Strengthening on the session page: repetitions counted at their pace, Enter ends a set
early, and the safety line that fits each kind of step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hamstring_coach.ui.session_page import SessionPage

from .conftest import App


def start(app: App, qtbot, routine: str) -> SessionPage:
    qtbot.mouseClick(app.window.today.start_buttons[routine], Qt.MouseButton.LeftButton)
    assert app.window.pages.currentWidget() is app.window.session
    return app.window.session


def test_repetitions_are_counted_within_their_set(app: App, qtbot) -> None:
    page = start(app, qtbot, "strengthening")
    assert (page.title.text(), page.rep.text(), page.ring.caption) == (
        "Bridges",
        "Set 1 of 3",
        "GET READY",
    )
    assert page.caution.text() == "Slow and controlled. Sharp pain: press P to stop."
    assert not page.done_button.isVisible()
    app.advance(15)
    assert (page.rep.text(), page.ring.caption, page.ring.text) == (
        "Rep 1 of 10 · Set 1 of 3",
        "SET",
        "40",
    )
    assert page.done_button.isVisible()
    app.advance(24)  # 2 s up, 2 s down: the seventh repetition starts at 24 s
    assert page.rep.text() == "Rep 7 of 10 · Set 1 of 3"


def test_enter_marks_a_set_done_early(app: App, qtbot) -> None:
    page = start(app, qtbot, "strengthening")
    app.advance(15 + 30)
    qtbot.keyClick(app.window, Qt.Key.Key_Return)
    assert (page.ring.caption, page.rep.text()) == ("REST", "Set 2 of 3")
    qtbot.keyClick(app.window, Qt.Key.Key_Return)  # a rest is not ended by Enter
    assert page.ring.caption == "REST"
    session = app.history.get_session(app.history.list_sessions()[0].id)
    assert session is not None
    done = session.segments[-1]
    assert (done.kind, done.completed, done.actual_s, done.planned_s) == ("reps", True, 30, 40)
    app.controller.stop()


def test_holds_say_no_bouncing_and_timed_blocks_how_to_stop(app: App, qtbot) -> None:
    page = start(app, qtbot, "cool-down")
    assert page.caution.text().startswith("No bouncing")
    app.advance(15)
    assert page.ring.caption == "HOLD" and page.caution.text().startswith("No bouncing")
    while page.title.text() != "Foam rolling":
        app.advance(1)
    assert page.caution.text() == "Sharp pain: press P to stop."
    assert page.side.text() == "LEFT LEG"
    while page.title.text() == "Foam rolling":
        app.advance(1)
    assert page.title.text() == "A drink of water" and not page.caution.isVisible()
    qtbot.keyClick(app.window, Qt.Key.Key_Return)  # Enter is Done for a checklist
    assert app.window.pages.currentWidget() is app.window.summary


def test_the_tempo_is_shown_beside_the_count_and_moves(app: App, qtbot) -> None:
    """Bridges go 2 s up, 2 s down: the gauge says UP or DOWN, and its marker rises and
    falls, stepping each time the controller wakes (every second and every tick)."""
    page = start(app, qtbot, "strengthening")
    assert not page.tempo.isVisible()  # getting ready: no tempo
    app.advance(15)  # the set starts
    seen = [(page.tempo.word, round(page.tempo.height_shown, 3))]
    for _ in range(4):
        app.advance(1)
        seen.append((page.tempo.word, round(page.tempo.height_shown, 3)))
    assert page.tempo.isVisible()
    assert seen == [("UP", 0), ("UP", 0.5), ("DOWN", 1), ("DOWN", 0.5), ("UP", 0)]
    assert "Rep 2 of 10" in page.rep.text()
    # Beside the count: on the same row as the ring, to its right.
    assert page.tempo.geometry().left() >= page.ring.geometry().right()
    assert page.tempo.geometry().top() < page.ring.geometry().center().y()
    qtbot.keyClick(app.window, Qt.Key.Key_Space)  # paused: shown, faded
    assert page.tempo.isVisible() and page.tempo.paused
    qtbot.keyClick(app.window, Qt.Key.Key_Space)
    assert not page.tempo.paused
    qtbot.keyClick(app.window, Qt.Key.Key_Return)  # the set done early: a rest
    assert page.ring.caption == "REST" and not page.tempo.isVisible()
    app.controller.stop()


def test_an_uneven_tempo_turns_between_the_seconds(app: App, qtbot) -> None:
    """Curls go 2 s up and 3 s down: the turn at 2 s and the next repetition at 5 s."""
    page = start(app, qtbot, "strengthening")
    view = app.controller.view()
    while view is not None and view.segment.step_id != "hamstring-curls":
        app.controller.skip()
        view = app.controller.view()
    while view is not None and view.segment.kind != "reps":
        app.controller.skip()
        view = app.controller.view()
    app.advance(2)
    assert page.tempo.word == "DOWN" and abs(page.tempo.height_shown - 1) < 1e-3
    app.advance(2.5, step=0.5)
    assert page.tempo.word == "DOWN" and abs(page.tempo.height_shown - 1 / 6) < 1e-3
    app.advance(0.5, step=0.5)
    assert page.tempo.word == "UP" and page.tempo.height_shown < 1e-3
    app.controller.stop()

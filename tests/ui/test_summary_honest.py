"""The summary counts what was done, honestly, and takes the pain rating by key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from hamstring_coach.core.stats import SessionOutcome, WorkCount
from hamstring_coach.ui.summary_page import SummaryPage

from .conftest import App


def outcome(status="completed", holds=(18, 18, 0), sets=(0, 0, 0)) -> SessionOutcome:
    return SessionOutcome(
        status=status,
        holds=WorkCount(*holds),
        sets=WorkCount(*sets),
        timed=WorkCount(),
        checklists=WorkCount(),
        active_s=600,
    )


@pytest.fixture
def page(qtbot) -> SummaryPage:
    shown = SummaryPage()
    qtbot.addWidget(shown)
    shown.resize(1024, 600)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=2000)
    return shown


def test_a_whole_session_is_praised(page: SummaryPage) -> None:
    page.show_outcome(outcome())
    assert page.heading.text() == "Session complete. Well done!"
    assert page.details.text().splitlines()[0] == "18 of 18 holds done"


def test_a_session_mostly_skipped_is_not_praised(page: SummaryPage) -> None:
    page.show_outcome(outcome(holds=(18, 6, 12)))
    assert "Well done" not in page.heading.text()
    assert page.heading.text() == "Session over. Most of it was skipped."
    assert page.details.text().splitlines()[0] == "6 of 18 holds done, 12 skipped"


def test_skipped_and_not_reached_are_told_apart(page: SummaryPage) -> None:
    page.show_outcome(outcome("stopped", holds=(18, 4, 2), sets=(3, 0, 0)))
    lines = page.details.text().splitlines()
    assert lines[0] == "4 of 18 holds done, 2 skipped, 12 not reached"
    assert lines[1] == "0 of 3 sets done, 3 not reached"
    assert lines[2] == "10:00 of activity"
    assert page.heading.text() == "Session stopped"


def test_one_of_a_kind_is_said_in_the_singular(page: SummaryPage) -> None:
    page.show_outcome(outcome(holds=(18, 18, 0), sets=(1, 0, 1)))
    assert page.details.text().splitlines()[1] == "0 of 1 set done, 1 skipped"


def _rated(page: SummaryPage) -> list[int]:
    got: list[int] = []
    page.painRated.connect(got.append)
    return got


@pytest.mark.parametrize(
    ("keys", "value"),
    [
        ([Qt.Key.Key_0], 0),
        ([Qt.Key.Key_7], 7),
        ([Qt.Key.Key_1], 1),
        ([Qt.Key.Key_1, Qt.Key.Key_0], 10),
        ([Qt.Key.Key_3, Qt.Key.Key_0], 0),  # 0 after anything but 1 is 0
        ([Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_0], 0),  # and 10 then 0 is 0 again
        ([Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_0], 10),
    ],
)
def test_number_keys_rate_the_pain(page: SummaryPage, qtbot, keys, value: int) -> None:
    page.show_outcome(outcome())
    got = _rated(page)
    for key in keys:
        qtbot.keyClick(page, key)
    assert got[-1] == value and len(got) == len(keys)
    assert page.scale.value == value
    assert [b.isChecked() for b in page.rating.buttons()].count(True) == 1


def test_keypad_digits_rate_too(page: SummaryPage, qtbot) -> None:
    page.show_outcome(outcome())
    got = _rated(page)
    qtbot.keyClick(page, Qt.Key.Key_4, Qt.KeyboardModifier.KeypadModifier)
    assert got == [4]


def test_the_hint_says_how_to_type_ten(page: SummaryPage) -> None:
    page.show_outcome(outcome())
    assert "1 then 0 for 10" in page.question.text()


def test_the_chosen_rating_is_clearly_marked(page: SummaryPage, qtbot) -> None:
    page.show_outcome(outcome())
    qtbot.keyClick(page, Qt.Key.Key_6)

    def middle(value: int):
        button = page.rating.button(value)
        image = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        return image.pixelColor(6, button.height() // 2)  # off the digit, on the fill

    chosen, plain, other = middle(6), middle(5), middle(7)
    assert plain == other
    assert abs(chosen.lightness() - plain.lightness()) > 60  # filled, not just outlined
    assert page.rating.button(6).font().bold() or "bold" in page.scale.styleSheet()


def test_a_new_session_starts_with_no_rating_chosen(page: SummaryPage, qtbot) -> None:
    page.show_outcome(outcome())
    qtbot.keyClick(page, Qt.Key.Key_1)
    page.show_outcome(outcome())
    assert page.scale.value is None
    got = _rated(page)
    qtbot.keyClick(page, Qt.Key.Key_0)  # the 1 before belongs to the last session
    assert got == [0]


def test_a_key_rating_is_saved_with_the_session(app: App, qtbot) -> None:
    qtbot.mouseClick(app.window.today.start_buttons["gentle-stretching"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(app.window, Qt.Key.Key_P)  # sharp pain: straight to the summary
    assert app.window.pages.currentWidget() is app.window.summary
    qtbot.keyClick(app.window, Qt.Key.Key_1)
    qtbot.keyClick(app.window, Qt.Key.Key_0)
    assert app.history.list_sessions()[0].pain_after == 10
    assert "10/10" in app.window.summary.saved.text()


def test_a_zero_long_after_a_one_is_zero_and_the_wait_is_shown(page: SummaryPage, qtbot) -> None:
    """1 then 0 makes 10 only within the moment the page says it is waiting."""
    from hamstring_coach.ui.pain_scale import SECOND_DIGIT_MS

    page.show_outcome(outcome())
    got = _rated(page)
    scale = page.scale
    qtbot.keyClick(page, Qt.Key.Key_1)
    assert scale.waiting_for_zero and scale.waiting.isVisible()
    assert "0" in scale.waiting.text() and "10" in scale.waiting.text()
    assert scale.second_digit.interval() == SECOND_DIGIT_MS <= 1500
    scale.second_digit.stop()
    scale.second_digit.timeout.emit()  # the moment passes
    assert not scale.waiting_for_zero and not scale.waiting.isVisible()
    assert scale.value == 1
    qtbot.keyClick(page, Qt.Key.Key_0)
    assert got == [1, 0] and scale.value == 0


def test_a_click_ends_the_wait_for_a_second_digit(page: SummaryPage, qtbot) -> None:
    page.show_outcome(outcome())
    got = _rated(page)
    qtbot.keyClick(page, Qt.Key.Key_1)
    qtbot.mouseClick(page.rating.button(4), Qt.MouseButton.LeftButton)
    assert not page.scale.waiting.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_0)
    assert got == [1, 4, 0]

"""``show PAGE`` opens the window at that page, and never over a running session."""

from __future__ import annotations

import pytest

from hamstring_coach.app import open_page
from hamstring_coach.cli import build_parser
from hamstring_coach.cli.show import PAGES

from .conftest import App


def page_widget(window, page: str):
    return {
        "today": window.today,
        "history": window.history,
        "care-notes": window.care_notes,
        "settings": window.settings_page,
    }[page]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_the_command_line_names_can_be_shown(app: App, page: str) -> None:
    window = app.window
    other = window.history if page == "today" else window.today
    window.pages.setCurrentWidget(other)
    open_page(window, page)
    assert window.pages.currentWidget() is page_widget(window, page)


def test_show_history_marks_the_history_tab(app: App) -> None:
    open_page(app.window, "history")
    assert app.window.history_tab.isChecked()
    assert not app.window.home_tab.isChecked()


def test_a_running_session_stays_on_screen(app: App) -> None:
    app.window.start_routine("gentle-stretching")
    session = app.window.pages.currentWidget()
    open_page(app.window, "history")
    assert app.window.pages.currentWidget() is session
    app.controller.stop()


def test_the_command_line_takes_only_known_pages() -> None:
    parser = build_parser()
    assert parser.parse_args(["show", "history"]).page == "history"
    for page in PAGES:
        assert parser.parse_args(["show", page, "--time-scale", "2"]).page == page

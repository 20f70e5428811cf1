"""``make install-desktop`` and ``make uninstall-desktop`` in a private XDG data home."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from hamstring_coach.appid import APP_ID, DESKTOP_FILE, METAINFO_FILE

from .conftest import REPO_ROOT, load_script

install_desktop = load_script("linux/install_desktop.py")
EXPECTED = {
    Path("applications") / DESKTOP_FILE,
    Path("metainfo") / METAINFO_FILE,
    Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg",
    Path("icons/hicolor/symbolic/apps") / f"{APP_ID}-symbolic.svg",
    *(Path(f"icons/hicolor/{n}x{n}/apps") / f"{APP_ID}.png" for n in (16, 32, 48, 128, 512)),
}


def make(target: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    env.pop("MAKEFLAGS", None)
    return subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def files_under(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()}


@pytest.mark.skipif(not shutil.which("make"), reason="make")
def test_install_then_uninstall_for_the_current_user(tmp_path: Path) -> None:
    home = tmp_path / "data home"
    # Another app's files, which neither target may touch.
    others = {
        Path("applications/org.example.Other.desktop"): b"[Desktop Entry]\n",
        Path("icons/hicolor/48x48/apps/org.example.Other.png"): b"png",
    }
    for relative, data in others.items():
        (home / relative).parent.mkdir(parents=True, exist_ok=True)
        (home / relative).write_bytes(data)

    make("install-desktop", home)
    installed = files_under(home) - set(others)
    assert installed >= EXPECTED
    assert installed == set(install_desktop.planned_files())
    for relative, source in install_desktop.planned_files().items():
        if relative.suffix != ".desktop":
            assert (home / relative).read_bytes() == source.read_bytes()
        assert (home / relative).stat().st_mode & 0o777 == 0o644

    entry = configparser.ConfigParser(interpolation=None)
    entry.read(home / "applications" / DESKTOP_FILE, encoding="utf-8")
    program = REPO_ROOT / ".venv" / "bin" / "hamstring-coach"
    assert shlex.split(entry["Desktop Entry"]["Exec"]) == [str(program)]
    assert entry["Desktop Entry"]["TryExec"] == str(program)
    assert shlex.split(entry["Desktop Action history"]["Exec"]) == [
        str(program),
        "show",
        "history",
    ]
    if shutil.which("desktop-file-validate"):
        subprocess.run(
            ["desktop-file-validate", str(home / "applications" / DESKTOP_FILE)],
            check=True,
            timeout=30,
        )

    make("uninstall-desktop", home)
    assert files_under(home) == set(others)
    for relative, data in others.items():
        assert (home / relative).read_bytes() == data


def test_a_program_path_with_spaces_and_quotes_is_quoted_for_exec() -> None:
    program = '/opt/my apps/"coach"$1/hamstring-coach%'
    lines = install_desktop.desktop_text(program).splitlines()
    main, *actions = [x.removeprefix("Exec=") for x in lines if x.startswith("Exec=")]
    # Key-file unescaping turns "\\" into "\"; then the Exec rules unquote.
    quoted = '"/opt/my apps/\\"coach\\"\\$1/hamstring-coach%%"'
    assert main.replace("\\\\", "\\") == quoted
    assert len(actions) == 3
    assert all(a.replace("\\\\", "\\").startswith(quoted + " ") for a in actions)


def test_the_data_home_follows_xdg_rules(tmp_path: Path) -> None:
    assert install_desktop.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    default = Path.home() / ".local" / "share"
    assert install_desktop.data_home({"XDG_DATA_HOME": "relative/path"}) == default
    assert install_desktop.data_home({}) == default

"""The PyInstaller bundle, run as a user would: ``make test-bundle`` builds it first.

Skipped unless HAMSTRING_COACH_BUNDLE names the built program, so ``make test`` does not
wait for a bundle to be built.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hamstring_coach import __version__
from hamstring_coach.cli import PROG

from ..running_app import DB_NAME
from .conftest import (
    COMMAND_TIMEOUT_S,
    REPO_ROOT,
    SESSION_ROUTINE,
    SESSION_TIME_SCALE,
    history_json,
    resource_files,
    run_command,
    run_one_session,
    user_env,
)

BUNDLE_ENV = "HAMSTRING_COACH_BUNDLE"
SIZE_LIMIT_MB = 150

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not os.environ.get(BUNDLE_ENV), reason="run by make test-bundle"),
]


@pytest.fixture(scope="module")
def program() -> list[str]:
    path = Path(os.environ[BUNDLE_ENV])
    assert path.is_file() and os.access(path, os.X_OK), path
    return [str(path)]


@pytest.fixture(scope="module")
def internal(program: list[str]) -> Path:
    folder = Path(program[0]).parent / "_internal"
    assert folder.is_dir()
    return folder


def test_version(program: list[str], tmp_path: Path) -> None:
    done = run_command(program, "--version", env=user_env(tmp_path))
    assert (done.returncode, done.stdout, done.stderr) == (0, f"{PROG} {__version__}\n", "")


def test_routines_are_the_checkouts(program: list[str], tmp_path: Path) -> None:
    bundled = run_command(program, "routines", env=user_env(tmp_path))
    source = subprocess.run(
        [sys.executable, "-m", "hamstring_coach", "routines"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
    )
    assert bundled.returncode == 0, bundled.stderr
    assert SESSION_ROUTINE in bundled.stdout
    assert bundled.stdout == source.stdout


def test_history_of_a_new_data_folder_is_empty(program: list[str], tmp_path: Path) -> None:
    assert history_json(program, tmp_path / "data", user_env(tmp_path)) == []


def test_one_session_offscreen_is_recorded(program: list[str], tmp_path: Path) -> None:
    session = run_one_session(program, tmp_path / "data", user_env(tmp_path))
    assert session["routine_id"] == SESSION_ROUTINE
    assert session["routine_title"] == "Gentle stretching"  # English: nothing translated
    holds = [s for s in session["segments"] if s["kind"] == "hold"]
    assert len(holds) == 18 and all(s["completed"] for s in holds)
    assert sum(s["actual_s"] for s in holds) == pytest.approx(540, rel=0.02)


def test_every_resource_is_inside(internal: Path) -> None:
    bundled = internal / "hamstring_coach" / "resources"
    assert resource_files(bundled) == resource_files(REPO_ROOT / "resources")


def test_only_the_qt_the_app_uses(internal: Path) -> None:
    qt = internal / "PySide6" / "Qt"
    names = {p.name for p in internal.rglob("*")}
    plugins = {p.name for p in (qt / "plugins").rglob("*.so")}
    for needed in (
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
        "libqsvg.so",
        "libqsvgicon.so",
        "libqxdgdesktopportal.so",
        "libqtexttospeech_speechd.so",
        "libxdg-shell.so",
    ):
        assert needed in plugins, needed
    for module in ("QtSvg", "QtMultimedia", "QtTextToSpeech", "QtDBus", "QtNetwork"):
        assert any(n.startswith(f"{module}.") for n in names), module
    for dropped in ("WebEngine", "Qml", "Quick", "3D", "Charts", "Pdf", "Designer"):
        assert not any(n.startswith((f"libQt6{dropped}", f"Qt{dropped}.")) for n in names)
    assert not any(n.startswith("libavcodec") for n in names)
    assert not (qt / "plugins" / "sqldrivers").exists()
    assert not (qt / "qml").exists()


def test_size_is_under_the_limit(internal: Path) -> None:
    files = [p for p in internal.parent.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    assert total < SIZE_LIMIT_MB * 1024 * 1024, f"{total / 2**20:.0f} MiB"


# ------------------------------------------------------------------------------ in German


def german_env(home: Path) -> dict[str, str]:
    """A German desktop's session: the language and the locale from LANGUAGE and LANG."""
    env = user_env(home, LANGUAGE="de", LANG="de_DE.UTF-8")
    env.pop("LC_ALL", None)
    return env


def test_help_in_german_as_from_the_checkout(program: list[str], tmp_path: Path) -> None:
    env = german_env(tmp_path)
    bundled = run_command(program, "--help", env=env)
    source = subprocess.run(
        [sys.executable, "-m", "hamstring_coach", "--help"],
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT_S,
        cwd=REPO_ROOT,
        env=env,
    )
    assert bundled.returncode == 0, bundled.stderr
    assert bundled.stdout.startswith("Aufruf: hamstring-coach"), bundled.stdout
    assert "Befehl" in bundled.stdout and "usage:" not in bundled.stdout
    assert bundled.stdout == source.stdout


def mapped_files(pid: int) -> set[str]:
    """The files a running process has mapped into its memory (Linux)."""
    try:
        lines = Path(f"/proc/{pid}/maps").read_text().splitlines()
    except OSError:
        return set()
    return {line.split(maxsplit=5)[5] for line in lines if len(line.split(maxsplit=5)) == 6}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/maps")
def test_the_window_speaks_german_from_the_bundles_catalogues(
    program: list[str], internal: Path, tmp_path: Path
) -> None:
    """The window started in German loads the app's catalogue and Qt's own (the standard
    buttons) from inside the bundle, and runs its routine under its German name."""
    own = internal / "hamstring_coach" / "resources" / "translations" / "hamstring_coach_de.qm"
    qt = internal / "PySide6" / "Qt" / "translations" / "qtbase_de.qm"
    assert own.is_file() and qt.is_file()
    # Only the languages the app speaks: Qt's words in any other would never be read.
    assert {p.name for p in qt.parent.iterdir()} == {"qtbase_de.qm"}
    data_dir, env = tmp_path / "data", german_env(tmp_path)
    command = [*program, "--data-dir", str(data_dir), "--time-scale", str(SESSION_TIME_SCALE)]
    app = subprocess.Popen(
        [*command, "start", SESSION_ROUTINE],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + COMMAND_TIMEOUT_S
        loaded: set[str] = set()
        started = False
        while time.monotonic() < deadline and app.poll() is None:
            # QTranslator keeps a catalogue mapped into memory for as long as it is used.
            loaded = {str(own), str(qt)} & mapped_files(app.pid)
            started = (data_dir / DB_NAME).exists() and bool(history_json(program, data_dir, env))
            if started and len(loaded) == 2:
                break
            time.sleep(0.5)
        assert app.poll() is None, app.communicate()
        assert loaded == {str(own), str(qt)}
        assert started
        app.send_signal(signal.SIGTERM)  # quit, as Ctrl+Q would
        _out, err = app.communicate(timeout=COMMAND_TIMEOUT_S)
        assert app.returncode == 0, err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    (session,) = history_json(program, data_dir, env)
    assert session["routine_title"] == "Sanftes Dehnen"

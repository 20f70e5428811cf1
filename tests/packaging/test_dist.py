"""The sdist and wheel of ``make dist``, installed into a fresh venv and run from there.

Skipped unless HAMSTRING_COACH_DIST names the folder ``make test-dist`` built them in.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import hamstring_coach
from hamstring_coach.cli import PROG

from .conftest import (
    REPO_ROOT,
    SESSION_ROUTINE,
    resource_files,
    run_command,
    run_one_session,
    user_env,
)

DIST_ENV = "HAMSTRING_COACH_DIST"
VERSION = hamstring_coach.__version__

pytestmark = [
    pytest.mark.dist,
    pytest.mark.skipif(not os.environ.get(DIST_ENV), reason="run by make test-dist"),
    # Installing PySide6 into the new venv (the first test's fixture) takes a while.
    pytest.mark.timeout(600),
]


@pytest.fixture(scope="module")
def dist() -> Path:
    return Path(os.environ[DIST_ENV])


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (found,) = dist.glob(f"hamstring_coach-{VERSION}-py3-none-any.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel (and its dependencies) installed."""
    folder = tmp_path_factory.mktemp("fresh") / "venv"
    python = folder / "bin" / "python"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=120)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        timeout=600,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    return folder


def installed_package(venv: Path) -> Path:
    (site,) = (venv / "lib").glob("python3*/site-packages")
    return site / "hamstring_coach"


def test_the_wheel_holds_every_resource(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        prefix = "hamstring_coach/resources/"
        inside = {n.removeprefix(prefix) for n in archive.namelist() if n.startswith(prefix)}
    assert inside == resource_files(REPO_ROOT / "resources")


def test_the_sdist_holds_the_sources_resources_and_packaging(dist: Path) -> None:
    (sdist,) = dist.glob(f"hamstring_coach-{VERSION}.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    top = f"hamstring_coach-{VERSION}"
    assert {"pyproject.toml", "Makefile", "README.md", "hamstring_coach/cli/__init__.py"} <= names
    for relative in resource_files(REPO_ROOT / "resources"):
        assert f"resources/{relative}" in names, (top, relative)
    for path in (REPO_ROOT / "packaging").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert path.relative_to(REPO_ROOT).as_posix() in names


def test_the_installed_copy_has_every_resource_and_uses_its_own(venv: Path, tmp_path: Path) -> None:
    package = installed_package(venv)
    assert resource_files(package / "resources") == resource_files(REPO_ROOT / "resources")
    done = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import hamstring_coach.resources as r; print(r.resources_root())",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=user_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == package / "resources"


def test_the_installed_command_runs(venv: Path, tmp_path: Path) -> None:
    program = [str(venv / "bin" / PROG)]
    env = user_env(tmp_path)
    version = run_command(program, "--version", env=env)
    assert (version.returncode, version.stdout) == (0, f"{PROG} {VERSION}\n")
    routines = run_command(program, "routines", env=env)
    assert routines.returncode == 0 and SESSION_ROUTINE in routines.stdout


def test_one_session_from_the_installed_copy(venv: Path, tmp_path: Path) -> None:
    program = [str(venv / "bin" / PROG)]
    session = run_one_session(program, tmp_path / "data", user_env(tmp_path))
    assert session["routine_id"] == SESSION_ROUTINE
    holds = [s for s in session["segments"] if s["kind"] == "hold"]
    assert len(holds) == 18 and all(s["completed"] for s in holds)

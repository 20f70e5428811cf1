"""The resource lookup: safe paths, source checkout, frozen bundle and the built wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import hamstring_coach
from hamstring_coach.resources import resource_path, resources_root

REPO_ROOT = Path(__file__).resolve().parents[1]
BUILTIN_ROUTINE = "routines/gentle-stretching.toml"


@pytest.mark.parametrize(
    "relative",
    [
        "/etc/passwd",
        "/routines",
        "\\routines",
        "C:\\Windows\\win.ini",
        "C:routines",
        "//server/share/routines",
        "\\\\server\\share\\routines",
    ],
)
def test_refuses_absolute_paths(relative: str) -> None:
    with pytest.raises(ValueError, match="relative"):
        resource_path(relative)


@pytest.mark.parametrize(
    "relative",
    ["..", "../pyproject.toml", "routines/../../pyproject.toml", "routines\\..\\..\\x"],
)
def test_refuses_parent_parts(relative: str) -> None:
    with pytest.raises(ValueError, match=r"\.\."):
        resource_path(relative)


@pytest.mark.parametrize("relative", ["", "   "])
def test_refuses_empty_paths(relative: str) -> None:
    with pytest.raises(ValueError, match="empty"):
        resource_path(relative)


def test_finds_routines_in_the_checkout() -> None:
    routines = resource_path("routines")
    assert routines.is_dir()
    assert routines == REPO_ROOT / "resources" / "routines"
    assert resources_root() == REPO_ROOT / "resources"


def test_accepts_both_separators() -> None:
    assert resource_path("routines/") == resource_path("routines")
    assert resource_path("./routines") == resource_path("routines")


def test_missing_resource_names_the_path() -> None:
    with pytest.raises(FileNotFoundError, match=r"no-such-file\.toml"):
        resource_path("routines/no-such-file.toml")


def test_frozen_bundle_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "hamstring_coach" / "resources" / "routines"
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("routines") == bundled
    assert resources_root() == tmp_path / "hamstring_coach" / "resources"


def test_frozen_bundle_falls_back_to_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("routines") == REPO_ROOT / "resources" / "routines"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    (built,) = out.glob("*.whl")
    return built


@pytest.mark.slow
def test_wheel_carries_the_resources(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = f"hamstring_coach-{hamstring_coach.__version__}.dist-info"
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
    assert f"hamstring_coach/resources/{BUILTIN_ROUTINE}" in names
    assert "hamstring_coach/__init__.py" in names
    assert "hamstring_coach/resources.py" in names
    assert "[gui_scripts]" in entry_points
    assert "hamstring-coach = hamstring_coach.launch:main" in entry_points


@pytest.mark.slow
def test_installed_wheel_finds_resources_in_the_package(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    code = f"import hamstring_coach.resources as r; print(r.resource_path({BUILTIN_ROUTINE!r}))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": ""},
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    found = Path(result.stdout.strip())
    assert found == site / "hamstring_coach" / "resources" / BUILTIN_ROUTINE
    assert found.is_file()

"""The Flatpak manifest, checked as far as it can be without building it.

Flatpak runtimes cannot be installed on the machines that run these tests, so nothing
here builds the manifest; it checks that the manifest names the app by its id, keeps
its sandbox to what the app uses, pins every wheel, and points at files that exist.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.specifiers import SpecifierSet
from packaging.utils import parse_wheel_filename

from hamstring_coach import __version__
from hamstring_coach.appid import APP_ID
from hamstring_coach.cli import PROG

from .conftest import PACKAGING, REPO_ROOT

MANIFEST = PACKAGING / "flatpak" / f"{APP_ID}.json"
ARCHES = ("x86_64", "aarch64")
# glibc of the runtime's base (freedesktop SDK 24.08, under org.kde.Platform 6.9).
RUNTIME_GLIBC = (2, 40)
FINISH_ARGS = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--socket=pulseaudio",
    "--talk-name=org.freedesktop.Notifications",
    "--talk-name=org.kde.StatusNotifierWatcher",
    "--own-name=org.kde.StatusNotifierItem-2-1",
    "--filesystem=xdg-run/speech-dispatcher:ro",
}


def manifest() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return data


def module(name: str) -> dict[str, Any]:
    (found,) = [m for m in manifest()["modules"] if m["name"] == name]
    return found


def dependencies() -> dict[str, SpecifierSet]:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    found = {}
    for requirement in project["project"]["dependencies"]:
        name, spec = re.match(r"([A-Za-z0-9_.-]+)(.*)", requirement).groups()  # type: ignore[union-attr]
        found[name.lower().replace("_", "-")] = SpecifierSet(spec)
    return found


def test_the_app_id_runtime_and_command() -> None:
    data = manifest()
    assert data["id"] == APP_ID
    assert data["runtime"] == "org.kde.Platform"
    assert data["sdk"] == "org.kde.Sdk"
    assert data["command"] == PROG
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert PROG in project["project"]["gui-scripts"]


def test_the_sandbox_allows_only_what_the_app_uses() -> None:
    args = manifest()["finish-args"]
    assert len(args) == len(set(args))
    assert set(args) == FINISH_ARGS
    assert not any(a.startswith(("--share=network", "--socket=x11", "--device")) for a in args)
    assert not any(a.startswith("--filesystem=") and not a.endswith(":ro") for a in args)
    assert not any(a in ("--filesystem=home", "--filesystem=host") for a in args)


@pytest.mark.parametrize("arch", ARCHES)
def test_pyside6_wheels_for_each_architecture_pinned_and_allowed(arch: str) -> None:
    sources = [s for s in module("pyside6")["sources"] if s.get("only-arches") == [arch]]
    wheels = {}
    for source in sources:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/packages/")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
        name, version, _build, tags = parse_wheel_filename(source["url"].rsplit("/", 1)[1])
        wheels[str(name)] = version
        for tag in tags:
            assert tag.interpreter == "cp310" and tag.abi == "abi3"
            glibc = re.fullmatch(rf"manylinux_(\d+)_(\d+)_{arch}", tag.platform)
            assert glibc and tuple(map(int, glibc.groups())) <= RUNTIME_GLIBC, tag.platform
    assert set(wheels) == {"shiboken6", "pyside6-essentials", "pyside6-addons"}
    assert len(set(wheels.values())) == 1  # one version of all three
    wanted = dependencies()
    assert wanted["pyside6-essentials"].contains(wheels["pyside6-essentials"])
    assert wanted["pyside6-addons"].contains(wheels["pyside6-addons"])


def test_every_source_has_a_checksum_or_is_in_the_checkout() -> None:
    for entry in manifest()["modules"]:
        for source in entry["sources"]:
            if "url" in source:
                assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
            else:
                assert "path" in source, source


def test_platformdirs_wheel_is_allowed() -> None:
    (source,) = module("platformdirs")["sources"]
    name, version, _build, _tags = parse_wheel_filename(source["url"].rsplit("/", 1)[1])
    assert str(name) == "platformdirs"
    assert dependencies()["platformdirs"].contains(version)


def test_the_app_module_uses_the_wheel_of_this_version_and_existing_files() -> None:
    app = module(PROG)
    paths = {Path(s["path"]).name: s for s in app["sources"] if "path" in s}
    assert f"hamstring_coach-{__version__}-py3-none-any.whl" in paths
    folders = {}
    for source in app["sources"]:
        if source["type"] == "dir":
            folder = (MANIFEST.parent / source["path"]).resolve()
            assert folder.is_dir(), folder
            folders[source["dest"]] = folder
    commands = "\n".join(app["build-commands"]).replace("${FLATPAK_ID}", APP_ID)
    installed = re.findall(r"install -Dm644 (\S+)", commands)
    assert len(installed) >= 4
    for relative in installed:
        if "*" in relative or "$" in relative:
            continue
        top, rest = relative.split("/", 1)
        assert (folders[top] / rest).is_file(), relative
    # The PNG loop finds every committed size.
    pngs = list((folders["linux"] / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    assert len(pngs) >= 9
    assert "pip3 install" in commands and "--no-index" in commands

"""The AppStream metainfo: valid, tied to the app id, in step with README and CHANGELOG."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hamstring_coach.appid import APP_ID, DESKTOP_FILE, ICON_NAME, METAINFO_FILE
from hamstring_coach.cli import PROG

from .conftest import PACKAGING, REPO_ROOT, load_script

METAINFO = PACKAGING / "linux" / METAINFO_FILE
metainfo = load_script("linux/metainfo.py")

SAMPLE_CHANGELOG = """\
# Changelog

## [Unreleased]

### Added

- Something not released yet.

## [1.1.0] - 2025-08-02

### Added

- `start ice --minutes` sets the length of an
  ice application.
- A [linked](https://example.org) **bold** item & more.

### Fixed

- A fix.

## [1.0.0] - 2025-06-01

- The first release.

[Unreleased]: https://example.org/compare
"""


def root() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_the_component_is_the_app() -> None:
    component = root()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE
    assert component.findtext("icon[@type='stock']") == ICON_NAME
    assert component.findtext("provides/binary") == PROG
    assert component.find("content_rating[@type='oars-1.1']") is not None
    description = component.find("description")
    assert description is not None and len(description.findall("p")) >= 2


def test_the_screenshots_are_the_readmes_and_exist() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    shots = root().findall("screenshots/screenshot")
    expected = metainfo.screenshots(readme)
    assert expected, "the README shows no screenshot from docs/screenshots"
    assert len(shots) == len(expected)
    assert shots[0].get("type") == "default"
    for element, shot in zip(shots, expected, strict=True):
        image = element.find("image")
        assert image is not None and image.text is not None
        path = image.text.removeprefix(metainfo.RAW_BASE)
        assert path == shot.path
        width, height = metainfo.png_size(REPO_ROOT / path)
        assert (image.get("width"), image.get("height")) == (str(width), str(height))
        assert element.findtext("caption") == shot.caption


def test_the_file_is_in_step_with_readme_and_changelog() -> None:
    assert metainfo.main(["--check"]) == 0


def test_releases_come_from_the_changelog_newest_first() -> None:
    found = metainfo.releases(SAMPLE_CHANGELOG)
    assert [(r.version, r.date) for r in found] == [
        ("1.1.0", "2025-08-02"),
        ("1.0.0", "2025-06-01"),
    ]
    assert found[0].items == (
        "`start ice --minutes` sets the length of an ice application.",
        "A [linked](https://example.org) **bold** item & more.",
        "A fix.",
    )
    block = metainfo.releases_block(found)
    releases = ET.fromstring(block)
    first = releases.find("release")
    assert first is not None and first.get("version") == "1.1.0"
    items = first.findall("description/ul/li")
    assert items[0].findtext("code") == "start ice --minutes"
    assert "".join(items[1].itertext()) == "A linked bold item & more."


def test_a_changelog_without_a_release_gives_no_releases_block() -> None:
    text = SAMPLE_CHANGELOG.split("## [1.1.0]")[0]
    assert metainfo.releases(text) == []
    assert "<release" not in metainfo.releases_block([])


def test_a_stale_block_is_found_and_rewritten(tmp_path: Path) -> None:
    current = METAINFO.read_text(encoding="utf-8")
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    wanted = metainfo.updated(current, readme, SAMPLE_CHANGELOG)
    assert wanted != current
    assert 'version="1.1.0"' in wanted and "1.0.0" in wanted
    # Writing again changes nothing: the blocks are replaced, not added to.
    assert metainfo.updated(wanted, readme, SAMPLE_CHANGELOG) == wanted
    (tmp_path / "m.xml").write_text(wanted, encoding="utf-8")
    ET.parse(tmp_path / "m.xml")


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_appstreamcli_validates_it_with_and_without_releases(tmp_path: Path) -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    released = tmp_path / METAINFO_FILE
    released.write_text(
        metainfo.updated(METAINFO.read_text(encoding="utf-8"), readme, SAMPLE_CHANGELOG),
        encoding="utf-8",
    )
    for path in (METAINFO, released):
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stdout + done.stderr

"""The app icon: PNGs at 16-512 px drawn from the SVG, and the ICO and ICNS made from it."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from hamstring_coach.appid import APP_ID

from .conftest import PACKAGING, load_script

make_icons = load_script("make_icons.py")
HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"

pytestmark = pytest.mark.usefixtures("qapp")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_a_png_for_every_size_from_16_to_512() -> None:
    sizes = []
    for path in sorted(HICOLOR.glob("*/apps/*")):
        assert path.name == f"{APP_ID}.png", path
        size = int(path.parent.parent.name.split("x")[0])
        assert path.parent.parent.name == f"{size}x{size}"
        assert png_size(path.read_bytes()) == (size, size)
        sizes.append(size)
    assert sorted(sizes) == sorted(make_icons.PNG_SIZES)
    assert min(sizes) == 16 and max(sizes) == 512


def test_the_committed_pngs_are_drawn_from_the_current_svg() -> None:
    assert make_icons.stale_pngs(HICOLOR) == []


def test_a_png_that_no_longer_matches_the_svg_is_found(tmp_path: Path) -> None:
    folder = tmp_path / "hicolor"
    make_icons.write_hicolor(folder)
    assert make_icons.stale_pngs(folder) == []
    relative = Path("48x48/apps") / f"{APP_ID}.png"
    (folder / relative).write_bytes(
        make_icons.render_png(48, make_icons.SOURCE.parent / "hamstring-coach-symbolic.svg")
    )
    (folder / "16x16/apps" / f"{APP_ID}.png").unlink()
    stale = make_icons.stale_pngs(folder)
    assert len(stale) == 2
    assert any(line.startswith(str(relative)) for line in stale)


def test_the_windows_icon_holds_png_images_up_to_256() -> None:
    pngs = {size: make_icons.render_png(size) for size in make_icons.ICO_SIZES}
    data = make_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(pngs))
    seen = []
    for index in range(count):
        width, height, _c, _r, _p, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = data[offset : offset + length]
        side = width or 256
        assert (side, height or 256) == png_size(image)
        assert bits == 32
        seen.append(side)
    assert sorted(seen) == sorted(make_icons.ICO_SIZES)


def test_the_macos_icon_holds_png_entries_up_to_1024() -> None:
    sizes = {size for _kind, size in make_icons.ICNS_TYPES}
    data = make_icons.icns_bytes({size: make_icons.render_png(size) for size in sizes})
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, {}
    while position < len(data):
        kind = data[position : position + 4]
        length = struct.unpack(">I", data[position + 4 : position + 8])[0]
        kinds[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert kinds == {kind: size for kind, size in make_icons.ICNS_TYPES}
    assert kinds[b"ic10"] == 1024

"""Make the app's PNG, ICO and ICNS icons from resources/icons/hamstring-coach.svg.

    python packaging/make_icons.py                  # the hicolor PNGs in packaging/linux/icons
    python packaging/make_icons.py --check          # exit 1 if those PNGs are out of date
    python packaging/make_icons.py --ico FILE       # a Windows icon (16-256 px)
    python packaging/make_icons.py --icns FILE      # a macOS icon (16-1024 px)

It renders with Qt's QSvgRenderer (the PySide6 the app runs on), offscreen, so it needs
no display and no other tool. The PNGs are committed: the desktop install and the
Flatpak copy them as they are, beside the SVGs from resources/icons. The ICO and ICNS
files are made when the bundle is built; both hold PNG images, written here with the
standard library.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hamstring_coach.appid import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "hamstring-coach.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x types share a size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def hicolor_pngs() -> dict[Path, int]:
    """Each committed PNG relative to the hicolor folder, with its pixel size.

    The SVGs (``scalable/apps/<id>.svg``, ``symbolic/apps/<id>-symbolic.svg``) are not
    copied here: installers take them from resources/icons as they are.
    """
    return {Path(f"{size}x{size}/apps") / f"{APP_ID}.png": size for size in PNG_SIZES}


def render_png(size: int, svg: Path = SOURCE) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG image per size (Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    images = b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG entries for 16 to 1024 px (512@2x)."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def write_hicolor(folder: Path) -> list[Path]:
    """Write every hicolor icon under ``folder``; returns the files written."""
    written = []
    for relative, size in hicolor_pngs().items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(size))
        written.append(target)
    return written


def stale_pngs(folder: Path) -> list[str]:
    """The committed PNGs that differ from a fresh rendering by more than rounding."""
    from PySide6.QtGui import QImage

    stale = []
    for relative, size in hicolor_pngs().items():
        committed = QImage(str(folder / relative))
        fresh = QImage.fromData(render_png(size))
        if committed.isNull() or committed.size() != fresh.size():
            stale.append(f"{relative}: missing or not {size}x{size}")
            continue
        worst = _largest_difference(committed, fresh)
        if worst > 8:
            stale.append(f"{relative}: a pixel differs by {worst} of 255")
    return stale


def _largest_difference(one: object, other: object) -> int:
    from PySide6.QtGui import QImage

    assert isinstance(one, QImage) and isinstance(other, QImage)
    a = one.convertToFormat(QImage.Format.Format_RGBA8888)
    b = other.convertToFormat(QImage.Format.Format_RGBA8888)
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    return max((abs(x - y) for x, y in zip(pa, pb, strict=True)), default=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed PNGs")
    parser.add_argument("--ico", metavar="FILE", type=Path, help="write a Windows icon")
    parser.add_argument("--icns", metavar="FILE", type=Path, help="write a macOS icon")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_pngs(HICOLOR)
        for line in stale:
            print(f"make_icons: out of date: {line}", file=sys.stderr)
        if stale:
            print("make_icons: run 'python packaging/make_icons.py' and commit.", file=sys.stderr)
        return 1 if stale else 0
    if args.ico or args.icns:
        if args.ico:
            args.ico.parent.mkdir(parents=True, exist_ok=True)
            args.ico.write_bytes(ico_bytes({s: render_png(s) for s in ICO_SIZES}))
        if args.icns:
            sizes = {size for _kind, size in ICNS_TYPES}
            args.icns.parent.mkdir(parents=True, exist_ok=True)
            args.icns.write_bytes(icns_bytes({s: render_png(s) for s in sizes}))
        return 0
    for path in write_hicolor(HICOLOR):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

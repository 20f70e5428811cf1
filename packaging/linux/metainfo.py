"""Keep the AppStream metainfo's screenshots and releases in step with the docs.

    python packaging/linux/metainfo.py           # rewrite both blocks in the metainfo file
    python packaging/linux/metainfo.py --check   # exit 1 if either block is out of date

- ``<screenshots>``: every picture the README shows from docs/screenshots/, in the
  README's order (the first is the default), its alt text as the caption, its size read
  from the PNG file, at its address in the project's repository.
- ``<releases>``: every released version in CHANGELOG.md (``## [1.2.0] - 2025-06-01``),
  newest first, with its bullet points as the description. "Unreleased" is left out
  until it gets a version and a date.

Standard library only, so a packager can run it anywhere.
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parents[2]
METAINFO = Path(__file__).resolve().parent / "io.github.hamstringcoach.HamstringCoach.metainfo.xml"
README = ROOT / "README.md"
CHANGELOG = ROOT / "CHANGELOG.md"
# Where the repository's files are published; screenshots are shown from there.
RAW_BASE = "https://raw.githubusercontent.com/hamstringcoach/hamstring-coach/main/"
SCREENSHOT_DIR = "docs/screenshots/"

_IMAGE = re.compile(r"!\[([^\]]*)\]\((" + re.escape(SCREENSHOT_DIR) + r"[^)\s]+\.png)\)")
_RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})\s*$")
_SECTION = re.compile(r"^## ")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_CODE = re.compile(r"`([^`]+)`")
_EMPHASIS = re.compile(r"\*\*([^*]+)\*\*|\*([^*]+)\*")


@dataclass(frozen=True)
class Screenshot:
    path: str  # relative to the repository, with "/"
    caption: str
    width: int
    height: int


@dataclass(frozen=True)
class Release:
    version: str
    date: str
    items: tuple[str, ...]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG file's header."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG file")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def screenshots(readme: str, root: Path = ROOT) -> list[Screenshot]:
    """The README's pictures from docs/screenshots/, each once, in order of appearance."""
    found: dict[str, Screenshot] = {}
    for caption, path in _IMAGE.findall(readme):
        if path not in found:
            width, height = png_size(root / path)
            found[path] = Screenshot(path, caption.strip(), width, height)
    return list(found.values())


def releases(changelog: str) -> list[Release]:
    """The released versions in a Keep a Changelog file, newest first as written."""
    result: list[Release] = []
    current: tuple[str, str] | None = None
    items: list[str] = []
    continues = False  # whether the line before belonged to a bullet

    def close() -> None:
        if current is not None:
            result.append(Release(current[0], current[1], tuple(items)))

    for line in changelog.splitlines():
        heading = _RELEASE.match(line)
        if heading or _SECTION.match(line):
            close()
            current = (heading.group(1), heading.group(2)) if heading else None
            items = []
            continues = False
        elif current is not None:
            stripped = line.strip()
            if stripped.startswith(("- ", "* ")):
                items.append(stripped[2:].strip())
                continues = True
            elif continues and stripped and line[:1].isspace():
                items[-1] += " " + stripped  # a bullet's indented continuation line
            else:
                continues = False
    close()
    return result


def _inline(markdown: str) -> str:
    """A bullet's text as AppStream markup: code kept, links and emphasis made plain."""
    text = _LINK.sub(r"\1", markdown)
    text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    parts = _CODE.split(text)  # even indexes are plain text, odd ones code
    return "".join(
        f"<code>{escape(part)}</code>" if index % 2 else escape(part)
        for index, part in enumerate(parts)
    )


def screenshots_block(shots: list[Screenshot], indent: str = "  ") -> str:
    lines = [f"{indent}<screenshots>"]
    for index, shot in enumerate(shots):
        kind = ' type="default"' if index == 0 else ""
        lines += [
            f"{indent * 2}<screenshot{kind}>",
            f"{indent * 3}<caption>{escape(shot.caption)}</caption>",
            f'{indent * 3}<image type="source" width="{shot.width}" height="{shot.height}">'
            f"{escape(RAW_BASE + shot.path)}</image>",
            f"{indent * 2}</screenshot>",
        ]
    lines.append(f"{indent}</screenshots>")
    return "\n".join(lines)


def releases_block(found: list[Release], indent: str = "  ") -> str:
    if not found:
        return f"{indent}<!-- No released version in CHANGELOG.md yet. -->"
    lines = [f"{indent}<releases>"]
    for release in found:
        attrs = f"version={quoteattr(release.version)} date={quoteattr(release.date)}"
        lines.append(f"{indent * 2}<release {attrs}>")
        if release.items:
            lines += [f"{indent * 3}<description>", f"{indent * 4}<ul>"]
            lines += [f"{indent * 5}<li>{_inline(item)}</li>" for item in release.items]
            lines += [f"{indent * 4}</ul>", f"{indent * 3}</description>"]
        lines.append(f"{indent * 2}</release>")
    lines.append(f"{indent}</releases>")
    return "\n".join(lines)


def _replace(text: str, name: str, block: str) -> str:
    """Put ``block`` between the metainfo's BEGIN and END comments for ``name``."""
    begin = f"<!-- BEGIN {name}: written by packaging/linux/metainfo.py -->"
    end = f"<!-- END {name} -->"
    start = text.index(begin) + len(begin)
    stop = text.index(end)
    return f"{text[:start]}\n{block}\n  {text[stop:]}"


def updated(metainfo: str, readme: str, changelog: str, root: Path = ROOT) -> str:
    """The metainfo text with both blocks written from the README and the CHANGELOG."""
    text = _replace(metainfo, "screenshots", screenshots_block(screenshots(readme, root)))
    return _replace(text, "releases", releases_block(releases(changelog)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args(argv)
    current = METAINFO.read_text(encoding="utf-8")
    wanted = updated(
        current, README.read_text(encoding="utf-8"), CHANGELOG.read_text(encoding="utf-8")
    )
    if args.check:
        if wanted != current:
            print(
                f"metainfo: {METAINFO.relative_to(ROOT)} is out of step with README.md or "
                "CHANGELOG.md; run 'python packaging/linux/metainfo.py' and commit.",
                file=sys.stderr,
            )
            return 1
        return 0
    if wanted != current:
        METAINFO.write_text(wanted, encoding="utf-8")
        print(f"updated {METAINFO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

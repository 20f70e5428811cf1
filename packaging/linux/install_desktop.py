"""Install or remove Hamstring Coach's menu entry and icons for the current user.

    python packaging/linux/install_desktop.py install [--exec COMMAND]
    python packaging/linux/install_desktop.py uninstall

Files go under the XDG data home ($XDG_DATA_HOME, or ~/.local/share):

    applications/<id>.desktop
    metainfo/<id>.metainfo.xml
    icons/hicolor/<N>x<N>/apps/<id>.png      (16 to 512 px)
    icons/hicolor/scalable/apps/<id>.svg
    icons/hicolor/symbolic/apps/<id>-symbolic.svg

``--exec`` names the program the menu entry runs when ``hamstring-coach`` is not on the
PATH (``make install-desktop`` passes the .venv's). ``uninstall`` removes exactly these
files and nothing else. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP_ID = "io.github.hamstringcoach.HamstringCoach"  # hamstring_coach.appid.APP_ID
PROG = "hamstring-coach"
DESKTOP = HERE / f"{APP_ID}.desktop"
METAINFO = HERE / f"{APP_ID}.metainfo.xml"
HICOLOR = HERE / "icons" / "hicolor"
ICONS = ROOT / "resources" / "icons"
# Characters that make an Exec argument need quoting (the Desktop Entry spec's list).
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


def data_home(environ: dict[str, str] | os._Environ[str]) -> Path:
    """$XDG_DATA_HOME when it is an absolute path (as the spec says), else ~/.local/share."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def planned_files() -> dict[Path, Path]:
    """Each installed file, relative to the data home, with the file it is copied from."""
    files = {
        Path("applications") / DESKTOP.name: DESKTOP,
        Path("metainfo") / METAINFO.name: METAINFO,
        Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg": ICONS / "hamstring-coach.svg",
        Path("icons/hicolor/symbolic/apps") / f"{APP_ID}-symbolic.svg": (
            ICONS / "hamstring-coach-symbolic.svg"
        ),
    }
    for png in sorted(HICOLOR.glob(f"*/apps/{APP_ID}.png")):
        files[Path("icons/hicolor") / png.relative_to(HICOLOR)] = png
    return files


def exec_argument(program: str) -> str:
    """``program`` as the first word of an Exec line, quoted as the spec asks."""
    program = program.replace("%", "%%")  # "%" starts a field code
    if not _RESERVED.search(program):
        return program
    inner = re.sub(r'(["`$\\])', r"\\\1", program)
    # A key file's string values escape the backslash once more.
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_text(program: str | None) -> str:
    """The desktop file, its Exec and TryExec lines pointing at ``program`` if given."""
    text = DESKTOP.read_text(encoding="utf-8")
    if program is None:
        return text
    command = exec_argument(program)
    lines = []
    for line in text.splitlines():
        if line.startswith(f"Exec={PROG}"):
            line = f"Exec={command}{line[len('Exec=' + PROG) :]}"
        elif line == f"TryExec={PROG}":
            line = f"TryExec={program}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(home: Path, program: str | None) -> list[Path]:
    written = []
    for relative, source in planned_files().items():
        target = home / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source == DESKTOP:
            target.write_text(desktop_text(program), encoding="utf-8")
        else:
            target.write_bytes(source.read_bytes())
        target.chmod(0o644)
        written.append(target)
    _icons_changed(home)
    return written


def uninstall(home: Path) -> list[Path]:
    removed = []
    for relative in planned_files():
        target = home / relative
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    _icons_changed(home)
    return removed


def _icons_changed(home: Path) -> None:
    """Icon themes notice new icons by the theme folder's time stamp."""
    theme = home / "icons" / "hicolor"
    if theme.is_dir():
        os.utime(theme)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument(
        "--exec",
        dest="program",
        metavar="COMMAND",
        help=f"the program to run, when '{PROG}' is not on the PATH",
    )
    args = parser.parse_args(argv)
    home = data_home(os.environ)
    if args.action == "install":
        program = args.program
        if program is not None and not Path(program).is_absolute():
            parser.error("--exec needs an absolute path")
        for path in install(home, program):
            print(f"installed {path}")
    else:
        for path in uninstall(home):
            print(f"removed {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

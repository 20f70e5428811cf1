"""``export --output FILE`` and ``routine export ID FILE`` write only regular files.

A device, a named pipe, a socket, a link to one of those and a link to nothing are
refused in one sentence (exit 2) and left exactly as they were, --force or not; a link
to a regular file is followed (the file it points to gets the new content, the link
stays); and no temporary file is left anywhere. Every call is the real entry point.
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from hamstring_coach.storage.paths import AppPaths

from ._privs import IS_ROOT
from .generated_history import generate
from .test_cli import Cli, assert_one_sentence, describe

Command = Callable[[Path, Path, bool], list[str]]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    generate(AppPaths(folder).db_path, 3, 2)
    return folder


def history_export(data: Path, target: Path, force: bool) -> list[str]:
    return [
        "--data-dir",
        str(data),
        "export",
        "--format",
        "csv",
        "--output",
        str(target),
        *(["--force"] if force else []),
    ]


def routine_export(data: Path, target: Path, force: bool) -> list[str]:
    args = ["--data-dir", str(data), "routine", "export", "gentle-stretching", str(target)]
    return args + (["--force"] if force else [])


COMMANDS = [pytest.param(history_export, id="export"), pytest.param(routine_export, id="routine")]


def _leftovers(*folders: Path) -> list[str]:
    return [p.name for folder in folders for p in folder.iterdir() if p.name.endswith(".part")]


def _fifo(place: Path) -> Path:
    target = place / "pipe.csv"
    os.mkfifo(target)
    return target


def _device(place: Path) -> Path:
    if not IS_ROOT:
        pytest.skip("making a device node needs root")
    target = place / "null.csv"
    os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    return target


def _link_to_device(place: Path) -> Path:
    target = place / "to-null.csv"
    target.symlink_to("/dev/null")
    return target


def _dangling(place: Path) -> Path:
    target = place / "nowhere.csv"
    target.symlink_to(place / "gone" / "file.csv")
    return target


def _folder_link(place: Path) -> Path:
    (place / "sub").mkdir()
    target = place / "to-folder.csv"
    target.symlink_to(place / "sub")
    return target


def _state(path: Path) -> tuple[int, str]:
    info = path.lstat()
    return info.st_mode, os.readlink(path) if stat.S_ISLNK(info.st_mode) else ""


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_fifo, "is a named pipe"),
        (_device, "is a device"),
        (_link_to_device, "is a link to a device"),
        (_dangling, "points nowhere"),
        (_folder_link, "folder"),
    ],
)
@pytest.mark.parametrize("force", [True, False])
def test_only_a_regular_file_is_ever_replaced(
    cli: Cli,
    data: Path,
    tmp_path: Path,
    command: Command,
    make: Callable[[Path], Path],
    words: str,
    force: bool,
) -> None:
    place = tmp_path / "out"
    place.mkdir()
    target = make(place)
    before = _state(target)
    result = cli.run(*command(data, target, force))
    assert_one_sentence(result, words)
    assert _state(target) == before
    assert _leftovers(place) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_a_socket_is_refused(
    cli: Cli, data: Path, tmp_path: Path, command: Command, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = tmp_path / "out"
    place.mkdir()
    monkeypatch.chdir(place)  # a socket's path must be short: bind it by its name
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind("socket.csv")
        target = place / "socket.csv"
        result = cli.run(*command(data, target, True))
        assert_one_sentence(result, "is a socket")
        assert stat.S_ISSOCK(target.lstat().st_mode)
    finally:
        server.close()
    assert _leftovers(place) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_a_link_to_a_regular_file_is_followed_with_force_and_stays_a_link(
    cli: Cli, data: Path, tmp_path: Path, command: Command
) -> None:
    place, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    place.mkdir()
    elsewhere.mkdir()
    real = elsewhere / "real.csv"
    real.write_text("old content\n")
    link = place / "link.csv"
    link.symlink_to(real)

    refused = cli.run(*command(data, link, False))
    assert_one_sentence(refused, "already exists")
    assert real.read_text() == "old content\n"

    done = cli.run(*command(data, link, True))
    assert done.returncode == 0, describe(done)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() not in ("", "old content\n")
    assert _leftovers(place, elsewhere) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_file_is_kept_without_force_and_replaced_whole_with_it(
    cli: Cli, data: Path, tmp_path: Path, command: Command
) -> None:
    target = tmp_path / "kept.csv"
    target.write_text("mine\n")
    assert_one_sentence(cli.run(*command(data, target, False)), "already exists")
    assert target.read_text() == "mine\n"
    done = cli.run(*command(data, target, True))
    assert done.returncode == 0, describe(done)
    assert target.read_text() != "mine\n"
    assert _leftovers(tmp_path) == []

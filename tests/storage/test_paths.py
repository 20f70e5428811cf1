"""AppPaths: which data folder is used, and how ensure() prepares or refuses it."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest

from hamstring_coach.storage import paths
from hamstring_coach.storage.paths import ENV_DATA_DIR, AppPaths, DataFolderError

from .._privs import run_python

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_override_wins_over_environment(tmp_path: Path) -> None:
    environ = {ENV_DATA_DIR: str(tmp_path / "from-env")}
    resolved = AppPaths.resolve(tmp_path / "from-flag", environ)
    assert resolved.data_dir == tmp_path / "from-flag"


def test_environment_used_without_override(tmp_path: Path) -> None:
    environ = {ENV_DATA_DIR: str(tmp_path / "from-env")}
    assert AppPaths.resolve(None, environ).data_dir == tmp_path / "from-env"


@pytest.mark.parametrize("environ", [{}, {ENV_DATA_DIR: "/somewhere/else"}])
def test_an_empty_override_is_refused(environ: dict[str, str]) -> None:
    with pytest.raises(DataFolderError, match="empty"):
        AppPaths.resolve("", environ)


@pytest.mark.parametrize("environ", [{}, {ENV_DATA_DIR: ""}])
def test_platform_default_last(environ: dict[str, str]) -> None:
    expected = Path(platformdirs.user_data_dir("hamstring-coach", appauthor=False))
    resolved = AppPaths.resolve(None, environ)
    assert resolved.data_dir == expected.absolute()
    assert resolved.data_dir.name == "hamstring-coach"


def test_resolve_expands_user_and_makes_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    assert AppPaths.resolve("~/coach", {}).data_dir == tmp_path / "home" / "coach"
    monkeypatch.chdir(tmp_path)
    resolved = AppPaths.resolve(None, {ENV_DATA_DIR: "relative/../data"})
    assert resolved.data_dir == tmp_path / "data"
    assert resolved.data_dir.is_absolute()


def test_files_inside_the_data_folder(tmp_path: Path) -> None:
    app_paths = AppPaths(tmp_path)
    assert app_paths.db_path == tmp_path / "hamstring-coach.sqlite3"
    assert app_paths.backups_dir == tmp_path / "backups"
    assert app_paths.lock_path == tmp_path / "hamstring-coach.lock"


@posix_only
def test_ensure_creates_private_folder_and_parents(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "data"
    AppPaths(folder).ensure()
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert list(folder.iterdir()) == []  # the write check cleans up after itself


@posix_only
def test_ensure_makes_an_existing_folder_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "keep.txt").write_text("kept")
    AppPaths(folder).ensure()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "keep.txt").read_text() == "kept"


def test_ensure_refuses_a_file(tmp_path: Path, one_sentence: Callable[[str, Path], None]) -> None:
    target = tmp_path / "data"
    target.write_bytes(b"not a folder")
    with pytest.raises(DataFolderError) as caught:
        AppPaths(target).ensure()
    one_sentence(str(caught.value), target)
    assert "not a folder" in str(caught.value)
    assert target.read_bytes() == b"not a folder"


def test_ensure_refuses_a_folder_below_a_file(
    tmp_path: Path, one_sentence: Callable[[str, Path], None]
) -> None:
    (tmp_path / "file").write_bytes(b"")
    target = tmp_path / "file" / "data"
    with pytest.raises(DataFolderError) as caught:
        AppPaths(target).ensure()
    one_sentence(str(caught.value), target)
    assert "Could not create" in str(caught.value)


def test_ensure_refuses_when_access_says_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_sentence: Callable[[str, Path], None]
) -> None:
    real_access = os.access

    def no_write(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == tmp_path and mode & os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(paths.os, "access", no_write)
    with pytest.raises(DataFolderError) as caught:
        AppPaths(tmp_path).ensure()
    one_sentence(str(caught.value), tmp_path)
    assert "read-only" in str(caught.value)


def test_ensure_refuses_when_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access

    def no_read(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == tmp_path and mode & os.R_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(paths.os, "access", no_read)
    with pytest.raises(DataFolderError, match="cannot be read"):
        AppPaths(tmp_path).ensure()


@pytest.mark.parametrize(
    ("code", "words"), [(errno.EROFS, "read-only"), (errno.ENOSPC, "the disk is full")]
)
def test_ensure_tries_a_real_write(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    one_sentence: Callable[[str, Path], None],
    code: int,
    words: str,
) -> None:
    def failing_mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", failing_mkstemp)
    with pytest.raises(DataFolderError) as caught:
        AppPaths(tmp_path).ensure()
    one_sentence(str(caught.value), tmp_path)
    assert words in str(caught.value)


_ENSURE = """
import sys
from pathlib import Path
from hamstring_coach.storage.paths import AppPaths, DataFolderError
try:
    AppPaths(Path(sys.argv[1])).ensure()
except DataFolderError as error:
    print(error)
"""


@posix_only
@pytest.mark.parametrize(("where", "words"), [("inside", "Could not create"), ("it", "read-only")])
def test_ensure_refuses_a_read_only_folder(
    tmp_path: Path, one_sentence: Callable[[str, Path], None], where: str, words: str
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    folder = locked / "data" if where == "inside" else locked
    locked.chmod(0o500)
    try:
        done = run_python(_ENSURE, folder)
        mode_after = stat.S_IMODE(locked.stat().st_mode)
    finally:
        locked.chmod(0o700)
    assert done.returncode == 0, done.stderr
    one_sentence(done.stdout.strip(), folder)
    assert words in done.stdout
    assert mode_after == 0o500
    assert list(locked.iterdir()) == []


def test_ensure_accepts_a_folder_whose_mode_cannot_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse_chmod(self: Path, mode: int, **kwargs: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setattr(Path, "chmod", refuse_chmod)
    AppPaths(folder).ensure()  # a FAT stick or a network share: still usable
    assert folder.is_dir()


def test_ensure_never_grants_the_owner_more(tmp_path: Path) -> None:
    folder = tmp_path / "kept-read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with contextlib.suppress(DataFolderError):  # root may still write; others may not
            AppPaths(folder).ensure()
        assert stat.S_IMODE(folder.stat().st_mode) == 0o500
    finally:
        folder.chmod(0o700)


def test_the_write_check_leaves_no_file_when_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)

    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(paths.os, "write", full)
    with pytest.raises(DataFolderError, match="the disk is full"):
        AppPaths(folder).ensure()
    assert list(folder.iterdir()) == []


def test_ensure_without_the_probe_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    written: list[str] = []
    real = tempfile.mkstemp

    def seen(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)  # type: ignore[call-overload]
        written.append(name)
        return fd, name

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths.tempfile, "mkstemp", seen)
        AppPaths(folder).ensure(probe=False)
        assert written == []
        AppPaths(folder).check_writable()
        assert len(written) == 1
    assert list(folder.iterdir()) == []

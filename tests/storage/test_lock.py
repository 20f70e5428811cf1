"""InstanceLock: one process per data folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import hamstring_coach
from hamstring_coach.storage.paths import DataFolderError, InstanceLock

CHECKOUT = Path(hamstring_coach.__file__).resolve().parent.parent
_TRY_LOCK = (
    "import sys; from pathlib import Path;"
    "from hamstring_coach.storage.paths import InstanceLock;"
    "print(InstanceLock(Path(sys.argv[1])).acquire())"
)


def _acquire_in_subprocess(path: Path) -> str:
    inherited = os.environ.get("PYTHONPATH")
    search = os.pathsep.join([str(CHECKOUT), inherited] if inherited else [str(CHECKOUT)])
    env = {**os.environ, "PYTHONPATH": search}
    done = subprocess.run(
        [sys.executable, "-c", _TRY_LOCK, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_second_lock_fails_until_released(tmp_path: Path) -> None:
    path = tmp_path / "hamstring-coach.lock"
    first, second = InstanceLock(path), InstanceLock(path)
    assert first.acquire() is True
    assert first.held
    assert second.acquire() is False
    assert not second.held
    first.release()
    assert not first.held
    assert second.acquire() is True
    assert first.acquire() is False
    second.release()


def test_another_process_cannot_take_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "hamstring-coach.lock"
    lock = InstanceLock(path)
    assert lock.acquire()
    try:
        assert _acquire_in_subprocess(path) == "False"
    finally:
        lock.release()
    assert _acquire_in_subprocess(path) == "True"


def test_acquire_twice_and_release_twice_are_harmless(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "hamstring-coach.lock")
    assert lock.acquire()
    assert lock.acquire()
    lock.release()
    lock.release()
    assert not lock.held
    other = InstanceLock(lock.path)
    assert other.acquire() is True
    other.release()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_lock_file_is_private(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "hamstring-coach.lock")
    assert lock.acquire()
    try:
        assert stat.S_IMODE(lock.path.stat().st_mode) == 0o600
    finally:
        lock.release()


def test_missing_folder_is_a_data_folder_error(tmp_path: Path) -> None:
    path = tmp_path / "missing" / "hamstring-coach.lock"
    with pytest.raises(DataFolderError, match="lock file"):
        InstanceLock(path).acquire()

"""InstanceLock: one process per data folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import hamstring_coach
from hamstring_coach.storage.lock import held_elsewhere
from hamstring_coach.storage.paths import DataFolderError, InstanceLock

from .._privs import run_python

CHECKOUT = Path(hamstring_coach.__file__).resolve().parent.parent
_TRY_LOCK = (
    "import sys; from pathlib import Path;"
    "from hamstring_coach.storage.paths import InstanceLock;"
    "print(InstanceLock(Path(sys.argv[1])).acquire())"
)
_HOLD_LOCK = (
    "import sys; from pathlib import Path;"
    "from hamstring_coach.storage.paths import InstanceLock;"
    "lock = InstanceLock(Path(sys.argv[1])); assert lock.acquire();"
    "print('held', flush=True); sys.stdin.read(); lock.release()"
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


def test_held_elsewhere_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "hamstring-coach.lock"
    assert held_elsewhere(path) is False
    assert held_elsewhere(tmp_path / "missing" / "hamstring-coach.lock") is False
    assert list(tmp_path.iterdir()) == []


def test_held_elsewhere_sees_a_held_lock_and_leaves_a_free_one_free(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "hamstring-coach.lock")
    assert lock.acquire()
    try:
        assert held_elsewhere(lock.path) is True
        assert lock.held
    finally:
        lock.release()
    before = lock.path.stat()
    assert held_elsewhere(lock.path) is False
    after = lock.path.stat()
    assert (after.st_mode, after.st_size, after.st_mtime_ns) == (
        before.st_mode,
        before.st_size,
        before.st_mtime_ns,
    )
    assert _acquire_in_subprocess(lock.path) == "True"  # given back at once


def test_held_elsewhere_sees_another_process(tmp_path: Path) -> None:
    path = tmp_path / "hamstring-coach.lock"
    inherited = os.environ.get("PYTHONPATH")
    search = os.pathsep.join([str(CHECKOUT), inherited] if inherited else [str(CHECKOUT)])
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": search},
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        assert held_elsewhere(path) is True
    finally:
        holder.stdin.close()  # the holder ends when its input does
        assert holder.wait(timeout=60) == 0
        holder.stdout.close()
    assert held_elsewhere(path) is False


_ASK = (
    "import sys; from pathlib import Path;"
    "from hamstring_coach.storage.lock import held_elsewhere;"
    "print(held_elsewhere(Path(sys.argv[1])))"
)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_held_elsewhere_reads_a_lock_file_it_cannot_write(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path / "hamstring-coach.lock")
    assert lock.acquire()
    lock.path.chmod(0o400)
    tmp_path.chmod(0o500)
    try:
        while_held = run_python(_ASK, lock.path)
        lock.release()
        when_free = run_python(_ASK, lock.path)
    finally:
        lock.release()
        tmp_path.chmod(0o700)
    assert (while_held.stdout.strip(), when_free.stdout.strip()) == ("True", "False")
    assert stat.S_IMODE(lock.path.stat().st_mode) == 0o400


class _FakeTime:
    """A clock that moves only when slept on; sleeping may run a step first."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []
        self.on_sleep: list = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        if self.on_sleep:
            self.on_sleep.pop(0)()


def test_acquire_waits_out_a_brief_holder(tmp_path: Path) -> None:
    path = tmp_path / "app.lock"
    glance = InstanceLock(path)  # stands in for a `history` command looking at the lock
    assert glance.acquire()
    fake = _FakeTime()
    fake.on_sleep.append(glance.release)
    lock = InstanceLock(path)
    assert lock.acquire(wait_s=0.5, clock=fake.clock, sleep=fake.sleep)
    assert lock.held and len(fake.slept) == 1
    lock.release()


def test_acquire_gives_up_after_its_wait(tmp_path: Path) -> None:
    path = tmp_path / "app.lock"
    holder = InstanceLock(path)
    assert holder.acquire()
    fake = _FakeTime()
    lock = InstanceLock(path)
    assert not lock.acquire(wait_s=0.5, clock=fake.clock, sleep=fake.sleep)
    assert not lock.held
    assert sum(fake.slept) == pytest.approx(0.5) and max(fake.slept) <= 0.02 + 1e-9
    assert not InstanceLock(path).acquire()  # no wait: one try
    holder.release()

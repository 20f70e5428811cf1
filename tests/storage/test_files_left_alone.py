"""What the app may create and change in the file system, and what it must leave alone.

- Reading (``open_database(readonly=True)``, every read-only command) creates nothing: no
  -wal, no -shm, beside a file it reads or one it refuses.
- Refusing a file at open (not ours, newer, damaged) leaves it exactly as it was, its
  mode included.
- Symbolic links are followed when they lead somewhere; what is found through a link
  keeps the modes the person gave it. A link to nothing is refused, with nothing made.
- Folders the app creates are 0700 whatever the umask; a lock file left 0644 becomes
  0600.
- The -wal file is emptied at the end of each session.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hamstring_coach.core.engine import SegmentFinished, SessionFinished
from hamstring_coach.core.timeline import Segment
from hamstring_coach.storage.clean_close import note_path
from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.lock import InstanceLock
from hamstring_coach.storage.paths import AppPaths, DataFolderError
from hamstring_coach.storage.recorder import SessionRecorder
from hamstring_coach.storage.schema import APPLICATION_ID

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and links")

Make = Callable[[Path], None]


def state(folder: Path) -> dict[str, tuple[int, int, int]]:
    """name -> (mode, size, mtime in ns) of everything in folder, links not followed."""
    return {
        path.name: (stat.S_IMODE(info.st_mode), info.st_size, info.st_mtime_ns)
        for path in sorted(folder.iterdir())
        for info in [path.lstat()]
    }


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --------------------------------------------------------------------------- files to read


def _ours(path: Path) -> None:
    open_database(path).close()  # made by the app, closed as the window closes it


def _foreign_wal(path: Path) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE notes (text)")


def _newer(path: Path) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 9999")


def _damaged(path: Path) -> None:
    _ours(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE padding (text)")
        conn.executemany("INSERT INTO padding VALUES (?)", [("x" * 500,)] * 200)
    data = bytearray(path.read_bytes())
    data[4096 * 4 : 4096 * 4 + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


FILES: dict[str, Make] = {
    "ours": _ours,
    "not-ours": _foreign_wal,
    "newer": _newer,
    "damaged": _damaged,
}


@pytest.mark.parametrize("kind", sorted(FILES))
def test_reading_creates_no_companion_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "hamstring-coach.sqlite3"
    FILES[kind](path)
    path.chmod(0o644)
    before = state(tmp_path)
    assert sorted(before) == sorted({path.name} | {note_path(path).name} & set(before))
    try:
        open_database(path, readonly=True).close()
    except DatabaseError as error:
        assert kind != "ours", error
    assert state(tmp_path) == before


@pytest.mark.parametrize("kind", ["not-ours", "newer", "damaged"])
def test_refusing_a_file_for_writing_leaves_it_and_its_mode(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "hamstring-coach.sqlite3"
    FILES[kind](path)
    path.chmod(0o644)
    before = state(tmp_path)
    with pytest.raises(DatabaseError):
        open_database(path)
    assert state(tmp_path) == before


# --------------------------------------------------------------------------- links


def test_a_linked_data_folder_is_used_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "on-another-disk"
    target.mkdir(mode=0o755)
    target.chmod(0o755)
    link = tmp_path / "data"
    link.symlink_to(target)
    paths = AppPaths(link)
    paths.ensure()
    open_database(paths.db_path).close()
    assert mode(target) == 0o755
    assert (target / paths.db_path.name).is_file()
    assert mode(target / paths.db_path.name) == 0o600  # what the app makes is private


def test_a_real_data_folder_is_still_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o755)
    AppPaths(folder).ensure()
    assert mode(folder) == 0o700


def test_a_linked_history_file_is_used_and_keeps_its_mode(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "history.sqlite3"
    _ours(target)
    target.chmod(0o644)
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    link = AppPaths(folder).db_path
    link.symlink_to(target)
    with closing(open_database(link)) as conn:
        HistoryRepository(conn).start_session("r", "R", datetime(2026, 1, 5, tzinfo=UTC))
    assert mode(target) == 0o644
    with closing(open_database(target, readonly=True)) as conn:
        assert HistoryRepository(conn).count_sessions() == 1


def test_a_data_folder_linked_to_nothing_is_refused_and_nothing_made(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "data"
    link = tmp_path / "data"
    link.symlink_to(target)
    with pytest.raises(DataFolderError, match=r"a link to .*which does not exist"):
        AppPaths(link).ensure()
    assert not (tmp_path / "gone").exists()


def test_a_history_file_linked_to_nothing_is_refused_and_nothing_made(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "hamstring-coach.sqlite3"
    link.symlink_to(elsewhere / "history.sqlite3")
    with pytest.raises(DatabaseError, match=r"a link to .*which does not exist"):
        open_database(link)
    assert list(elsewhere.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere", link.name]


def test_a_lock_file_linked_to_nothing_is_refused_and_nothing_made(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "hamstring-coach.lock"
    link.symlink_to(elsewhere / "lock")
    with pytest.raises(DataFolderError, match="link"):
        InstanceLock(link).acquire()
    assert list(elsewhere.iterdir()) == []


def test_reading_through_a_dangling_link_makes_nothing(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "hamstring-coach.sqlite3"
    link.symlink_to(elsewhere / "history.sqlite3")
    with closing(open_database(link, readonly=True)) as conn:
        assert HistoryRepository(conn).count_sessions() == 0
    assert list(elsewhere.iterdir()) == []


# --------------------------------------------------------------------------- modes


@contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def test_folders_made_on_the_way_are_private_under_umask_0(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "c" / "data"
    with umask(0):
        paths = AppPaths(folder)
        paths.ensure()
        open_database(paths.db_path).close()
        lock = InstanceLock(paths.lock_path)
        assert lock.acquire()
        lock.release()
    for made in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c", folder):
        assert mode(made) == 0o700, made
    assert mode(paths.db_path) == 0o600
    assert mode(paths.lock_path) == 0o600


def test_a_lock_file_left_at_0644_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "hamstring-coach.lock"
    path.write_bytes(b"")
    path.chmod(0o644)
    lock = InstanceLock(path)
    assert lock.acquire()
    lock.release()
    assert mode(path) == 0o600


def test_a_linked_lock_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "lock-elsewhere"
    target.write_bytes(b"")
    target.chmod(0o644)
    link = tmp_path / "hamstring-coach.lock"
    link.symlink_to(target)
    lock = InstanceLock(link)
    assert lock.acquire()
    lock.release()
    assert mode(target) == 0o644


# --------------------------------------------------------------------------- the -wal


def test_the_wal_is_emptied_at_the_end_of_a_session(tmp_path: Path) -> None:
    path = tmp_path / "hamstring-coach.sqlite3"
    wal = Path(f"{path}-wal")
    start = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    with closing(open_database(path)) as conn:
        recorder = SessionRecorder(HistoryRepository(conn), lambda: 0.0)
        recorder.begin("gentle-stretching", "Gentle stretching", start)
        for index in range(51):  # the segments of the gentle-stretching routine
            segment = Segment("seated-stretch", "hold", "Seated", "", 30.0, "left", 1, 3)
            began = start + timedelta(seconds=30 * index)
            ended = began + timedelta(seconds=30)
            recorder.segment_finished(SegmentFinished(index, segment, 30.0, True, began, ended))
        grown = wal.stat().st_size
        recorder.session_finished(SessionFinished("completed", start + timedelta(hours=1)))
        assert recorder.unsaved == 0
        assert wal.stat().st_size == 0, f"the -wal was {grown} bytes before the end"
        assert grown > 100_000

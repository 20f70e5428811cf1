"""open_database refuses unsafe files with one sentence and never changes them."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from hamstring_coach.storage import database
from hamstring_coach.storage.database import DatabaseError, open_database

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
Sentence = Callable[[str, Path], None]
OpenUnprivileged = Callable[..., dict[str, object]]


def _refused(path: Path, readonly: bool = False, busy_timeout: int = 3000) -> str:
    """Open, expect a refusal, and check that the file is byte-identical afterwards."""
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(path, readonly=readonly, busy_timeout=busy_timeout).close()
    assert path.read_bytes() == before
    return str(caught.value)


def _filled(path: Path, rows: int = 400) -> None:
    """A real history file with many pages, fully checkpointed."""
    with closing(open_database(path)) as conn:
        conn.executemany(
            "INSERT INTO settings VALUES (?, ?)", ((f"k{i}", "v" * 300) for i in range(rows))
        )
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("journal", ["delete", "wal"])
@pytest.mark.parametrize("readonly", [False, True])
def test_newer_version_is_refused(
    db_path: Path, one_sentence: Sentence, journal: str, readonly: bool
) -> None:
    open_database(db_path).close()
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        raw.execute(f"PRAGMA journal_mode = {journal}")
        raw.execute("PRAGMA user_version = 99")
    message = _refused(db_path, readonly)
    one_sentence(message, db_path)
    assert "newer version of Hamstring Coach" in message


@pytest.mark.parametrize("readonly", [False, True])
def test_garbage_is_refused(db_path: Path, one_sentence: Sentence, readonly: bool) -> None:
    db_path.write_bytes(b"These are my notes, not a database.\n" * 200)
    message = _refused(db_path, readonly)
    one_sentence(message, db_path)
    assert "not a SQLite database" in message


def test_another_programs_database_is_refused(db_path: Path, one_sentence: Sentence) -> None:
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("CREATE TABLE sessions (something_else TEXT)")
        raw.commit()
    message = _refused(db_path)
    one_sentence(message, db_path)
    assert "not a Hamstring Coach history file" in message


def test_foreign_application_id_is_refused(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as raw:
        raw.execute("PRAGMA application_id = 1234")
    assert "not a Hamstring Coach history file" in _refused(db_path)


@pytest.mark.parametrize("readonly", [False, True])
def test_truncated_file_is_refused(db_path: Path, one_sentence: Sentence, readonly: bool) -> None:
    _filled(db_path)
    with db_path.open("r+b") as handle:
        handle.truncate(db_path.stat().st_size // 2)
    message = _refused(db_path, readonly)
    one_sentence(message, db_path)
    assert "damaged" in message


def test_overwritten_page_is_refused(db_path: Path, one_sentence: Sentence) -> None:
    _filled(db_path)
    page_size = 4096
    with closing(sqlite3.connect(db_path)) as raw:
        assert raw.execute("PRAGMA page_size").fetchone()[0] == page_size
    with db_path.open("r+b") as handle:
        handle.seek(page_size * 3)
        handle.write(b"\xa5" * page_size)
    message = _refused(db_path)
    one_sentence(message, db_path)
    assert "damaged" in message


def test_locked_rollback_journal_file(db_path: Path, one_sentence: Sentence) -> None:
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("CREATE TABLE t (x)")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("INSERT INTO t VALUES (1)")
        started = time.monotonic()
        message = _refused(db_path, busy_timeout=50)
        assert time.monotonic() - started < 2.5
        other.execute("ROLLBACK")
    one_sentence(message, db_path)
    assert "is locked by another program" in message


def test_locked_history_file(db_path: Path, one_sentence: Sentence) -> None:
    open_database(db_path).close()
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseError) as caught:
            open_database(db_path, busy_timeout=50)
        other.execute("ROLLBACK")
    one_sentence(str(caught.value), db_path)
    assert "is locked by another program" in str(caught.value)
    open_database(db_path).close()  # fine once the other program lets go


def _fake_access(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """os.access as a normal user would see it: permission bits apply even to root."""
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if Path(str(path)) == denied:
            bits = denied.stat().st_mode
            if mode & os.W_OK and not bits & 0o200:
                return False
            if mode & os.R_OK and not bits & 0o400:
                return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "access", access)


@posix_only
def test_read_only_file_by_its_mode(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, one_sentence: Sentence
) -> None:
    open_database(db_path).close()
    db_path.chmod(0o400)
    _fake_access(monkeypatch, db_path)
    message = _refused(db_path)
    one_sentence(message, db_path)
    assert "is read-only" in message
    with closing(open_database(db_path, readonly=True)) as conn:  # reading is still fine
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0


@posix_only
def test_read_only_folder_by_its_mode(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, one_sentence: Sentence
) -> None:
    open_database(db_path).close()
    db_path.parent.chmod(0o500)
    try:
        _fake_access(monkeypatch, db_path.parent)
        message = _refused(db_path)
    finally:
        db_path.parent.chmod(0o700)
    one_sentence(message, db_path)
    assert "folder is read-only" in message


@posix_only
def test_really_read_only_file(
    db_path: Path, one_sentence: Sentence, open_unprivileged: OpenUnprivileged
) -> None:
    open_database(db_path).close()
    db_path.chmod(0o400)
    before = db_path.read_bytes()
    refused = open_unprivileged(db_path)["refused"]
    assert isinstance(refused, str)
    one_sentence(refused, db_path)
    assert "is read-only" in refused
    assert open_unprivileged(db_path, readonly=True) == {"sessions": []}  # reading is fine
    assert db_path.read_bytes() == before


@posix_only
def test_really_read_only_folder(
    db_path: Path, one_sentence: Sentence, open_unprivileged: OpenUnprivileged
) -> None:
    db_path.parent.chmod(0o500)
    try:
        refused = open_unprivileged(db_path)["refused"]
    finally:
        db_path.parent.chmod(0o700)
    assert isinstance(refused, str)
    one_sentence(refused, db_path)
    assert "folder is read-only" in refused
    assert not db_path.exists()


def test_missing_folder(tmp_path: Path, one_sentence: Sentence) -> None:
    path = tmp_path / "nowhere" / "hamstring-coach.sqlite3"
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    one_sentence(str(caught.value), path)
    assert "folder does not exist" in str(caught.value)


def test_a_folder_in_place_of_the_file(db_path: Path, one_sentence: Sentence) -> None:
    db_path.mkdir()
    for readonly in (False, True):
        with pytest.raises(DatabaseError) as caught:
            open_database(db_path, readonly=readonly)
        one_sentence(str(caught.value), db_path)


def test_disk_full_while_creating(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, one_sentence: Sentence
) -> None:
    real_open = os.open

    def full_open(path: object, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        if Path(str(path)) == db_path:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "open", full_open)
    with pytest.raises(DatabaseError) as caught:
        open_database(db_path)
    one_sentence(str(caught.value), db_path)
    assert "the disk is full" in str(caught.value)

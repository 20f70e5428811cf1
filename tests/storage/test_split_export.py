"""A long CSV export written by two processes is the same file, byte for byte."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import IO

import pytest

from hamstring_coach.storage import split_export
from hamstring_coach.storage.csv_export import export_path, write_sessions
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.exporting import ExportError
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.records import SessionRecord

from ..generated_history import generate

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the export forks on Linux only"
)
SESSIONS = 60


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterable[HistoryRepository]:
    db = tmp_path / "history.sqlite3"
    generate(db, SESSIONS, 20)
    monkeypatch.setattr(split_export, "FORK_FROM_SESSIONS", SESSIONS // 2)
    with closing(open_database(db)) as conn:
        yield HistoryRepository(conn)


def one_process(history: HistoryRepository, target: Path, monkeypatch) -> bytes:
    with monkeypatch.context() as patch:
        patch.setattr(split_export, "worth_forking", lambda _sessions: False)
        assert export_path(history, target, None) == SESSIONS
    return target.read_bytes()


def test_two_processes_write_the_same_file_as_one(history, tmp_path, monkeypatch) -> None:
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted_fork)
    monkeypatch.setattr(split_export, "worth_forking", lambda sessions: sessions >= 30)
    two = tmp_path / "two.csv"
    assert export_path(history, two, None) == SESSIONS
    assert len(forks) == 1
    whole = one_process(history, tmp_path / "one.csv", monkeypatch)
    assert two.read_bytes() == whole
    assert whole.count(b"\r\n") == 1 + SESSIONS * 54
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == [
        "one.csv",
        "two.csv",
    ]


def test_a_child_that_fails_leaves_its_half_to_this_process(history, tmp_path, monkeypatch) -> None:
    parent = os.getpid()

    def fails_in_the_child(
        repo: HistoryRepository, out: IO[str], sessions: Iterable[SessionRecord], header: bool
    ) -> int:
        if os.getpid() != parent:
            out.write("half a line from a child that then fails")
            raise OSError("no space left")
        return write_sessions(repo, out, sessions, header)

    monkeypatch.setattr(split_export, "worth_forking", lambda sessions: True)
    monkeypatch.setattr("hamstring_coach.storage.csv_export.write_sessions", fails_in_the_child)
    target = tmp_path / "two.csv"
    assert export_path(history, target, None) == SESSIONS
    monkeypatch.undo()
    assert target.read_bytes() == one_process(history, tmp_path / "one.csv", monkeypatch)


def test_never_forks_beside_other_threads_or_for_a_short_export(monkeypatch) -> None:
    monkeypatch.setattr(split_export, "FORK_FROM_SESSIONS", 30)
    monkeypatch.setattr(split_export.threading, "active_count", lambda: 1)
    monkeypatch.setattr(split_export.os, "cpu_count", lambda: 2)
    assert split_export.worth_forking(30)
    assert not split_export.worth_forking(29)
    monkeypatch.setattr(split_export.threading, "active_count", lambda: 2)  # the window
    assert not split_export.worth_forking(30)
    monkeypatch.setattr(split_export.threading, "active_count", lambda: 1)
    monkeypatch.setattr(split_export.os, "cpu_count", lambda: 1)
    assert not split_export.worth_forking(30)


def test_a_parent_that_fails_ends_its_child(history, tmp_path, monkeypatch) -> None:
    parent = os.getpid()
    children: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    def fails_in_the_parent(
        repo: HistoryRepository, out: IO[str], sessions: Iterable[SessionRecord], header: bool
    ) -> int:
        if os.getpid() == parent:
            raise OSError("no space left")
        return write_sessions(repo, out, sessions, header)

    monkeypatch.setattr(os, "fork", fork)
    monkeypatch.setattr(split_export, "worth_forking", lambda sessions: True)
    monkeypatch.setattr("hamstring_coach.storage.csv_export.write_sessions", fails_in_the_parent)
    with pytest.raises(ExportError, match="no space left"):
        export_path(history, tmp_path / "two.csv", None)
    assert len(children) == 1
    with pytest.raises(ChildProcessError):  # already waited for: no child left behind
        os.waitpid(children[0], os.WNOHANG)
    assert not (tmp_path / "two.csv").exists()

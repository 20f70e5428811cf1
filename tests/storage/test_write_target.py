"""storage.write_target: the rename that never replaces without being asked to."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hamstring_coach.storage.write_target import TargetError, place, writable_target


def test_without_replace_a_file_that_appeared_meanwhile_is_kept(tmp_path: Path) -> None:
    temporary = tmp_path / ".new.part"
    temporary.write_text("new")
    target = tmp_path / "out.csv"
    assert writable_target(target, replace=False) == target  # nothing there yet
    target.write_text("appeared")  # e.g. another program, while the export was written
    with pytest.raises(FileExistsError):
        place(temporary, target, replace=False)
    assert target.read_text() == "appeared"


def test_without_replace_the_new_file_takes_its_place(tmp_path: Path) -> None:
    temporary = tmp_path / ".new.part"
    temporary.write_text("new")
    target = tmp_path / "out.csv"
    place(temporary, target, replace=False)
    assert target.read_text() == "new"
    assert not temporary.exists()


def test_with_replace_a_pipe_that_appeared_meanwhile_is_kept(tmp_path: Path) -> None:
    temporary = tmp_path / ".new.part"
    temporary.write_text("new")
    target = tmp_path / "out.csv"
    os.mkfifo(target)
    with pytest.raises(IsADirectoryError):
        place(temporary, target, replace=True)
    assert target.is_fifo()


def test_a_link_to_a_regular_file_resolves_to_that_file(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("x")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert writable_target(link, replace=True) == real
    with pytest.raises(TargetError) as refused:
        writable_target(link, replace=False)
    assert refused.value.problem == "exists"


def test_dev_full_is_refused_by_name(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    with pytest.raises(TargetError) as refused:
        writable_target(Path("/dev/full"), replace=True)
    assert refused.value.problem == "not-a-file"
    assert "is a device" in str(refused.value)

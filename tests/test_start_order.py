"""The window takes the data folder's lock before it writes anything into the folder.

A second launch must hand over to the window that holds the lock, not write a check file
into a folder another process owns (nor, on a full disk, fail before it hands over).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hamstring_coach import app
from hamstring_coach.storage.paths import AppPaths, DataFolderError


def test_the_lock_comes_before_the_write_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[str] = []

    class Lock:
        def __init__(self, path: Path) -> None:
            self.path = path

        def acquire(self, wait_s: float = 0) -> bool:
            steps.append("lock")
            return True

        def release(self) -> None:
            steps.append("release")

    def check_writable(self: AppPaths) -> None:
        steps.append("write check")
        raise DataFolderError(f"Cannot write in the data folder {self.data_dir}: the disk is full.")

    told: list[str] = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app, "InstanceLock", Lock)
    monkeypatch.setattr(AppPaths, "check_writable", check_writable)
    monkeypatch.setattr(app, "_tell", told.append)
    status = app.run_gui(AppPaths(tmp_path / "data"), 1.0, [], None)
    assert status == app.EXIT_CANNOT_START
    assert steps == ["lock", "write check", "release"]
    assert told == [f"Cannot write in the data folder {tmp_path / 'data'}: the disk is full."]
    assert not [p for p in (tmp_path / "data").iterdir() if p.name.startswith(".write-check-")]

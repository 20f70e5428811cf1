"""Commands that write, on a full disk: one sentence saying so, and nothing left behind.

The data folder's write check (a small ``.write-check-*`` file) is removed whatever
happens, and the window checks only once it holds the folder's lock. The disk is a small
tmpfs filled to the last block (see test_full_disk.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hamstring_coach.storage.paths import AppPaths

from .test_cli import ROUTINE, add_open_session
from .test_full_disk import history_on_a_full_tmpfs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX mounts")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("injury", "set", "--leg", "left"), id="injury-set"),
        pytest.param((), id="window"),
        pytest.param(("start", ROUTINE), id="start"),
    ],
)
def test_a_write_on_a_full_disk_is_one_sentence_and_leaves_no_write_check(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    source = tmp_path / "data"
    add_open_session(source, with_segment=True)
    outcome = history_on_a_full_tmpfs(source, tmp_path, *args)
    assert outcome.status == 2, outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert "the disk is full" in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1, outcome.stderr
    assert not [name for name in outcome.after if name.startswith(".write-check-")]
    lock = AppPaths(source).lock_path.name
    changed = {name: state for name, state in outcome.after.items() if name != lock}
    assert changed == outcome.before

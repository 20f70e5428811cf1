"""``history`` on a full disk reads an intact history, and changes nothing.

A full disk is made two ways. Where the tests may mount (root, or a user namespace),
the history is copied onto a small tmpfs in a private mount namespace, which is then
filled to the last block: the real thing. Everywhere on POSIX, the command also runs
with a file-size limit (RLIMIT_FSIZE) below the 32 KB index SQLite creates beside a
history file in WAL mode, which fails the same way (SQLITE_IOERR_SHMSIZE).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.history import HistoryRepository

from .test_cli import ROUTINE, add_open_session, db_of

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX mounts and limits")

FILE_SIZE_LIMIT = 16 * 1024  # smaller than the 32 KB -shm index, larger than a history
TMPFS_SIZE = "512k"
STATE_SCRIPT = r"""
import json, os, stat, sys
folder = sys.argv[1]
print(json.dumps({name: [stat.S_IMODE(info.st_mode), info.st_size]
                  for name in sorted(os.listdir(folder))
                  for info in [os.lstat(os.path.join(folder, name))]}))
"""
# Runs in a private mount namespace: mount a tmpfs, copy the folder in, fill the disk,
# note the folder's state, run the command, note the state again.
ON_A_FULL_TMPFS = r"""
set -e
mount -t tmpfs -o size="$SIZE",mode=0700 tmpfs "$MOUNT"
cp -a "$SOURCE"/. "$MOUNT"/
dd if=/dev/zero of="$MOUNT/.filler" bs=4096 >/dev/null 2>&1 || true
"$PYTHON" -c "$STATE" "$MOUNT" > "$OUT/before"
set +e
"$@" > "$OUT/stdout" 2> "$OUT/stderr"
echo $? > "$OUT/status"
set -e
"$PYTHON" -c "$STATE" "$MOUNT" > "$OUT/after"
"""


def folder_state(folder: Path) -> dict[str, list[int]]:
    result = subprocess.run(
        [sys.executable, "-c", STATE_SCRIPT, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    state: dict[str, list[int]] = json.loads(result.stdout)
    return state


def _unshare_prefix() -> list[str] | None:
    unshare = shutil.which("unshare")
    if unshare is None or shutil.which("mount") is None:
        return None
    prefix = [unshare, "-m"] if os.geteuid() == 0 else [unshare, "-r", "-m"]
    probe = subprocess.run(
        [*prefix, "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt || exit 1"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    return prefix if probe.returncode == 0 else None


UNSHARE = _unshare_prefix()


class Outcome:
    def __init__(self, status: int, stdout: str, stderr: str, before: dict, after: dict):
        self.status, self.stdout, self.stderr = status, stdout, stderr
        self.before, self.after = before, after


def history_on_a_full_tmpfs(source: Path, tmp_path: Path, *args: str) -> Outcome:
    if UNSHARE is None:
        pytest.skip("cannot mount a tmpfs here (needs root or user namespaces)")
    mount = tmp_path / "full"
    out = tmp_path / "out"
    mount.mkdir()
    out.mkdir()
    command = [sys.executable, "-m", "hamstring_coach", "--data-dir", str(mount), *args]
    variables = {
        **os.environ,
        "SIZE": TMPFS_SIZE,
        "MOUNT": str(mount),
        "SOURCE": str(source),
        "OUT": str(out),
        "PYTHON": sys.executable,
        "STATE": STATE_SCRIPT,
        "QT_QPA_PLATFORM": "offscreen",
    }
    subprocess.run(
        [*UNSHARE, "sh", "-c", ON_A_FULL_TMPFS, "sh", *command],
        env=variables,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=True,
    )
    return Outcome(
        int((out / "status").read_text()),
        (out / "stdout").read_text(),
        (out / "stderr").read_text(),
        json.loads((out / "before").read_text()),
        json.loads((out / "after").read_text()),
    )


def history_with_a_file_size_limit(source: Path, tmp_path: Path, *args: str) -> Outcome:
    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))

    before = folder_state(source)
    result = subprocess.run(
        [sys.executable, "-m", "hamstring_coach", "--data-dir", str(source), *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=limit,
        check=False,
    )
    return Outcome(result.returncode, result.stdout, result.stderr, before, folder_state(source))


# --------------------------------------------------------------------------- histories


def _clean(folder: Path) -> None:
    """A history as the window leaves it when it closes: the file alone."""
    add_open_session(folder, with_segment=True)
    with closing(open_database(db_of(folder))) as conn:
        HistoryRepository(conn).close_interrupted()


def _live_copy(folder: Path, *, with_index: bool) -> None:
    """The history with a session still in its -wal file: with the -shm index beside it,
    as while the window runs, or without, as a crash can leave it."""
    _clean(folder)
    db = db_of(folder)
    live = folder.parent / f"{folder.name}-live"
    shutil.copytree(folder, live)
    conn = sqlite3.connect(db_of(live), isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE sessions SET note = 'kept only in the -wal file'")
    names = [db.name, f"{db.name}-wal"] + ([f"{db.name}-shm"] if with_index else [])
    for name in names:  # copied while the connection is open
        shutil.copyfile(live / name, folder / name)
    conn.close()
    shutil.rmtree(live)


def _crash_left_wal(folder: Path) -> None:
    _live_copy(folder, with_index=False)


def _window_open(folder: Path) -> None:
    _live_copy(folder, with_index=True)


HISTORIES: dict[str, Callable[[Path], None]] = {
    "clean": _clean,
    "crash-left-wal": _crash_left_wal,
    "window-open": _window_open,
}


def expected_history(folder: Path, tmp_path: Path) -> list[dict]:
    copy = tmp_path / "reference"
    shutil.copytree(folder, copy)
    with closing(open_database(db_of(copy), readonly=True)) as conn:
        return HistoryRepository(conn).export(open_as_interrupted=True)


@pytest.mark.parametrize(
    ("disk", "history"),
    [
        ("tmpfs", "clean"),
        ("tmpfs", "crash-left-wal"),
        ("tmpfs", "window-open"),
        ("file-size-limit", "clean"),
    ],
)
def test_history_json_reads_an_intact_history_on_a_full_disk(
    tmp_path: Path, disk: str, history: str
) -> None:
    folder = tmp_path / "data"
    HISTORIES[history](folder)
    expected = expected_history(folder, tmp_path)
    assert expected and expected[0]["routine_id"] == ROUTINE
    if history != "clean":
        assert expected[0]["note"] == "kept only in the -wal file"
    run = history_on_a_full_tmpfs if disk == "tmpfs" else history_with_a_file_size_limit
    outcome = run(folder, tmp_path, "history", "--json")
    assert outcome.status == 0, outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert json.loads(outcome.stdout) == json.loads(json.dumps(expected))
    assert outcome.after == outcome.before  # not a file made, grown or changed


def test_with_no_room_for_a_private_copy_the_sentence_says_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    _crash_left_wal(folder)  # reading it without its index needs a private copy
    before = folder_state(folder)
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))

    def no_room(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    monkeypatch.setattr(shutil, "copyfile", no_room)
    with pytest.raises(DatabaseError) as caught:
        open_database(db_of(folder), readonly=True)
    assert str(caught.value) == f"Could not read {db_of(folder)}: the disk is full."
    assert folder_state(folder) == before
    assert list(temporary.iterdir()) == []  # the copy's folder is gone too

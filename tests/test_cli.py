"""The command line as a person uses it: ``python -m hamstring_coach`` in a subprocess.

Every call runs the real entry point with ``QT_QPA_PLATFORM=offscreen``, a private
temporary home and data folder, and a timeout, so nothing can hang the suite or touch a
real history. Tests that start the window are marked ``e2e``; they wait by polling the
history file (read-only) against a deadline, never by fixed sleeps.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

import hamstring_coach
from hamstring_coach import __version__
from hamstring_coach.resources import resource_path
from hamstring_coach.storage.clean_close import note_path
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord
from hamstring_coach.storage.paths import ENV_DATA_DIR, AppPaths, InstanceLock

from ._privs import unprivileged
from .cli_runner import CLI_TIMEOUT_S, EXIT_WAIT_S, Cli, Window, check_history_shape, parse_time

PROG = "hamstring-coach"
USAGE_ERROR = 2
WAIT_S = 20.0  # how long to wait for the window to reach a state
POLL_S = 0.1
ROUTINE = "gentle-stretching"
FAST = ("--time-scale", "50")  # a 15 s get-ready countdown takes 0.3 s

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and modes")

T = TypeVar("T")
Peek = list[tuple[int, str | None, int]]  # (session id, status, segments) per session


# --------------------------------------------------------------------------- helpers


def db_of(folder: Path) -> Path:
    return AppPaths(folder).db_path


def describe(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\nstdout: {result.stdout!r}\nstderr: {result.stderr!r}"


def assert_one_sentence(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """Exit status 2, nothing on stdout, one line on stderr holding every fragment."""
    assert result.returncode == USAGE_ERROR, describe(result)
    assert "Traceback" not in result.stderr, describe(result)
    assert result.stdout == "", describe(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, describe(result)
    line = lines[0]
    assert line.rstrip().endswith("."), line
    assert ". " not in line and "Try " not in line, f"more than one sentence: {line!r}"
    for fragment in fragments:
        assert fragment in line, f"{fragment!r} not in {line!r}"
    return line


def peek(folder: Path) -> Peek | None:
    """The sessions in a live history file, read-only; None while it is not ready.

    The file is only opened once its write-ahead log exists, so this reader never races
    the app while it switches the file to WAL mode.
    """
    db = db_of(folder)
    if not db.exists() or not Path(f"{db}-wal").exists():
        return None
    try:
        uri = f"{db.as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1.0)) as conn:
            rows = conn.execute(
                "SELECT s.id, s.status,"
                " (SELECT COUNT(*) FROM segments AS g WHERE g.session_id = s.id)"
                " FROM sessions AS s ORDER BY s.id"
            ).fetchall()
    except sqlite3.Error:
        return None
    return [(int(row[0]), row[1], int(row[2])) for row in rows]


def wait_until(
    probe: Callable[[], T | None],
    what: str,
    window: Window | None = None,
    poll_s: float = POLL_S,
) -> T:
    """Poll probe until it gives something truthy; fail after WAIT_S or if window dies."""
    deadline = time.monotonic() + WAIT_S
    while True:
        value = probe()
        if value:
            return value
        if window is not None and window.proc.poll() is not None:
            pytest.fail(
                f"the app exited with {window.proc.returncode} while waiting for {what}: "
                f"{window.stderr()!r}"
            )
        if time.monotonic() > deadline:
            pytest.fail(f"waited {WAIT_S} s for {what}")
        time.sleep(poll_s)


def wait_for_open_session(
    window: Window, folder: Path, min_segments: int = 1, number: int = 1
) -> Peek:
    """Wait until session ``number`` is open with min_segments finished segments.

    Once a segment has finished, the window's timer has fired, so its event loop is
    running and a signal sent from now on is handled as a person closing the window.
    """

    def probe() -> Peek | None:
        sessions = peek(folder)
        if sessions and len(sessions) >= number:
            _, status, segments = sessions[number - 1]
            if status is None and segments >= min_segments:
                return sessions
        return None

    what = f"session {number} to be open with {min_segments}+ segments"
    return wait_until(probe, what, window)


def builtin_routines() -> dict[str, dict[str, Any]]:
    """The built-in routine files, read straight from TOML: {file name: data}."""
    files = sorted(resource_path("routines").glob("*.toml"))
    assert files, "no built-in routines found"
    return {path.name: tomllib.loads(path.read_text(encoding="utf-8")) for path in files}


def open_history(folder: Path) -> sqlite3.Connection:
    """Open (creating) the history file of folder with the storage API, as the app does."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return open_database(db_of(folder))


def add_open_session(folder: Path, *, with_segment: bool) -> tuple[int, datetime | None]:
    """A session started and never finished, as a crash leaves it; (id, its last end)."""
    started = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
    last_end = started + timedelta(seconds=15) if with_segment else None
    with closing(open_history(folder)) as conn:
        history = HistoryRepository(conn)
        session_id = history.start_session(ROUTINE, "Gentle stretching", started)
        if last_end is not None:
            history.add_segment(
                session_id,
                SegmentRecord(
                    position=0,
                    step_id="seated-stretch",
                    kind="prepare",
                    side="left",
                    rep=1,
                    planned_s=15.0,
                    actual_s=15.0,
                    completed=True,
                    started_at=started,
                    ended_at=last_end,
                ),
            )
    return session_id, last_end


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --------------------------------------------------------------------------- basics


def test_version_prints_the_package_version(cli: Cli) -> None:
    result = cli.run("--version")
    assert result.returncode == 0, describe(result)
    assert result.stdout.strip() == f"{PROG} {__version__}"
    assert result.stderr == ""


def test_help_names_every_command_and_option(cli: Cli) -> None:
    result = cli.run("--help")
    assert result.returncode == 0, describe(result)
    assert result.stderr == ""
    assert result.stdout.startswith(f"usage: {PROG}")
    for word in ("--version", "--data-dir", "--time-scale", "start", "history", "routines"):
        assert word in result.stdout, word
    history_help = cli.run("history", "--help")
    assert history_help.returncode == 0 and "--json" in history_help.stdout
    validate_help = cli.run("routine", "validate", "--help")
    assert validate_help.returncode == 0 and "FILE" in validate_help.stdout


def test_the_installed_command_behaves_like_python_m(cli: Cli) -> None:
    script = Path(sys.executable).with_name(PROG)
    if not script.exists():
        pytest.skip(f"{script} is not installed")
    for args in (("--version",), ("--help",), ("routines",)):
        as_module = cli.run(*args)
        as_script = cli.run(*args, command=[str(script)])
        assert as_script.returncode == as_module.returncode == 0
        assert as_script.stdout == as_module.stdout, args


def test_commands_without_the_window_create_no_data_folder(cli: Cli) -> None:
    for args in (("--version",), ("--help",), ("routines",), ("frobnicate",)):
        cli.run(*args)
    assert not cli.default_data_home.exists()


def test_routines_lists_every_id_and_title(cli: Cli) -> None:
    result = cli.run("routines")
    assert result.returncode == 0, describe(result)
    assert result.stderr == ""
    lines = result.stdout.strip().splitlines()
    routines = builtin_routines()
    assert len(lines) == len(routines), lines
    for data in routines.values():
        assert any(data["id"] in line and data["title"] in line for line in lines), data["id"]
    assert any(ROUTINE in line for line in lines)
    ids = [line.split("\t")[0] for line in lines]
    assert ids[:3] == ["ice", "warm-up", "gentle-stretching"]  # the order of a day of care


def _package_without_resources(tmp_path: Path, routines_folder: bool) -> Path:
    """A copy of the package with no resources beside it; with an empty routines folder."""
    site = tmp_path / "site"
    package = Path(hamstring_coach.__file__).parent
    skip = shutil.ignore_patterns("__pycache__", "resources")
    shutil.copytree(package, site / "hamstring_coach", ignore=skip)
    if routines_folder:
        (site / "hamstring_coach" / "resources" / "routines").mkdir(parents=True)
    return site


@pytest.mark.parametrize("routines_folder", [False, True], ids=["no-resources", "no-routines"])
@pytest.mark.parametrize("args", [("routines",), ("start", ROUTINE), ()], ids=str)
def test_missing_routines_are_one_sentence_naming_the_folder(
    cli: Cli, tmp_path: Path, data_dir: Path, routines_folder: bool, args: tuple[str, ...]
) -> None:
    site = _package_without_resources(tmp_path, routines_folder)
    result = cli.run(
        "--data-dir", str(data_dir), *args, env={"PYTHONPATH": str(site)}, cwd=tmp_path
    )
    assert_one_sentence(result, str(site / "hamstring_coach" / "resources" / "routines"))
    assert not data_dir.exists()


# --------------------------------------------------------------------------- validate


@pytest.mark.parametrize("name", sorted(builtin_routines()))
def test_validate_accepts_each_builtin_routine(cli: Cli, name: str) -> None:
    path = resource_path("routines") / name
    result = cli.run("routine", "validate", str(path))
    assert result.returncode == 0, describe(result)
    assert result.stderr == ""
    assert name in result.stdout


GOOD_ROUTINE = """\
id = "my-routine"
title = "My routine"

[[steps]]
id = "stretch"
kind = "hold"
title = "Stretch"
hold_s = 25
hold_range = [20, 30]
repetitions = 2
rest_s = 5

[[steps]]
id = "bridges"
kind = "reps"
title = "Bridges"
sets = 2
reps = 10
rep_s = 3

[[steps]]
id = "ice"
kind = "timed"
title = "Ice"
duration_s = 900
duration_range = [900, 1200]

[[steps]]
id = "check"
kind = "checklist"
title = "Check"
items = ["No sharp pain"]
"""


def test_validate_accepts_a_good_user_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "my-routine.toml"
    path.write_text(GOOD_ROUTINE, encoding="utf-8")
    result = cli.run("routine", "validate", str(path))
    assert result.returncode == 0, describe(result)
    assert result.stderr == ""
    assert "my-routine" in result.stdout


def test_validate_composes_a_file_of_parts_from_the_builtin_routines(
    cli: Cli, tmp_path: Path
) -> None:
    path = tmp_path / "warm-and-stretch.toml"
    path.write_text(
        'id = "warm-and-stretch"\ntitle = "Warm and stretch"\n'
        'parts = ["warm-up", "gentle-stretching"]\n',
        encoding="utf-8",
    )
    result = cli.run("routine", "validate", str(path))
    assert result.returncode == 0, describe(result)
    assert "6 steps" in result.stdout


STEP = '[[steps]]\nid = "reach"\nkind = "hold"\ntitle = "Reach"\n'
HEAD = 'id = "mine"\ntitle = "Mine"\n'
BAD_ROUTINES: dict[str, tuple[bytes, tuple[str, ...]]] = {
    # case: (file contents, what the sentence must name besides the file)
    "unknown-step-key": (
        (HEAD + STEP + "hold_s = 25\nbounce = true\n").encode(),
        ("step 1", "reach", "bounce"),
    ),
    "unknown-top-key": (('colour = "red"\n' + HEAD + STEP + "hold_s = 25\n").encode(), ("colour",)),
    "hold-outside-range": (
        (HEAD + STEP + "hold_s = 45\nhold_range = [20, 30]\n").encode(),
        ("step 1", "reach", "hold_s", "45"),
    ),
    "missing-title": (('id = "mine"\n' + STEP + "hold_s = 25\n").encode(), ("title",)),
    "missing-step-title": (
        (HEAD + '[[steps]]\nid = "reach"\nkind = "hold"\nhold_s = 25\n').encode(),
        ("step 1", "reach", "title"),
    ),
    "bad-toml": ((HEAD + STEP + "hold_s = \n").encode(), ("TOML", "line 7")),
    "not-utf8": (b'id = "mine"\ntitle = "\xff\xfe"\n', ("UTF-8",)),
    "no-steps": (HEAD.encode(), ("steps",)),
    "unknown-part": ((HEAD + 'parts = ["warm-up", "yoga"]\n').encode(), ("part", "yoga")),
    "nested-part": ((HEAD + 'parts = ["full-workout"]\n').encode(), ("full-workout",)),
}


@pytest.mark.parametrize("case", sorted(BAD_ROUTINES))
def test_validate_names_the_file_step_and_field_of_a_bad_file(
    cli: Cli, tmp_path: Path, case: str
) -> None:
    contents, fragments = BAD_ROUTINES[case]
    path = tmp_path / f"{case}-routine.toml"
    path.write_bytes(contents)
    result = cli.run("routine", "validate", str(path))
    assert_one_sentence(result, path.name, *fragments)
    assert path.read_bytes() == contents


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_validate_an_unreadable_path(cli: Cli, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "nowhere-routine.toml"
    if kind == "folder":
        path.mkdir()
    assert_one_sentence(cli.run("routine", "validate", str(path)), path.name)


# --------------------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    "args, fragment",
    [
        (("frobnicate",), "frobnicate"),
        (("--frobnicate",), "--frobnicate"),
        (("start",), "ROUTINE_ID"),
        (("routine",), "ACTION"),
        (("routine", "validate"), "FILE"),
        (("routine", "explode", "x.toml"), "explode"),
        (("history", "--yaml"), "--yaml"),
    ],
)
def test_a_bad_command_line_gets_one_sentence(
    cli: Cli, data_dir: Path, args: tuple[str, ...], fragment: str
) -> None:
    result = cli.run("--data-dir", str(data_dir), *args)
    line = assert_one_sentence(result, fragment)
    assert line.endswith(f"; see '{PROG} --help'."), line
    assert not data_dir.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("--data-dir", "", "history", "--json"),
        ("history", "--data-dir", "", "--json"),
        ("--data-dir=", "routines"),
        ("--data-dir", ""),
        ("start", ROUTINE, "--data-dir", ""),
    ],
)
def test_an_empty_data_dir_is_refused(cli: Cli, tmp_path: Path, args: tuple[str, ...]) -> None:
    from_env = tmp_path / "from-env"
    result = cli.run(*args, env={ENV_DATA_DIR: str(from_env)})
    assert_one_sentence(result, "--data-dir", "empty")
    assert not cli.default_data_home.exists()
    assert not from_env.exists()


def test_an_empty_environment_variable_counts_as_not_set(cli: Cli) -> None:
    default = cli.default_data_home / "hamstring-coach"
    session_id, _ = add_open_session(default, with_segment=False)
    result = cli.run("history", "--json", env={ENV_DATA_DIR: ""})
    assert result.returncode == 0, describe(result)
    assert [s["id"] for s in check_history_shape(json.loads(result.stdout))] == [session_id]


@pytest.mark.e2e
@pytest.mark.parametrize("value", ["abc", "0", "-1", "nan", "inf", ""])
def test_a_bad_time_scale_is_refused_before_the_window_opens(
    cli: Cli, data_dir: Path, value: str
) -> None:
    result = cli.run("--data-dir", str(data_dir), "--time-scale", value, "start", ROUTINE)
    assert_one_sentence(result, "--time-scale")
    assert not data_dir.exists()


@pytest.mark.e2e
def test_an_unknown_routine_is_refused_and_no_window_stays(cli: Cli, data_dir: Path) -> None:
    started = time.monotonic()
    result = cli.run("--data-dir", str(data_dir), "start", "no-such-routine")
    line = assert_one_sentence(result, "no-such-routine")
    assert ROUTINE in line  # it says which routines there are
    assert time.monotonic() - started < CLI_TIMEOUT_S
    assert not data_dir.exists()


# --------------------------------------------------------------------------- history


@pytest.mark.parametrize("exists", [False, True])
def test_history_of_a_new_data_folder_is_an_empty_list(
    cli: Cli, data_dir: Path, exists: bool
) -> None:
    if exists:
        data_dir.mkdir(mode=0o700)
    result = cli.run("--data-dir", str(data_dir), "history", "--json")
    assert result.returncode == 0, describe(result)
    assert json.loads(result.stdout) == []
    assert data_dir.exists() == exists  # reading creates nothing
    assert not db_of(data_dir).exists()


@pytest.mark.parametrize("mode", [0o644, 0o755], ids=["mode-644", "mode-755"])
def test_history_when_the_data_folder_is_a_file(cli: Cli, tmp_path: Path, mode: int) -> None:
    path = tmp_path / "data"
    path.write_bytes(b"not a folder\n")
    path.chmod(mode)
    result = cli.run("--data-dir", str(path), "history", "--json")
    assert_one_sentence(result, str(path))
    assert path.read_bytes() == b"not a folder\n"


@pytest.mark.e2e
def test_the_window_when_the_data_folder_is_a_file(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.write_bytes(b"not a folder\n")
    result = cli.run("--data-dir", str(path), "start", ROUTINE)
    assert_one_sentence(result, str(path), "file")
    assert path.read_bytes() == b"not a folder\n"


@posix_only
@pytest.mark.e2e
def test_an_unreadable_data_folder_is_refused(cli: Cli, data_dir: Path) -> None:
    open_history(data_dir).close()
    before = db_of(data_dir).read_bytes()
    as_user = unprivileged([sys.executable, "-m", "hamstring_coach"])
    data_dir.chmod(0)
    try:
        history = cli.run("--data-dir", str(data_dir), "history", "--json", command=as_user)
        window = cli.run("--data-dir", str(data_dir), "start", ROUTINE, command=as_user)
        mode_after = mode_of(data_dir)
    finally:
        data_dir.chmod(0o700)
    assert_one_sentence(history, str(data_dir))
    assert_one_sentence(window, str(data_dir))
    assert mode_after == 0, "the app changed the permissions of the folder"
    assert db_of(data_dir).read_bytes() == before


@posix_only
@pytest.mark.e2e
def test_a_read_only_data_folder_is_refused_for_the_window_but_read(
    cli: Cli, data_dir: Path
) -> None:
    session_id, _ = add_open_session(data_dir, with_segment=True)
    db = db_of(data_dir)
    before = db.read_bytes()
    as_user = unprivileged([sys.executable, "-m", "hamstring_coach"])
    data_dir.chmod(0o500)
    try:
        window = cli.run("--data-dir", str(data_dir), "start", ROUTINE, command=as_user)
        history = cli.run("--data-dir", str(data_dir), "history", "--json", command=as_user)
        text = cli.run("--data-dir", str(data_dir), "history", command=as_user)
        mode_after = mode_of(data_dir)
    finally:
        data_dir.chmod(0o700)
    assert_one_sentence(window, str(data_dir), "read-only")
    assert history.returncode == 0, describe(history)
    (session,) = check_history_shape(json.loads(history.stdout))
    assert (session["id"], session["status"]) == (session_id, "interrupted")
    assert len(session["segments"]) == 1
    assert text.returncode == 0 and "interrupted" in text.stdout, describe(text)
    assert mode_after == 0o500, "the app changed the permissions of the folder"
    left = {path.name for path in data_dir.iterdir()} - {note_path(db).name}
    assert left == {db.name}
    assert db.read_bytes() == before


def _many_sessions(folder: Path, count: int) -> None:
    """Finished sessions with long titles: far more output than a pipe holds."""
    with closing(open_history(folder)) as conn:
        conn.executemany(
            "INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset_min,"
            " ended_at, status) VALUES (?, ?, ?, 0, ?, 'completed')",
            [
                (ROUTINE, "Gentle stretching " * 10, f"2026-01-01T08:00:{n % 60:02d}.000000+00:00",
                 f"2026-01-01T09:00:{n % 60:02d}.000000+00:00")
                for n in range(count)
            ],
        )  # fmt: skip


@posix_only
@pytest.mark.parametrize("args", [("history", "--json"), ("history", "--limit", "0")])
def test_a_reader_that_stops_early_ends_the_command_quietly(
    cli: Cli, data_dir: Path, args: tuple[str, ...]
) -> None:
    """``hamstring-coach history --json | head -1``"""
    _many_sessions(data_dir, 3000)
    command = [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data_dir), *args]
    proc = subprocess.Popen(
        command, env=cli.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    try:
        first = proc.stdout.readline()
        proc.stdout.close()  # like head: one line, then the reader is gone
        status = proc.wait(timeout=CLI_TIMEOUT_S)
        stderr = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    assert first.strip(), "nothing was written before the pipe closed"
    assert (status, stderr) == (1, "")


@posix_only
@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("history", "--json"), 1),
        (("history",), 1),
        (("routines",), 1),
        (("--help",), 0),  # argparse itself ignores an output it cannot write to
        (("--version",), 0),
    ],
)
def test_output_to_a_closed_pipe_ends_quietly(
    cli: Cli, data_dir: Path, args: tuple[str, ...], status: int
) -> None:
    add_open_session(data_dir, with_segment=True)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        result = subprocess.run(
            [sys.executable, "-m", "hamstring_coach", "--data-dir", str(data_dir), *args],
            env=cli.env(), stdin=subprocess.DEVNULL, stdout=write_end,
            stderr=subprocess.PIPE, text=True, timeout=CLI_TIMEOUT_S, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (status, "")


# --------------------------------------------------------------------------- refused files


def _garbage(folder: Path) -> bytes:
    folder.mkdir(mode=0o700)
    return b"This is not a history file.\n" * 200 + bytes(range(256)) * 8


def _stomped(folder: Path) -> bytes:
    """A real history file whose pages after the first were overwritten."""
    with closing(open_history(folder)) as conn:
        history = HistoryRepository(conn)
        for minute in range(60):
            started = datetime(2026, 1, 1, 8, minute, tzinfo=UTC)
            history.start_session(ROUTINE, "Gentle stretching", started)
    data = bytearray(db_of(folder).read_bytes())
    assert len(data) > 8192
    for index in range(4096, len(data), 7):
        data[index] = (data[index] * 31 + 7) % 256
    return bytes(data)


@pytest.mark.e2e
@pytest.mark.parametrize("make", [_garbage, _stomped], ids=["garbage", "stomped"])
def test_a_damaged_history_file_is_refused_and_left_as_it_was(
    cli: Cli, data_dir: Path, make: Callable[[Path], bytes]
) -> None:
    contents = make(data_dir)
    db = db_of(data_dir)
    db.write_bytes(contents)
    for args in (("start", ROUTINE), (), ("history", "--json")):
        result = cli.run("--data-dir", str(data_dir), *args)
        assert_one_sentence(result, db.name)
        assert db.read_bytes() == contents, args
        wal = Path(f"{db}-wal")
        assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.e2e
def test_a_history_file_from_a_newer_version_is_refused(cli: Cli, data_dir: Path) -> None:
    add_open_session(data_dir, with_segment=False)
    db = db_of(data_dir)
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("PRAGMA user_version = 999")
    contents = db.read_bytes()
    for args in (("start", ROUTINE), ("history", "--json")):
        result = cli.run("--data-dir", str(data_dir), *args)
        assert_one_sentence(result, db.name, "newer")
        assert db.read_bytes() == contents, args


@pytest.mark.e2e
def test_a_history_file_locked_by_another_program(cli: Cli, data_dir: Path) -> None:
    session_id, _ = add_open_session(data_dir, with_segment=True)
    db = db_of(data_dir)
    with closing(sqlite3.connect(db, isolation_level=None)) as holder:
        holder.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        result = cli.run("--data-dir", str(data_dir), "start", ROUTINE)
        took = time.monotonic() - started
        holder.execute("ROLLBACK")
    assert_one_sentence(result, db.name, "locked")
    assert took < 10, f"gave up only after {took:.1f} s"
    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        rows = conn.execute("SELECT id, status FROM sessions").fetchall()
        segments = conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0]
    assert rows == [(session_id, None)]  # untouched: not even marked interrupted
    assert segments == 1


@pytest.mark.parametrize("with_segment", [True, False])
def test_history_reports_a_session_left_open_as_interrupted(
    cli: Cli, data_dir: Path, with_segment: bool
) -> None:
    session_id, last_end = add_open_session(data_dir, with_segment=with_segment)
    db = db_of(data_dir)
    contents = db.read_bytes()
    (session,) = cli.history(data_dir)
    assert (session["id"], session["status"]) == (session_id, "interrupted")
    assert parse_time(session["ended_at"]) == (last_end or parse_time(session["started_at"]))
    text = cli.run("--data-dir", str(data_dir), "history")
    assert text.returncode == 0, describe(text)
    assert text.stdout.strip().endswith("interrupted"), text.stdout
    # Only reported: the file still holds the open session, and no lock file was made.
    assert db.read_bytes() == contents
    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT status, ended_at FROM sessions").fetchall() == [(None, None)]
    assert not AppPaths(data_dir).lock_path.exists()


def test_history_while_the_app_runs_shows_its_session_in_progress(cli: Cli, data_dir: Path) -> None:
    session_id, _ = add_open_session(data_dir, with_segment=True)
    lock = InstanceLock(AppPaths(data_dir).lock_path)  # as the running window holds it
    assert lock.acquire()
    try:
        (session,) = cli.history(data_dir)
        text = cli.run("--data-dir", str(data_dir), "history")
    finally:
        lock.release()
    assert (session["id"], session["status"], session["ended_at"]) == (session_id, None, None)
    assert text.returncode == 0, describe(text)
    assert text.stdout.strip().endswith("in progress"), text.stdout
    (after,) = cli.history(data_dir)
    assert after["status"] == "interrupted"


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sessions SET started_at = 'yesterday'",
        "UPDATE sessions SET utc_offset_min = 'CET'",
        "UPDATE segments SET end_ms = 'later'",
    ],
)
def test_history_with_a_bad_value_names_the_file_and_session(
    cli: Cli, data_dir: Path, sql: str
) -> None:
    session_id, _ = add_open_session(data_dir, with_segment=True)
    db = db_of(data_dir)
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute(sql)
    contents = db.read_bytes()
    for args in (("history", "--json"), ("history",)):
        result = cli.run("--data-dir", str(data_dir), *args)
        assert_one_sentence(result, db.name, f"session {session_id} ")
        assert db.read_bytes() == contents, args


# --------------------------------------------------------------------------- the window


def _check_stopped(session: dict[str, Any]) -> None:
    assert session["routine_id"] == ROUTINE
    assert session["status"] == "stopped", session
    assert session["ended_at"] is not None
    segments = session["segments"]
    assert segments, "the segment in progress was not kept"
    first_step = builtin_routines()[f"{ROUTINE}.toml"]["steps"][0]["id"]
    assert segments[0]["step_id"] == first_step
    assert segments[0]["kind"] == "prepare"
    assert segments[-1]["completed"] is False  # cut short by the signal
    for segment in segments[:-1]:
        assert segment["completed"] is True, segment
        assert segment["actual_s"] == pytest.approx(segment["planned_s"], abs=0.5), segment
    # The engine reads the wall clock afresh for each record, so the session's end and
    # its last segment's end may differ by microseconds either way; allow 1 ms.
    ended = parse_time(session["ended_at"])
    last_end = parse_time(segments[-1]["ended_at"])
    assert ended >= last_end - timedelta(milliseconds=1), "the session ends before its work"


def session_routines(folder: Path) -> list[tuple[str, str | None]]:
    """(routine id, status) of each session, read-only."""
    uri = f"{db_of(folder).as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=1.0)) as conn:
        rows = conn.execute("SELECT routine_id, status FROM sessions ORDER BY id").fetchall()
    return [(str(row[0]), row[1]) for row in rows]


@posix_only
@pytest.mark.e2e
def test_a_second_launch_hands_its_command_to_the_running_window(cli: Cli, data_dir: Path) -> None:
    first = cli.spawn("--data-dir", str(data_dir), "--time-scale", "1")
    wait_until(lambda: peek(data_dir) is not None, "the first window to open", first)

    started = time.monotonic()
    second = cli.run("--data-dir", str(data_dir), "start", "ice", timeout=20)
    took = time.monotonic() - started
    assert (second.returncode, second.stdout, second.stderr) == (0, "", ""), describe(second)
    assert took < 5, f"the hand-over took {took:.1f} s"
    assert first.proc.poll() is None, "the first window ended"
    wait_until(lambda: session_routines(data_dir) == [("ice", None)], "ice to start", first)

    # A different routine while the ice timer runs: one sentence, nothing started.
    third = cli.run("--data-dir", str(data_dir), "start", ROUTINE, timeout=20)
    assert_one_sentence(third, "under way in the open window")
    again = cli.run("--data-dir", str(data_dir), timeout=20)  # plain: brings it forward
    assert again.returncode == 0, describe(again)
    assert session_routines(data_dir) == [("ice", None)]

    assert first.terminate_and_wait() == 0, first.stderr()
    assert "Traceback" not in first.stderr()
    assert session_routines(data_dir) == [("ice", "stopped")]


@posix_only
@pytest.mark.e2e
def test_a_killed_window_never_blocks_the_next_start(cli: Cli, data_dir: Path) -> None:
    from hamstring_coach.ui.desktop.single_instance import socket_name

    first = cli.spawn("--data-dir", str(data_dir))
    wait_until(lambda: peek(data_dir) is not None, "the first window to open", first)
    place = socket_name(AppPaths.resolve(data_dir, {}).data_dir, cli.env())
    assert place is not None
    wait_until(lambda: Path(place).exists(), "the window to listen", first)
    first.proc.kill()
    first.proc.wait(timeout=EXIT_WAIT_S)
    assert Path(place).exists()  # left behind by the killed window

    second = cli.spawn("--data-dir", str(data_dir), *FAST, "start", ROUTINE)
    wait_for_open_session(second, data_dir, min_segments=1)
    handed = cli.run("--data-dir", str(data_dir), "start", ROUTINE, timeout=20)
    assert handed.returncode == 0, describe(handed)  # the session runs already: fine
    assert second.proc.poll() is None
    assert second.terminate_and_wait() == 0, second.stderr()
    assert [s["routine_id"] for s in cli.history(data_dir)] == [ROUTINE]


@posix_only
@pytest.mark.e2e
def test_sigterm_mid_session_records_it_as_stopped(cli: Cli, data_dir: Path) -> None:
    window = cli.spawn("--data-dir", str(data_dir), *FAST, "start", ROUTINE)
    wait_for_open_session(window, data_dir, min_segments=3)
    assert window.terminate_and_wait() == 0, window.stderr()
    assert "Traceback" not in window.stderr()
    history = cli.history(data_dir)
    assert len(history) == 1
    _check_stopped(history[0])
    assert len(history[0]["segments"]) >= 4  # three finished, one cut short


@posix_only
@pytest.mark.e2e
def test_sigterm_as_soon_as_the_session_opens_still_ends_the_app(cli: Cli, data_dir: Path) -> None:
    window = cli.spawn("--data-dir", str(data_dir), "start", ROUTINE)
    wait_until(lambda: peek(data_dir), "the session to open", window, poll_s=0.002)
    assert window.terminate_and_wait(timeout=5) == 0, window.stderr()
    (session,) = cli.history(data_dir)
    assert session["status"] == "stopped"


@posix_only
@pytest.mark.e2e
@pytest.mark.parametrize("with_segment", [True, False])
def test_a_session_left_open_is_marked_interrupted_at_next_start(
    cli: Cli, data_dir: Path, with_segment: bool
) -> None:
    session_id, last_end = add_open_session(data_dir, with_segment=with_segment)
    window = cli.spawn("--data-dir", str(data_dir), *FAST, "start", ROUTINE)
    sessions = wait_for_open_session(window, data_dir, number=2)
    assert sessions[0] == (session_id, "interrupted", int(with_segment))
    assert window.terminate_and_wait() == 0, window.stderr()

    old, new = cli.history(data_dir)
    assert old["id"] == session_id
    assert old["status"] == "interrupted"
    ended = parse_time(old["ended_at"])
    assert ended == (last_end or parse_time(old["started_at"]))
    assert len(old["segments"]) == int(with_segment)
    _check_stopped(new)  # the new session is not mistaken for an interrupted one


@posix_only
@pytest.mark.e2e
def test_a_killed_session_keeps_its_finished_segments(cli: Cli, data_dir: Path) -> None:
    window = cli.spawn("--data-dir", str(data_dir), *FAST, "start", ROUTINE)
    sessions = wait_for_open_session(window, data_dir, min_segments=2)
    window.proc.kill()
    window.proc.wait(timeout=EXIT_WAIT_S)
    (kept,) = cli.history(data_dir)
    assert kept["status"] == "interrupted"  # no window holds the data folder any more
    assert len(kept["segments"]) >= sessions[-1][2]
    assert all(segment["completed"] for segment in kept["segments"])

    again = cli.spawn("--data-dir", str(data_dir), *FAST, "start", ROUTINE)
    sessions = wait_for_open_session(again, data_dir, number=2)
    assert sessions[0][1] == "interrupted"
    assert again.terminate_and_wait() == 0, again.stderr()
    old, new = cli.history(data_dir)
    assert old["status"] == "interrupted"
    assert old["segments"] == kept["segments"]
    assert parse_time(old["ended_at"]) == parse_time(old["segments"][-1]["ended_at"])
    assert old["ended_at"] == kept["ended_at"]  # reported before just as recorded after
    _check_stopped(new)


# --------------------------------------------------------------------------- privacy


@posix_only
@pytest.mark.e2e
@pytest.mark.parametrize("before", ["new", "folder-0755", "file-0644"])
def test_the_data_folder_and_history_file_are_private(
    cli: Cli, tmp_path: Path, before: str
) -> None:
    folder = tmp_path / "nested" / "data"
    if before != "new":
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    if before == "file-0644":
        open_history(folder).close()
        folder.chmod(0o755)
        db_of(folder).chmod(0o644)
    # A permissive umask: privacy must not depend on the user's umask.
    window = cli.spawn("--data-dir", str(folder), *FAST, "start", ROUTINE, umask=0)
    wait_for_open_session(window, folder)
    assert mode_of(folder) == 0o700
    assert mode_of(db_of(folder)) == 0o600
    for path in folder.iterdir():
        assert mode_of(path) & 0o077 == 0, f"{path.name} is {oct(mode_of(path))}"
    assert window.terminate_and_wait() == 0, window.stderr()
    assert mode_of(folder) == 0o700
    assert mode_of(db_of(folder)) == 0o600


# --------------------------------------------------------------------------- data folder choice


def test_the_environment_variable_chooses_the_data_folder(cli: Cli, tmp_path: Path) -> None:
    from_env = tmp_path / "from-env"
    session_id, _ = add_open_session(from_env, with_segment=False)
    env = {ENV_DATA_DIR: str(from_env)}

    result = cli.run("history", "--json", env=env)
    assert result.returncode == 0, describe(result)
    assert [s["id"] for s in check_history_shape(json.loads(result.stdout))] == [session_id]

    from_flag = tmp_path / "from-flag"
    result = cli.run("--data-dir", str(from_flag), "history", "--json", env=env)
    assert result.returncode == 0, describe(result)
    assert json.loads(result.stdout) == []


@posix_only
@pytest.mark.e2e
def test_the_window_uses_the_environment_unless_data_dir_is_given(cli: Cli, tmp_path: Path) -> None:
    from_env = tmp_path / "from-env"
    from_flag = tmp_path / "from-flag"
    env = {ENV_DATA_DIR: str(from_env)}

    window = cli.spawn(*FAST, "start", ROUTINE, env=env)
    wait_for_open_session(window, from_env)
    assert window.terminate_and_wait() == 0, window.stderr()
    assert not from_flag.exists()

    window = cli.spawn("--data-dir", str(from_flag), *FAST, "start", ROUTINE, env=env)
    wait_for_open_session(window, from_flag)
    assert window.terminate_and_wait() == 0, window.stderr()
    assert len(cli.history(from_env)) == 1  # the earlier session only
    assert len(cli.history(from_flag)) == 1
    assert not cli.default_data_home.exists()

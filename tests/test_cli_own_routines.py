"""``routines`` and ``routine import|export|delete`` through the real entry point."""

from __future__ import annotations

import hashlib
import stat
import sys
import time
from pathlib import Path

import pytest

from hamstring_coach.core.routines import load_routine
from hamstring_coach.resources import resource_path

from ._privs import unprivileged
from .cli_runner import Cli
from .own_routine import GOOD
from .test_cli import assert_one_sentence, describe

BUILTIN_IDS = sorted(load_routine(p).id for p in resource_path("routines").glob("*.toml"))


def write(path: Path, text: str = GOOD) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def listing(cli: Cli, data_dir: Path) -> dict[str, tuple[str, str]]:
    result = cli.run("routines", "--data-dir", str(data_dir))
    assert result.returncode == 0 and result.stderr == "", describe(result)
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(row) == 3 for row in rows), rows
    return {row[0]: (row[1], row[2]) for row in rows}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_routines_marks_built_in_and_own_ones(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    before = listing(cli, data_dir)
    assert sorted(before) == BUILTIN_IDS
    assert {mark for _title, mark in before.values()} == {"built-in"}
    assert not data_dir.exists()  # listing creates nothing
    source = write(tmp_path / "physio.toml")
    done = cli.run("--data-dir", str(data_dir), "routine", "import", str(source))
    assert done.returncode == 0 and done.stderr == "", describe(done)
    assert "From my physio" in done.stdout
    after = listing(cli, data_dir)
    assert after["from-my-physio"] == ("From my physio", "own")
    assert {k: v for k, v in after.items() if k != "from-my-physio"} == before
    stored = data_dir / "routines" / "from-my-physio.toml"
    assert stored.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (GOOD.replace("hold_s = 40", "hold_s = 50"), "hold_s"),
        (GOOD.replace("from-my-physio", "gentle-stretching"), "built-in"),
        ("title = 'No id'", "id"),
        (None, "no such file"),
    ],
    ids=["out-of-range", "builtin-id", "no-id", "missing"],
)
def test_a_bad_import_changes_nothing(
    cli: Cli, data_dir: Path, tmp_path: Path, text: str | None, said: str
) -> None:
    path = tmp_path / "bad.toml"
    if text is not None:
        write(path, text)
    assert_one_sentence(cli.run("--data-dir", str(data_dir), "routine", "import", str(path)), said)
    assert not data_dir.exists()
    assert sorted(listing(cli, data_dir)) == BUILTIN_IDS


def test_importing_the_same_id_again_needs_force(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    args = ("routine", "import", "--data-dir", str(data_dir))
    assert cli.run(*args, str(write(tmp_path / "a.toml"))).returncode == 0
    newer = write(tmp_path / "b.toml", GOOD.replace("From my physio", "Week two"))
    assert_one_sentence(cli.run(*args, str(newer)), "from-my-physio", "--force")
    assert listing(cli, data_dir)["from-my-physio"][0] == "From my physio"
    assert cli.run(*args, "--force", str(newer)).returncode == 0
    assert listing(cli, data_dir)["from-my-physio"][0] == "Week two"


def test_export_then_validate(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "to-edit.toml"
    done = cli.run("--data-dir", str(data_dir), "routine", "export", "gentle-stretching", str(out))
    assert done.returncode == 0 and done.stderr == "", describe(done)
    assert str(out) in done.stdout
    assert out.read_bytes() == (resource_path("routines") / "gentle-stretching.toml").read_bytes()
    checked = cli.run("routine", "validate", str(out))
    assert checked.returncode == 0, describe(checked)
    assert list(tmp_path.glob("*.part")) == [] and not data_dir.exists()


def test_export_an_own_routine_refusing_to_overwrite_without_force(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    cli.run("--data-dir", str(data_dir), "routine", "import", str(write(tmp_path / "a.toml")))
    out = write(tmp_path / "mine.toml", "keep me\n")
    export = ("--data-dir", str(data_dir), "routine", "export", "from-my-physio", str(out))
    assert_one_sentence(cli.run(*export), str(out), "--force")
    assert out.read_text() == "keep me\n"
    assert cli.run(*export, "--force").returncode == 0
    assert out.read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize("case", ["unknown-id", "missing-folder", "a-folder"])
def test_export_refusals(cli: Cli, data_dir: Path, tmp_path: Path, case: str) -> None:
    routine_id = "no-such-routine" if case == "unknown-id" else "gentle-stretching"
    out = {
        "unknown-id": tmp_path / "x.toml",
        "missing-folder": tmp_path / "nowhere" / "x.toml",
        "a-folder": tmp_path,
    }[case]
    said = {"unknown-id": "gentle-stretching", "missing-folder": "nowhere", "a-folder": "folder"}
    result = cli.run("--data-dir", str(data_dir), "routine", "export", routine_id, str(out))
    assert_one_sentence(result, said[case])
    assert not (tmp_path / "x.toml").exists()


def test_export_into_a_folder_that_cannot_be_written(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0o500)
    command = unprivileged([sys.executable, "-m", "hamstring_coach"])
    result = cli.run(
        "--data-dir", str(data_dir), "routine", "export", "gentle-stretching",
        str(closed / "x.toml"), command=command,
    )  # fmt: skip
    assert_one_sentence(result, str(closed))
    assert list(closed.iterdir()) == []


def test_import_into_a_read_only_data_folder(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir(mode=0o500)
    command = unprivileged([sys.executable, "-m", "hamstring_coach"])
    source = write(tmp_path / "a.toml")
    result = cli.run("--data-dir", str(data_dir), "routine", "import", str(source), command=command)
    assert_one_sentence(result, str(data_dir))
    assert list(data_dir.iterdir()) == []


def test_delete_an_own_routine_but_not_a_builtin_one(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    builtin = resource_path("routines") / "gentle-stretching.toml"
    before = digest(builtin)
    cli.run("--data-dir", str(data_dir), "routine", "import", str(write(tmp_path / "a.toml")))
    done = cli.run("--data-dir", str(data_dir), "routine", "delete", "from-my-physio")
    assert done.returncode == 0 and "From my physio" in done.stdout, describe(done)
    assert list((data_dir / "routines").iterdir()) == []
    refused = cli.run("--data-dir", str(data_dir), "routine", "delete", "gentle-stretching")
    assert_one_sentence(refused, "built-in")
    assert digest(builtin) == before
    assert_one_sentence(
        cli.run("--data-dir", str(data_dir), "routine", "delete", "nothing-here"), "nothing-here"
    )


def test_a_broken_own_file_is_listed_as_left_out(cli: Cli, data_dir: Path) -> None:
    (data_dir / "routines").mkdir(parents=True)
    write(data_dir / "routines" / "broken.toml", "id = 3")
    write(data_dir / "routines" / "good.toml")
    result = cli.run("routines", "--data-dir", str(data_dir))
    assert result.returncode == 0, describe(result)
    assert "from-my-physio\tFrom my physio\town" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "broken.toml" in lines[0] and lines[0].endswith(".")


@pytest.mark.e2e
def test_start_an_own_routine_with_its_own_numbers(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    cli.run("--data-dir", str(data_dir), "routine", "import", str(write(tmp_path / "a.toml")))
    fast = ("--time-scale", "100")
    window = cli.spawn("--data-dir", str(data_dir), *fast, "start", "from-my-physio")
    deadline = time.monotonic() + 60
    sessions: list[dict] = []
    while time.monotonic() < deadline and window.proc.poll() is None:
        if (data_dir / "hamstring-coach.sqlite3").exists():
            sessions = cli.history(data_dir)
            if sessions and sessions[0]["status"] is not None:
                break
        time.sleep(0.3)
    assert sessions and sessions[0]["status"] == "completed", window.stderr()
    assert window.terminate_and_wait() == 0, window.stderr()
    (session,) = sessions
    assert (session["routine_id"], session["routine_title"]) == ("from-my-physio", "From my physio")
    holds = [(s["side"], s["planned_s"]) for s in session["segments"] if s["kind"] == "hold"]
    assert holds == [("left", 40), ("left", 40), ("right", 40), ("right", 40)]


def test_help_names_the_new_actions(cli: Cli) -> None:
    result = cli.run("routine", "--help")
    assert result.returncode == 0
    for action in ("validate", "import", "export", "delete"):
        assert action in result.stdout

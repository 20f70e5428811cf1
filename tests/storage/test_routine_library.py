"""The routine library on real files: import, export, copies, deletes, and refusals that
change nothing."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from hamstring_coach.core.own_routines import StepChange, duplicate, edited
from hamstring_coach.core.routines import RoutineError, load_routine
from hamstring_coach.resources import resource_path
from hamstring_coach.storage.routine_library import LibraryError, RoutineLibrary

from .._privs import run_python

BUILTIN = sorted(resource_path("routines").glob("*.toml"))
GOOD = """
id = "my-stretches"
title = "My stretches"

[[steps]]
id = "seated"
kind = "hold"
title = "Seated stretch"
hold_s = 25
hold_range = [20, 30]
repetitions = 2
rest_s = 10
"""


def snapshot(*folders: Path) -> dict[str, bytes]:
    """Every file under the folders with its bytes, hidden ones included."""
    found: dict[str, bytes] = {}
    for folder in folders:
        if folder.exists():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    found[str(path)] = path.read_bytes()
    return found


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "routines"


@pytest.fixture
def library(folder: Path) -> RoutineLibrary:
    made = RoutineLibrary(BUILTIN, folder)
    made.load()
    return made


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_reading_a_data_folder_without_routines_creates_nothing(
    library: RoutineLibrary, folder: Path
) -> None:
    ids = [e.routine.id for e in library.entries]
    assert sorted(ids) == sorted(load_routine(p).id for p in BUILTIN)
    assert ids[:2] == ["ice", "warm-up"]  # the order of a day of care, not of file names
    assert all(e.builtin for e in library.entries) and library.skipped == []
    assert not folder.parent.exists()


def test_import_a_good_file_keeps_it_byte_for_byte_and_private(
    library: RoutineLibrary, folder: Path, tmp_path: Path
) -> None:
    source = write(tmp_path / "from-my-physio.toml", "# from my physio\n" + GOOD)
    entry = library.import_file(source)
    assert entry.routine.id == "my-stretches" and not entry.builtin
    assert entry.path == folder / "my-stretches.toml"
    assert entry.path.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["my-stretches.toml"]
    again = RoutineLibrary(BUILTIN, folder)
    again.load()
    assert again.get("my-stretches").routine == entry.routine
    assert "my-stretches" in again.own_ids()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (GOOD.replace("hold_s = 25", "hold_s = 45"), "hold_s"),
        (GOOD.replace('kind = "hold"', 'kind = "hop"'), "kind"),
        ("id = [unclosed", "not valid TOML"),
        (GOOD.replace("my-stretches", "gentle-stretching"), "built-in"),
    ],
    ids=["out-of-range", "bad-kind", "not-toml", "builtin-id"],
)
def test_a_bad_file_changes_nothing_and_says_why(
    library: RoutineLibrary, folder: Path, tmp_path: Path, text: str, said: str
) -> None:
    library.import_file(write(tmp_path / "first.toml", GOOD))
    before = snapshot(folder, *{p.parent for p in BUILTIN})
    source = write(tmp_path / "bad.toml", text)
    with pytest.raises((RoutineError, LibraryError)) as refused:
        library.import_file(source)
    message = str(refused.value)
    assert said in message and "\n" not in message and message.endswith(".")
    assert snapshot(folder, *{p.parent for p in BUILTIN}) == before
    assert [e.routine.id for e in library.entries if not e.builtin] == ["my-stretches"]


def test_a_missing_file_is_one_sentence(library: RoutineLibrary, tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match=r"nowhere\.toml"):
        library.import_file(tmp_path / "nowhere.toml")


def test_the_same_id_again_is_refused_unless_replacing(
    library: RoutineLibrary, tmp_path: Path
) -> None:
    library.import_file(write(tmp_path / "a.toml", GOOD))
    newer = write(tmp_path / "b.toml", GOOD.replace("My stretches", "My stretches, newer"))
    with pytest.raises(LibraryError) as refused:
        library.import_file(newer)
    assert refused.value.problem == "exists"
    assert library.get("my-stretches").routine.title == "My stretches"
    library.import_file(newer, replace=True)
    assert library.get("my-stretches").routine.title == "My stretches, newer"
    assert len(library.own_ids()) == 1


def test_export_then_validate(library: RoutineLibrary, tmp_path: Path) -> None:
    out = tmp_path / "out" / "gentle.toml"
    out.parent.mkdir()
    library.export("gentle-stretching", out)
    source = library.get("gentle-stretching").path
    assert out.read_bytes() == source.read_bytes()
    assert load_routine(out) == library.get("gentle-stretching").routine
    assert sorted(p.name for p in out.parent.iterdir()) == ["gentle.toml"]  # no leftovers
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_export_refuses_to_overwrite_unless_asked(library: RoutineLibrary, tmp_path: Path) -> None:
    out = write(tmp_path / "mine.toml", "keep me")
    with pytest.raises(LibraryError) as refused:
        library.export("gentle-stretching", out)
    assert refused.value.problem == "output-exists" and out.read_text() == "keep me"
    library.export("gentle-stretching", out, replace=True)
    assert load_routine(out).id == "gentle-stretching"


@pytest.mark.parametrize("where", ["folder", "missing-folder", "unknown-id"])
def test_export_refusals(library: RoutineLibrary, tmp_path: Path, where: str) -> None:
    routine_id = "no-such-routine" if where == "unknown-id" else "gentle-stretching"
    out = {
        "folder": tmp_path,
        "missing-folder": tmp_path / "nowhere" / "x.toml",
        "unknown-id": tmp_path / "x.toml",
    }[where]
    with pytest.raises(LibraryError) as refused:
        library.export(routine_id, out)
    message = str(refused.value)
    assert message.endswith(".") and "\n" not in message
    assert not (tmp_path / "x.toml").exists() and not (tmp_path / "nowhere").exists()


def test_export_into_a_read_only_folder(tmp_path: Path) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0o500)
    done = run_python(
        "import sys\n"
        "from pathlib import Path\n"
        "from hamstring_coach.cli import builtin_routine_paths\n"
        "from hamstring_coach.storage.routine_library import LibraryError, RoutineLibrary\n"
        "library = RoutineLibrary(builtin_routine_paths(), Path(sys.argv[1]))\n"
        "library.load()\n"
        "try:\n"
        "    library.export('gentle-stretching', Path(sys.argv[2]))\n"
        "except LibraryError as error:\n"
        "    print(error.problem, error)\n",
        tmp_path / "routines",
        closed / "x.toml",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("write Cannot write in") and str(closed) in done.stdout
    assert list(closed.iterdir()) == []


def test_duplicate_and_edit_leaves_the_builtin_file_unchanged(
    library: RoutineLibrary, folder: Path
) -> None:
    builtin = library.get("gentle-stretching")
    before = digest(builtin.path)
    copy = duplicate(builtin.routine, {e.routine.id for e in library.entries}, "My gentle")
    first = copy.steps[0].id
    changed = edited(copy, "My gentle", {first: StepChange(hold_s=45, repetitions=2, rest_s=20)})
    entry = library.save(changed, replace=False)
    assert digest(builtin.path) == before
    assert library.get("gentle-stretching").routine == builtin.routine
    assert entry.path == folder / "gentle-stretching-copy.toml"
    assert load_routine(entry.path) == changed
    step = library.get("gentle-stretching-copy").routine.steps[0]
    assert (step.hold_s, step.repetitions, step.rest_s) == (45, 2, 20)
    # Editing it again replaces the own file, and still leaves the built-in one alone.
    again = replace(changed, title="My gentle, shorter")
    library.save(again, replace=True)
    assert library.get("gentle-stretching-copy").routine.title == "My gentle, shorter"
    assert digest(builtin.path) == before and len(library.own_ids()) == 1
    with pytest.raises(LibraryError) as refused:
        library.save(replace(builtin.routine, title="Changed"), replace=True)
    assert refused.value.problem == "builtin-id" and digest(builtin.path) == before


def test_delete_an_own_routine_but_never_a_builtin_one(
    library: RoutineLibrary, tmp_path: Path, folder: Path
) -> None:
    library.import_file(write(tmp_path / "a.toml", GOOD))
    library.delete("my-stretches")
    assert list(folder.iterdir()) == [] and library.own_ids() == set()
    path = library.get("gentle-stretching").path
    with pytest.raises(LibraryError) as refused:
        library.delete("gentle-stretching")
    assert refused.value.problem == "builtin" and path.exists()


def test_bad_own_files_are_skipped_with_a_sentence_each(folder: Path) -> None:
    folder.mkdir(parents=True)
    write(folder / "good.toml", GOOD)
    write(folder / "broken.toml", GOOD.replace("hold_s = 25", "hold_s = 'long'"))
    write(folder / "clash.toml", GOOD.replace("my-stretches", "gentle-stretching"))
    write(folder / "twin.toml", GOOD)
    write(folder / ".good.toml-x.part", "left by a crash")
    library = RoutineLibrary(BUILTIN, folder)
    library.load()
    assert library.own_ids() == {"my-stretches"}
    reasons = {p.name: r for p, r in ((s.path, s.reason) for s in library.skipped)}
    assert sorted(reasons) == ["broken.toml", "clash.toml", "twin.toml"]
    assert "hold_s" in reasons["broken.toml"]
    assert "built-in" in reasons["clash.toml"]
    assert "good.toml" in reasons["twin.toml"]
    assert all(r.endswith(".") and "\n" not in r for r in reasons.values())


def test_a_full_disk_keeps_the_old_file_and_leaves_no_temporary(
    library: RoutineLibrary, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.import_file(write(tmp_path / "a.toml", GOOD))
    before = snapshot(folder)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    newer = write(tmp_path / "b.toml", GOOD.replace("My stretches", "Newer"))
    with pytest.raises(LibraryError, match="the disk is full") as refused:
        library.import_file(newer, replace=True)
    assert refused.value.problem == "write"
    assert snapshot(folder) == before


def test_an_own_routine_made_of_builtin_parts(library: RoutineLibrary, tmp_path: Path) -> None:
    made_of = 'id = "short-workout"\ntitle = "Short workout"\nparts = ["warm-up", "cool-down"]\n'
    entry = library.import_file(write(tmp_path / "short.toml", made_of))
    warm_up, cool_down = library.get("warm-up").routine, library.get("cool-down").routine
    assert entry.routine.steps == warm_up.steps + cool_down.steps
    unknown = write(tmp_path / "odd.toml", made_of.replace("short", "odd").replace("cool", "hot"))
    with pytest.raises(RoutineError, match="hot-down"):
        library.import_file(unknown)
    assert library.own_ids() == {"short-workout"}
    # A copy stands on its own: it keeps the steps, not the parts.
    copy = duplicate(entry.routine, {e.routine.id for e in library.entries}, "Mine")
    saved = library.save(copy, replace=False)
    assert saved.routine.steps == entry.routine.steps and saved.routine.parts == ()

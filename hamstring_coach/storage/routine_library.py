"""RoutineLibrary: the built-in routines and the person's own, kept in <data>/routines.

Own routines are routine files, one per routine, named ``<id>.toml``, private to the
user (folder 0700, files 0600). Every file, built in or own, is read through the one
validator (``load_routine``). A new or changed file is written to a temporary file in
the same folder, checked with that validator, and only then renamed into place, so a
bad file, a full disk or a crash leaves what was there before. An own file that cannot
be used (edited by hand, or an id that a newer version made built in) is skipped and
said why in one sentence; it never stops the others. Writes go through
``storage.atomic_write``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hamstring_coach.core.compose import compose
from hamstring_coach.core.quoting import shown_path
from hamstring_coach.core.routine_toml import routine_to_toml
from hamstring_coach.core.routine_words import Words, worded
from hamstring_coach.core.routines import (
    Routine,
    RoutineError,
    load_routine,
    load_routines,
    parse_routine,
)
from hamstring_coach.storage.atomic_write import shared_mode, write_atomically
from hamstring_coach.storage.files import os_problem, restrict_to_owner
from hamstring_coach.storage.write_target import Problem as TargetProblem
from hamstring_coach.storage.write_target import TargetError, writable_target

Problem = Literal[
    "builtin-id",  # the id is a built-in routine's
    "exists",  # an own routine has that id already
    "unknown",  # no routine has that id
    "builtin",  # a built-in routine cannot be changed or deleted
    "output-exists",  # the file to export to exists
    "output-folder",  # the folder to export to is missing, or the target is a folder
    "output-not-a-file",  # the target is a device, pipe, socket or a link to none of a file
    "write",  # the file system refused the write
]
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class LibraryError(Exception):
    """A refused import, export, save or delete; ``str(error)`` is one sentence."""

    def __init__(self, message: str, *, problem: Problem, subject: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.subject = subject  # the routine id or the path the sentence names


@dataclass(frozen=True)
class Entry:
    routine: Routine
    path: Path
    builtin: bool


@dataclass(frozen=True)
class Skipped:
    """An own routine file left out, and why (one sentence)."""

    path: Path
    reason: str


# The built-in routines in the order a person meets them: ice first (the first days),
# then a day's exercise from warming up to cooling down; any others after these.
BUILTIN_ORDER = (
    "ice",
    "warm-up",
    "gentle-stretching",
    "strengthening",
    "cool-down",
    "full-workout",
)


def day_of_care_rank(routine_id: str) -> tuple[int, str]:
    """Where a built-in routine stands in BUILTIN_ORDER (others after, by id)."""
    known = routine_id in BUILTIN_ORDER
    return (BUILTIN_ORDER.index(routine_id) if known else len(BUILTIN_ORDER), routine_id)


def _builtin_rank(entry: Entry) -> tuple[int, str]:
    return day_of_care_rank(entry.routine.id)


class RoutineLibrary:
    def __init__(self, builtin_paths: Iterable[Path], folder: Path) -> None:
        self._builtin_paths = sorted(builtin_paths)
        self.folder = folder
        self.entries: list[Entry] = []
        self._builtin: dict[str, Routine] = {}
        self.skipped: list[Skipped] = []
        self._seen: object = None  # the own routines folder as load() found it
        self._words: Words | None = None

    def reword(self, words: Words) -> None:
        """Show the built-in routines' texts through ``words`` (the window's language)
        from now on, and read every routine again."""
        self._words = words
        self.load()

    # -- reading -------------------------------------------------------------------------
    def load(self) -> None:
        """Read every routine again. RoutineError when a built-in one is bad (the
        installation is broken); a bad own file is only skipped."""
        self._seen = _folder_state(self.folder)  # before reading: a change meanwhile shows
        builtin = load_routines(self._builtin_paths)
        if self._words is not None:
            builtin = [worded(routine, self._words) for routine in builtin]
        self._builtin = {routine.id: routine for routine in builtin}
        entries = sorted(
            (Entry(r, p, True) for r, p in zip(builtin, self._builtin_paths, strict=True)),
            key=_builtin_rank,
        )
        used_by = {entry.routine.id: entry for entry in entries}
        skipped: list[Skipped] = []
        for path in self._own_files(skipped):
            try:
                routine = self.read_file(path)
            except RoutineError as error:
                skipped.append(Skipped(path, str(error)))
                continue
            other = used_by.get(routine.id)
            if other is not None:
                whose = "a built-in routine" if other.builtin else shown_path(other.path)
                skipped.append(
                    Skipped(
                        path,
                        f"{shown_path(path)}: the routine id '{routine.id}' is used by {whose}.",
                    )
                )
                continue
            used_by[routine.id] = entry = Entry(routine, path, False)
            entries.append(entry)
        self.entries, self.skipped = entries, skipped

    def _own_files(self, skipped: list[Skipped]) -> list[Path]:
        try:
            return sorted(p for p in self.folder.glob("*.toml") if not p.name.startswith("."))
        except OSError as error:
            reason = (error.strerror or "it cannot be read").lower()
            skipped.append(
                Skipped(
                    self.folder,
                    f"Cannot read your routines folder {shown_path(self.folder)}: {reason}.",
                )
            )
            return []

    def changed_on_disk(self) -> bool:
        """Whether the own routines folder changed since load() (``routine import`` or
        ``routine delete`` in a terminal, a file edited by hand): a look at the names,
        sizes and modification times of its files, nothing read."""
        return _folder_state(self.folder) != self._seen

    def read_file(self, path: Path) -> Routine:
        """A routine file checked as ``routine validate`` checks it: a routine made of
        parts gets them from the built-in routines. RoutineError, one sentence, if bad."""
        return compose(load_routine(path), self._builtin, shown_path(path))

    def routines(self) -> list[Routine]:
        return [entry.routine for entry in self.entries]

    def own_ids(self) -> set[str]:
        return {entry.routine.id for entry in self.entries if not entry.builtin}

    def get(self, routine_id: str) -> Entry:
        for entry in self.entries:
            if entry.routine.id == routine_id:
                return entry
        known = ", ".join(entry.routine.id for entry in self.entries)
        raise LibraryError(
            f"There is no routine '{routine_id}'; the routines are: {known}.",
            problem="unknown",
            subject=routine_id,
        )

    # -- changing ------------------------------------------------------------------------
    def import_file(self, source: Path, *, replace: bool = False) -> Entry:
        """Add the routine file ``source`` as an own routine, byte for byte.

        RoutineError when the file is not a good routine; LibraryError when its id is a
        built-in routine's, or an own routine's and ``replace`` is not set.
        """
        routine = self.read_file(source)
        target = self.place_for(routine, replace)
        try:
            data = source.read_bytes()
        except OSError as error:
            reason = (error.strerror or "it cannot be read").lower()
            raise RoutineError(
                f"Cannot read {shown_path(source)}: {reason}.", file=str(source)
            ) from None

        def same_routine(written: Path) -> None:
            if self.read_file(written).id != routine.id:
                raise RoutineError(
                    f"{shown_path(source)} changed while it was imported.", file=str(source)
                )

        self._write_own(target, data, same_routine)
        return self._reloaded(routine.id)

    def save(self, routine: Routine, *, replace: bool) -> Entry:
        """Write ``routine`` (a copy or an edit made in the window) as an own routine."""
        target = self.place_for(routine, replace)
        text = routine_to_toml(routine)
        parse_routine(text, target.name)  # a change beyond what a routine may hold is said here

        def reads_back(written: Path) -> None:
            if load_routine(written) != routine:
                raise RoutineError(
                    f"The routine '{routine.id}' could not be written as it is.", file=str(target)
                )

        self._write_own(target, text.encode("utf-8"), reads_back)
        return self._reloaded(routine.id)

    def delete(self, routine_id: str) -> None:
        entry = self.get(routine_id)
        if entry.builtin:
            raise LibraryError(
                f"'{routine_id}' is a built-in routine and cannot be deleted.",
                problem="builtin",
                subject=routine_id,
            )
        try:
            entry.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            raise _write_error(error, entry.path.parent) from None
        self.load()

    def export(self, routine_id: str, destination: Path, *, replace: bool = False) -> None:
        """Write a routine's file to ``destination``, for the person to edit or share."""
        entry = self.get(routine_id)
        if destination.is_dir():
            raise LibraryError(
                f"{shown_path(destination)} is a folder; name a file to export to.",
                problem="output-folder",
                subject=str(destination),
            )
        folder = destination.parent
        if not folder.is_dir():
            raise LibraryError(
                f"The folder {shown_path(folder)} does not exist.",
                problem="output-folder",
                subject=str(folder),
            )
        try:  # only a regular file is replaced, a link to one followed (see write_target)
            real = writable_target(destination, replace=replace, shown=shown_path(destination))
        except TargetError as error:
            raise _target_error(error, destination) from None
        try:
            data = entry.path.read_bytes()
        except OSError as error:
            reason = (error.strerror or "it cannot be read").lower()
            raise RoutineError(
                f"Cannot read {shown_path(entry.path)}: {reason}.", file=str(entry.path)
            ) from None
        try:
            write_atomically(real, data, shared_mode(), load_routine, _write_error, replace=replace)
        except (FileExistsError, IsADirectoryError) as error:
            problem: TargetProblem = (
                "exists" if isinstance(error, FileExistsError) else "not-a-file"
            )
            message = (
                f"{shown_path(destination)} already exists."
                if problem == "exists"
                else f"{shown_path(destination)} is not a regular file; "
                "name a regular file to write."
            )
            raise _target_error(TargetError(message, problem), destination) from None

    # -- helpers -------------------------------------------------------------------------
    def place_for(self, routine: Routine, replace: bool) -> Path:
        """Where ``routine`` is to be written; LibraryError when its id is taken."""
        for entry in self.entries:
            if entry.routine.id != routine.id:
                continue
            if entry.builtin:
                raise LibraryError(
                    f"The routine id '{routine.id}' is a built-in routine's; "
                    "give your routine another id.",
                    problem="builtin-id",
                    subject=routine.id,
                )
            if not replace:
                raise LibraryError(
                    f"You already have a routine with the id '{routine.id}'.",
                    problem="exists",
                    subject=routine.id,
                )
            return entry.path
        return self.folder / f"{routine.id}.toml"

    def _write_own(self, target: Path, data: bytes, check: Callable[[Path], object]) -> None:
        try:
            self.folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        except OSError as error:
            raise _write_error(error, self.folder) from None
        restrict_to_owner(self.folder)
        try:
            write_atomically(target, data, PRIVATE_FILE_MODE, check, _write_error)
        except (FileExistsError, IsADirectoryError) as error:
            raise _write_error(error, self.folder) from None

    def _reloaded(self, routine_id: str) -> Entry:
        self.load()
        return self.get(routine_id)


def _target_error(error: TargetError, destination: Path) -> LibraryError:
    problem: Problem = "output-exists" if error.problem == "exists" else "output-not-a-file"
    return LibraryError(str(error), problem=problem, subject=str(destination))


def _write_error(error: OSError, folder: Path) -> LibraryError:
    problem = os_problem(error)
    if problem == "full":
        message = f"Cannot write in {shown_path(folder)}: the disk is full."
    elif problem == "read-only":
        message = f"Cannot write in {shown_path(folder)}: it is read-only or not yours."
    elif isinstance(error, FileNotFoundError):
        message = f"Cannot write in {shown_path(folder)}: it does not exist."
    else:
        message = f"Cannot write in {shown_path(folder)}: {(error.strerror or str(error)).lower()}."
    return LibraryError(message, problem="write", subject=str(folder))


def _folder_state(folder: Path) -> object:
    """(name, size, modification time) of each routine file in folder; None if unread."""
    try:
        with os.scandir(folder) as found:
            return sorted(
                (entry.name, info.st_size, info.st_mtime_ns)
                for entry in found
                if entry.name.endswith(".toml")
                for info in [entry.stat()]
            )
    except OSError:
        return None

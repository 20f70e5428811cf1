"""Importing a JSON export (``storage.exporting``) into a history file.

All or nothing: the file is checked whole before anything is written, and everything is
written in one transaction. A session whose identity (``uid``) the history already has
is left out, so importing the same file twice adds nothing the second time. Settings
the history has no value for are taken; injuries are added when both sides have them
and the history has no row with the same values.
"""

from __future__ import annotations

import gc
import json
import math
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hamstring_coach.storage import errors
from hamstring_coach.storage.codes import Codes, step_code
from hamstring_coach.storage.compact import milliseconds, ms_between
from hamstring_coach.storage.history import MAX_NOTE_CHARS
from hamstring_coach.storage.json_export import EXTRA_TABLES, FORMAT, FORMAT_VERSION
from hamstring_coach.storage.packed import THOUSANDTHS, LocalTimes, day_seconds
from hamstring_coach.storage.records import (
    KINDS,
    MAX_PAIN,
    SIDES,
    STATUSES,
    offset_minutes,
    to_utc_text,
)

MAX_FILE_BYTES = 4 * 1024**3
_SEGMENTS_AT_ONCE = 20_000
_PLANNED = ("holds", "sets", "timed", "checklists")


class ImportFileError(Exception):
    """A file that cannot be imported; str(e) is one sentence naming it."""


@dataclass(frozen=True)
class Imported:
    added: int  # sessions added
    already_there: int  # sessions the history had already
    settings: int  # settings taken
    rows: Mapping[str, int]  # rows added to other tables (injuries)


class _Bad(Exception):
    def __init__(self, where: str, field: str, value: object) -> None:
        shown = repr(value)
        super().__init__(f"{where} has a bad {field} ({shown[:40]})")


def read_export(source: Path) -> dict[str, Any]:
    """The parsed export in source, with its format checked; ImportFileError otherwise."""
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(f"{source} is too large to be a Hamstring Coach export.")
        text = source.read_text(encoding="utf-8-sig")
    except IsADirectoryError:
        raise ImportFileError(f"{source} is a folder, not an export file.") from None
    except FileNotFoundError:
        raise ImportFileError(f"There is no file {source}.") from None
    except UnicodeDecodeError:
        raise ImportFileError(
            f"{source} is not a Hamstring Coach export: it is not text."
        ) from None
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise ImportFileError(f"Could not read {source}: {reason}.") from exc
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise ImportFileError(
            f"{source} is not a Hamstring Coach export: it is not JSON."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFileError(
            f"{source} is not a Hamstring Coach export; export one with "
            "'hamstring-coach export --format json'."
        )
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError(f"{source} has no format version that can be read.")
    if version > FORMAT_VERSION:
        raise ImportFileError(
            f"{source} was exported by a newer version of Hamstring Coach; update the app "
            "to import it."
        )
    if not isinstance(data.get("sessions"), list):
        raise ImportFileError(f"{source} is not a Hamstring Coach export: it has no sessions.")
    return data


def import_export(conn: sqlite3.Connection, source: Path) -> Imported:
    """Add the sessions of the export in source that the history does not have yet."""
    with paused_gc():
        data = read_export(source)
        name = errors.display_name(errors.file_of(conn))
        # The rows are checked here (each step, kind and side has its code before it is
        # used), so the file need not look each one up again: a million segments go in
        # a third faster. Switched back on whatever happens.
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            return _import(conn, source, data, name)
        finally:
            conn.execute("PRAGMA foreign_keys = ON")


def _import(conn: sqlite3.Connection, source: Path, data: dict[str, Any], name: str) -> Imported:
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            known = {bytes(row[0]) for row in conn.execute("SELECT uid FROM sessions")}
            added = skipped = 0
            reader = _Segments(conn)
            waiting: list[tuple[object, ...]] = []
            for number, item in enumerate(data["sessions"], start=1):
                where = f"session {number}"
                session = _session(item, where)
                if session[0] in known:
                    skipped += 1
                    continue
                known.add(session[0])
                cursor = conn.execute(
                    "INSERT INTO sessions (uid, routine_id, routine_title, started_at,"
                    " utc_offset_min, ended_at, status, pain_before, pain_after, note,"
                    " planned_holds, planned_sets, planned_timed, planned_checklists)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    session[:-1],
                )
                session_id = int(cursor.lastrowid or 0)
                waiting.extend(reader.rows(session_id, session[-1], item, where))
                if len(waiting) >= _SEGMENTS_AT_ONCE:
                    _insert(conn, waiting)
                added += 1
            _insert(conn, waiting)
            settings = _settings(conn, data.get("settings"))
            extra = {table: _rows(conn, table, data.get(table)) for table in EXTRA_TABLES}
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except _Bad as bad:
        raise ImportFileError(f"{source}: {bad}; nothing was imported.") from None
    except sqlite3.Error as exc:
        raise errors.from_sqlite(exc, name, "save") from exc
    return Imported(added, skipped, settings, {k: v for k, v in extra.items() if v})


def _insert(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO segments (session_id, seq, position, step, kind, side, rep,"
        " planned_ms, actual_ms, completed, start_ms, end_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    rows.clear()


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cycle collection while a million rows are made: none of them form cycles."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _session(item: object, where: str) -> tuple[Any, ...]:
    if not isinstance(item, dict):
        raise _Bad(where, "entry", item)
    uid = item.get("uid")
    try:
        uid_bytes = bytes.fromhex(uid) if isinstance(uid, str) and len(uid) == 32 else None
    except ValueError:
        uid_bytes = None
    if uid_bytes is None:
        raise _Bad(where, "uid", uid)
    started = _moment(item.get("started_at"), where, "started_at")
    ended = item.get("ended_at")
    ended_text = None if ended is None else to_utc_text(_moment(ended, where, "ended_at"))
    planned = item.get("planned")
    if planned is None:
        plan: tuple[int | None, ...] = (None,) * 4
    elif isinstance(planned, dict):
        plan = tuple(_whole(planned.get(key), where, f"planned {key}") for key in _PLANNED)
    else:
        raise _Bad(where, "planned", planned)
    note = item.get("note")
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE_CHARS):
        raise _Bad(where, "note", note)
    status = item.get("status")
    if status is not None and status not in STATUSES:
        raise _Bad(where, "status", status)
    return (
        uid_bytes,
        _text(item.get("routine_id"), where, "routine_id"),
        _text(item.get("routine_title"), where, "routine_title"),
        to_utc_text(started),
        offset_minutes(started),
        ended_text,
        status,
        _pain(item.get("pain_before"), where, "pain_before"),
        _pain(item.get("pain_after"), where, "pain_after"),
        note,
        *plan,
        started,
    )


class _Segments:
    """Segment entries to rows, checked: what repeats (a step's description, a duration)
    is checked once and remembered; a time written as the export writes it is read by
    slicing; anything else goes the careful way (``_careful``), which names what is bad."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.codes = Codes()
        self.steps: dict[str, int] = {}
        self.described: dict[tuple[Any, ...], tuple[int, int, int, int | None, int | None]] = {}
        self.milliseconds: dict[float, int] = {}
        self.seconds = {text: index for index, text in enumerate(day_seconds())}
        self.thousandths = {text: index for index, text in enumerate(THOUSANDTHS)}

    def rows(
        self, session_id: int, start: datetime, item: dict[str, Any], where: str
    ) -> list[tuple[object, ...]]:
        segments = item.get("segments")
        if not isinstance(segments, list):
            raise _Bad(where, "segments", segments)
        times = LocalTimes(start)
        base, micro = divmod(times.base_us, 1000)
        prefix, ending = times.prefix, f"{micro:03d}{times.offset}"
        rows: list[tuple[object, ...]] = []
        for seq, segment in enumerate(segments):
            try:
                rows.append(self._fast(session_id, seq, segment, base, prefix, ending))
            except (KeyError, TypeError, ValueError, AttributeError):
                rows.append(self._careful(session_id, seq, start, segment, where))
        return rows

    def _fast(
        self,
        session_id: int,
        seq: int,
        segment: dict[str, Any],
        base: int,
        prefix: str,
        ending: str,
    ) -> tuple[object, ...]:
        completed, rep, position = segment["completed"], segment["rep"], segment["position"]
        if type(completed) is not bool or type(position) is not int:
            raise TypeError(completed)
        if rep is not None and type(rep) is not int:
            raise TypeError(rep)
        key = (position, segment["step_id"], segment["kind"], segment["side"], rep)
        described = self.described[key]
        planned, actual = segment["planned_s"], segment["actual_s"]
        started, ended = segment["started_at"], segment["ended_at"]
        if not (started.startswith(prefix) and ended.startswith(prefix)):
            raise ValueError(started)
        if not (started.endswith(ending) and ended.endswith(ending)):
            raise ValueError(started)
        seconds, thousandths = self.seconds, self.thousandths
        start_ms = seconds[started[11:19]] * 1000 + thousandths[started[19:23]] - base
        end_ms = seconds[ended[11:19]] * 1000 + thousandths[ended[19:23]] - base
        if start_ms < 0 or end_ms < 0 or len(started) != len(ended) or len(started) != 32:
            raise ValueError(started)
        return (
            session_id,
            seq,
            *described,
            None if planned is None else self._ms(planned),
            self._ms(actual),
            1 if completed else 0,
            start_ms,
            end_ms,
        )

    def _ms(self, value: object) -> int:
        if type(value) is not float and type(value) is not int:
            raise TypeError(value)
        return self.milliseconds[value]

    def _careful(
        self, session_id: int, seq: int, start: datetime, segment: object, where: str
    ) -> tuple[object, ...]:
        at = f"{where}, segment {seq + 1},"
        if not isinstance(segment, dict):
            raise _Bad(at, "entry", segment)
        step_id = _text(segment.get("step_id"), at, "step_id")
        kind, side = segment.get("kind"), segment.get("side")
        if kind not in KINDS:
            raise _Bad(at, "kind", kind)
        if side is not None and side not in SIDES:
            raise _Bad(at, "side", side)
        rep, planned = segment.get("rep"), segment.get("planned_s")
        completed = segment.get("completed")
        if not isinstance(completed, bool):
            raise _Bad(at, "completed", completed)
        position = _whole(segment.get("position"), at, "position")
        rep_value = None if rep is None else _whole(rep, at, "rep")
        if step_id not in self.steps:
            self.steps[step_id] = step_code(self.conn, step_id)
        described = (
            position,
            self.steps[step_id],
            self.codes.kind_code(self.conn, kind),
            self.codes.side_code(self.conn, side),
            rep_value,
        )
        self.described[(position, step_id, kind, side, rep_value)] = described
        planned_ms = None if planned is None else milliseconds(_seconds(planned, at, "planned_s"))
        actual_ms = milliseconds(_seconds(segment.get("actual_s"), at, "actual_s"))
        for value, ms in ((planned, planned_ms), (segment.get("actual_s"), actual_ms)):
            if type(value) is float and ms is not None:
                self.milliseconds[value] = ms
        return (
            session_id,
            seq,
            *described,
            planned_ms,
            actual_ms,
            int(completed),
            ms_between(start, _moment(segment.get("started_at"), at, "started_at")),
            ms_between(start, _moment(segment.get("ended_at"), at, "ended_at")),
        )


def _settings(conn: sqlite3.Connection, settings: object) -> int:
    if settings is None:
        return 0
    if not isinstance(settings, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in settings.items()
    ):
        raise _Bad("the file", "settings", settings)
    cursor = conn.executemany(
        "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", sorted(settings.items())
    )
    return max(cursor.rowcount, 0)


def _rows(conn: sqlite3.Connection, table: str, rows: object) -> int:
    """Rows of another table, added where the history has the table and not the row."""
    if rows is None:
        return 0
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise _Bad("the file", table, rows)
    columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
    shared = [c for c in columns if c != "id"]
    if not columns or not rows:
        return 0
    added = 0
    for row in rows:
        values = [row.get(column) for column in shared]
        test = " AND ".join(f'"{c}" IS ?' for c in shared)
        if conn.execute(f'SELECT 1 FROM "{table}" WHERE {test}', values).fetchone():
            continue
        names = ", ".join(f'"{c}"' for c in shared)
        marks = ", ".join("?" for _ in shared)
        conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
        added += 1
    return added


def _moment(value: object, where: str, field: str) -> datetime:
    try:
        if isinstance(value, str):
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None and moment.utcoffset() is not None:
                return moment
    except ValueError:
        pass
    raise _Bad(where, field, value)


def _text(value: object, where: str, field: str) -> str:
    if isinstance(value, str) and value.strip() and len(value) <= 500:
        return value
    raise _Bad(where, field, value)


def _whole(value: object, where: str, field: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31:
        return value
    raise _Bad(where, field, value)


def _pain(value: object, where: str, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_PAIN:
        return value
    raise _Bad(where, field, value)


def _seconds(value: object, where: str, field: str) -> float:
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value < 10**7
    ):
        return float(value)
    raise _Bad(where, field, value)

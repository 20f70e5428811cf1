"""The exports' quick way (whole numbers, packed by SQLite) writes what the careful way
(records, datetime) would, so a session that takes the careful way looks no different."""

from __future__ import annotations

import csv
import io
import json
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hamstring_coach.storage import csv_export, json_export
from hamstring_coach.storage.csv_export import csv_rows, write_csv
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord
from hamstring_coach.storage.json_export import write_json
from hamstring_coach.storage.packed import LocalTimes, day_seconds, unpack

from ..generated_history import generate

day_seconds()  # made once, before the timed examples
starts = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),
    timezones=st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m))),
)  # fmt: skip


@given(starts, st.integers(0, 3 * 86_400_000))
def test_local_times_are_isoformat(start: datetime, ms: int) -> None:
    times = LocalTimes(start)
    moment = start + timedelta(milliseconds=ms)
    assert times.text(ms, 3) == moment.isoformat(timespec="milliseconds")
    assert times.text(ms, 6) == moment.isoformat(timespec="microseconds")


@given(
    st.integers(0, 65_535),
    st.integers(0, 2**20 - 1),
    st.integers(0, 63),
    st.sampled_from([None, 1, 2]),
    st.one_of(st.none(), st.integers(0, 1022)),
    st.booleans(),
)
def test_unpack_gives_back_what_sqlite_packed(
    position: int, step: int, kind: int, side: int | None, rep: int | None, done: bool
) -> None:  # fmt: skip
    key = (
        (((position * 2**20 + step) * 64 + kind) * 4 + (side or 0)) * 1024
        + (1023 if rep is None else rep)
    ) * 2 + done
    assert unpack(key) == (position, step, kind, side, rep, done)


def _history(tmp_path: Path) -> HistoryRepository:
    path = tmp_path / "h.sqlite3"
    generate(path, 30, 6)
    conn = open_database(path)
    history = HistoryRepository(conn)
    start = datetime(2026, 3, 1, 23, 59, 58, 999_999, tzinfo=timezone(timedelta(hours=-3)))
    late = history.start_session("ice", "Ice, after midnight", start)  # crosses midnight
    for position in range(3):
        at = start + timedelta(seconds=1.2345 * position)
        history.add_segment(late, SegmentRecord(
            position, "ice", "timed", None, None, None if position else 900.0, 1.2345, True,
            at, at + timedelta(seconds=1.2345),
        ))  # fmt: skip
    history.finish_session(late, "stopped", start + timedelta(minutes=1), 'A "note", with\nlines')
    return history


def test_csv_quick_and_careful_ways_agree(tmp_path: Path, monkeypatch) -> None:
    history = _history(tmp_path)
    with closing(history._conn):
        quick = io.StringIO()
        write_csv(history, quick, None)
        careful = io.StringIO()
        writer = csv.writer(careful, lineterminator="\r\n")
        writer.writerow(csv_export.CSV_COLUMNS)
        for session in history.session_heads():
            whole = history.get_session(session.id, as_saved=True)
            assert whole is not None
            writer.writerows(csv_rows(whole))
        # and the careful way taken by the export itself, for every session
        monkeypatch.setattr(csv_export, "_fast_lines", _refuse)
        forced = io.StringIO()
        write_csv(history, forced, None)
    assert quick.getvalue() == careful.getvalue() == forced.getvalue()
    assert quick.getvalue().count("\r\n") > 30 * 54


def test_json_quick_and_careful_ways_agree(tmp_path: Path, monkeypatch) -> None:
    history = _history(tmp_path)
    with closing(history._conn):
        quick = io.StringIO()
        write_json(history, quick, None)
        monkeypatch.setattr(json_export, "_fast_segments", _refuse)
        forced = io.StringIO()
        write_json(history, forced, None)
    assert json.loads(quick.getvalue()) == json.loads(forced.getvalue())
    assert quick.getvalue() == forced.getvalue()


def _refuse(*_args: object) -> str:
    raise TypeError("take the careful way")

"""Segment kinds are named once, in core.timeline; everything else must cover exactly those."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from hamstring_coach.core.timeline import SEGMENT_KINDS, SIDES
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.records import KINDS
from hamstring_coach.ui import texts
from hamstring_coach.ui.theme import SCHEMES


def _check_list(conn: sqlite3.Connection, column: str) -> set[str]:
    """The values the segments table's CHECK allows for a column, read from its SQL."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'segments'").fetchone()
    found = re.search(rf"{column} IN \(([^)]*)\)", sql)
    assert found, f"no CHECK on {column} in {sql}"
    return {value.strip().strip("'") for value in found.group(1).split(",")}


def test_the_history_file_allows_exactly_the_segment_kinds(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "h.sqlite3")
    try:
        assert _check_list(conn, "kind") == set(SEGMENT_KINDS)
        assert _check_list(conn, "side") == set(SIDES)
        session = conn.execute(
            "INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset_min)"
            " VALUES ('r', 'R', '2026-01-01T00:00:00+00:00', 0)"
        ).lastrowid
        insert = (
            "INSERT INTO segments (session_id, position, step_id, kind, actual_s, completed,"
            " started_at, ended_at) VALUES (?, 0, 's', ?, 1, 1, 'a', 'b')"
        )
        for kind in SEGMENT_KINDS:
            conn.execute(insert, (session, kind))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(insert, (session, "stretch"))
    finally:
        conn.close()


def test_storage_checks_records_against_the_same_kinds() -> None:
    assert KINDS == SEGMENT_KINDS


@pytest.mark.parametrize("kind", SEGMENT_KINDS)
def test_the_window_has_words_and_a_colour_for_every_kind(kind: str, qapp) -> None:
    assert texts.caption(kind)
    assert texts.kind_name(kind) != kind  # a word, not the stored id
    for scheme in SCHEMES:
        assert scheme.kind_color(kind).isValid()


def test_the_window_has_no_words_for_kinds_that_do_not_exist(qapp) -> None:
    assert texts.caption("stretch") == ""

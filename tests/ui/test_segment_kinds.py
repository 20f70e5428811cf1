"""Segment kinds are named once, in core.timeline; everything else must cover exactly those."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from hamstring_coach.core.timeline import SEGMENT_KINDS, SIDES
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.records import KINDS
from hamstring_coach.ui import texts
from hamstring_coach.ui.theme import SCHEMES


def test_the_history_file_allows_exactly_the_segment_kinds(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "h.sqlite3")
    try:
        kinds = dict(conn.execute("SELECT name, code FROM kinds").fetchall())
        sides = {row[0] for row in conn.execute("SELECT name FROM sides")}
        assert set(kinds) == set(SEGMENT_KINDS)
        assert sides == set(SIDES)
        session = conn.execute(
            "INSERT INTO sessions (routine_id, routine_title, started_at, utc_offset_min)"
            " VALUES ('r', 'R', '2026-01-01T00:00:00+00:00', 0)"
        ).lastrowid
        conn.execute("INSERT INTO steps (code, step_id) VALUES (1, 's')")
        insert = (
            "INSERT INTO segments (session_id, seq, position, step, kind, actual_ms, completed,"
            " start_ms, end_ms) VALUES (?, ?, 0, 1, ?, 1, 1, 0, 1)"
        )
        for seq, kind in enumerate(SEGMENT_KINDS):
            conn.execute(insert, (session, seq, kinds[kind]))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(insert, (session, 99, max(kinds.values()) + 1))
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

"""open_database on healthy files: schema, pragmas, permissions and migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from hamstring_coach.storage.database import (
    SCHEMA_VERSION,
    DatabaseError,
    migrate,
    open_database,
)
from hamstring_coach.storage.schema import APPLICATION_ID, MIGRATIONS, statements

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
    ).fetchall()


def test_new_file_gets_the_schema(conn: sqlite3.Connection) -> None:
    names = {row[1] for row in _schema(conn)}
    assert {"sessions", "segments", "settings", "kinds", "sides", "steps"} <= names
    assert "sessions_started" in names
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 1  # one version per migration
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    columns = [row[1] for row in conn.execute("PRAGMA table_info(segments)")]
    assert columns == [
        "session_id",
        "seq",
        "position",
        "step",
        "kind",
        "side",
        "rep",
        "planned_ms",
        "actual_ms",
        "completed",
        "start_ms",
        "end_ms",
    ]
    (segments_sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'segments'"
    ).fetchone()
    assert segments_sql.rstrip().endswith("WITHOUT ROWID")
    references = {row[2] for row in conn.execute("PRAGMA foreign_key_list(segments)")}
    assert references == {"sessions", "steps", "kinds", "sides"}


def test_connection_settings(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 3000
    assert conn.isolation_level is None
    assert not conn.in_transaction


def test_busy_timeout_is_a_keyword(db_path: Path) -> None:
    with closing(open_database(db_path, busy_timeout=120)) as conn:
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 120


def test_foreign_keys_cascade(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO sessions (id, routine_id, routine_title, started_at, utc_offset_min)"
        " VALUES (1, 'r', 'R', '2026-01-01T00:00:00.000000+00:00', 0)"
    )
    conn.execute("INSERT INTO steps (code, step_id) VALUES (1, 's')")
    insert = (
        "INSERT INTO segments (session_id, seq, position, step, kind, actual_ms, completed,"
        " start_ms, end_ms) VALUES (?, 0, 0, ?, 1, 1000, 1, 0, 1000)"
    )
    conn.execute(insert, (1, 1))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(insert, (99, 1))  # no such session
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(insert.replace("0, 0", "1, 0"), (1, 2))  # no such step
    conn.execute("DELETE FROM sessions WHERE id = 1")
    assert conn.execute("SELECT COUNT(*) FROM segments").fetchone()[0] == 0


@posix_only
def test_files_are_private(conn: sqlite3.Connection, db_path: Path) -> None:
    conn.execute("INSERT INTO settings VALUES ('k', 'v')")
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        assert path.exists(), path
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@posix_only
def test_private_despite_a_permissive_umask(db_path: Path) -> None:
    old = os.umask(0)
    try:
        open_database(db_path).close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_reopening_changes_nothing(db_path: Path) -> None:
    with closing(open_database(db_path)) as conn:
        conn.execute("INSERT INTO settings VALUES ('theme', 'dark')")
        before = _schema(conn)
    with closing(open_database(db_path)) as conn:
        assert _schema(conn) == before
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT value FROM settings").fetchall() == [("dark",)]


def test_empty_file_is_accepted(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with closing(open_database(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_migrations_apply_in_order(tmp_path: Path) -> None:
    extra = "ALTER TABLE sessions ADD COLUMN mood TEXT; UPDATE sessions SET mood = 'ok'"
    with closing(sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)) as conn:
        last = len(MIGRATIONS) + 1
        assert migrate(conn, "m", (*MIGRATIONS, extra)) == last
        assert conn.execute("PRAGMA user_version").fetchone()[0] == last
        columns = [row[1] for row in conn.execute("PRAGMA table_info(sessions)")]
        assert columns[-1] == "mood"
        assert migrate(conn, "m", (*MIGRATIONS, extra)) == last  # nothing left to do


def test_failed_migration_is_rolled_back(tmp_path: Path) -> None:
    broken = "CREATE TABLE extra (x INTEGER); INSERT INTO no_such_table VALUES (1)"
    with closing(sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)) as conn:
        migrate(conn, "m", MIGRATIONS)
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn, "m", (*MIGRATIONS, broken))
        assert not conn.in_transaction
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables


def test_migrate_refuses_a_newer_file(tmp_path: Path) -> None:
    with closing(sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)) as conn:
        conn.execute("PRAGMA user_version = 7")
        with pytest.raises(DatabaseError, match="newer version"):
            migrate(conn, tmp_path / "m.sqlite3")
        assert not conn.in_transaction
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 7


def test_statements_keep_trigger_bodies_whole() -> None:
    script = """
    CREATE TABLE a (x);
    CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM a; END;
    CREATE INDEX i ON a (x)
    """
    parts = list(statements(script))
    assert len(parts) == 3
    assert parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")


def test_an_existing_file_open_to_others_is_made_private(db_path: Path) -> None:
    open_database(db_path).close()
    db_path.chmod(0o644)
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600

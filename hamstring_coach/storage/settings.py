"""SettingsRepository: the person's settings in the history file's ``settings`` table."""

from __future__ import annotations

import sqlite3
from contextlib import suppress

from hamstring_coach.core.settings import Settings, check, settings_from_text, settings_to_text
from hamstring_coach.storage import errors


class SettingsRepository:
    """Reads never fail on a bad stored value (its default is used); a file that cannot
    be read or written raises DatabaseError, one sentence naming it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def load(self) -> Settings:
        try:
            rows = self._conn.execute("SELECT key, value FROM settings").fetchall()
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, errors.file_of(self._conn), "read") from exc
        stored = {str(key): str(value) for key, value in rows}
        return settings_from_text(stored)

    def save(self, settings: Settings) -> None:
        """Store every setting at once; ValueError for one outside what it may hold."""
        check(settings)
        rows = list(settings_to_text(settings).items())
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rows,
            )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise errors.from_sqlite(exc, errors.file_of(conn), "save") from exc

"""SettingsRepository: the person's settings in the history file's ``settings`` table."""

from __future__ import annotations

import sqlite3

from hamstring_coach.core.settings import Settings, check, settings_from_text, settings_to_text
from hamstring_coach.storage import errors, transactions


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
        with transactions.writing(self._conn, errors.file_of(self._conn)) as conn:
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rows,
            )

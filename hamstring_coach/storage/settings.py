"""SettingsRepository: the person's settings in the history file's ``settings`` table."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from hamstring_coach.storage import errors, transactions

if TYPE_CHECKING:
    from hamstring_coach.core.settings import Settings


class SettingsRepository:
    """Reads never fail on a bad stored value (its default is used); a file that cannot
    be read or written raises DatabaseError, one sentence naming it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def load(self) -> Settings:
        from hamstring_coach.core.settings import settings_from_text

        return settings_from_text(self._stored())

    def stored(self, key: str) -> str | None:
        """One setting as stored, unread: the window's frame takes its theme from here
        without loading the settings' types (``settings_from_text`` reads the rest)."""
        return self._stored().get(key)

    def _stored(self) -> dict[str, str]:
        try:
            rows = self._conn.execute("SELECT key, value FROM settings").fetchall()
        except sqlite3.Error as exc:
            raise errors.from_sqlite(exc, errors.file_of(self._conn), "read") from exc
        return {str(key): str(value) for key, value in rows}

    def save(self, settings: Settings) -> None:
        """Store every setting at once; ValueError for one outside what it may hold."""
        from hamstring_coach.core.settings import check, settings_to_text

        check(settings)
        rows = list(settings_to_text(settings).items())
        with transactions.writing(self._conn, errors.file_of(self._conn)) as conn:
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rows,
            )

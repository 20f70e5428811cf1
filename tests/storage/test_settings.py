"""Settings are stored as text and read back whole; a bad stored value keeps its default."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.settings import SettingsRepository


def test_a_new_history_has_the_defaults(conn: sqlite3.Connection) -> None:
    assert SettingsRepository(conn).load() == Settings()


def test_settings_are_read_back_as_saved(conn: sqlite3.Connection) -> None:
    chosen = Settings(
        hold_s=22.5, repetitions=2, sore_leg="left", sore_side_only=True, voice=False,
        voice_volume=0.25, theme="dark", ice_minutes=15, ice_interval_h=3,
    )  # fmt: skip
    SettingsRepository(conn).save(chosen)
    assert SettingsRepository(conn).load() == chosen
    SettingsRepository(conn).save(replace(chosen, theme="light"))
    assert SettingsRepository(conn).load().theme == "light"


@pytest.mark.parametrize(
    ("key", "stored"),
    [("hold_s", "45"), ("hold_s", "nan"), ("repetitions", "2.5"), ("theme", "purple"),
     ("voice", "yes"), ("ice_minutes", "9" * 400), ("sore_leg", "")],
)  # fmt: skip
def test_a_stored_value_out_of_range_gives_the_default(
    conn: sqlite3.Connection, key: str, stored: str
) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES ('theme', 'dark')")
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, stored))
    loaded = SettingsRepository(conn).load()
    assert getattr(loaded, key) == getattr(Settings(), key)
    if key != "theme":
        assert loaded.theme == "dark"  # the others are still read


def test_saving_a_setting_out_of_range_is_refused_and_changes_nothing(conn) -> None:
    with pytest.raises(ValueError):
        SettingsRepository(conn).save(Settings(hold_s=90))
    assert SettingsRepository(conn).load() == Settings()

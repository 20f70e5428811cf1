"""What ``today`` and ``injury show`` read, and how they word it for the terminal."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from hamstring_coach.core.recovery import Activity, Flag, Injury, Phase, Today
from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.paths import AppPaths, DataFolderError
from hamstring_coach.storage.settings import SettingsRepository

# How far back the plan looks: a week of sessions for the weekly target and pain trend.
LOOK_BACK = timedelta(days=8)

PHASE_NAMES: dict[Phase, str] = {
    "acute": "acute (the first 48 hours)",
    "early": "early recovery (day 3 to 7)",
    "later": "later recovery (week 2 to 4)",
    "lingering": "lingering (past 4 weeks)",
    "none": "no current injury",
}
FLAG_TEXTS: dict[Flag, str] = {
    "physical-therapist": "Sore for more than 2 weeks: see a physical therapist.",
    "healthcare-provider": "Sore for more than 4 weeks: see a healthcare provider.",
    "pain-rising": "Your pain ratings are rising: see a physical therapist.",
}
HEAT_TEXTS = {
    "not-yet": "No heat in the first 48 hours.",
    "gently": "Heat: gently, and only if a professional agrees.",
}


@dataclass(frozen=True)
class CareRecords:
    injuries: list[Injury]
    activities: list[Activity]
    settings: Settings


def read_records(data_dir: str | None, now: datetime) -> CareRecords:
    """Read injuries, recent sessions and settings without creating or changing anything."""
    paths = AppPaths.resolve(data_dir, os.environ)
    if paths.data_dir.exists() and not paths.data_dir.is_dir():
        raise DataFolderError(f"The data folder {paths.data_dir} is a file, not a folder.")
    if paths.data_dir.exists() and not os.access(paths.data_dir, os.R_OK | os.X_OK):
        raise DataFolderError(f"Cannot read the data folder {paths.data_dir}.")
    connection = open_database(paths.db_path, readonly=True)
    try:
        injuries = InjuryRepository(connection)
        return CareRecords(
            injuries.all(),
            injuries.activities(now - LOOK_BACK),
            SettingsRepository(connection).load(),
        )
    finally:
        connection.close()


def moment_text(moment: datetime | None) -> str | None:
    """ISO 8601 with the offset, to the second."""
    return None if moment is None else moment.isoformat(timespec="seconds")


def local_text(moment: datetime) -> str:
    """A moment as the person reads it on their clock: "Sat 28 Nov 08:00"."""
    return moment.astimezone().strftime("%a %d %b %H:%M")


def injury_dict(injury: Injury) -> dict[str, object]:
    return {
        "when": moment_text(injury.happened_at),
        "leg": injury.leg,
        "note": injury.note or None,
        "recovered_at": moment_text(injury.recovered_at),
    }


def warnings(report: Today) -> list[str]:
    """Short sentences: the red flags first, then what to avoid now."""
    texts = [FLAG_TEXTS[flag] for flag in report.flags]
    if report.phase == "acute":
        texts.append(HEAT_TEXTS["not-yet"])
        if report.phase_ends_at is not None:
            texts.append(f"No stretching yet: wait until {local_text(report.phase_ends_at)}.")
    return texts


def today_dict(report: Today) -> dict[str, object]:
    """The JSON object of ``today --json``."""
    heat = {"acute": "not-yet", "none": None}.get(report.phase, "gently")
    return {
        "phase": report.phase,
        "injury": None if report.injury is None else injury_dict(report.injury),
        "next_ice_due": moment_text(report.next_ice_due),
        "plan": [
            {
                "routine_id": item.routine_id,
                "done_today": item.done_today,
                "target": item.target,
                "target_max": item.target_max,
                "period": item.period,
                "done": item.done,
            }
            for item in report.plan
        ],
        "warnings": warnings(report),
        "heat": None if heat is None else HEAT_TEXTS[heat],
        "phase_ends_at": moment_text(report.phase_ends_at),
    }

"""Make ``history-v1.sqlite3`` and ``history-v1.json`` with the first schema's code.

The migration test upgrades this file, made by Hamstring Coach 0.1.0's own storage code
(schema version 1: text times to the microsecond, kinds and sides as text), and checks
that every row comes through. It was run once, from a checkout of that version:

    PYTHONPATH=/path/to/0.1.0 python tests/data/make_history_v1.py tests/data

It writes through the public API of that version only (HistoryRepository,
SettingsRepository), so the file is exactly what the app wrote. The JSON file is that
version's ``export()`` of it, ``history --json`` as 0.1.0 printed it.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.history import HistoryRepository, SegmentRecord

CET, CEST = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))
NEW_YORK = timezone(timedelta(hours=-5))
KOLKATA = timezone(timedelta(hours=5, minutes=30))


def segment(
    position: int, step: str, kind: str, start: datetime, actual: float, **extra: object
) -> SegmentRecord:
    fields: dict[str, object] = {
        "position": position,
        "step_id": step,
        "kind": kind,
        "side": "left",
        "rep": 1,
        "planned_s": 30.0,
        "actual_s": actual,
        "completed": True,
        "started_at": start,
        "ended_at": start + timedelta(seconds=actual),
    }
    fields.update(extra)
    return SegmentRecord(**fields)  # type: ignore[arg-type]


def stretching(history: HistoryRepository, start: datetime, count: int) -> int:
    """A stretching session's first ``count`` segments, each 1.2345 s after the last."""
    session = history.start_session("gentle-stretching", "Gentle stretching", start)
    plan = [
        ("prepare", "left", 1, 15.0),
        ("hold", "left", 1, 30.0),
        ("rest", "left", 2, 10.0),
        ("prepare", "left", 2, 5.0),
        ("hold", "left", 2, 30.0),
        ("switch", "right", None, 5.0),
        ("prepare", "right", 1, 5.0),
        ("hold", "right", 1, 30.0),
    ]
    at = start
    for position, (kind, side, rep, planned) in enumerate(plan[:count]):
        actual = planned + 0.001234 * (position + 1)
        record = segment(
            position, "seated-stretch", kind, at, actual, side=side, rep=rep, planned_s=planned
        )
        history.add_segment(session, record)
        at = record.ended_at + timedelta(microseconds=1_234_567)
    return session


def make(folder: Path) -> None:
    db = folder / "history-v1.sqlite3"
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    conn = open_database(db)
    history = HistoryRepository(conn)
    conn.execute("INSERT INTO settings (key, value) VALUES ('hold_s', '25'), ('theme', 'dark')")

    first = datetime(2025, 1, 6, 7, 15, 3, 123456, tzinfo=CET)
    done = stretching(history, first, 8)
    history.finish_session(done, "completed", first + timedelta(minutes=3), "Felt easy.")
    history.set_pain(done, 2)

    late = datetime(2025, 7, 14, 23, 30, 0, 999999, tzinfo=CEST)  # 21:30 UTC, local day 14th
    pain = stretching(history, late, 5)
    history.finish_session(
        pain, "sharp-pain", late + timedelta(minutes=2), "Stopped for sharp pain."
    )

    # Gone back: position 4 was cut short, then done again; position 3 twice as well.
    back = datetime(2025, 7, 15, 6, 0, tzinfo=CEST)
    again = stretching(history, back, 5)
    redo = back + timedelta(minutes=4)
    history.add_segment(
        again, segment(3, "seated-stretch", "prepare", redo, 5.0, rep=2, planned_s=5.0)
    )
    history.add_segment(
        again, segment(4, "seated-stretch", "hold", redo + timedelta(seconds=5), 29.9995, rep=2)
    )
    history.finish_session(again, "completed", back + timedelta(minutes=6))
    history.set_pain(again, 0)

    abroad = datetime(2025, 8, 2, 18, 45, 10, 500000, tzinfo=NEW_YORK)
    ice = history.start_session("ice", "Ice – R.I.C.E.", abroad)
    history.add_segment(
        ice,
        segment(
            0, "rice-check", "checklist", abroad, 12.345678, side=None, rep=None, planned_s=None
        ),
    )
    history.add_segment(
        ice,
        segment(
            1,
            "ice",
            "timed",
            abroad + timedelta(seconds=13),
            612.5,
            side=None,
            rep=None,
            planned_s=900.0,
            completed=False,
        ),
    )
    history.finish_session(
        ice, "stopped", abroad + timedelta(minutes=11), "Ice pack too cold; «Pause» früher."
    )
    history.set_pain(ice, 5)

    strong = datetime(2025, 9, 1, 12, 0, 0, 1, tzinfo=KOLKATA)
    sets = history.start_session("strength", "Strengthening", strong)
    for position in range(3):
        at = strong + timedelta(seconds=70 * position)
        history.add_segment(
            sets,
            segment(
                position, "bridges", "reps", at, 36.0, side=None, rep=position + 1, planned_s=36.0
            ),
        )
    history.finish_session(sets, "completed", strong + timedelta(minutes=4))

    empty = datetime(2025, 10, 1, 9, 0, tzinfo=CEST)
    nothing = history.start_session("gentle-stretching", "Gentle stretching", empty)
    history.finish_session(nothing, "stopped", empty + timedelta(seconds=3))

    crashed = datetime(2025, 10, 26, 2, 30, tzinfo=CET)  # the night the clocks went back
    stretching(history, crashed, 3)
    history.close_interrupted()

    open_now = datetime(2025, 11, 3, 8, 0, tzinfo=CET)
    stretching(history, open_now, 2)  # left open, as a crash leaves it before the next start

    exported = history.export()
    conn.close()
    text = json.dumps(exported, indent=2, ensure_ascii=False) + "\n"
    (folder / "history-v1.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    make(Path(sys.argv[1]))

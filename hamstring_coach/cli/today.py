"""``hamstring-coach today [--json]``: the phase, today's plan, the next ice and warnings.

Read-only, like ``history``: it creates and changes nothing.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from hamstring_coach.cli.care import PHASE_NAMES, local_text, read_records, today_dict, warnings
from hamstring_coach.cli.common import builtin_routine_paths
from hamstring_coach.core.recovery import current_injury, today
from hamstring_coach.core.routines import load_routines


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "today", parents=parents, help="print the recovery phase and today's plan"
    )
    command.add_argument("--json", action="store_true", help="as one JSON object")
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    now = datetime.now().astimezone()
    routines = {r.id for r in load_routines(builtin_routine_paths())}
    records = read_records(args.data_dir, now)
    report = today(
        current_injury(records.injuries),
        records.activities,
        now,
        interval_h=records.settings.ice_interval_h,
        ice_minutes=records.settings.ice_minutes,
        routines=routines,
    )
    if args.json:
        import json  # only here: the window never needs it

        print(json.dumps(today_dict(report), indent=2, ensure_ascii=False))
        return 0
    print(f"Phase: {PHASE_NAMES[report.phase]}.")
    if report.injury is not None:
        print(f"Injury: {report.injury.leg} leg, since {local_text(report.injury.happened_at)}.")
    if report.next_ice_due is not None:
        due = report.next_ice_due
        print("Next ice: now." if due <= now else f"Next ice: {local_text(due)}.")
    for item in report.plan:
        aim = (
            f"{item.target}"
            if item.target == item.target_max
            else f"{item.target}-{item.target_max}"
        )
        when = "today" if item.period == "day" else "in the last 7 days"
        print(f"{item.routine_id}: {item.done} done {when}, aim {aim} a {item.period}.")
    for text in warnings(report):
        print(f"! {text}")
    return 0

"""``injury set``, ``injury recovered`` and ``injury show [--json]``.

An injury is recorded in the history file, in one short write, so these work while the
window is open on the same data folder; the window shows the change when next looked at.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime
from typing import Any

from hamstring_coach.cli.care import PHASE_NAMES, injury_dict, local_text, read_records
from hamstring_coach.cli.common import Parser, UsageError
from hamstring_coach.core.entered_text import (
    MAX_YEARS_BACK,
    EntryError,
    check_moment,
    clean_note,
    earliest_moment,
)
from hamstring_coach.core.quoting import quote
from hamstring_coach.core.recovery import LEGS, current_injury, phase
from hamstring_coach.storage.database import open_database
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.paths import AppPaths

MAX_WHEN_CHARS = 64  # longer than any date and time with an offset


def _leg(text: str) -> str:
    if text not in LEGS:
        raise argparse.ArgumentTypeError(f"'{text}' is not a leg; choose left, right or both")
    return text


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    injury = commands.add_parser("injury", help="record an injury, mark it recovered, show it")
    actions = injury.add_subparsers(
        dest="injury_command", metavar="ACTION", required=True, parser_class=Parser
    )
    record = actions.add_parser("set", parents=parents, help="record when and where it happened")
    record.add_argument(
        "--when",
        metavar="TIME",
        help='local date and time it happened, such as "2026-11-27 08:00" (default: now)',
    )
    record.add_argument(
        "--leg", required=True, type=_leg, metavar="LEG", help="left, right or both"
    )
    record.add_argument("--note", metavar="TEXT", help="a few words: how it happened")
    record.set_defaults(run=set_injury)
    recovered = actions.add_parser(
        "recovered", parents=parents, help="mark the current injury recovered"
    )
    recovered.set_defaults(run=mark_recovered)
    show = actions.add_parser("show", parents=parents, help="print the current injury")
    show.add_argument("--json", action="store_true", help="as JSON, with past injuries")
    show.set_defaults(run=show_injury)


def parse_when(text: str, now: datetime) -> datetime:
    """A local date and time (or ISO 8601 with an offset) within the bounds of
    ``core.entered_text``: not in the future, not years ago."""
    try:
        if len(text) > MAX_WHEN_CHARS:
            raise ValueError(text)
        moment = datetime.fromisoformat(text.strip())
        if moment.tzinfo is None:
            moment = moment.astimezone()  # the local time of this machine
    except (ValueError, OverflowError, OSError):  # no date, or one the clock cannot hold
        raise UsageError(
            f'{quote(text)} is not a date and time; write it as "2026-11-27 08:00"',
            see_help=False,
        ) from None
    try:
        return check_moment(moment, now)
    except EntryError as error:
        if error.problem == "future":
            raise UsageError(
                f"{quote(text)} is in the future; give the time the injury happened",
                see_help=False,
            ) from None
        raise UsageError(
            f"{quote(text)} is more than {MAX_YEARS_BACK} years ago; give a time since "
            f"{earliest_moment(now).date().isoformat()}",
            see_help=False,
        ) from None


def _open(args: argparse.Namespace) -> tuple[Any, InjuryRepository]:
    paths = AppPaths.resolve(args.data_dir, os.environ)
    paths.ensure()
    connection = open_database(paths.db_path)
    return connection, InjuryRepository(connection)


def set_injury(args: argparse.Namespace) -> int:
    now = datetime.now().astimezone()
    happened = now if args.when is None else parse_when(args.when, now)
    try:
        clean_note(args.note)  # refused before the data folder is touched
    except EntryError as error:
        raise UsageError(str(error).rstrip("."), see_help=False) from None
    connection, injuries = _open(args)
    try:
        injury = injuries.record(happened, args.leg, args.note, now)
    finally:
        connection.close()
    print(
        f"Injury recorded: {injury.leg} leg, {local_text(injury.happened_at)}; "
        f"phase: {PHASE_NAMES[phase(injury, now)]}."
    )
    return 0


def mark_recovered(args: argparse.Namespace) -> int:
    now = datetime.now().astimezone()
    connection, injuries = _open(args)
    try:
        injury = injuries.mark_recovered(now)
    finally:
        connection.close()
    if injury is None:
        raise UsageError("There is no current injury to mark recovered", see_help=False)
    print(f"Marked recovered: {injury.leg} leg, since {local_text(injury.happened_at)}.")
    return 0


def show_injury(args: argparse.Namespace) -> int:
    now = datetime.now().astimezone()
    injuries = read_records(args.data_dir, now).injuries
    current = current_injury(injuries)
    if args.json:
        shown = None
        if current is not None:
            shown = {**injury_dict(current), "phase": phase(current, now)}
        past = [injury_dict(i) for i in reversed(injuries) if i is not current]
        import json  # only here: the window never needs it

        print(json.dumps({"current": shown, "past": past}, indent=2, ensure_ascii=False))
        return 0
    if current is None:
        print("No current injury.")
        return 0
    print(
        f"{current.leg.capitalize()} leg, since {local_text(current.happened_at)}: "
        f"{PHASE_NAMES[phase(current, now)]}."
    )
    if current.note:
        print(f"Note: {current.note}")
    return 0

"""The date range and limit options that history and export share, read strictly."""

from __future__ import annotations

import argparse
from datetime import date

from hamstring_coach.cli.common import UsageError
from hamstring_coach.storage.session_filter import SessionFilter


def day(text: str) -> date:
    """A calendar date written YYYY-MM-DD."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, for example 2026-03-01"
        ) from None


def count(text: str) -> int:
    """A whole number from 0."""
    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is less than 0")
    return value


def add_range_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--since",
        metavar="DATE",
        type=day,
        help="only sessions started on DATE (YYYY-MM-DD, your local date) or later",
    )
    parser.add_argument(
        "--until",
        metavar="DATE",
        type=day,
        help="only sessions started on DATE (YYYY-MM-DD) or earlier",
    )


def range_filter(args: argparse.Namespace) -> SessionFilter:
    """The sessions that --since and --until ask for; a reversed range is refused."""
    since, until = args.since, args.until
    if since is not None and until is not None and since > until:
        raise UsageError(f"--since {since} comes after --until {until}")
    return SessionFilter(since=since, until=until)

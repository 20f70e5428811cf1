"""``show PAGE``: open the window at one of its pages (the menu entry's "History")."""

from __future__ import annotations

import argparse
from typing import Any

from hamstring_coach.cli.routines import open_library

# The pages a command line may ask for, by name; app.open_page shows each.
PAGES = ("today", "history", "care-notes", "settings")


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    show = commands.add_parser(
        "show", parents=parents, help=f"open the window at a page ({', '.join(PAGES)})"
    )
    show.add_argument("page", metavar="PAGE", choices=PAGES, help=", ".join(PAGES))
    show.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    paths, library = open_library(args)
    from hamstring_coach.app import run_gui  # Qt is loaded only for the window

    return run_gui(
        paths, args.time_scale, library.routines(), None, page=args.page, library=library
    )

"""``hamstring-coach export --format csv|json|pdf --output FILE [--since] [--until]``.

CSV and JSON are written by ``storage.exporting``. The PDF report is painted with Qt by
``hamstring_coach.ui.report.write_report`` (drawing into the file it is given, with an
offscreen QGuiApplication of its own when there is none), with the injury and the ice
settings read from the same file; a version without it refuses ``--format pdf``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hamstring_coach.cli.common import UsageError
from hamstring_coach.cli.ranges import add_range_options, range_filter
from hamstring_coach.storage.paths import AppPaths

if TYPE_CHECKING:
    from hamstring_coach.storage.session_filter import SessionFilter

FORMATS = ("csv", "json", "pdf")
REPORT_MODULE = "hamstring_coach.ui.report"
Report = Callable[..., None]  # ui.report.write_report


def add_parser(commands: Any, parents: list[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export", parents=parents, help="write the history to a CSV, JSON or PDF file"
    )
    export.add_argument(
        "--format",
        choices=FORMATS,
        help="csv: one row per segment; json: everything, to import again; pdf: a report "
        "(default: from the file's extension)",
    )
    export.add_argument("--output", metavar="FILE", required=True, help="the file to write")
    add_range_options(export)
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from hamstring_coach.cli.reading import open_readonly
    from hamstring_coach.storage.exporting import ExportError, check_target, export_csv, export_json
    from hamstring_coach.storage.history import HistoryRepository

    matching = range_filter(args)
    kind = args.format or _format_of(args.output)
    paths = AppPaths.resolve(args.data_dir, os.environ)
    if args.output == "":
        raise UsageError("The output file was given as an empty name")
    report = _report() if kind == "pdf" else None
    try:
        target = check_target(Path(args.output), paths, overwrite=args.force)
    except ExportError as error:
        raise UsageError(str(error), see_help=False) from None
    connection = open_readonly(paths)
    try:
        history = HistoryRepository(connection)
        if kind == "csv":
            count = export_csv(history, target, matching, replace=args.force)
        elif kind == "json":
            count = export_json(history, target, matching, replace=args.force)
        else:
            assert report is not None
            count = _pdf(report, connection, target, matching, replace=args.force)
    except ExportError as error:
        raise UsageError(str(error), see_help=False) from None
    finally:
        connection.close()
    sessions = "1 session" if count == 1 else f"{count} sessions"
    print(f"Exported {sessions} to {target}.")
    return 0


def _format_of(output: str) -> str:
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise UsageError(
        f"Say which format to write with --format csv, json or pdf ({output} does not end in "
        ".csv, .json or .pdf)"
    )


def _report() -> Report:
    """The PDF report's writer, or a UsageError while the app has none."""
    found = importlib.util.find_spec(REPORT_MODULE) is not None
    write = getattr(importlib.import_module(REPORT_MODULE), "write_report", None) if found else None
    if not callable(write):
        raise UsageError(
            "This version of Hamstring Coach cannot write PDF reports yet; export "
            "--format csv or --format json instead",
            see_help=False,
        )
    report: Report = write
    return report


def _pdf(
    report: Report,
    connection: sqlite3.Connection,
    target: Path,
    matching: SessionFilter,
    *,
    replace: bool,
) -> int:
    """The report, drawn into a temporary file that then takes the target's place."""
    from hamstring_coach.storage.exporting import replace_atomically
    from hamstring_coach.storage.history import HistoryRepository
    from hamstring_coach.storage.injuries import InjuryRepository
    from hamstring_coach.storage.settings import SettingsRepository

    history = HistoryRepository(connection)
    count = history.count_sessions(matching)
    injuries = InjuryRepository(connection)
    settings = SettingsRepository(connection).load()
    replace_atomically(
        target,
        lambda path: report(history, path, matching, injuries=injuries, settings=settings),
        replace=replace,
    )
    return count

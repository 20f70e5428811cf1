"""An export run off the window's thread, so that ten years never freeze the window.

The job opens the history file read-only on its own connection (SQLite connections
belong to one thread), writes CSV or JSON through ``storage.exporting`` or the PDF
report through ``ui.report``, each into a temporary file renamed over the target once
whole, and says ``succeeded(sessions, path)`` or ``failed(sentence)``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.database import DatabaseError, open_database
from hamstring_coach.storage.exporting import (
    ExportError,
    check_target,
    export_csv,
    export_json,
    replace_atomically,
)
from hamstring_coach.storage.history import HistoryRepository, SessionFilter
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.storage.paths import AppPaths
from hamstring_coach.ui.report import ReportError, write_report

FORMATS = ("pdf", "csv", "json")


class ExportJob(QThread):
    succeeded = Signal(int, str)  # sessions written, the file
    failed = Signal(str)  # one sentence

    def __init__(
        self,
        paths: AppPaths,
        kind: str,
        target: Path,
        matching: SessionFilter,
        settings: Settings,
        parent: object = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        if kind not in FORMATS:
            raise ValueError(f"Unknown export format {kind!r}; expected one of {FORMATS}.")
        self.paths = paths
        self.kind = kind
        self.target = target
        self.matching = matching
        self.settings = settings

    def run(self) -> None:
        try:
            count, target = self.export()
        except (ExportError, DatabaseError, ReportError) as error:
            self.failed.emit(str(error))
            return
        self.succeeded.emit(count, str(target))

    def export(self) -> tuple[int, Path]:
        """Write the export here and now; returns the sessions written and the file."""
        target = check_target(self.target, self.paths, overwrite=True)
        connection = open_database(self.paths.db_path, readonly=True)
        try:
            history = HistoryRepository(connection)
            if self.kind == "csv":
                return export_csv(history, target, self.matching), target
            if self.kind == "json":
                return export_json(history, target, self.matching), target
            count = history.count_sessions(self.matching)
            injuries = InjuryRepository(connection)
            replace_atomically(
                target,
                lambda path: write_report(
                    history, path, self.matching, injuries=injuries, settings=self.settings
                ),
            )
            return count, target
        finally:
            connection.close()

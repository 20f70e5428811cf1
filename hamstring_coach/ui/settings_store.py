"""SettingsStore: the settings the window runs with, saved as they change.

Everything that follows a setting (the timeline of the next session, the cue player's
voice and sounds, the theme, full screen) reads ``store.current`` when it starts and
connects to ``changed`` for what comes later. A change takes effect at once, even when
the history file cannot take it: it is kept, said in one sentence (``problemChanged``),
and saved with the next change or ``retry()``, so nothing chosen is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hamstring_coach.core.settings import Settings, check
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.settings import SettingsRepository


class SettingsStore(QObject):
    changed = Signal(object)  # the new Settings; read it typed through ``current``
    problemChanged = Signal(str)  # one sentence, or "" once everything is saved again

    def __init__(
        self, repository: SettingsRepository | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._current = Settings()
        self._unsaved = False
        self._problem = ""

    @property
    def current(self) -> Settings:
        return self._current

    @property
    def problem(self) -> str:
        """Why the settings could not be read or saved, or ""."""
        return self._problem

    @property
    def unsaved(self) -> bool:
        return self._unsaved

    def load(self) -> None:
        """Read the stored settings; the defaults stand in when the file cannot be read."""
        if self._repository is None:
            return
        try:
            loaded = self._repository.load()
        except DatabaseError as error:
            self._set_problem(
                self.tr("{problem}; the usual settings are used for now.").format(
                    problem=storage_problem(error).rstrip(".")
                )
            )
            return
        self._set_problem("")
        if loaded != self._current:
            self._current = loaded
            self.changed.emit(loaded)

    def update(self, settings: Settings) -> None:
        """Use ``settings`` from now on and save them; ValueError for one out of range."""
        check(settings)
        if settings == self._current and not self._unsaved:
            return
        if settings != self._current:
            self._current = settings
            self.changed.emit(settings)
        self._unsaved = True
        self.retry()

    def retry(self) -> None:
        """Save what is not saved yet."""
        if not self._unsaved or self._repository is None:
            self._unsaved = False
            return
        try:
            self._repository.save(self._current)
        except DatabaseError as error:
            self._set_problem(
                self.tr(
                    "{problem}; your settings are used all the same and saved as soon as "
                    "the file takes them."
                ).format(problem=storage_problem(error).rstrip("."))
            )
            return
        self._unsaved = False
        self._set_problem("")

    def _set_problem(self, problem: str) -> None:
        if problem != self._problem:
            self._problem = problem
            self.problemChanged.emit(problem)


def storage_problem(error: DatabaseError) -> str:
    """The problem in the words the pages use (loaded when there is one)."""
    from hamstring_coach.ui import texts

    return texts.storage_problem(error)

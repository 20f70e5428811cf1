"""The main window: navigation between the start page, a session, its end and history.

Closing the window and quitting the app are separate: ``closeEvent`` asks
``keep_running`` whether the app goes on without its window (a timer running on in the
tray); otherwise closing asks to quit. Quitting ends a session under way (kept as
stopped) and, when part of the history is not saved yet, asks first with a dialog that
never blocks the event loop. ``quitRequested`` is emitted once the window has agreed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.early_keys import EarlyKeys
from hamstring_coach.ui.widgets.notice import notice_bar
from hamstring_coach.ui.window_size import size_for_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from hamstring_coach.core.engine import SessionFinished
    from hamstring_coach.core.routines import Routine
    from hamstring_coach.core.timeline import Prefs
    from hamstring_coach.storage.history import HistoryRepository
    from hamstring_coach.storage.history_file import HistoryFile
    from hamstring_coach.storage.routine_library import RoutineLibrary
    from hamstring_coach.ui.care_notes_page import CareNotesPage
    from hamstring_coach.ui.controller import SessionController
    from hamstring_coach.ui.cues import Cues
    from hamstring_coach.ui.history_page import HistoryPage
    from hamstring_coach.ui.routines_page import RoutinesPage
    from hamstring_coach.ui.saving import Saving
    from hamstring_coach.ui.session_page import SessionPage
    from hamstring_coach.ui.settings_page import SettingsPage
    from hamstring_coach.ui.settings_store import SettingsStore
    from hamstring_coach.ui.summary_page import SummaryPage
    from hamstring_coach.ui.today_model import TodayModel
    from hamstring_coach.ui.today_page import TodayPage
    from hamstring_coach.ui.widgets.pain_before import PainBeforeStrip


class MainWindow(QMainWindow):
    """Built in two steps, so that the window appears at once. ``MainWindow()`` is its
    frame: the title, the size, the tabs and the notices, made of Qt alone. ``open``
    then puts the start page in and connects everything; the other pages are built when
    first needed. Keys typed in between are kept and handed to the start page
    (``EarlyKeys``). Given its parts, the constructor does both steps at once."""

    quitRequested = Signal()  # the window agreed to quit; the app ends its event loop
    opened = Signal()  # ``open`` has put the start page in: the window is ready for use
    _opened = False  # until ``open``; Qt calls changeEvent while the frame is being built

    def __init__(
        self,
        routines: list[Routine] | None = None,
        controller: SessionController | None = None,
        saving: Saving | None = None,
        history: HistoryRepository | None = None,
        settings: SettingsStore | None = None,
        care: TodayModel | None = None,
        library: RoutineLibrary | None = None,
        *,
        file: HistoryFile | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Hamstring Coach"))
        self.setAccessibleName(self.tr("Hamstring Coach"))
        # Read from a mat on the floor: everything a size up from the desktop default.
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        # Whether closing the window leaves the app running; quitting is the default.
        self.keep_running: Callable[[], bool] = lambda: False
        # Whether closing must ask first (a timer runs and nothing keeps it running);
        # True when it has asked, without blocking, and the close waits for the answer.
        self.ask_before_closing: Callable[[], bool] = lambda: False
        self._quitting = False
        self._asking: QMessageBox | None = None  # the "not saved yet" question, while open
        self._session: SessionPage | None = None
        self._summary: SummaryPage | None = None
        self._history_page: HistoryPage | None = None
        self._settings_page: SettingsPage | None = None
        self._care_notes: CareNotesPage | None = None
        self._routines_page: RoutinesPage | None = None
        self._pain_before: PainBeforeStrip | None = None
        self._care: TodayModel | None = None
        # Said once a session when its sounds or voice cannot play (``attach_cues``).
        self.cues: Cues | None = None
        self.pages = QStackedWidget(self)

        self.nav = QWidget(self)
        self.home_tab = self._tab(
            self.tr("Today"),
            self.tr("The recovery phase, today's plan and the routines to start."),
        )
        self.history_tab = self._tab(
            self.tr("History"),
            self.tr("Past sessions, with the steps of the one selected."),
        )
        self.notes_tab = self._tab(
            self.tr("Care notes"),
            self.tr("Short notes on caring for a sore or strained hamstring."),
        )
        self.routines_tab = self._tab(
            self.tr("My routines"),
            self.tr("Import, copy, change, export or delete routines."),
        )
        self.settings_tab = self._tab(
            self.tr("Settings"),
            self.tr("Holds, rests, sides, voice, sounds, theme and ice. Ctrl+Comma opens it."),
        )
        self.home_tab.setChecked(True)
        row = QHBoxLayout(self.nav)
        row.setContentsMargins(8, 8, 8, 6)  # room below the tabs for the focus ring
        row.addWidget(self.home_tab)
        row.addWidget(self.history_tab)
        row.addWidget(self.notes_tab)
        row.addWidget(self.routines_tab)
        row.addStretch(1)
        row.addWidget(self.settings_tab)

        # Shown on every page while something could not be saved, until it is.
        self.save_banner = notice_bar(
            self.tr("Saving problem"),
            self,
            self.tr("Says what could not be saved; saving is tried again every few seconds."),
        )
        # What the desktop cannot do here (alert, notify), or what a sleep did; said once.
        self.desktop_banner = notice_bar(
            self.tr("Desktop notice"),
            self,
            self.tr("Says what the desktop could not do, or what a sleep of the computer did."),
        )

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.save_banner)
        column.addWidget(self.desktop_banner)
        column.addWidget(self.nav)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._open_maximized = size_for_screen(self)  # on a small screen (``setVisible``)
        self._early_keys: EarlyKeys | None = EarlyKeys(
            self,
            [self.home_tab, self.history_tab, self.notes_tab, self.routines_tab, self.settings_tab],
        )
        if routines is not None:
            assert controller is not None and saving is not None and history is not None
            self.open(routines, controller, saving, history, settings, care, library, file=file)

    def setVisible(self, visible: bool) -> None:
        """Shown the first time, the window opens maximized where its preferred size
        does not fit the screen: ``showMaximized`` sets that state in Qt's own terms
        and comes back here to show it."""
        if visible and self._open_maximized:
            self._open_maximized = False
            self.showMaximized()
            return
        super().setVisible(visible)

    @property
    def quitting(self) -> bool:
        """Whether the window has agreed to quit (it closes for good)."""
        return self._quitting

    @property
    def care(self) -> TodayModel | None:
        """What the start page shows of the recovery (None in some tests)."""
        return self._care

    @property
    def is_open(self) -> bool:
        """Whether ``open`` has put the start page in."""
        return self._opened

    def open(
        self,
        routines: list[Routine],
        controller: SessionController,
        saving: Saving,
        history: HistoryRepository,
        settings: SettingsStore | None = None,
        care: TodayModel | None = None,
        library: RoutineLibrary | None = None,
        *,
        file: HistoryFile | None = None,
    ) -> None:
        """Put the start page in and connect the window to the app's parts (once)."""
        from hamstring_coach.core.routines import step_titles
        from hamstring_coach.ui.settings_store import SettingsStore
        from hamstring_coach.ui.today_page import TodayPage
        from hamstring_coach.ui.widgets.dismissible_notice import DismissibleNotice
        from hamstring_coach.ui.widgets.picture import PictureBook

        assert not self._opened and self._early_keys is not None, "the window is open already"
        self._opened = True
        self._routines = {r.id: r for r in routines}
        # Built-in and own routines; own ones keep their numbers (``prefs_for``).
        self.library = library
        self._own_ids = library.own_ids() if library is not None else set()
        self._titles = step_titles(routines)  # kept for deleted routines' sessions too
        # What the person chose; read at start, followed as it changes (settings.changed).
        self.settings = settings or SettingsStore(None, self)
        self.controller = controller
        self.saving = saving
        self._history = history
        self._care = care
        self._file = file
        if care is not None:
            care.setParent(self)
        self.acute_question: QMessageBox | None = None  # asked before a start in the first 48 h
        self._full_screen_for_session = False  # entered full screen for the session
        self.pictures = PictureBook()  # exercise pictures, read on first use
        self.today: TodayPage = TodayPage(
            routines, self.prefs_for, self, care, pictures=self.pictures
        )
        self.pages.addWidget(self.today)
        # It can be put away (✕ or Esc on it), and then stays away for this run.
        self.cue_banner = DismissibleNotice(
            self.tr("Sound problem"),
            self,
            self.tr("Says when the sounds or the voice cannot play in this session."),
        )
        central = self.centralWidget()
        column = central.layout() if central is not None else None
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(1, self.cue_banner)  # below the saving problem, as it matters less
        self.home_tab.clicked.connect(self.show_today)
        self.history_tab.clicked.connect(self.show_history)
        self.notes_tab.clicked.connect(lambda: self.show_care_notes())
        self.routines_tab.clicked.connect(self.show_routines_page)
        self.routines_tab.setVisible(library is not None)
        self.settings_tab.clicked.connect(self.show_settings)
        saving.saveFailed.connect(self._show_save_problem)
        saving.saveRecovered.connect(self.save_banner.hide)
        controller.sessionStarted.connect(self.cue_banner.hide)
        # Asked while a session gets ready: the pain before it (skippable, never blocking).
        controller.sessionStarted.connect(lambda _begun: self.pain_before.ask())
        controller.segmentFinished.connect(self._first_step_done)

        self._add_shortcuts()
        self._ice_minutes = self.settings.current.ice_minutes
        self.today.set_ice_minutes(self._ice_minutes)
        self.settings.changed.connect(self._settings_changed)

        self.today.startRequested.connect(self.start_routine)
        self.today.careNoteRequested.connect(self.show_care_notes)
        controller.sessionFinished.connect(self._on_finished)
        self.today.refresh(cards=False)  # the page has just built its cards
        self._show(self.today)
        keys, self._early_keys = self._early_keys, None
        if keys.kept:
            _ = self.today.form  # built now rather than after a paint: Tab may pass it
        keys.hand_over(self.today)  # what was typed while the window opened, to the page
        self.opened.emit()

    def _add_shortcuts(self) -> None:
        """Ctrl+Q, F11 and Ctrl+Comma (Qt's namespace of keys loads after the frame)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.request_quit)
        self.addAction(quit_action)
        full_screen = QAction(self.tr("Full screen"), self)
        full_screen.setShortcut(QKeySequence(Qt.Key.Key_F11))
        full_screen.triggered.connect(self.toggle_full_screen)
        self.addAction(full_screen)
        open_settings = QAction(self.tr("Settings"), self)
        open_settings.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        open_settings.triggered.connect(self.show_settings)
        self.addAction(open_settings)

    def _tab(self, text: str, description: str) -> QPushButton:
        button = QPushButton(self)  # (text, self) would load QIcon, for its other overload
        button.setText(text)
        button.setCheckable(True)
        describe(button, text, description)
        button.setFlat(True)
        return button

    # -- pages, built on first use -------------------------------------------------------
    @property
    def pain_before(self) -> PainBeforeStrip:
        if self._pain_before is None:
            from hamstring_coach.ui.widgets import pain_before

            central = self.centralWidget()
            assert central is not None
            self._pain_before = pain_before.PainBeforeStrip(self.pages, central)
            self._pain_before.rated.connect(self._rate_before)
        return self._pain_before

    def _first_step_done(self, _event: object) -> None:
        if self._pain_before is not None:
            self._pain_before.dismiss()

    @property
    def session(self) -> SessionPage:
        if self._session is None:
            from hamstring_coach.ui.session_page import SessionPage

            self._session = SessionPage(self.controller, self.pictures, self)
            self._session.fullScreenRequested.connect(self.toggle_full_screen)
            self.pages.addWidget(self._session)
        return self._session

    @property
    def summary(self) -> SummaryPage:
        if self._summary is None:
            from hamstring_coach.core.ice import ICE_ROUTINE_ID
            from hamstring_coach.ui.summary_page import SummaryPage

            self._summary = SummaryPage(self)
            self._summary.painRated.connect(self._rate)
            self._summary.homeRequested.connect(self.show_today)
            self._summary.historyRequested.connect(self.show_history)
            self._summary.iceRequested.connect(lambda: self.start_routine(ICE_ROUTINE_ID))
            self.pages.addWidget(self._summary)
        return self._summary

    @property
    def history(self) -> HistoryPage:
        if self._history_page is None:
            from hamstring_coach.ui.history_page import HistoryPage

            self._history_page = HistoryPage(
                self._history,
                self._titles,
                self,
                injuries=self._care.injuries if self._care is not None else None,
                settings=lambda: self.settings.current,
                now=self.controller.clock.wall,
                file=self._file,
            )
            self._history_page.historyReplaced.connect(self._history_replaced)
            self.pages.addWidget(self._history_page)
        return self._history_page

    @property
    def settings_page(self) -> SettingsPage:
        if self._settings_page is None:
            from hamstring_coach.ui.settings_page import SettingsPage

            self._settings_page = SettingsPage(self.settings, self)
            self.pages.addWidget(self._settings_page)
        return self._settings_page

    @property
    def care_notes(self) -> CareNotesPage:
        if self._care_notes is None:
            from hamstring_coach.ui.care_notes_page import CareNotesPage

            self._care_notes = CareNotesPage(self)
            self._care_notes.backRequested.connect(self.show_today)
            self.pages.addWidget(self._care_notes)
        return self._care_notes

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.nav.setVisible(page is not self._session)
        self.home_tab.setChecked(page is self.today)
        self.history_tab.setChecked(page is self._history_page)
        self.notes_tab.setChecked(page is self._care_notes)
        self.settings_tab.setChecked(page is self._settings_page)
        self.routines_tab.setChecked(page is self._routines_page)

    def show_today(self) -> None:
        self._leave_session_full_screen()
        self.today.refresh()
        self._show(self.today)

    def show_care_notes(self, note_id: str | None = None) -> None:
        page = self.care_notes
        self._show(page)
        if note_id:
            page.show_note(note_id)

    def changeEvent(self, event: QEvent) -> None:
        """Coming back to the front reads the plan again (``injury set`` in a terminal)
        and the own routines if their folder changed (``routine import``); the Full
        screen button follows the window's state."""
        if not self.is_open:
            super().changeEvent(event)
            return
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._routines_changed_elsewhere()
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.pages.currentWidget() is self.today
            and self._care is not None
        ):
            self._care.refresh()
        if event.type() == QEvent.Type.WindowStateChange and self._session is not None:
            self._session.set_full_screen(self.isFullScreen())  # the button's words
        super().changeEvent(event)

    def show_history(self) -> None:
        self.history.reload()
        self._show(self.history)

    def show_settings(self) -> None:
        if self.controller.running:
            return  # the session page stays until the session ends
        self.settings.retry()
        self._show(self.settings_page)

    def prefs_for(self, routine: Routine) -> Prefs:
        """The timeline preferences for a routine, from the settings."""
        return self.settings.current.prefs(own_routine=routine.id in self._own_ids)

    @property
    def routines_page(self) -> RoutinesPage:
        if self._routines_page is None:
            from hamstring_coach.ui.routines_page import RoutinesPage

            assert self.library is not None, "the window was built without a routine library"
            self._routines_page = RoutinesPage(self.library, self)
            self._routines_page.routinesChanged.connect(self._library_changed)
            self.pages.addWidget(self._routines_page)
        return self._routines_page

    def show_routines_page(self) -> None:
        if self.controller.running or self.library is None:
            return
        self._show(self.routines_page)

    def _routines_changed_elsewhere(self) -> None:
        """Read the own routines again when something outside the window changed them."""
        from hamstring_coach.core.routines import RoutineError

        if self.library is None or not self.library.changed_on_disk():
            return
        try:
            self.library.load()
        except RoutineError:
            return  # a broken installation: the routines stay as they were
        if self._routines_page is not None:
            self._routines_page.show_list(self._routines_page.selected_id())
        self._library_changed()

    def _library_changed(self) -> None:
        """Offer the routines as they are now: one was imported, changed or deleted."""
        from hamstring_coach.core.routines import step_titles

        if self.library is None:
            return
        routines = self.library.routines()
        self._routines = {r.id: r for r in routines}
        self._own_ids = self.library.own_ids()
        self._titles.update(step_titles(routines))
        self.today.show_routines(routines)

    def _settings_changed(self, _settings: object) -> None:
        self.today.refresh()
        if self.settings.current.ice_minutes != self._ice_minutes:
            self._ice_minutes = self.settings.current.ice_minutes
            self.today.set_ice_minutes(self._ice_minutes)

    def start_routine(
        self, routine_id: str, minutes: int | None = None, *, confirmed: bool = False
    ) -> None:
        """Begin a routine; for ice, an application of ``minutes`` (by default the
        minutes chosen on the Today page). In the first 48 hours after an injury any
        other routine asks first, without blocking, unless ``confirmed``."""
        from hamstring_coach.core.ice import ICE_ROUTINE_ID, with_minutes

        if self.controller.running:
            return
        routine = self._routines[routine_id]
        if routine_id != ICE_ROUTINE_ID and not confirmed and self._ask_if_acute(routine_id):
            return
        if routine_id == ICE_ROUTINE_ID:
            routine = with_minutes(routine, minutes or self.today.ice_minutes())
        page = self.session  # built first, so it hears everything the start says
        self.controller.start(routine, self.prefs_for(routine))
        self._show(page)
        if self.settings.current.full_screen and not self.isFullScreen():
            self._full_screen_for_session = True
            self.showFullScreen()
        page.refresh()

    def _ask_if_acute(self, routine_id: str) -> bool:
        """In the first 48 hours: ask before starting, and say why; True when asking."""
        from hamstring_coach.core.ice import ICE_ROUTINE_ID

        if self._care is None:
            return False
        self._care.refresh()
        report = self._care.report
        if report.phase != "acute" or report.phase_ends_at is None:
            return False
        if self.acute_question is not None:
            self.acute_question.done(0)
        self._show(self.today)
        from hamstring_coach.ui.acute_gate import ask_before_acute_start  # with its dialog

        self.acute_question = ask_before_acute_start(
            self,
            self._routines[routine_id].title,
            report.phase_ends_at,
            lambda: self.start_routine(routine_id, confirmed=True),
            lambda: self.start_routine(ICE_ROUTINE_ID),
        )
        self.acute_question.finished.connect(self._question_closed)
        return True

    def _question_closed(self) -> None:
        self.acute_question = None

    def _on_finished(self, _event: SessionFinished) -> None:
        self._first_step_done(_event)
        outcome = self.controller.outcome()
        if outcome is not None:
            self.summary.show_outcome(outcome)
        self._show(self.summary)

    def _rate(self, pain: int) -> None:
        self.summary.show_rating_saved(pain, self.saving.rate(pain))

    def _rate_before(self, pain: int) -> None:
        self.saving.rate_before(pain)

    def _history_replaced(self) -> None:
        """A backup was restored in place: read the settings and the plan again."""
        self.settings.load()
        self.today.refresh()

    def _show_save_problem(self, error: DatabaseError) -> None:
        from hamstring_coach.ui import texts

        self.save_banner.setText(
            self.tr(
                "{problem} Nothing is lost while Hamstring Coach stays open: "
                "saving is tried again every few seconds."
            ).format(problem=texts.storage_problem(error))
        )
        self.save_banner.show()

    def attach_cues(self, cues: Cues) -> None:
        """Let ``cues`` sound and speak the sessions, and show what it cannot play."""
        self.cues = cues
        cues.problem.connect(self.cue_banner.say)

    def toggle_full_screen(self) -> None:
        """F11: fill the screen, for reading the countdown from the floor."""
        self._full_screen_for_session = False  # the person chose: keep their choice
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _leave_session_full_screen(self) -> None:
        """Back from a session that the setting put in full screen: as before it."""
        if self._full_screen_for_session:
            self._full_screen_for_session = False
            if self.isFullScreen():
                self.showNormal()

    # -- closing and quitting ------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window hides it when the app runs on without it; otherwise it
        asks to quit, which may first ask about anything not saved yet."""
        if not self._quitting:
            if self.keep_running():
                event.ignore()
                self.hide()
                return
            if self.ask_before_closing():
                event.ignore()
                return
            if not self._ready_to_quit():
                event.ignore()
                return
            self._mark_quitting()
        event.accept()

    def request_quit(self) -> None:
        """Quit as Ctrl+Q does: a session under way is kept as stopped, and when part of
        the history is not saved yet the person is asked first (without blocking)."""
        if not self._quitting and self._ready_to_quit():
            self._quit()

    def _ready_to_quit(self) -> bool:
        """End a session under way; True unless something unsaved needs asking first."""
        if not self.is_open:
            return True  # nothing has started yet
        if self.controller.running:
            self.controller.stop("stopped")
        self.saving.retry()
        if self.saving.unsaved:
            self._ask_before_losing()
            return False
        return True

    def quit_now(self) -> None:
        """Quit without asking anything (the system asked the app to end)."""
        if self._asking is not None:
            box, self._asking = self._asking, None
            box.done(0)
        if self.is_open:
            if self.controller.running:
                self.controller.stop("stopped")
            self.saving.retry()
        self._quit()

    def _quit(self) -> None:
        self._mark_quitting()
        self.close()

    def _mark_quitting(self) -> None:
        """From here on the window closes for good and the app is asked to end."""
        dropped = 0
        if self.is_open:
            self.settings.retry()  # a change the file refused earlier gets a last try
            dropped = self.saving.abandon()
        if dropped:
            print(
                f"hamstring-coach: {dropped} record(s) of the last session were not saved: "
                f"{self.saving.last_error}",
                file=sys.stderr,
            )
        self._quitting = True
        self.quitRequested.emit()

    def _ask_before_losing(self) -> None:
        """Ask whether to quit although some of the history is not saved."""
        if self._asking is not None:
            self._asking.raise_()
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from hamstring_coach.ui import texts

        error = self.saving.last_error
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved yet"), "", parent=self)
        describe(
            box,
            self.tr("Not saved yet"),
            self.tr("Asks whether to quit although the end of the session is not saved."),
        )
        box.setText(
            self.tr("The end of this session is not saved yet. {problem}").format(
                problem="" if error is None else texts.storage_problem(error)
            )
        )
        box.setInformativeText(
            self.tr(
                "Keep Hamstring Coach open and it tries again every few seconds; "
                "quitting now loses what is not saved."
            )
        )
        keep = box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)
        describe(
            keep,
            self.tr("Keep open"),
            self.tr("Keeps Hamstring Coach open and tries saving again. Esc chooses it too."),
        )
        leave = box.addButton(
            self.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        describe(
            leave,
            self.tr("Quit without saving"),
            self.tr("Quits now; what is not saved yet is lost."),
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if self._asking is not box:
                return  # answered for it already (quit_now)
            self._asking = None
            if box.clickedButton() is leave:
                self._quit()
            else:
                self.saving.retry()

        box.finished.connect(answered)
        self._asking = box
        box.open()

"""The history as pictures: a month calendar with the streak, the plan against what was
done, and pain before and after over time.

Built the first time the person opens it, and read again each time it is shown
(``load``); nothing here is read at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hamstring_coach.core.calendar_month import month_start, next_month, previous_month
from hamstring_coach.core.settings import Settings
from hamstring_coach.storage.errors import DatabaseError
from hamstring_coach.storage.history import HistoryRepository
from hamstring_coach.storage.injuries import InjuryRepository
from hamstring_coach.ui.accessible import describe
from hamstring_coach.ui.history_figures import (
    first_weekday,
    month_figures,
    month_text,
    pain_figure,
    the_injury,
)
from hamstring_coach.ui.history_texts import streak_text
from hamstring_coach.ui.texts import storage_problem
from hamstring_coach.ui.widgets.month_calendar import CalendarLegend, MonthCalendar
from hamstring_coach.ui.widgets.notice import notice_bar
from hamstring_coach.ui.widgets.pain_chart import PainChart
from hamstring_coach.ui.widgets.target_bars import TargetBars

PAIN_PERIODS = ("month", "quarter", "year", "injury", "all")
FITTED_LINES = 32  # the pictures' least height, in lines of text; below it they scroll
WIDE = 1200  # pixels: narrower than this, titles and notes wrap onto more lines


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setAccessibleName(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _note(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


class _Fitted(QWidget):
    """The scrolled content: as tall as the view when it fits (its wrapped labels would
    otherwise ask for their preferred height), scrolled only below its minimum."""

    def heightForWidth(self, width: int) -> int:
        # Wrapped titles and notes are not in the layout's minimum: keep room for them.
        # The narrower, the more lines they wrap to.
        lines = FITTED_LINES + max(0, WIDE - width) // 40
        return max(self.minimumSizeHint().height(), self.fontMetrics().height() * lines)


class HistoryPictures(QWidget):
    def __init__(
        self,
        history: HistoryRepository,
        injuries: InjuryRepository | None,
        settings: Callable[[], Settings],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._figures = history.figures()
        self._injuries = injuries
        self._settings = settings
        self._today = today
        self._month = month_start(today())

        self.problem = notice_bar(
            self.tr("Reading problem"),
            self,
            self.tr("Says which part of the history could not be read."),
        )
        self.previous = QPushButton("‹", self)
        describe(self.previous, self.tr("Previous month"), self.tr("Shows the month before."))
        self.previous.setToolTip(self.tr("Previous month"))
        self.previous.clicked.connect(lambda: self.show_month(previous_month(self._month)))
        self.next = QPushButton("›", self)
        describe(self.next, self.tr("Next month"), self.tr("Shows the month after."))
        self.next.setToolTip(self.tr("Next month"))
        self.next.clicked.connect(lambda: self.show_month(next_month(self._month)))
        self.this_month = QPushButton(self.tr("This month"), self)
        describe(self.this_month, self.tr("This month"), self.tr("Shows the current month again."))
        self.this_month.clicked.connect(lambda: self.show_month(self._today()))
        self.month_label = _title("", self)
        self.month_label.setAccessibleName(self.tr("Month shown"))
        self.streak = _title("", self)
        self.streak.setAccessibleName(self.tr("Current streak"))
        self.calendar = MonthCalendar(self)
        self.legend = CalendarLegend(
            [
                ("stretching", "done", self.tr("Stretching")),
                ("strengthening", "done", self.tr("Strengthening")),
                ("ice", "done", self.tr("Ice")),
                ("other", "done", self.tr("Other")),
                ("stretching", "partial", self.tr("stopped early")),
                ("stretching", "pain", self.tr("sharp pain")),
            ],
            self,
        )
        self.tick_note = QLabel(self.tr("✓ and a green tint: stretched twice or more."), self)
        self.tick_note.setWordWrap(True)
        self.tick_note.setAccessibleName(self.tr("What the ticks mean"))

        self.stretching = TargetBars(self.tr("Stretching sessions each day"), self)
        self.stretching_note = _note(self, self.tr("Stretching in words"))
        self.strengthening = TargetBars(self.tr("Strengthening sessions each week"), self)
        self.strengthening_note = _note(self, self.tr("Strengthening in words"))
        self.ice = TargetBars(self.tr("Ice applications in the first 48 hours"), self)
        self.ice_note = _note(self, self.tr("Ice in words"))

        self.pain_period = QComboBox(self)
        describe(
            self.pain_period,
            self.tr("Pain over"),
            self.tr("The period the pain chart covers."),
        )
        for key, text in zip(
            PAIN_PERIODS,
            (
                self.tr("The month shown"),
                self.tr("3 months"),
                self.tr("12 months"),
                self.tr("Since the injury"),
                self.tr("Everything"),
            ),
            strict=True,
        ):
            self.pain_period.addItem(text, key)
        self.pain_period.setCurrentIndex(1)
        self.pain_period.currentIndexChanged.connect(lambda _i: self._load_pain())
        self.pain = PainChart(self)
        self.pain.setMinimumHeight(160)
        self.pain_note = _note(self, self.tr("Pain in words"))

        self._layout()

    def _layout(self) -> None:
        for button in (self.previous, self.next):
            button.setFixedWidth(button.fontMetrics().height() * 2 + 8)
        self.streak.setWordWrap(False)
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(self.month_label)
        nav.addWidget(self.next)
        nav.addWidget(self.this_month)
        nav.addStretch(1)
        nav.addWidget(self.streak)

        left = QVBoxLayout()
        left.addWidget(self.calendar, 1)
        left.addWidget(self.legend)
        left.addWidget(self.tick_note)
        right = QGridLayout()
        for row, col, title, bars, note in (
            (0, 0, self.tr("Stretching: days with 2 or more sessions"), self.stretching,
             self.stretching_note),
            (3, 0, self.tr("Strengthening each week, aim 3"), self.strengthening,
             self.strengthening_note),
            (3, 1, self.tr("Ice in the first 48 hours"), self.ice,
             self.ice_note),
        ):  # fmt: skip
            span = 2 if row == 0 else 1
            right.addWidget(_title(title, self), row, col, 1, span)
            right.addWidget(bars, row + 1, col, 1, span)
            right.addWidget(note, row + 2, col, 1, span, Qt.AlignmentFlag.AlignTop)
        right.setRowStretch(1, 1)
        right.setRowStretch(4, 1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addSpacing(12)
        top.addLayout(right, 1)

        pain_head = QHBoxLayout()
        pain_head.addWidget(_title(self.tr("Pain before and after sessions (0 to 10)"), self), 1)
        pain_head.addWidget(self.pain_period)

        content = _Fitted(self)
        column = QVBoxLayout(content)
        column.addLayout(nav)
        column.addLayout(top, 5)
        column.addLayout(pain_head)
        column.addWidget(self.pain, 3)
        column.addWidget(self.pain_note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        describe(
            scroll,
            self.tr("Pictures of the history"),
            self.tr("The calendar, the plan kept and the pain chart. Page Down scrolls them."),
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.problem)
        outer.addWidget(scroll, 1)

    @property
    def month(self) -> date:
        return self._month

    def load(self) -> None:
        """Read the month shown and the pain chart again."""
        self.show_month(self._month)

    def show_month(self, day: date) -> None:
        self._month = month_start(day)
        self.next.setEnabled(self._month < month_start(self._today()))
        self.month_label.setText(month_text(self._month))
        self.problem.hide()
        today = self._today()
        try:
            figures = month_figures(
                self._figures, self._injuries, self._settings(), self._month, today, first_weekday()
            )
        except DatabaseError as error:
            self._say(error)
            return
        self.calendar.show_month(figures.calendar, figures.calendar_summary)
        self.streak.setText(streak_text(figures.streak))
        for bars, note, figure in (
            (self.stretching, self.stretching_note, figures.stretching),
            (self.strengthening, self.strengthening_note, figures.strengthening),
            (self.ice, self.ice_note, figures.ice),
        ):
            bars.set_bars(figure.bars, figure.summary)
            bars.setVisible(bool(figure.bars))
            note.setText(figure.summary)
        self._load_pain()

    def pain_range(self) -> tuple[date, date]:
        """The first and last day of the pain chart, for the period chosen."""
        key = self.pain_period.currentData()
        last = min(self._today(), next_month(self._month) - timedelta(days=1))
        if key == "month":
            return self._month, last
        if key == "quarter":
            return month_start(previous_month(previous_month(self._month))), last
        if key == "year":
            return last - timedelta(days=364), last
        if key == "injury":
            injury = the_injury(self._injuries)
            if injury is not None:
                return injury.happened_at.date() - timedelta(days=2), last
        span = self._figures.span()
        return (span[0], max(span[1], last)) if span else (last - timedelta(days=29), last)

    def _load_pain(self) -> None:
        try:
            first, last = self.pain_range()
            figure = pain_figure(self._figures, self._injuries, first, max(first, last))
        except DatabaseError as error:
            self._say(error)
            return
        self.pain.show_pain(figure.points, figure.marks, figure.first, figure.last, figure.summary)
        self.pain_note.setText(figure.summary)

    def _say(self, error: DatabaseError) -> None:
        self.problem.setText(
            self.tr("The pictures could not be drawn. {problem}").format(
                problem=storage_problem(error)
            )
        )
        self.problem.show()

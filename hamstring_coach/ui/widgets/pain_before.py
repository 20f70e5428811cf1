"""A small question while a session gets ready: how much does it hurt now, 0 to 10?

It never holds the session up: the countdown runs on, the person may answer with a
click or a digit key, press Skip, or let it go; it goes away by itself once the first
step is over. It floats over the top right corner of the page it is given (``over``),
where the session shows its progress, so it takes no room from the countdown and
covers neither the step, its safety line nor the controls. The buttons take no
keyboard focus, so Space, Enter and P still reach the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from hamstring_coach.ui.accessible import describe

MAX_PAIN = 10
MARGIN = 6


class PainBeforeStrip(QFrame):
    rated = Signal(int)  # 0-10: the pain before the session under way
    closed = Signal()  # answered, skipped or no longer asked

    def __init__(self, over: QWidget, parent: QWidget) -> None:
        """``parent``: the window's central widget; ``over``: the widget (inside it)
        whose top right corner the question sits over."""
        super().__init__(parent)
        self._over = over
        self.setObjectName("painBefore")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        describe(
            self,
            self.tr("Pain before the session"),
            self.tr(
                "How much it hurts before you start, 0 to 10; number keys answer. The session "
                "goes on meanwhile."
            ),
        )
        small = QFont(QApplication.font())
        small.setPointSizeF(small.pointSizeF() * 1.15)
        self.setFont(small)
        self.question = QLabel(self.tr("Pain now?"), self)
        self.question.setAccessibleName(self.tr("Pain question"))
        self.question.setToolTip(
            self.tr("How much does it hurt before you start? 0 = no pain, 10 = worst.")
        )
        self.buttons = QButtonGroup(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        row.setSpacing(3)
        row.addWidget(self.question)
        row.addSpacing(6)
        side = self.fontMetrics().height() + 10
        for value in range(MAX_PAIN + 1):
            button = QPushButton(str(value), self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(side + 2, side)
            describe(
                button,
                self.tr("Pain {n} of 10").format(n=value),
                self.tr("Notes this pain before the session."),
            )
            self.buttons.addButton(button, value)
            row.addWidget(button)
        row.addSpacing(6)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        describe(
            self.skip_button,
            self.tr("Skip the pain question"),
            self.tr("Closes the question unanswered; it also goes by itself after the first step."),
        )
        self.skip_button.clicked.connect(self.dismiss)
        row.addWidget(self.skip_button)
        self.buttons.idClicked.connect(self.rate)
        self._asking = False
        # Digits answer too, while the question shows (10 needs the mouse).
        self._keys: list[QShortcut] = []
        for digit in range(10):
            key = QShortcut(QKeySequence(str(digit)), parent)
            key.setContext(Qt.ShortcutContext.WindowShortcut)
            key.setEnabled(False)
            key.activated.connect(lambda value=digit: self.rate(value))
            self._keys.append(key)
        over.installEventFilter(self)
        self.hide()

    def ask(self) -> None:
        """Show the question for a session that is starting."""
        self._asking = True
        for key in self._keys:
            key.setEnabled(True)
        self.place()
        self.show()
        self.raise_()

    @property
    def asking(self) -> bool:
        return self._asking

    def rate(self, pain: int) -> None:
        if not self._asking:
            return
        self.rated.emit(pain)
        self.dismiss()

    def dismiss(self) -> None:
        """Stop asking (answered, skipped, or the session has moved on)."""
        was_asking, self._asking = self._asking, False
        for key in self._keys:
            key.setEnabled(False)
        self.hide()
        if was_asking:
            self.closed.emit()

    def place(self) -> None:
        """Over the top right corner of ``over``, as wide as it needs (or as ``over``)."""
        size = self.sizeHint()
        width = min(size.width(), self._over.width() - 2 * MARGIN)
        parent = self.parentWidget()
        assert parent is not None
        corner = self._over.mapTo(parent, QPoint(self._over.width(), 0))
        self.setGeometry(corner.x() - width - MARGIN, corner.y() + MARGIN, width, size.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        if watched is self._over and moved and self._asking:
            self.place()
        return False

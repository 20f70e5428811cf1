"""One session as a tree: its exercises in the order they happened, each with its holds
or sets, and the get-ready, rest and side-switch moments folded into one row below them.

An exercise row says what was done of it and its planned and actual time; a hold or
set says whether it was done, skipped, cut short and done again (after going back), or
stopped by the sharp pain that ended the session. The tree itself is worked out by
:func:`exercises`, a plain function over the session's segments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from hamstring_coach.core.durations import clock_text
from hamstring_coach.core.stats import WorkCount
from hamstring_coach.core.timeline import SegmentKind
from hamstring_coach.storage.history import SegmentRecord, SessionRecord
from hamstring_coach.ui import texts

AnyIndex = QModelIndex | QPersistentModelIndex
StepTitles = Mapping[tuple[str, str], str]  # (routine id, step id) -> title
WORK_KINDS: tuple[SegmentKind, ...] = ("hold", "reps", "timed", "checklist")
translate = QCoreApplication.translate
STEP, PLANNED, ACTUAL, RESULT = range(4)


@dataclass
class Node:
    """A row of the tree: an exercise, a piece of work, the moments between, or one of them."""

    kind: str  # "exercise", "work", "between" or "moment"
    cells: list[str]
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    flagged: bool = False  # stopped for sharp pain

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


def _seconds(value: float | None) -> str:
    return "" if value is None else texts.seconds_text(round(value))


def _sum(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _time(value: float | None) -> str:
    return "" if value is None else clock_text(value)


def result_text(segment: SegmentRecord, later: Sequence[SegmentRecord], ending: str) -> str:
    """Done, skipped, cut short and done again, or where the session ended."""
    if segment.completed:
        return translate("SessionDetail", "Done")
    if any(s.position == segment.position and s.completed for s in later):
        return translate("SessionDetail", "Cut short, then done again")
    if not later and ending == "sharp-pain":
        return translate("SessionDetail", "Stopped for sharp pain")
    if not later and ending in ("stopped", "interrupted"):
        return translate("SessionDetail", "Session ended here")
    return translate("SessionDetail", "Skipped")


def work_name(segment: SegmentRecord) -> str:
    if segment.kind == "hold" and segment.rep is not None:
        return translate("SessionDetail", "Hold {n}").format(n=segment.rep)
    if segment.kind == "reps" and segment.rep is not None:
        return translate("SessionDetail", "Set {n}").format(n=segment.rep)
    return texts.kind_name(segment.kind)


def with_side(name: str, side: str | None) -> str:
    """ "Hold 2, left leg"; the name alone without a side."""
    if side is None:
        return name
    return translate("SessionDetail", "{what}, {side}").format(
        what=name, side=texts.side_phrase(side)
    )


def _count(kind: SegmentKind, segments: Sequence[SegmentRecord]) -> WorkCount:
    pieces = {s.position for s in segments if s.kind == kind}
    done = {s.position for s in segments if s.kind == kind and s.completed}
    return WorkCount(len(pieces), len(done), len(pieces - done))


def exercises(session: SessionRecord, titles: StepTitles) -> Node:
    """The session's tree under an invisible root."""
    root = Node("root", [])
    ordered = sorted(session.segments, key=lambda s: (s.started_at, s.position))
    groups: list[list[SegmentRecord]] = []
    for segment in ordered:
        if groups and groups[-1][0].step_id == segment.step_id:
            groups[-1].append(segment)
        else:
            groups.append([segment])
    ending = session.status or ""
    for group_index, group in enumerate(groups):
        step_id = group[0].step_id
        title = titles.get((session.routine_id, step_id), step_id)
        # Done of those reached; the rows below say which were skipped or cut short.
        counts = [_count(kind, group) for kind in WORK_KINDS]
        holds, sets, timed, checklists = (WorkCount(c.planned, c.done, 0) for c in counts)
        exercise = root.add(
            Node(
                "exercise",
                [
                    title,
                    _time(_sum([s.planned_s for s in group])),
                    _time(sum(s.actual_s for s in group)),
                    texts.counts_text(holds, sets, timed, checklists),
                ],
            )
        )
        between: list[SegmentRecord] = []
        for index, segment in enumerate(group):
            later = group[index + 1 :] + [s for g in groups[group_index + 1 :] for s in g]
            if segment.kind not in WORK_KINDS:
                between.append(segment)
                continue
            result = result_text(segment, later, ending)
            node = exercise.add(
                Node(
                    "work",
                    [
                        with_side(work_name(segment), segment.side),
                        _seconds(segment.planned_s),
                        _seconds(segment.actual_s),
                        result,
                    ],
                )
            )
            node.flagged = not later and ending == "sharp-pain" and not segment.completed
        if between:
            _add_between(exercise, between, ordered, ending)
    return root


def _add_between(
    exercise: Node, between: list[SegmentRecord], ordered: list[SegmentRecord], ending: str
) -> None:
    counts = {
        kind: sum(1 for s in between if s.kind == kind) for kind in ("prepare", "rest", "switch")
    }
    parts = []
    if counts["prepare"]:
        parts.append(translate("SessionDetail", "get ready ×{n}").format(n=counts["prepare"]))
    if counts["rest"]:
        parts.append(translate("SessionDetail", "rest ×{n}").format(n=counts["rest"]))
    if counts["switch"]:
        parts.append(translate("SessionDetail", "switch sides ×{n}").format(n=counts["switch"]))
    folded = exercise.add(
        Node(
            "between",
            [
                translate("SessionDetail", "Between: {what}").format(what=", ".join(parts)),
                _time(_sum([s.planned_s for s in between])),
                _time(sum(s.actual_s for s in between)),
                "",
            ],
        )
    )
    for segment in between:
        position = ordered.index(segment)
        later = ordered[position + 1 :]
        done = segment.completed or bool(later)
        folded.add(
            Node(
                "moment",
                [
                    with_side(texts.kind_name(segment.kind), segment.side),
                    _seconds(segment.planned_s),
                    _seconds(segment.actual_s),
                    translate("SessionDetail", "Done")
                    if segment.completed
                    else translate("SessionDetail", "Cut short")
                    if done
                    else result_text(segment, later, ending),
                ],
            )
        )


class SessionDetailModel(QAbstractItemModel):
    """The tree of :func:`exercises` for one session (or none)."""

    def __init__(self, titles: StepTitles, parent: Any = None) -> None:
        super().__init__(parent)
        self._titles = titles
        self._root = Node("root", [])
        self._session: SessionRecord | None = None
        self._headers = [
            self.tr("Exercise"),
            self.tr("Planned"),
            self.tr("Actual"),
            self.tr("Result"),
        ]

    @property
    def session(self) -> SessionRecord | None:
        return self._session

    def show_session(self, session: SessionRecord | None) -> None:
        self.beginResetModel()
        self._session = session
        self._root = exercises(session, self._titles) if session else Node("root", [])
        self.endResetModel()

    def node(self, index: AnyIndex) -> Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and (
            0 <= index.column() < len(node.cells)
        ):
            return node.cells[index.column()] or None
        if role == Qt.ItemDataRole.FontRole and (
            node.kind == "exercise" or (node.flagged and index.column() == RESULT)
        ):
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

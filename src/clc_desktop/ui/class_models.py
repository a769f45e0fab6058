"""Table models of the Classes screens: thin adapters over plain rows.

Each model shows a list of tuples loaded with one query by
:mod:`clc_desktop.services.classes` (or :mod:`clc_desktop.services.learners`); ``data()``
formats a tuple and never queries the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from clc_desktop.domain.codes import ClassKind, SessionStatus
from clc_desktop.services.classes import ClassListItem, EnrolmentRow, SessionRow
from clc_desktop.services.learners import LearnerListItem
from clc_desktop.ui.i18n import format_date, topic_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_MUTED = QColor("#80868b")


def kind_labels() -> dict[str, str]:
    return {
        ClassKind.COURSE.value: QCoreApplication.translate("ClassLabels", "Course"),
        ClassKind.EVENT.value: QCoreApplication.translate("ClassLabels", "Talk / event"),
    }


def weekday_names() -> list[str]:
    """Short weekday names, Monday first (T2 … CN in Vietnamese)."""
    return [
        QCoreApplication.translate("ClassLabels", "Mon"),
        QCoreApplication.translate("ClassLabels", "Tue"),
        QCoreApplication.translate("ClassLabels", "Wed"),
        QCoreApplication.translate("ClassLabels", "Thu"),
        QCoreApplication.translate("ClassLabels", "Fri"),
        QCoreApplication.translate("ClassLabels", "Sat"),
        QCoreApplication.translate("ClassLabels", "Sun"),
    ]


def status_labels() -> dict[str, str]:
    return {
        SessionStatus.HELD.value: QCoreApplication.translate("ClassLabels", "Held"),
        SessionStatus.CANCELLED.value: QCoreApplication.translate(
            "ClassLabels", "Did not take place"
        ),
        "planned": QCoreApplication.translate("ClassLabels", "Planned"),
        "today": QCoreApplication.translate("ClassLabels", "Today"),
    }


def state_labels() -> dict[str, str]:
    return {
        "current": QCoreApplication.translate("ClassLabels", "Running"),
        "upcoming": QCoreApplication.translate("ClassLabels", "Not started"),
        "past": QCoreApplication.translate("ClassLabels", "Ended"),
        "archived": QCoreApplication.translate("ClassLabels", "Archived"),
    }


def date_range_text(first: dt.date | None, last: dt.date | None) -> str:
    if first is None and last is None:
        return ""
    if first == last or last is None:
        return format_date(first)  # type: ignore[arg-type]
    if first is None:
        return f"– {format_date(last)}"
    return f"{format_date(first)} – {format_date(last)}"


def rate_text(attended: int, expected: int) -> str:
    """``80,0 %`` in Vietnamese, ``80.0 %`` in English (as the overview writes rates)."""
    if not expected:
        return "–"
    return QLocale().toString(attended / expected * 100, "f", 1) + " %"


class _RowsModel(QAbstractTableModel):
    """Rows of tuples with a fixed list of column titles; read-only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def columns(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns())
        ):
            return self.columns()[section]
        return None


class ClassTableModel(_RowsModel):
    """The list of classes and talks."""

    def __init__(self, language: str, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today
        self._states = state_labels()
        self._kinds = kind_labels()

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("ClassLabels", "Name"),
            QCoreApplication.translate("ClassLabels", "Topic"),
            QCoreApplication.translate("ClassLabels", "Kind"),
            QCoreApplication.translate("ClassLabels", "Dates"),
            QCoreApplication.translate("ClassLabels", "State"),
            QCoreApplication.translate("ClassLabels", "Sessions"),
            QCoreApplication.translate("ClassLabels", "Learners"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item: ClassListItem = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.name
            if column == 1:
                return topic_label(item.topic, self._language)
            if column == 2:
                return self._kinds.get(item.kind, item.kind)
            if column == 3:
                return date_range_text(item.first_day, item.last_day)
            if column == 4:
                return self._states[item.state(self._today)]
            if column == 5:
                return item.sessions
            if column == 6:
                return item.enrolled
        elif role == ID_ROLE:
            return item.id
        elif role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and item.state(self._today) in (
            "past",
            "archived",
        ):
            return _MUTED
        return None


class SessionTableModel(_RowsModel):
    """The sessions of one class."""

    def __init__(self, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._weekdays = weekday_names()
        self._status = status_labels()

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("ClassLabels", "Date"),
            QCoreApplication.translate("ClassLabels", "Day"),
            QCoreApplication.translate("ClassLabels", "Status"),
            QCoreApplication.translate("ClassLabels", "Minutes"),
            QCoreApplication.translate("ClassLabels", "Marks"),
            QCoreApplication.translate("ClassLabels", "Attended / expected"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: SessionRow = self._rows[index.row()]
        column = index.column()
        future = row.date > self._today
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_date(row.date)
            if column == 1:
                return self._weekdays[row.date.weekday()]
            if column == 2:
                if row.status == SessionStatus.HELD and row.date >= self._today:
                    return self._status["planned" if future else "today"]
                return self._status[row.status]
            if column == 3:
                return row.minutes
            if column == 4:
                return row.marks
            if column == 5:
                if future or row.status != SessionStatus.HELD:
                    return ""
                return f"{row.attended} / {row.expected}"
        elif role == ID_ROLE:
            return row.id
        elif role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and (
            future or row.status == SessionStatus.CANCELLED
        ):
            return _MUTED
        return None


class EnrolmentTableModel(_RowsModel):
    """The learners enrolled in one class; the Completed column is a check box that asks
    the page to save (``completion_toggled(enrolment_id, completed)``)."""

    completion_toggled = Signal(int, bool)
    COMPLETED = 4

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("ClassLabels", "Name"),
            QCoreApplication.translate("ClassLabels", "Phone"),
            QCoreApplication.translate("ClassLabels", "Enrolled from"),
            QCoreApplication.translate("ClassLabels", "Withdrawn on"),
            QCoreApplication.translate("ClassLabels", "Completed"),
            QCoreApplication.translate("ClassLabels", "Attended / expected"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: EnrolmentRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.full_name
            if column == 1:
                return row.phone or ""
            if column == 2:
                return (
                    format_date(row.enrolled_on)
                    if row.enrolled_on
                    else QCoreApplication.translate("ClassLabels", "the class start")
                )
            if column == 3:
                return format_date(row.withdrawn_on) if row.withdrawn_on else ""
            if column == 5:
                return f"{row.attended} / {row.expected}"
        elif role == Qt.ItemDataRole.CheckStateRole and column == self.COMPLETED:
            return Qt.CheckState.Checked if row.completed else Qt.CheckState.Unchecked
        elif role == ID_ROLE:
            return row.id
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return _MUTED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COMPLETED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COMPLETED:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        row: EnrolmentRow = self._rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._rows[index.row()] = row._replace(completed=checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.completion_toggled.emit(row.id, checked)
        return True


class LearnerPickModel(QAbstractTableModel):
    """Learners found by a search, with a check box each: the ticked ones are kept across
    searches (:attr:`chosen`). Learners in the class from its start are shown but not
    tickable; those in it from a later date can be ticked (to enrol them from earlier)."""

    chosen_changed = Signal()

    def __init__(self, items: Sequence[LearnerListItem], parent: Any = None) -> None:
        super().__init__(parent)
        self._items = items
        self._positions: list[int] = []
        self.chosen: dict[int, str] = {}  # learner id -> name, in the order ticked
        self.enrolled: frozenset[int] = frozenset()  # in the class from its start
        #: In the class from a later date: tickable (enrolling them again moves the date).
        self.enrolled_from: dict[int, dt.date] = {}

    def set_items(self, items: Sequence[LearnerListItem], enrolled: frozenset[int]) -> None:
        self.beginResetModel()
        self._items = items
        self._positions = []
        self.enrolled = enrolled
        self.endResetModel()

    def set_positions(self, positions: Sequence[int]) -> None:
        self.beginResetModel()
        self._positions = list(positions)
        self.endResetModel()

    def item_at(self, row: int) -> LearnerListItem:
        return self._items[self._positions[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._positions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = [
                QCoreApplication.translate("ClassLabels", "Name"),
                QCoreApplication.translate("ClassLabels", "Born"),
                QCoreApplication.translate("ClassLabels", "Phone"),
                QCoreApplication.translate("ClassLabels", "Address"),
            ]
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._positions):
            return None
        item = self.item_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if item.id in self.enrolled:
                    already = QCoreApplication.translate("ClassLabels", "already in the class")
                    return f"{item.full_name} ({already})"
                if item.id in self.enrolled_from:
                    since = QCoreApplication.translate("ClassLabels", "in the class from %1")
                    since = since.replace("%1", format_date(self.enrolled_from[item.id]))
                    return f"{item.full_name} ({since})"
                return item.full_name
            if column == 1:
                if item.birth_date is not None:
                    return format_date(item.birth_date)
                return str(item.birth_year) if item.birth_year else ""
            if column == 2:
                return item.phone or ""
            if column == 3:
                return item.address or ""
        elif role == Qt.ItemDataRole.CheckStateRole and column == 0:
            if item.id in self.enrolled:
                return None
            return Qt.CheckState.Checked if item.id in self.chosen else Qt.CheckState.Unchecked
        elif role == ID_ROLE:
            return item.id
        elif role == Qt.ItemDataRole.ForegroundRole and item.id in self.enrolled:
            return _MUTED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            if self.item_at(index.row()).id in self.enrolled:
                return flags & ~Qt.ItemFlag.ItemIsSelectable
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        self.set_chosen([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def toggle(self, rows: Sequence[int]) -> None:
        """Tick the rows, or untick them when all were ticked (the space bar does this)."""
        ids = [self.item_at(r).id for r in rows if self.item_at(r).id not in self.enrolled]
        self.set_chosen(rows, not all(i in self.chosen for i in ids))

    def set_chosen(self, rows: Sequence[int], chosen: bool) -> None:
        for row in rows:
            item = self.item_at(row)
            if item.id in self.enrolled:
                continue
            if chosen:
                self.chosen.setdefault(item.id, item.full_name)
            else:
                self.chosen.pop(item.id, None)
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.chosen_changed.emit()

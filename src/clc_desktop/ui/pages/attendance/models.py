"""Table models and the keyboard-first view of the Attendance page.

The models are thin adapters over lists the services return (:class:`RollCallEntry`,
:class:`ClassGrid`); ``data()`` never queries the database. The view turns keys into
requests (mark, cycle, clear, all present, undo); the page saves them and, once they are
saved, tells the model.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from clc_desktop.domain.attendance import Rate, key_for, status_for_key
from clc_desktop.domain.codes import MarkStatus
from clc_desktop.domain.text import fold
from clc_desktop.services.attendance import ClassGrid, MarkChange, RollCallEntry
from clc_desktop.ui.i18n import fill

Index = QModelIndex | QPersistentModelIndex

#: Background colours of the marks (calm, readable on paper-like white).
MARK_COLOURS: dict[str | None, str] = {
    MarkStatus.PRESENT.value: "#dff3e4",
    MarkStatus.LATE.value: "#fff1c7",
    MarkStatus.EXCUSED.value: "#e3ecfa",
    MarkStatus.ABSENT.value: "#f9dcdc",
}
NOT_EXPECTED = "#eeeeee"
#: Columns of the class grid: name, rate, then one per session.
RATE = 0
FIRST_SESSION = 1
NOT_HELD = "#d9d9d9"


def percent(rate: Rate, locale: QLocale) -> str:
    value = rate.value
    return "–" if value is None else locale.toString(value * 100, "f", 0) + " %"


class RollCallTableModel(QAbstractTableModel):
    """One row per expected learner: number, name, mark."""

    COLUMNS = 3

    def __init__(self, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels  # mark code -> label in the UI language
        self.entries: list[RollCallEntry] = []
        self.key_set = "vi"

    def set_entries(self, entries: Sequence[RollCallEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def row_of(self, learner_id: int) -> int | None:
        return next((row for row, e in enumerate(self.entries) if e.learner_id == learner_id), None)

    def apply(self, change: MarkChange) -> None:
        row = self.row_of(change.learner_id)
        if row is None:
            return
        self.entries[row] = dataclasses.replace(self.entries[row], status=change.current)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def marked(self) -> int:
        return sum(entry.status is not None for entry in self.entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Learner"), self.tr("Mark"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(index.row() + 1)
            if column == 1:
                return entry.full_name
            if entry.status is None:
                return "—"
            letter = key_for(MarkStatus(entry.status), self.key_set)
            return f"{letter}  {self._labels[entry.status]}"
        if role == Qt.ItemDataRole.BackgroundRole and column == 2 and entry.status:
            return QBrush(QColor(MARK_COLOURS[entry.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry.learner_id
        return None


class ClassGridTableModel(QAbstractTableModel):
    """Learners (rows, optionally filtered by name) x sessions, a rate column at the end.

    The learners' numbers and names are the vertical header, which stays in sight when the
    sessions scroll sideways; column 0 is the learner's rate, columns 1..n the sessions by
    date. The header of a session column shows its date and its rate.
    """

    def __init__(self, labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._locale = QLocale()
        self.grid: ClassGrid | None = None
        self.rows: list[int] = []  # indexes into grid.learners, after the filter
        self._folded: list[str] = []
        self._filter = ""
        self.key_set = "vi"
        self._letters: tuple[str, dict[str, str]] = ("", {})
        self.not_held_text = ""
        self.not_expected_text = ""

    # -- content -------------------------------------------------------------------------
    def set_grid(self, grid: ClassGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self._folded = [fold(learner.full_name) for learner in grid.learners] if grid else []
        self._rows()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self._filter = fold(text)
        self._rows()
        self.endResetModel()

    def _rows(self) -> None:
        self.rows = [
            n for n, folded in enumerate(self._folded) if not self._filter or self._filter in folded
        ]

    def session_count(self) -> int:
        return len(self.grid.sessions) if self.grid else 0

    def cell(self, index: Index) -> tuple[int, int] | None:
        """(learner_id, session_id) of a session cell; ``None`` for the name and rate."""
        if self.grid is None or not index.isValid():
            return None
        column = index.column() - FIRST_SESSION
        if not 0 <= column < len(self.grid.sessions):
            return None
        learner = self.grid.learners[self.rows[index.row()]]
        return learner.learner_id, self.grid.sessions[column].session_id

    def markable(self, index: Index) -> bool:
        """A session cell the service marks: the session was held, the learner expected."""
        cell = self.cell(index)
        if cell is None or self.grid is None:
            return False
        info = self.grid.sessions[index.column() - FIRST_SESSION]
        return info.held and self.grid.is_expected(*cell)

    def apply(self, change: MarkChange) -> None:
        """Show a saved change (one of another class's sessions changes nothing here)."""
        if self.grid is None:
            return
        column = next(
            (
                n + FIRST_SESSION
                for n, s in enumerate(self.grid.sessions)
                if s.session_id == change.session_id
            ),
            None,
        )
        if column is None:
            return
        self.grid.apply(change)
        row = next(
            (
                r
                for r, n in enumerate(self.rows)
                if self.grid.learners[n].learner_id == change.learner_id
            ),
            None,
        )
        if row is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
            self.dataChanged.emit(self.index(row, RATE), self.index(row, RATE))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def _letter(self, status: str) -> str:
        """The key letter shown for a mark (cached per key set: paints ask for it often)."""
        if self._letters[0] != self.key_set:
            letters = {m.value: key_for(m, self.key_set) for m in MarkStatus}
            self._letters = (self.key_set, letters)
        return self._letters[1][status]

    # -- the model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.sessions) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        grid = self.grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.rows):
                return f"{section + 1}. {grid.learners[self.rows[section]].full_name}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return None
        n = len(grid.sessions)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == RATE:
                return self.tr("Rate")
            if not FIRST_SESSION <= section < n + FIRST_SESSION:
                return None
            info = grid.sessions[section - FIRST_SESSION]
            day = info.date.strftime("%d/%m")
            if not info.held:
                return f"{day}\n✕"
            if not grid.counts(info):
                return f"{day}\n"
            return f"{day}\n{percent(grid.session_rate(info.session_id), self._locale)}"
        if role == Qt.ItemDataRole.ToolTipRole and FIRST_SESSION <= section < n + FIRST_SESSION:
            info = grid.sessions[section - FIRST_SESSION]
            return self.not_held_text if not info.held else info.date.strftime("%d/%m/%Y")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self.grid
        if grid is None or not index.isValid():
            return None
        learner = grid.learners[self.rows[index.row()]]
        column = index.column()
        if column == RATE:
            if role == Qt.ItemDataRole.DisplayRole:
                return percent(grid.learner_rate(learner.learner_id), self._locale)
            if role == Qt.ItemDataRole.ToolTipRole:
                rate = grid.learner_rate(learner.learner_id)
                return fill(
                    self.tr("%1 of %n session(s) attended, %2", "", rate.expected),
                    rate.attended,
                    self.tr("%n absence(s)", "", rate.absences),
                )
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        info = grid.sessions[column - FIRST_SESSION]
        key = (learner.learner_id, info.session_id)
        status = grid.marks.get(key)
        expected = key in grid.expected
        if role == Qt.ItemDataRole.DisplayRole:
            if status is None:
                return "" if expected or info.held else "–"
            return self._letter(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not info.held:
                return QBrush(QColor(NOT_HELD))
            if not expected:
                return QBrush(QColor(NOT_EXPECTED))
            return QBrush(QColor(MARK_COLOURS[status])) if status else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if not info.held:
                return self.not_held_text
            if not expected:
                return self.not_expected_text
            return self._labels[status] if status else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MarkTableView(QTableView):
    """A table driven from the keyboard: status keys and digits mark the current row (and
    move down), Space cycles, Delete clears, Enter moves down, Ctrl+Enter marks everyone
    unmarked present, Ctrl+Z undoes. Arrows move as in any table."""

    mark_requested = Signal(QModelIndex, object)  # index, MarkStatus | None
    cycle_requested = Signal(QModelIndex)
    all_present_requested = Signal()
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key_set = "vi"
        #: Which column holds the marks (the roll call); None: the current column (the grid).
        self.mark_column: int | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(28)

    def _target(self) -> QModelIndex:
        current = self.currentIndex()
        if not current.isValid() and self.model() is not None and self.model().rowCount():
            current = self.model().index(0, self.mark_column or 0)
        if current.isValid() and self.mark_column is not None:
            current = current.siblingAtColumn(self.mark_column)
        return current

    def move_down(self) -> None:
        current = self._target()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
        if ctrl and key == Qt.Key.Key_Z:
            self.undo_requested.emit()
            return
        if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.all_present_requested.emit()
            return
        if modifiers == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
            if key == Qt.Key.Key_Space:
                self.cycle_requested.emit(self._target())
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.mark_requested.emit(self._target(), None)
                return
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            status = status_for_key(event.text(), self.key_set)
            if status is not None:
                self.mark_requested.emit(self._target(), status)
                return
        super().keyPressEvent(event)

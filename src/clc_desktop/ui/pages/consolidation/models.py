"""Table models of the Consolidation page: thin adapters over lists the services return.

Every model holds plain rows computed once (never a query inside ``data()``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from clc_desktop.coordinator.completeness import (
    LATE,
    MISSING,
    ExpectedUnit,
    completeness_header,
    completeness_row,
    state_label,
    status_label,
)
from clc_desktop.coordinator.consolidation import UnitNumbers
from clc_desktop.coordinator.hierarchy import UnitInfo
from clc_desktop.coordinator.report_import import (
    DUPLICATE,
    LOCKED,
    NEW,
    NEW_VERSION,
    OLDER_VERSION,
    REJECTED_OUTCOME,
    UNCHANGED,
    FileOutcome,
)
from clc_desktop.domain.codes import unit_level_label
from clc_desktop.domain.text import fold
from clc_desktop.ui.i18n import fill, format_date

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

GREEN = QColor("#1e7b34")
ORANGE = QColor("#b06000")
RED = QColor("#b3261e")
GREY = QColor("#5f6368")
FLAGGED_BACKGROUND = QColor("#fff4e0")
REJECTED_BACKGROUND = QColor("#fdecea")


def table_view(model: QAbstractTableModel) -> QTableView:
    """A view of one of these models as every tab of the page shows them."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


class _Table(QAbstractTableModel):
    """Rows in a list; subclasses name the columns and render one cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            names = self.headers()
            if 0 <= section < len(names):
                return names[section]
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)


# -- the import preview ------------------------------------------------------------------


def _attention(outcome: FileOutcome) -> int:
    if outcome.outcome == REJECTED_OUTCOME:
        return 0
    if outcome.needs_acceptance:
        return 1
    return 2 if outcome.outcome == LOCKED else 3


class ImportPreviewTableModel(_Table):
    """One row per file: its outcome, the reasons, and (for a flagged file) the
    coordinator's acceptance, unchecked until they tick it."""

    FILE, UNIT, PERIOD, OUTCOME, DETAILS, ACCEPT = range(6)

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._accepted: set[Path] = set()
        self._results: dict[Path, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("File"),
            self.tr("Unit"),
            self.tr("Period"),
            self.tr("Outcome"),
            self.tr("Details"),
            self.tr("Accept"),
        ]

    def set_outcomes(self, outcomes: Sequence[FileOutcome]) -> None:
        """The files, those that need the coordinator's attention first (rejected, then
        flagged), each group in the order read."""
        self._accepted = set()
        self._results = {}
        self.set_rows(sorted(outcomes, key=_attention))

    def accepted(self) -> list[Path]:
        return [o.path for o in self._rows if o.needs_acceptance and o.path in self._accepted]

    def set_accepted(self, path: Path, accepted: bool) -> None:
        for number, outcome in enumerate(self._rows):
            if outcome.path == path and outcome.needs_acceptance:
                (self._accepted.add if accepted else self._accepted.discard)(path)
                cell = self.index(number, self.ACCEPT)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.CheckStateRole])

    def set_results(self, results: dict[Path, str]) -> None:
        """What the import did with each file (shown in the Outcome column)."""
        self._results = dict(results)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.ACCEPT))

    def outcome_label(self, outcome: FileOutcome) -> str:
        labels = {
            NEW: self.tr("New"),
            NEW_VERSION: self.tr("New version"),
            OLDER_VERSION: self.tr("Older version (history only)"),
            UNCHANGED: self.tr("Unchanged"),
            DUPLICATE: self.tr("Duplicate"),
            LOCKED: self.tr("Locked (accepted)"),
            REJECTED_OUTCOME: self.tr("Rejected"),
        }
        label = labels.get(outcome.outcome, outcome.outcome)
        if outcome.flagged and outcome.outcome != REJECTED_OUTCOME:
            label = fill(self.tr("Flagged: %1"), label)
        return label

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        outcome: FileOutcome = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.ACCEPT:
            if not outcome.needs_acceptance:
                return None
            checked = outcome.path in self._accepted
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            if column == self.FILE:
                return (
                    str(outcome.path) if role == Qt.ItemDataRole.ToolTipRole else outcome.path.name
                )
            if column == self.UNIT:
                if role == Qt.ItemDataRole.ToolTipRole and outcome.unit_id:
                    return f"{outcome.unit_name} ({outcome.unit_id}, {outcome.level})"
                return outcome.unit_name or outcome.unit_id
            if column == self.PERIOD:
                return outcome.period
            if column == self.OUTCOME:
                label = self.outcome_label(outcome)
                result = self._results.get(outcome.path)
                return f"{label} → {result}" if result else label
            if column == self.DETAILS:
                return outcome.describe(self._language)
            if column == self.ACCEPT and role == _DISPLAY and outcome.needs_acceptance:
                return self.tr("import it")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME:
            if outcome.outcome == REJECTED_OUTCOME:
                return QBrush(RED)
            if outcome.flagged:
                return QBrush(ORANGE)
            if outcome.importable:
                return QBrush(GREEN)
            return QBrush(GREY)
        if role == Qt.ItemDataRole.BackgroundRole:
            if outcome.outcome == REJECTED_OUTCOME:
                return QBrush(REJECTED_BACKGROUND)
            if outcome.flagged:
                return QBrush(FLAGGED_BACKGROUND)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.ACCEPT and self._rows[index.row()].needs_acceptance:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        outcome: FileOutcome = self._rows[index.row()]
        if index.column() != self.ACCEPT or not outcome.needs_acceptance:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.set_accepted(outcome.path, checked)
        return True


# -- the hierarchy -----------------------------------------------------------------------


class UnitsTableModel(_Table):
    """The units by name (Vietnamese letters folded), the parent shown by its name."""

    NAME, ID, LEVEL, PARENT, CONTACT, PHONE, CLOSED, REPLACES = range(8)

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._names: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("ID"),
            self.tr("Level"),
            self.tr("Parent"),
            self.tr("Contact person"),
            self.tr("Phone"),
            self.tr("Closed on"),
            self.tr("Replaces"),
        ]

    def level_label(self, level: str) -> str:
        """The usual level codes in words; other (free) levels as they are."""
        return unit_level_label(level, self._language)

    def set_units(self, units: Sequence[UnitInfo]) -> None:
        self._names = {unit.unit_id: unit.name for unit in units}
        self.set_rows(sorted(units, key=lambda u: (fold(u.name), u.unit_id)))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        unit: UnitInfo = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            parent = unit.parent_id or ""
            values = [
                unit.name,
                unit.unit_id,
                self.level_label(unit.level),
                self._names.get(parent, parent),
                unit.contact_person or "",
                unit.phone or "",
                format_date(unit.closed_on) if unit.closed_on else "",
                ", ".join(self._names.get(old, old) for old in unit.replaces),
            ]
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PARENT and unit.parent_id:
            return unit.parent_id
        if role == Qt.ItemDataRole.ForegroundRole and unit.closed_on is not None:
            return QBrush(GREY)
        return None


# -- completeness ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CompletenessRow:
    expected: ExpectedUnit
    status: str | None  # received, checked, accepted, or None (nothing received)


class CompletenessTableModel(_Table):
    """The completeness list in the words of the core (``coordinator.completeness``), the
    same in the window, on paper and in the exported workbook."""

    UNIT, REPORT, STATUS, MADE, CONTACT, PHONE, ID = range(7)

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language

    def headers(self) -> list[str]:
        return completeness_header(self._language)

    def state_label(self, row: CompletenessRow) -> str:
        return state_label(row.expected, self._language)

    def status_label(self, status: str | None) -> str:
        return status_label(status, self._language)

    def cells(self, row: CompletenessRow) -> list[str]:
        return completeness_row(row.expected, row.status, self._language)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: CompletenessRow = self._rows[index.row()]
        if role == _DISPLAY:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.REPORT:
            state = row.expected.state
            if state == MISSING:
                return QBrush(RED)
            if state == LATE:
                return QBrush(ORANGE)
            return QBrush(GREEN)
        if role == Qt.ItemDataRole.BackgroundRole and row.expected.state == MISSING:
            return QBrush(REJECTED_BACKGROUND)
        return None


# -- numbers by unit and topic -----------------------------------------------------------


class NumbersTableModel(_Table):
    """One indicator by unit (rows) and topic (columns), each cell with its change from
    the previous period; a total row last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._topics: list[tuple[str, str]] = []  # (code, label)
        self._locale = QLocale()

    def headers(self) -> list[str]:
        return [self.tr("Unit"), *(label for _, label in self._topics)]

    def set_numbers(
        self, rows: Sequence[UnitNumbers], topics: Sequence[tuple[str, str]], total_label: str
    ) -> None:
        self.beginResetModel()
        self._topics = list(topics)
        self._rows = list(rows)
        if rows:
            values: dict[str, int] = {}
            previous: dict[str, int] = {}
            any_previous = False
            for row in rows:
                for code, _ in topics:
                    values[code] = values.get(code, 0) + row.values.get(code, 0)
                    if row.previous is not None:
                        any_previous = True
                        previous[code] = previous.get(code, 0) + row.previous.get(code, 0)
            self._rows.append(
                UnitNumbers("", total_label, values, previous if any_previous else None)
            )
        self.endResetModel()

    def cell(self, row: UnitNumbers, topic: str) -> str:
        value = self._locale.toString(row.values.get(topic, 0))
        change = row.change(topic)
        if change is None or change == 0:
            return value if change is None else f"{value} (±0)"
        sign = "+" if change > 0 else "−"
        return f"{value} ({sign}{self._locale.toString(abs(change))})"

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: UnitNumbers = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            if column == 0:
                return row.unit_name
            return self.cell(row, self._topics[column - 1][0])
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            topic = self._topics[column - 1][0]
            if row.previous is None:
                return self.tr("No report for the previous period")
            return fill(
                self.tr("Previous period: %1"), self._locale.toString(row.previous.get(topic, 0))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and not row.unit_id:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

"""Table models of the Learners screens: thin adapters over plain rows.

:class:`LearnerTableModel` shows a list of
:class:`~clc_desktop.services.learners.LearnerListItem` tuples loaded once with one query
(Anki's browser table is the example): ``data()`` formats a tuple, it never queries the
database. What is shown is a list of positions into that list; the page hands it the
positions a search and the filters let through, and the model keeps them in the order of
the column the user sorted by. Sorting is done here on a Python list (no
``QSortFilterProxyModel``: one left attached re-sorted 100,000 rows for seconds on every
reset).

:class:`ImportPreviewModel` shows the rows of a learner-list import preview with the
user's choice per row.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import deque
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from clc_desktop.domain.codes import ETHNICITIES, AgeBand, Sex
from clc_desktop.services.learner_import import PreviewRow, RowChoice, RowStatus
from clc_desktop.services.learners import SORT_KEYS, LearnerListItem
from clc_desktop.ui.i18n import fill, format_date

Index = QModelIndex | QPersistentModelIndex

# The id of the learner a row shows (for selections that survive a new search).
LEARNER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def sex_labels() -> dict[str, str]:
    """The sexes in the order a form lists them: Nam, Nữ, then not known."""
    return {
        Sex.MALE.value: QCoreApplication.translate("LearnerLabels", "Male"),
        Sex.FEMALE.value: QCoreApplication.translate("LearnerLabels", "Female"),
        Sex.UNKNOWN.value: QCoreApplication.translate("LearnerLabels", "Unknown"),
    }


def age_band_labels() -> dict[AgeBand, str]:
    return {
        AgeBand.UNDER_15: QCoreApplication.translate("LearnerLabels", "Under 15"),
        AgeBand.FROM_15_TO_25: QCoreApplication.translate("LearnerLabels", "15–25"),
        AgeBand.FROM_26_TO_35: QCoreApplication.translate("LearnerLabels", "26–35"),
        AgeBand.FROM_36_TO_60: QCoreApplication.translate("LearnerLabels", "36–60"),
        AgeBand.OVER_60: QCoreApplication.translate("LearnerLabels", "Over 60"),
        AgeBand.UNKNOWN: QCoreApplication.translate("LearnerLabels", "Age unknown"),
    }


def birth_text(birth_date: dt.date | None, birth_year: int | None) -> str:
    if birth_date is not None:
        return format_date(birth_date)
    return str(birth_year) if birth_year is not None else ""


def _enrolment_count(item: LearnerListItem) -> int:
    return item.enrolments.count(":")


class LearnerTableModel(QAbstractTableModel):
    """Learners by position into a plain list; read-only."""

    # Column keys: the sort keys of :data:`clc_desktop.services.learners.SORT_KEYS`, plus
    # the number of classes.
    COLUMNS: tuple[str, ...] = (
        "name",
        "sex",
        "birth",
        "age_band",
        "ethnicity",
        "phone",
        "address",
        "classes",
        "disability",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: Sequence[LearnerListItem] = []
        self._shown: list[int] = []  # positions into _items, in the sorted order
        self._matches: list[int] | None = None  # what the page let through, any order
        self._order: list[int] = []  # every position, sorted by the sort column
        self._rank: list[int] = []  # position -> place in _order
        self._in_sorted_order: Callable[[bytearray], Any] = _one_or_none([])
        self._sort_column = 0
        self._descending = False
        self._retranslate()

    def _retranslate(self) -> None:
        self._headers = [
            self.tr("Full name"),
            self.tr("Sex"),
            self.tr("Born"),
            self.tr("Age"),
            self.tr("Ethnicity"),
            self.tr("Phone"),
            self.tr("Address, village"),
            self.tr("Classes"),
            self.tr("Disability"),
        ]
        self._yes = self.tr("Yes")
        self._sex = sex_labels()
        self._bands = age_band_labels()
        self._archived = self.tr("(archived)")

    # -- contents --------------------------------------------------------------------------
    @property
    def items(self) -> Sequence[LearnerListItem]:
        return self._items

    def set_items(self, items: Sequence[LearnerListItem]) -> None:
        """A newly loaded list; every learner is shown until :meth:`show_positions`."""
        self._items = items
        self._set_order(self._sorted_order())
        self._matches = None
        self._apply()

    def show_positions(self, positions: Sequence[int] | None) -> None:
        """Show these positions (in any order: the model sorts them), or all (``None``)."""
        self._matches = None if positions is None else list(positions)
        self._apply()

    def position(self, row: int) -> int:
        return self._shown[row]

    def item(self, row: int) -> LearnerListItem:
        return self._items[self._shown[row]]

    def row_of(self, learner_id: int) -> int | None:
        for row, position in enumerate(self._shown):
            if self._items[position].id == learner_id:
                return row
        return None

    def _apply(self) -> None:
        self.beginResetModel()
        self._shown = self._in_order(self._matches)
        self.endResetModel()

    def _in_order(self, matches: list[int] | None) -> list[int]:
        if matches is None:
            return list(self._order)
        count, total = len(matches), len(self._order)
        if count * max(1.0, math.log2(count or 1)) < total:
            return sorted(matches, key=self._rank.__getitem__)  # few: sort them
        wanted = bytearray(total)  # many: walk the sorted list once, in C
        deque(map(wanted.__setitem__, matches, repeat(1)), maxlen=0)
        return list(compress(self._order, self._in_sorted_order(wanted)))

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._order:
            return
        self._sort_column, self._descending = column, descending
        self.layoutAboutToBeChanged.emit()
        self._set_order(self._sorted_order())
        self._shown = self._in_order(self._matches)
        self.layoutChanged.emit()

    def _set_order(self, order: list[int]) -> None:
        self._order = order
        self._rank = _ranks(order)
        # bytes indexed by position -> the same bytes in the sorted order (C-level).
        self._in_sorted_order = itemgetter(*order) if len(order) > 1 else _one_or_none(order)

    def _sorted_order(self) -> list[int]:
        name = self.COLUMNS[self._sort_column]
        key: Callable[[LearnerListItem], Any] = (
            _enrolment_count if name == "classes" else SORT_KEYS[name]
        )
        items = self._items
        return sorted(range(len(items)), key=lambda p: key(items[p]), reverse=self._descending)

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        item = self._items[self._shown[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == LEARNER_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and item.archived:
            return QColor("#80868b")
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return item.address
        return None

    def _text(self, item: LearnerListItem, column: int) -> str:
        if column == 0:
            return f"{item.full_name} {self._archived}" if item.archived else item.full_name
        if column == 1:
            return self._sex.get(item.sex, item.sex)
        if column == 2:
            return birth_text(item.birth_date, item.birth_year)
        if column == 3:
            return self._bands.get(item.age_band, "")
        if column == 4:
            return ETHNICITIES.get(item.ethnicity or "", "")
        if column == 5:
            return item.phone or ""
        if column == 6:
            return item.address or ""
        if column == 7:
            count = _enrolment_count(item)
            return str(count) if count else ""
        if column == 8:
            return self._yes if item.disability else ""
        return ""


def _one_or_none(order: Sequence[int]) -> Callable[[bytearray], tuple[int, ...]]:
    """``itemgetter`` for fewer than two positions (it returns a tuple only from two)."""
    return lambda wanted: tuple(wanted[p] for p in order)


def _ranks(order: Sequence[int]) -> list[int]:
    rank = [0] * len(order)
    for place, position in enumerate(order):
        rank[position] = place
    return rank


# -- the import preview ------------------------------------------------------------------------


class ImportPreviewModel(QAbstractTableModel):
    """One row per data row of the file: what it says, its status, and the user's choice.

    The choice column is editable within :attr:`PreviewRow.allowed_choices` (a combo box
    delegate, or :meth:`set_choice` for the buttons that act on the selected rows)."""

    CHOICE_COLUMN = 8

    def __init__(self, rows: Sequence[PreviewRow], language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._language = language
        self._choices = [row.default_choice for row in self._rows]
        self._headers = [
            self.tr("Row"),
            self.tr("Full name"),
            self.tr("Born"),
            self.tr("Sex"),
            self.tr("Phone"),
            self.tr("Address, village"),
            self.tr("Ethnicity"),
            self.tr("Status"),
            self.tr("Choice"),
            self.tr("Why"),
        ]
        self._sex = sex_labels()

    def status_label(self, status: RowStatus) -> str:
        return {
            RowStatus.NEW: self.tr("New"),
            RowStatus.DUPLICATE: self.tr("Possible duplicate"),
            RowStatus.DUPLICATE_IN_FILE: self.tr("Repeated in the file"),
            RowStatus.REJECTED: self.tr("Rejected"),
        }[status]

    def choice_label(self, choice: RowChoice) -> str:
        return {
            RowChoice.CREATE: self.tr("Import as new"),
            RowChoice.USE_EXISTING: self.tr("Use the existing learner"),
            RowChoice.SKIP: self.tr("Skip"),
        }[choice]

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def choice(self, row: int) -> RowChoice:
        return self._choices[row]

    def choices(self) -> dict[int, RowChoice]:
        """Excel row number -> the chosen choice, for ``commit_import``."""
        return {row.row: choice for row, choice in zip(self._rows, self._choices, strict=True)}

    def set_choice(self, row: int, choice: RowChoice) -> bool:
        """Choose for one row; refused (False) when the row does not allow it."""
        if choice not in self._rows[row].allowed_choices:
            return False
        if self._choices[row] is not choice:
            self._choices[row] = choice
            index = self.index(row, self.CHOICE_COLUMN)
            self.dataChanged.emit(index, index)
        return True

    def _why(self, row: PreviewRow) -> str:
        if row.status is RowStatus.REJECTED:
            return row.reasons(self._language)
        if row.duplicates:
            first = row.duplicates[0]
            what = first.full_name + (f", {first.birth_year}" if first.birth_year else "")
            if first.phone:
                what += f", {first.phone}"
            text = fill(self.tr("Already registered: %1"), what)
            if len(row.duplicates) > 1:
                text += " " + fill(self.tr("(and %1 more)"), len(row.duplicates) - 1)
            return text
        if row.same_as_row is not None:
            return fill(self.tr("The same person as row %1?"), row.same_as_row)
        return ""

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and index.column() == self.CHOICE_COLUMN
            and len(self._rows[index.row()].allowed_choices) > 1
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.CHOICE_COLUMN and role == Qt.ItemDataRole.EditRole:
                return self._choices[index.row()].value
            return self._text(row, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (7, 9):
            return self._why(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 7:
            return {
                RowStatus.NEW: QColor("#1e7b34"),
                RowStatus.DUPLICATE: QColor("#b06000"),
                RowStatus.DUPLICATE_IN_FILE: QColor("#b06000"),
                RowStatus.REJECTED: QColor("#b3261e"),
            }[row.status]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.CHOICE_COLUMN
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        try:
            choice = RowChoice(value)
        except ValueError:
            return False
        return self.set_choice(index.row(), choice)

    def _text(self, row: PreviewRow, number: int, column: int) -> str:
        form = row.form
        if column == 0:
            return str(row.row)
        if column == 7:
            return self.status_label(row.status)
        if column == self.CHOICE_COLUMN:
            return self.choice_label(self._choices[number])
        if column == 9:
            return self._why(row)
        if form is None:
            if column == 1:
                return " | ".join(str(v) for v in row.values if v not in (None, ""))
            return ""
        if column == 1:
            return form.full_name
        if column == 2:
            return birth_text(form.birth_date, form.birth_year)
        if column == 3:
            return self._sex.get(form.sex, form.sex) if form.sex != Sex.UNKNOWN.value else ""
        if column == 4:
            return form.phone or ""
        if column == 5:
            return form.address or ""
        if column == 6:
            return ETHNICITIES.get(form.ethnicity or "", "")
        return ""

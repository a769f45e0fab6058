"""One searchable field over a list of names: wards, ethnicities, partner organisations,
coordinator units.

A person types part of a name, with or without accents (`khuong dinh`, `tay`), in any
order of its words, or a code (`00364`); the list below the field shows the names that
match, and choosing one (a click, or Down then Enter) puts that name, and only that name,
in the field. The arrow opens the whole list. What the field holds is read back as the
chosen entry's code (`code()`), so a name typed in full by hand is taken as well.

Why not a plain `QCompleter` with a hidden search role: the completer writes the text of
its completion role into the line edit, after the application's own `activated` slot has
run, so the field ended up showing the hidden search text (`Phường Khương Đình phuong
khuong dinh 00364`) and the form refused the ward it had offered. Here the completer's
popup lists display names only, its filter is ours (a proxy model), and it is not the
line edit's own completer, so nothing but the chosen name is ever written into the field.
The pattern is Qt's "Custom Completer" example (`QCompleter.setWidget`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QWidget

from clc_desktop.domain.text import fold

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


class _Matching(QSortFilterProxyModel):
    """The entries whose name or code holds every word typed (accents and case aside)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_typed(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        source = self.sourceModel()
        searched = str(source.index(source_row, 0, source_parent).data(_SEARCH_ROLE) or "")
        if not searched:
            return False  # the empty entry ("not known") is chosen from the arrow's list
        return all(word in searched for word in self._words)


class CodeListField(QComboBox):
    """An editable combo box over `(code, name)` entries, searched as the person types.

    `free_text=True` keeps a name typed that is not in the list (a partner organisation
    not seen before): `code()` is then None and `text()` the name typed.
    `empty_entry` adds a first, empty entry meaning "not known".
    """

    #: The code of the entry the person chose from the list (None for the empty entry).
    chosen = Signal(object)

    def __init__(
        self,
        entries: Iterable[tuple[str, str]],
        placeholder: str = "",
        *,
        empty_entry: bool = False,
        free_text: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._free_text = free_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._entries = QStandardItemModel(self)
        if empty_entry:
            empty = QStandardItem("")
            empty.setData(None, CODE_ROLE)
            self._entries.appendRow(empty)
        self.set_entries(entries)
        self.setModel(self._entries)
        self.setCurrentIndex(-1 if not empty_entry else 0)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(placeholder)
        # The combo box's own completer completes inline by prefix and would write into
        # the field; ours lists matches anywhere in the name and writes only on a choice.
        self.setCompleter(None)  # type: ignore[arg-type]  # PySide6 takes None (Qt: nullptr)
        self._matching = _Matching(self)
        self._matching.setSourceModel(self._entries)
        self._completer = QCompleter(self._matching, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(10)
        self._completer.setWidget(line)
        self._completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        line.textEdited.connect(self._typed)
        self.activated.connect(self._picked_from_arrow)

    # -- the list -------------------------------------------------------------------------
    def set_entries(self, entries: Iterable[tuple[str, str]]) -> None:
        """Replaces the entries (keeping the empty one), e.g. when the units change."""
        keep = 1 if self._has_empty_entry() else 0
        self._entries.removeRows(keep, self._entries.rowCount() - keep)
        for code, name in entries:
            item = QStandardItem(name)
            item.setData(code, CODE_ROLE)
            item.setData(f"{fold(name)} {fold(code)}", _SEARCH_ROLE)
            self._entries.appendRow(item)

    def _has_empty_entry(self) -> bool:
        return self._entries.rowCount() > 0 and self._entries.item(0).data(CODE_ROLE) is None

    def suggestions(self) -> list[str]:
        """The names the list below the field offers for what is typed now."""
        return [
            str(self._matching.index(row, 0).data()) for row in range(self._matching.rowCount())
        ]

    def suggestion_list(self) -> QAbstractItemView:
        """The list of suggestions that pops up below the field as the person types."""
        popup = self._completer.popup()
        assert popup is not None
        return popup

    # -- what it holds --------------------------------------------------------------------
    def code(self) -> str | None:
        """The code of the entry whose name is in the field (typed or chosen), else None."""
        row = self._row_named(self.currentText())
        if row is None:
            return None
        value = self._entries.item(row).data(CODE_ROLE)
        return None if value is None else str(value)

    def text(self) -> str:
        """The name in the field: the entry's own spelling when it is one, else as typed."""
        row = self._row_named(self.currentText())
        if row is not None:
            return self._entries.item(row).text()
        return self.currentText().strip()

    def is_known(self) -> bool:
        """The field is empty or holds a name from the list."""
        return not self.currentText().strip() or self._row_named(self.currentText()) is not None

    def set_code(self, code: str | None) -> None:
        row = self.findData(code, CODE_ROLE) if code is not None else -1
        if code is None and self._has_empty_entry():
            row = 0
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")

    def set_text(self, text: str) -> None:
        """Shows `text` (an entry's name, or any name when the field takes free text)."""
        row = self._row_named(text)
        if row is not None:
            self.setCurrentIndex(row)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)

    def _row_named(self, text: str) -> int | None:
        wanted = fold(text).strip()
        if not wanted:
            return 0 if self._has_empty_entry() else None
        for row in range(self._entries.rowCount()):
            if fold(self._entries.item(row).text()) == wanted:
                return row
        return None

    # -- the person's actions -------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._matching.set_typed(text)
        if text.strip() and self._matching.rowCount():
            self._completer.setCompletionPrefix("")
            self._completer.complete()
        else:
            popup = self._completer.popup()
            if popup is not None:
                popup.hide()

    def _picked(self, index: QModelIndex) -> None:
        # The index is the completer's own (its completion model over our proxy).
        completion = self._completer.completionModel()
        if index.model() is completion and isinstance(completion, QAbstractProxyModel):
            index = completion.mapToSource(index)
        self._choose(self._matching.mapToSource(index).row())

    def _picked_from_arrow(self, row: int) -> None:
        self._choose(row)

    def _choose(self, row: int) -> None:
        if row < 0:
            return
        self.setCurrentIndex(row)
        self.setEditText(self._entries.item(row).text())
        value = self._entries.item(row).data(CODE_ROLE)
        self.chosen.emit(None if value is None else str(value))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Entering the field selects what it holds (a proposed ethnicity, the ward chosen
        before), so typing replaces it instead of adding to it."""
        super().focusInEvent(event)
        line = self.lineEdit()
        if line is not None and event.reason() != Qt.FocusReason.PopupFocusReason:
            QTimer.singleShot(0, line, line.selectAll)  # after the click that gave the focus

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field with a part of one name only (`khuong dinh`) takes that name."""
        super().focusOutEvent(event)
        popup = self._completer.popup()
        if popup is not None and popup.isVisible():
            return  # the focus went to the list of suggestions, not away
        typed = self.currentText()
        if typed.strip() and self._row_named(typed) is None and not self._free_text:
            self._matching.set_typed(typed)
            if self._matching.rowCount() == 1:
                self._choose(self._matching.mapToSource(self._matching.index(0, 0)).row())

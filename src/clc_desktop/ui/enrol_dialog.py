"""Dialogs of a class's learners: enrol by search and multi-select, copy the learners of
another class, withdraw with a date.

The enrol dialog loads the learner list once in the background (an ``ops.query`` with the
dialog as receiver: :func:`clc_desktop.services.learners.load_learner_list`) and searches
it per keystroke with :class:`~clc_desktop.services.learners.LearnerSearch` (accent- and
case-insensitive: ``nguyen van duc`` finds ``Nguyễn Văn Đức``). Ticked learners stay
ticked across searches.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clc_desktop.services.classes import ClassListItem
from clc_desktop.services.learners import (
    LearnerFilter,
    LearnerListItem,
    LearnerSearch,
    filter_mask,
    load_learner_list,
    sorted_positions,
)
from clc_desktop.ui.class_dialog import date_edit
from clc_desktop.ui.class_models import LearnerPickModel
from clc_desktop.ui.date_field import from_qdate, to_qdate
from clc_desktop.ui.dialogs import error_text
from clc_desktop.ui.i18n import fill, format_date
from clc_desktop.ui.operations import Operations


class _PickTable(QTableView):
    """The space bar ticks (or unticks) the selected rows."""

    space_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.space_pressed.emit()
            return
        super().keyPressEvent(event)


def _from_date(min_date: dt.date | None, default: dt.date) -> QDateEdit:
    edit = date_edit(default)
    if min_date is not None:
        edit.setMinimumDate(to_qdate(min_date))
    return edit


class EnrolDialog(QDialog):
    """Find learners, tick them, enrol them from a date: :attr:`chosen_ids`, :meth:`on`."""

    loaded = Signal()  # the learner list is in: the search works

    def __init__(
        self,
        ops: Operations,
        class_name: str,
        enrolled: Mapping[int, dt.date | None] | frozenset[int],
        default_from: dt.date,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = ops.language
        self._items: Sequence[LearnerListItem] = []
        self._search: LearnerSearch | None = None
        self._mask: list[bool] | None = None
        self._rank: list[int] = []
        self.setWindowTitle(fill(self.tr("Enrol learners: %1"), class_name))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name, phone or village, with or without accents")
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        hint = QLabel(
            self.tr(
                "Tick the learners to enrol (click the box, or select rows and press Space). "
                "Ticked learners stay ticked when you search again."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = LearnerPickModel([], self)
        if not isinstance(enrolled, Mapping):
            enrolled = dict.fromkeys(enrolled)
        # Enrolled from the start: nothing to do. From a later date: tickable, and
        # enrolling them again moves their date to the one chosen here.
        self.model.enrolled_from = {i: d for i, d in enrolled.items() if d is not None}
        self.model.set_items([], frozenset(i for i, d in enrolled.items() if d is None))
        self.table = _PickTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 100)
        self.table.setColumnWidth(2, 110)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self.tr("Loading the learners…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Enrolled from")))
        self.from_date = _from_date(None, default_from)
        bottom.addWidget(self.from_date)
        bottom.addStretch()
        buttons = QDialogButtonBox()
        self.enrol_button = buttons.addButton(
            self.tr("Enrol"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.enrol_button.setEnabled(False)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.enrol_button, cancel):
            button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._search_changed)
        # Enter in the search moves to the results: it must not enrol (nor close) at once,
        # as the dialog's default button would once a learner is ticked.
        self.search.installEventFilter(self)
        self.table.space_pressed.connect(self._toggle_selected)
        self.table.doubleClicked.connect(lambda index: self.model.toggle([index.row()]))
        self.model.chosen_changed.connect(self._chosen_changed)

        ops.query(
            self,
            lambda session: load_learner_list(session, today),
            self._loaded,
            on_error=self._failed,
        )

    @property
    def is_loaded(self) -> bool:
        return self._search is not None

    @property
    def chosen_ids(self) -> list[int]:
        return list(self.model.chosen)

    def on(self) -> dt.date:
        return from_qdate(self.from_date.date())

    def _loaded(self, items: list[LearnerListItem]) -> None:
        self._items = items
        self._search = LearnerSearch(items)
        self._mask = filter_mask(items, LearnerFilter())  # not archived
        # Results in Vietnamese name order: the order is computed once, each search sorts
        # its positions by their rank in it.
        self._rank = [0] * len(items)
        for rank, position in enumerate(sorted_positions(items, "name")):
            self._rank[position] = rank
        self.model.set_items(items, self.model.enrolled)
        self._search_changed(self.search.text())
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error, self._language))

    def _search_changed(self, text: str) -> None:
        if self._search is None:
            return
        positions = sorted(self._search.search(text, self._mask), key=self._rank.__getitem__)
        self.model.set_positions(positions)
        if positions:
            self.table.selectRow(0)
        self._chosen_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._enter_pressed()
            return True
        return super().eventFilter(watched, event)

    def _enter_pressed(self) -> None:
        """Enter in the search box moves to the results."""
        if self.model.rowCount():
            self.table.setFocus()

    def _toggle_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        if rows:
            self.model.toggle(rows)

    def _chosen_changed(self) -> None:
        chosen = self.model.chosen
        found = self.model.rowCount()
        text = self.tr("%n learner(s) found", "", found)
        if chosen:
            names = ", ".join(list(chosen.values())[:6])
            more = "…" if len(chosen) > 6 else ""
            text += " · " + fill(self.tr("%1 ticked: "), len(chosen)) + names + more
        self.status.setText(text)
        self.enrol_button.setEnabled(bool(chosen))
        self.enrol_button.setText(
            self.tr("Enrol %n learner(s)", "", len(chosen)) if chosen else self.tr("Enrol")
        )


class EnrolDateDialog(QDialog):
    """The date the selected learners really joined the class."""

    def __init__(
        self,
        names: Sequence[str],
        current: dt.date,
        first_day: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the enrolment date"))
        self.setMinimumWidth(460)
        layout = QFormLayout(self)
        who = QLabel(", ".join(names))
        who.setWordWrap(True)
        layout.addRow(self.tr("Learner(s)"), who)
        self.date = date_edit(current)
        layout.addRow(self.tr("Enrolled from"), self.date)
        note = QLabel(
            fill(
                self.tr(
                    "They are expected at every session from this date. The class's first "
                    "day is %1: choose it when they were there from the start."
                ),
                format_date(first_day),
            )
        )
        self.save_button = _finish_date_form(
            self, layout, note, self.tr("Change the date"), self.tr("Cancel")
        )

    def on(self) -> dt.date:
        return from_qdate(self.date.date())


class CopyDialog(QDialog):
    """Choose another class whose current learners to enrol in this one."""

    def __init__(
        self,
        classes: Sequence[ClassListItem],
        default_from: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy the learners of another class"))
        self.setMinimumWidth(520)
        layout = QFormLayout(self)
        self.source = QComboBox()
        for item in classes:
            label = fill(self.tr("%1 (%n learner(s))", "", item.enrolled), item.name)
            self.source.addItem(label, item.id)
        layout.addRow(self.tr("From the class"), self.source)
        self.from_date = _from_date(None, default_from)
        layout.addRow(self.tr("Enrolled from"), self.from_date)
        note = QLabel(
            self.tr("Learners withdrawn from that class are not copied; those already here stay.")
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addRow(note)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setEnabled(self.source.count() > 0)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def source_id(self) -> int | None:
        data = self.source.currentData()
        return int(data) if data is not None else None

    def on(self) -> dt.date:
        return from_qdate(self.from_date.date())


class WithdrawDialog(QDialog):
    """The date a learner left the class (still expected at sessions up to that date)."""

    def __init__(
        self,
        names: Sequence[str],
        earliest: dt.date | None,
        default: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw from the class"))
        self.setMinimumWidth(460)
        layout = QFormLayout(self)
        who = QLabel(", ".join(names))
        who.setWordWrap(True)
        layout.addRow(self.tr("Learner(s)"), who)
        self.date = _from_date(earliest, max(default, earliest) if earliest else default)
        layout.addRow(self.tr("Left on"), self.date)
        note = QLabel(
            self.tr(
                "They still count as expected at sessions up to and including this date; "
                "their marks are kept."
            )
        )
        self.withdraw_button = _finish_date_form(
            self, layout, note, self.tr("Withdraw"), self.tr("Cancel")
        )

    def on(self) -> dt.date:
        return from_qdate(self.date.date())


def _finish_date_form(
    dialog: QDialog, layout: QFormLayout, note: QLabel, action: str, cancel: str
) -> QPushButton:
    """The end of a dialog that asks one date: its hint under the date, then the action
    button and Cancel. Returns the action button."""
    note.setObjectName("hint")
    note.setWordWrap(True)
    layout.addRow(note)
    buttons = QDialogButtonBox()
    action_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addRow(buttons)
    return action_button

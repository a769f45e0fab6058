"""The Units tab: the units a coordinator expects reports from, with their parent unit.

Units are never deleted, only closed; a merge records which old units a new one
replaces. Every change is one ``ops.change`` of kind ``UNITS``; the page reloads the list
for every tab (:attr:`CoordinatorContext.units`) and this tab shows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.coordinator.hierarchy import (
    HierarchyChanges,
    UnitInfo,
    close_unit,
    export_hierarchy,
    import_hierarchy,
    load_hanoi_communes,
    merge_units,
    save_unit,
)
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.ui.dialogs import run_dialog
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.pages.consolidation.context import CoordinatorContext
from clc_desktop.ui.pages.consolidation.dialogs import CloseUnitDialog, UnitDialog, UnitMergeDialog
from clc_desktop.ui.pages.consolidation.models import UnitsTableModel, table_view

T = TypeVar("T")


class UnitsTab(QWidget):
    """The list of units and the buttons that change it. Every question goes through an
    ``ask_*`` method, which tests replace on the instance."""

    units_shown = Signal()
    file_written = Signal(object)  # Path of the exported list

    def __init__(self, context: CoordinatorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._build()
        context.units_loaded.connect(self._show_units)
        context.store_closed.connect(lambda: self.units_model.set_units([]))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The units you expect reports from, with their parent unit. Units are never "
                "deleted, only closed; a merge records which old units a new one replaces."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.units_model = UnitsTableModel(self.context.language, self)
        self.units_view = table_view(self.units_model)
        self.units_view.doubleClicked.connect(lambda _index: self.edit_unit())
        header = self.units_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UnitsTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.units_view, 1)
        buttons = QHBoxLayout()
        self.add_unit_button = QPushButton(self.tr("Add a unit…"))
        self.add_unit_button.clicked.connect(self.add_unit)
        self.edit_unit_button = QPushButton(self.tr("Edit…"))
        self.edit_unit_button.clicked.connect(self.edit_unit)
        self.close_unit_button = QPushButton(self.tr("Close the unit…"))
        self.close_unit_button.clicked.connect(self.close_unit)
        self.merge_button = QPushButton(self.tr("Record a merge…"))
        self.merge_button.clicked.connect(self.record_merge)
        self.import_units_button = QPushButton(self.tr("Import the list (.xlsx)…"))
        self.import_units_button.clicked.connect(self.import_units)
        self.export_units_button = QPushButton(self.tr("Export the list…"))
        self.export_units_button.clicked.connect(self.export_units)
        self.hanoi_button = QPushButton(self.tr("Load Hà Nội's communes"))
        self.hanoi_button.clicked.connect(self.load_hanoi)
        for button in (
            self.add_unit_button,
            self.edit_unit_button,
            self.close_unit_button,
            self.merge_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        for button in (self.import_units_button, self.export_units_button, self.hanoi_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _show_units(self) -> None:
        self.units_model.set_units(self.context.units)
        self.units_shown.emit()

    def selected_unit(self) -> UnitInfo | None:
        rows = self.units_view.selectionModel().selectedRows()
        if not rows:
            return None
        unit: UnitInfo = self.units_model.row(rows[0].row())
        return unit

    def _change(self, write: Callable[[Session], T], done: Callable[[T], str]) -> None:
        """One change of the hierarchy in one transaction; ``done(summary)`` says what it
        did. The page reloads the list when the change is broadcast."""
        ops = self.context.ops
        if ops is None:
            return
        ops.change(
            self,
            ChangeKind.UNITS,
            write,
            lambda summary: self.context.say(done(summary)),
            on_error=self.context.failed,
        )

    # -- one unit -------------------------------------------------------------------------
    def ask_unit(self, unit: UnitInfo | None) -> UnitInfo | None:
        dialog = UnitDialog(self.context.language, self.context.units, unit, self)
        return dialog.unit() if run_dialog(dialog) else None

    def add_unit(self) -> None:
        unit = self.ask_unit(None)
        if unit is None:
            return
        if any(u.unit_id == unit.unit_id for u in self.context.units):
            self.context.show_error(
                fill(self.tr("A unit with the ID %1 is already in the list."), unit.unit_id)
            )
            return
        self._change(
            lambda session: save_unit(session, unit),
            lambda _saved: fill(self.tr("Added the unit %1."), unit.name),
        )

    def edit_unit(self) -> None:
        current = self.selected_unit()
        if current is None:
            return
        unit = self.ask_unit(current)
        if unit is None:
            return
        self._change(
            lambda session: save_unit(session, unit),
            lambda _saved: fill(self.tr("Saved the unit %1."), unit.name),
        )

    def ask_close_date(self, unit: UnitInfo) -> dt.date | None:
        dialog = CloseUnitDialog(unit, self.context.today(), self)
        return dialog.closed_on() if run_dialog(dialog) else None

    def close_unit(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        day = self.ask_close_date(unit)
        if day is None:
            return
        self._change(
            lambda session: close_unit(session, unit.unit_id, day),
            lambda _none: fill(self.tr("Closed the unit %1."), unit.name),
        )

    def ask_merge(self) -> tuple[UnitInfo, list[str], dt.date] | None:
        dialog = UnitMergeDialog(
            self.context.language, self.context.units, self.context.today(), self
        )
        if not run_dialog(dialog):
            return None
        return dialog.successor_unit(), dialog.replaced(), dialog.merged_on()

    def record_merge(self) -> None:
        chosen = self.ask_merge()
        if chosen is None:
            return
        successor, replaced, on = chosen
        self._change(
            lambda session: merge_units(session, successor, replaced, on),
            lambda _none: fill(
                self.tr("Recorded: %1 replaces %2."), successor.name, ", ".join(replaced)
            ),
        )

    # -- the whole list -------------------------------------------------------------------
    def ask_hierarchy_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the list of units"),
            self.context.folder(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        return path or None

    def import_units(self) -> None:
        chosen = self.ask_hierarchy_path()
        if not chosen:
            return
        path = Path(chosen)
        self._change(lambda session: import_hierarchy(session, path), self._imported_text)

    def _imported_text(self, changes: HierarchyChanges) -> str:
        n = self.context.n
        return fill(
            self.tr("Imported the list of units: %1 added, %2 updated, %3 unchanged."),
            n(len(changes.added)),
            n(len(changes.updated)),
            n(changes.unchanged),
        )

    def export_units(self) -> None:
        ops = self.context.ops
        if ops is None or self.context.busy:
            return
        chosen = self.context.ask_save_path(
            self.tr("Export the list of units"), "danh-sach-don-vi.xlsx", "xlsx"
        )
        if not chosen:
            return
        path = self.context.with_suffix(chosen, ".xlsx")

        def work(session: Session, _progress: ProgressFn, _cancelled: CancelFn) -> Path:
            export_hierarchy(session, path)
            return path

        task = ops.session_task(self, work, self._file_written, on_error=self.context.failed)
        self.context.track_writing(task, path)

    def _file_written(self, path: Path) -> None:
        self.context.written(path, fill(self.tr("Wrote %1."), path))
        self.file_written.emit(path)

    def load_hanoi(self) -> None:
        self._change(
            load_hanoi_communes,
            lambda changes: fill(
                self.tr("Loaded Hà Nội and %1 of its communes and wards."),
                self.context.n(max(0, len(changes.added) - 1)),
            ),
        )

"""Consolidation (coordinator mode): the units expected to report, importing centre
reports with a dry run first, status and completeness per period, and the consolidated
report of the coordinator's unit.

The coordinator's store is a second store, opened by this page (the centre's own
database stays open as it is) and closed when the window closes. Reading, importing,
consolidating and writing run in the background with a progress bar and Cancel.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clc_desktop.coordinator.consolidation import Consolidation, UnitNumbers
from clc_desktop.coordinator.hierarchy import UnitInfo
from clc_desktop.coordinator.report_import import (
    REJECTED_OUTCOME,
    ImportPreview,
    ImportResult,
    StatusChange,
)
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn
from clc_desktop.domain.text import fold
from clc_desktop.reports.cube import ALL, Key
from clc_desktop.storage.database import Store
from clc_desktop.ui.consolidation_dialogs import (
    CloseUnitDialog,
    ConsolidatingUnitDialog,
    UnitDialog,
    UnitMergeDialog,
)
from clc_desktop.ui.consolidation_models import (
    CompletenessRow,
    CompletenessTableModel,
    ImportPreviewTableModel,
    NumbersTableModel,
    UnitsTableModel,
)
from clc_desktop.ui.i18n import format_datetime, topic_label
from clc_desktop.ui.operations import BackgroundRunner
from clc_desktop.ui.pages.overview import StatCard
from clc_desktop.ui.period_chooser import PeriodChooser
from clc_desktop.ui.progress_row import ProgressRow

# Indicators the numbers table can show, in this order.
NUMBER_INDICATORS = (
    "learners",
    "enrolments",
    "classes",
    "sessions_held",
    "attendances",
    "walk_ins",
    "completions",
)


@dataclass(frozen=True, slots=True)
class ConsolidationExport:
    path: Path
    status: str  # the reader's verdict on the written file
    summed: int


@dataclass(frozen=True, slots=True)
class Completeness:
    period: str
    rows: list[CompletenessRow]


class _StoreHolder:
    """Owns the coordinator store, so it is closed even when the page is deleted first
    (the window rebuilds its pages when the language changes)."""

    def __init__(self) -> None:
        self.store: Store | None = None

    def close(self, *_: object) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


def _table_view(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


class ConsolidationPage(QWidget):
    """The coordinator's page. Every question to the user goes through an ``ask_*``
    method and every error through :meth:`show_error`; tests replace them on the
    instance. (They are methods, not bound methods kept in attributes: that would be a
    reference cycle, and a page left to the cycle collector can be destroyed on a worker
    thread.)"""

    store_opened = Signal()
    units_shown = Signal()
    preview_shown = Signal()
    import_finished = Signal(object)  # ImportResult
    completeness_shown = Signal()
    consolidated = Signal(object)  # Consolidation
    consolidation_refused = Signal(str)  # the sentence shown (double counting, nothing...)
    numbers_shown = Signal()
    export_finished = Signal(object)  # ConsolidationExport
    file_written = Signal(object)  # Path of a hierarchy, completeness or PDF file
    work_cancelled = Signal()

    def __init__(
        self,
        runner: BackgroundRunner,
        language: str,
        settings: QSettings | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._language = language
        self._settings = settings
        self._today = today
        self._locale = QLocale()
        self._holder = _StoreHolder()
        self.destroyed.connect(self._holder.close)
        self._unit: UnitInfo | None = None
        self._units: list[UnitInfo] = []
        self._inputs: list[Path] = []
        self._preview: ImportPreview | None = None
        self._again = False
        self._cancelled_text = ""
        self._on_done: Callable[[Any], None] = lambda _result: None
        self._on_error: Callable[[Exception], None] = lambda _error: None
        self._watching: QObject | None = None
        self._restored = False
        self.consolidation: Consolidation | None = None
        self.last_export: ConsolidationExport | None = None
        self.setAcceptDrops(True)
        self._build()
        self._restore_unit()
        self._show_store_state()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        heading = QLabel(self.tr("Consolidation"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "For coordinators: import the report files the centres send, check them, "
                "see who has not reported, and consolidate them into the report of your unit."
            )
        )
        intro.setObjectName("pageSubtitle")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        top = QGridLayout()
        top.setHorizontalSpacing(10)
        top.addWidget(QLabel(self.tr("Coordinator file:")), 0, 0)
        self.store_label = QLabel()
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.store_label, 0, 1)
        self.store_button = QPushButton(self.tr("Open or create…"))
        self.store_button.clicked.connect(self.choose_store)
        top.addWidget(self.store_button, 0, 2)
        top.addWidget(QLabel(self.tr("Consolidating for:")), 1, 0)
        self.unit_label = QLabel()
        top.addWidget(self.unit_label, 1, 1)
        self.unit_button = QPushButton(self.tr("Change…"))
        self.unit_button.clicked.connect(self.choose_unit)
        top.addWidget(self.unit_button, 1, 2)
        self.period = PeriodChooser(self._today)
        self.period.changed.connect(self._period_changed)
        top.addWidget(self.period, 2, 0, 1, 3)
        top.setColumnStretch(1, 1)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_units(), self.tr("Units"))
        self.tabs.addTab(self._build_import(), self.tr("Import reports"))
        self.tabs.addTab(self._build_status(), self.tr("Status and completeness"))
        self.tabs.addTab(self._build_consolidation(), self.tr("Consolidated report"))
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.work = ProgressRow()
        self.work.setMaximumWidth(420)
        self.work.busy_changed.connect(self._set_busy)
        self.work.cancelling.connect(lambda: self.status.setText(self.tr("Cancelling…")))
        self.progress, self.cancel_button = self.work.progress, self.work.cancel_button
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.work)
        layout.addLayout(bottom)

    def _build_units(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(
            self.tr(
                "The units you expect reports from, with their parent unit. Units are never "
                "deleted, only closed; a merge records which old units a new one replaces."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.units_model = UnitsTableModel(self)
        self.units_view = _table_view(self.units_model)
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
        return tab

    def _build_import(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        drop = QLabel(self.tr("Drop report files or whole folders onto this page, or:"))
        drop.setObjectName("hint")
        row.addWidget(drop)
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button = QPushButton(self.tr("Add a folder…"))
        self.add_folder_button.clicked.connect(self.add_folder)
        self.clear_button = QPushButton(self.tr("Clear the list"))
        self.clear_button.clicked.connect(self.clear_inputs)
        row.addWidget(self.add_files_button)
        row.addWidget(self.add_folder_button)
        row.addWidget(self.clear_button)
        row.addStretch()
        layout.addLayout(row)
        self.preview_hint = QLabel()
        self.preview_hint.setObjectName("hint")
        self.preview_hint.setWordWrap(True)
        layout.addWidget(self.preview_hint)
        self.preview_model = ImportPreviewTableModel(self._language, self)
        self.preview_model.dataChanged.connect(self._acceptance_changed)
        self.preview_view = _table_view(self.preview_model)
        header = self.preview_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ImportPreviewTableModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ImportPreviewTableModel.FILE, 170),
            (ImportPreviewTableModel.UNIT, 220),
            (ImportPreviewTableModel.PERIOD, 80),
            (ImportPreviewTableModel.OUTCOME, 150),
            (ImportPreviewTableModel.ACCEPT, 90),
        ):
            self.preview_view.setColumnWidth(column, width)
        layout.addWidget(self.preview_view, 1)
        actions = QHBoxLayout()
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        actions.addWidget(self.preview_summary, 1)
        actions.addWidget(self.import_button)
        layout.addLayout(actions)
        return tab

    def _build_status(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.completeness_summary = QLabel()
        self.completeness_summary.setWordWrap(True)
        layout.addWidget(self.completeness_summary)
        self.completeness_model = CompletenessTableModel(self)
        self.completeness_view = _table_view(self.completeness_model)
        header = self.completeness_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CompletenessTableModel.UNIT, QHeaderView.ResizeMode.Stretch)
        self.completeness_view.selectionModel().selectionChanged.connect(
            lambda *_: self._show_history()
        )
        layout.addWidget(self.completeness_view, 3)
        buttons = QHBoxLayout()
        self.received_button = QPushButton(self.tr("Received"))
        self.received_button.clicked.connect(lambda: self.change_status("received"))
        self.checked_button = QPushButton(self.tr("Checked"))
        self.checked_button.clicked.connect(lambda: self.change_status("checked"))
        self.accept_button = QPushButton(self.tr("Accept (lock)"))
        self.accept_button.clicked.connect(lambda: self.change_status("accepted"))
        self.print_button = QPushButton(self.tr("Print to PDF…"))
        self.print_button.clicked.connect(self.print_completeness)
        self.export_list_button = QPushButton(self.tr("Export to Excel…"))
        self.export_list_button.clicked.connect(self.export_completeness)
        buttons.addWidget(QLabel(self.tr("Set the status:")))
        for button in (self.received_button, self.checked_button, self.accept_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_list_button)
        layout.addLayout(buttons)
        history_title = QLabel(self.tr("History of the selected unit's report"))
        history_title.setObjectName("sectionTitle")
        layout.addWidget(history_title)
        self.history = QListWidget()
        self.history.setMaximumHeight(110)
        layout.addWidget(self.history, 1)
        return tab

    def _build_consolidation(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.consolidate_button = QPushButton(self.tr("Consolidate"))
        self.consolidate_button.setObjectName("primary")
        self.consolidate_button.clicked.connect(self.consolidate)
        self.export_button = QPushButton(self.tr("Export the consolidated report…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        row.addWidget(self.consolidate_button)
        row.addWidget(self.export_button)
        row.addWidget(self.open_folder_button)
        row.addStretch()
        layout.addLayout(row)
        cards = QHBoxLayout()
        self.summed_card = StatCard(self.tr("Reports summed"))
        self.learners_card = StatCard(self.tr("Learners"))
        self.classes_card = StatCard(self.tr("Classes and talks"))
        self.participations_card = StatCard(self.tr("Participations"))
        for card in (
            self.summed_card,
            self.learners_card,
            self.classes_card,
            self.participations_card,
        ):
            card.setMinimumHeight(96)
            cards.addWidget(card, 1)
        layout.addLayout(cards)
        self.warnings = QLabel()
        self.warnings.setObjectName("warning")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.hide()
        layout.addWidget(self.warnings)
        numbers_row = QHBoxLayout()
        title = QLabel(self.tr("By unit and topic (change from the previous period):"))
        title.setObjectName("sectionTitle")
        numbers_row.addWidget(title)
        self.indicator = QComboBox()
        names = {
            "learners": self.tr("Learners"),
            "enrolments": self.tr("Enrolments"),
            "classes": self.tr("Classes and talks"),
            "sessions_held": self.tr("Sessions held"),
            "attendances": self.tr("Attendances"),
            "walk_ins": self.tr("Walk-ins"),
            "completions": self.tr("Completions"),
        }
        for code in NUMBER_INDICATORS:
            self.indicator.addItem(names[code], code)
        self.indicator.currentIndexChanged.connect(self._indicator_changed)
        numbers_row.addWidget(self.indicator)
        numbers_row.addStretch()
        layout.addLayout(numbers_row)
        self.numbers_model = NumbersTableModel(self)
        self.numbers_view = _table_view(self.numbers_model)
        self.numbers_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.numbers_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.numbers_view, 1)
        return tab

    # -- the store -----------------------------------------------------------------------
    @property
    def store(self) -> Store | None:
        return self._holder.store

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and self._watching is not window:
            window.installEventFilter(self)
            self._watching = window
        if not self._restored:
            self._restored = True
            remembered = self._setting("store")
            if self.store is None and remembered and Path(remembered).exists():
                self.open_store(Path(remembered))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watching and event.type() == QEvent.Type.Close:
            self.close_store()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_store()
        super().closeEvent(event)

    def _setting(self, key: str) -> str:
        if self._settings is None:
            return ""
        return str(self._settings.value(f"consolidation/{key}", "") or "")

    def _remember(self, key: str, value: str) -> None:
        if self._settings is not None:
            self._settings.setValue(f"consolidation/{key}", value)

    def ask_store_path(self) -> str | None:
        start = self._setting("store") or "dieu-phoi.clcc"
        dialog = QFileDialog(self, self.tr("Open or create the coordinator file"), start)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setNameFilter(self.tr("Coordinator file (*.clcc *.db)"))
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Open"))
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0]

    def choose_store(self) -> None:
        if self.work.busy:
            return
        chosen = self.ask_store_path()
        if chosen:
            self.open_store(Path(chosen))

    def open_store(self, path: Path) -> bool:
        """Open (or create) the coordinator store at ``path`` instead of the current one."""
        from clc_desktop.coordinator.store import open_coordinator_store

        path = Path(path).absolute()
        if self.store is not None and self.store.path == path:
            return True
        self.close_store()
        try:
            self._holder.store = open_coordinator_store(path)
        except Problem as problem:
            self.show_error(problem.text(self._language))
            self._show_store_state()
            return False
        self._remember("store", str(path))
        self._inputs = []
        self._preview = None
        self.preview_model.set_outcomes([])
        self._clear_consolidation()
        self._show_store_state()
        self.status.setText(self.tr("Opened %1.").replace("%1", str(path)))
        self.refresh_units()
        self.store_opened.emit()
        return True

    def close_store(self) -> None:
        """Close the coordinator store (after any background work on it)."""
        if self.store is not None:
            self._runner.wait()
            self._holder.close()

    def _show_store_state(self) -> None:
        store = self.store
        self.store_label.setText(
            str(store.path) if store else self.tr("none chosen yet: open or create one")
        )
        self.tabs.setEnabled(store is not None)
        self.unit_button.setEnabled(store is not None)
        if store is None:
            self.status.setText(
                self.tr(
                    "Choose the coordinator file first: it keeps your list of units and "
                    "every report you import (the centre's own data is not touched)."
                )
            )
        self._show_unit()

    # -- the unit consolidated for --------------------------------------------------------
    def _restore_unit(self) -> None:
        unit_id = self._setting("unit_id")
        if unit_id:
            self._unit = UnitInfo(
                unit_id, self._setting("unit_name") or unit_id, self._setting("level")
            )

    @property
    def unit(self) -> UnitInfo | None:
        return self._unit

    def set_unit(self, unit: UnitInfo) -> None:
        self._unit = unit
        self._remember("unit_id", unit.unit_id)
        self._remember("unit_name", unit.name)
        self._remember("level", unit.level)
        self._show_unit()
        self._clear_consolidation()
        self.refresh_completeness()

    def ask_consolidating_unit(self) -> UnitInfo | None:
        dialog = ConsolidatingUnitDialog(self._language, self._units, self._unit, self)
        if dialog.exec() != ConsolidatingUnitDialog.DialogCode.Accepted:
            return None
        return dialog.unit()

    def choose_unit(self) -> None:
        chosen = self.ask_consolidating_unit()
        if chosen is not None:
            self.set_unit(chosen)

    def _show_unit(self) -> None:
        unit = self._unit
        if unit is None:
            self.unit_label.setText(self.tr("no unit chosen yet"))
        else:
            self.unit_label.setText(
                self.tr("%1 (ID %2, level %3)")
                .replace("%1", unit.name)
                .replace("%2", unit.unit_id)
                .replace("%3", self.units_model.level_label(unit.level))
            )
        ready = self.store is not None and unit is not None
        self.consolidate_button.setEnabled(ready and not self.work.busy)

    def _period_changed(self, _code: str) -> None:
        self._clear_consolidation()
        self._show_preview_hint()
        self.refresh_completeness()

    # -- the hierarchy --------------------------------------------------------------------
    def refresh_units(self) -> None:
        store = self.store
        if store is None:
            return

        def load() -> list[UnitInfo]:
            from clc_desktop.coordinator.hierarchy import list_units

            with store.session() as session:
                return list_units(session)

        self._runner.run(load, self._show_units, self._failed_quietly)

    def _show_units(self, units: list[UnitInfo]) -> None:
        self._units = units
        self.units_model.set_units(units)
        if self._unit is not None:
            known = next((u for u in units if u.unit_id == self._unit.unit_id), None)
            if known is not None and (known.name, known.level) != (
                self._unit.name,
                self._unit.level,
            ):
                self.set_unit(UnitInfo(known.unit_id, known.name, known.level))
        self.refresh_completeness()
        self.units_shown.emit()

    def selected_unit(self) -> UnitInfo | None:
        rows = self.units_view.selectionModel().selectedRows()
        if not rows:
            return None
        unit: UnitInfo = self.units_model.row(rows[0].row())
        return unit

    def ask_unit(self, unit: UnitInfo | None) -> UnitInfo | None:
        dialog = UnitDialog(self._language, self._units, unit, self)
        if dialog.exec() != UnitDialog.DialogCode.Accepted:
            return None
        return dialog.unit()

    def _change_units(self, change: Callable[[Any], object], done_text: str) -> bool:
        """One change of the hierarchy in one transaction (quick: on the GUI thread)."""
        store = self.store
        if store is None:
            return False
        try:
            with store.session() as session:
                change(session)
        except Problem as problem:
            self.show_error(self._problem_text(problem))
            return False
        self.status.setText(done_text)
        self.refresh_units()
        return True

    def add_unit(self) -> None:
        unit = self.ask_unit(None)
        if unit is None:
            return
        if any(u.unit_id == unit.unit_id for u in self._units):
            self.show_error(
                self.tr("A unit with the ID %1 is already in the list.").replace("%1", unit.unit_id)
            )
            return
        from clc_desktop.coordinator.hierarchy import save_unit

        self._change_units(
            lambda session: save_unit(session, unit),
            self.tr("Added the unit %1.").replace("%1", unit.name),
        )

    def edit_unit(self) -> None:
        current = self.selected_unit()
        if current is None:
            return
        unit = self.ask_unit(current)
        if unit is None:
            return
        from clc_desktop.coordinator.hierarchy import save_unit

        self._change_units(
            lambda session: save_unit(session, unit),
            self.tr("Saved the unit %1.").replace("%1", unit.name),
        )

    def ask_close_date(self, unit: UnitInfo) -> dt.date | None:
        dialog = CloseUnitDialog(unit, self.today(), self)
        if dialog.exec() != CloseUnitDialog.DialogCode.Accepted:
            return None
        return dialog.closed_on()

    def close_unit(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        day = self.ask_close_date(unit)
        if day is None:
            return
        from clc_desktop.coordinator.hierarchy import close_unit

        self._change_units(
            lambda session: close_unit(session, unit.unit_id, day),
            self.tr("Closed the unit %1.").replace("%1", unit.name),
        )

    def ask_merge(self) -> tuple[UnitInfo, list[str], dt.date] | None:
        dialog = UnitMergeDialog(self._language, self._units, self.today(), self)
        if dialog.exec() != UnitMergeDialog.DialogCode.Accepted:
            return None
        return dialog.successor_unit(), dialog.replaced(), dialog.merged_on()

    def record_merge(self) -> None:
        chosen = self.ask_merge()
        if chosen is None:
            return
        successor, replaced, on = chosen
        from clc_desktop.coordinator.hierarchy import merge_units

        self._change_units(
            lambda session: merge_units(session, successor, replaced, on),
            self.tr("Recorded: %1 replaces %2.")
            .replace("%1", successor.name)
            .replace("%2", ", ".join(replaced)),
        )

    def ask_hierarchy_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the list of units"),
            self._setting("folder"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        return path or None

    def import_units(self) -> None:
        chosen = self.ask_hierarchy_path()
        if not chosen:
            return
        from clc_desktop.coordinator.hierarchy import import_hierarchy

        found: list[Any] = []

        def change(session: Any) -> None:
            found.append(import_hierarchy(session, Path(chosen)))

        if self._change_units(change, ""):
            changes = found[0]
            self.status.setText(
                self.tr("Imported the list of units: %1 added, %2 updated, %3 unchanged.")
                .replace("%1", self._n(len(changes.added)))
                .replace("%2", self._n(len(changes.updated)))
                .replace("%3", self._n(changes.unchanged))
            )

    def export_units(self) -> None:
        store = self.store
        chosen = self.ask_save_path(
            self.tr("Export the list of units"), "danh-sach-don-vi.xlsx", "xlsx"
        )
        if store is None or not chosen:
            return
        path = self._with_suffix(chosen, ".xlsx")

        def work() -> Path:
            from clc_desktop.coordinator.hierarchy import export_hierarchy

            with store.session() as session:
                export_hierarchy(session, path)
            return path

        self._runner.run(work, self._file_written, self._failed)

    def load_hanoi(self) -> None:
        from clc_desktop.coordinator.hierarchy import load_hanoi_communes

        found: list[Any] = []

        def change(session: Any) -> None:
            found.append(load_hanoi_communes(session))

        if self._change_units(change, ""):
            self.status.setText(
                self.tr("Loaded Hà Nội and %1 of its communes and wards.").replace(
                    "%1", self._n(max(0, len(found[0].added) - 1))
                )
            )

    # -- import ---------------------------------------------------------------------------
    def ask_report_paths(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add report files"),
            self._setting("folder"),
            self.tr("Excel workbook (*.xlsx *.xlsm);;All files (*)"),
        )
        return paths

    def ask_folder(self) -> str | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of report files"), self._setting("folder")
        )
        return folder or None

    def add_files(self) -> None:
        paths = self.ask_report_paths()
        if paths:
            self.add_inputs([Path(p) for p in paths])

    def add_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.add_inputs([Path(folder)])

    def add_inputs(self, paths: Sequence[Path]) -> None:
        """Add files or folders and check them all again (the dry run)."""
        if self.store is None:
            return
        for path in paths:
            if path not in self._inputs:
                self._inputs.append(path)
        if paths:
            first = paths[0]
            self._remember("folder", str(first if first.is_dir() else first.parent))
        self.tabs.setCurrentIndex(1)
        self.preview()

    def clear_inputs(self) -> None:
        if self.work.busy:
            return
        self._inputs = []
        self._preview = None
        self.preview_model.set_outcomes([])
        self.preview_summary.setText("")
        self.import_button.setEnabled(False)
        self._show_preview_hint()

    def _show_preview_hint(self) -> None:
        self.preview_hint.setText(
            self.tr(
                "Nothing is imported until you press Import. Reports for another period "
                "than %1, or from a unit outside your list, are flagged."
            ).replace("%1", self.period.code())
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.store is not None and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_inputs(paths)

    def preview(self) -> None:
        """Read and check every chosen file in the background; nothing is written."""
        store = self.store
        if store is None or not self._inputs:
            return
        if self.work.busy:
            self._again = True
            return
        inputs, period = list(self._inputs), self.period.code()

        def work(progress: ProgressFn, cancelled: CancelFn) -> ImportPreview:
            from clc_desktop.coordinator.report_import import preview_import

            with store.session() as session:
                preview = preview_import(
                    session,
                    inputs,
                    expected_period=period,
                    progress=progress,
                    cancelled=cancelled,
                )
            if preview.cancelled:
                raise Cancelled
            return preview

        self._start(
            work,
            self.tr("Reading and checking the files…"),
            self._show_preview,
            self.tr("Reading cancelled. Nothing was imported."),
        )

    def _show_preview(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.preview_model.set_outcomes(preview.outcomes)
        self.preview_view.resizeRowsToContents()
        self._show_preview_hint()
        importable = [o for o in preview.outcomes if o.importable]
        flagged = preview.flagged
        self.preview_summary.setText(
            self.tr(
                "%1 files: %2 to import, %3 flagged (tick those to import), %4 already "
                "imported, %5 rejected."
            )
            .replace("%1", self._n(len(preview.outcomes)))
            .replace("%2", self._n(len(importable) - len(flagged)))
            .replace("%3", self._n(len(flagged)))
            .replace("%4", self._n(sum(o.outcome == "unchanged" for o in preview.outcomes)))
            .replace("%5", self._n(preview.count(REJECTED_OUTCOME)))
        )
        self._acceptance_changed()
        self.status.setText(self.tr("Checked the files. Review the list, then press Import."))
        self.preview_shown.emit()
        if self._again:
            self._again = False
            self.preview()

    def _acceptance_changed(self, *_: object) -> None:
        preview = self._preview
        if preview is None:
            self.import_button.setEnabled(False)
            return
        accepted = set(self.preview_model.accepted())
        count = sum(
            1 for o in preview.outcomes if o.importable and (not o.flagged or o.path in accepted)
        )
        self.import_button.setText(self.tr("Import %1 files").replace("%1", self._n(count)))
        self.import_button.setEnabled(count > 0 and not self.work.busy)

    def commit(self) -> None:
        """Import the previewed files in one transaction (in the background)."""
        store, preview = self.store, self._preview
        if store is None or preview is None or self.work.busy:
            return
        accepted = self.preview_model.accepted()

        def work(progress: ProgressFn, cancelled: CancelFn) -> ImportResult:
            from clc_desktop.coordinator.report_import import ImportCancelled, commit_import

            try:
                with store.session() as session:
                    return commit_import(
                        session,
                        preview,
                        accept_flagged=accepted,
                        progress=progress,
                        cancelled=cancelled,
                    )
            except ImportCancelled:
                raise Cancelled from None

        self._start(
            work,
            self.tr("Importing…"),
            self._imported,
            self.tr("Import cancelled. Nothing was imported."),
        )

    def _imported(self, result: ImportResult) -> None:
        results: dict[Path, str] = {}
        for item in result.imported:
            results[item.path] = self.tr("imported")
        for item in result.not_accepted:
            results[item.path] = self.tr("not imported")
        for item in result.already_there:
            results[item.path] = self.tr("already there")
        self.preview_model.set_results(results)
        self._preview = None  # imported: check the files again before another import
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))
        flagged = sum(1 for item in result.imported if item.flagged)
        self.status.setText(
            self.tr(
                "Imported %1 files (%2 of them flagged, kept marked as such); %3 flagged "
                "files not imported."
            )
            .replace("%1", self._n(len(result.imported)))
            .replace("%2", self._n(flagged))
            .replace("%3", self._n(len(result.not_accepted)))
        )
        self._clear_consolidation()
        self.refresh_completeness()
        self.import_finished.emit(result)

    # -- status and completeness -----------------------------------------------------------
    def refresh_completeness(self) -> None:
        store, unit = self.store, self._unit
        if store is None or unit is None:
            self.completeness_model.set_rows([])
            self.completeness_summary.setText(
                self.tr("Choose the unit you consolidate for to see who has reported.")
            )
            return
        period = self.period.code()

        def load() -> Completeness:
            from clc_desktop.coordinator.completeness import completeness
            from clc_desktop.coordinator.report_import import statuses

            with store.session() as session:
                expected = completeness(session, unit.unit_id, period)
                known = statuses(session, period)
            return Completeness(
                period, [CompletenessRow(e, known.get(e.unit.unit_id)) for e in expected]
            )

        self._runner.run(load, self._show_completeness, self._failed_quietly)

    def _show_completeness(self, found: Completeness) -> None:
        if found.period != self.period.code():
            return
        selected = self.selected_expected()
        # Who needs a call comes first: missing, then late, then the others, by name.
        order = {"missing": 0, "late": 1}
        rows = sorted(
            found.rows,
            key=lambda r: (order.get(r.expected.state, 2), fold(r.expected.unit.name)),
        )
        self.completeness_model.set_rows(rows)
        if not rows:
            self.completeness_summary.setText(
                self.tr(
                    "No unit is expected to report to %1: add the units below it in the "
                    "Units tab (or import the list)."
                ).replace("%1", self._unit.name if self._unit else "")
            )
        else:
            missing = sum(1 for r in rows if r.expected.state == "missing")
            late = sum(1 for r in rows if r.expected.state == "late")
            accepted = sum(1 for r in rows if r.status == "accepted")
            self.completeness_summary.setText(
                self.tr(
                    "Period %1: %2 of %3 units have reported (%4 late), %5 missing; %6 accepted."
                )
                .replace("%1", found.period)
                .replace("%2", self._n(len(rows) - missing))
                .replace("%3", self._n(len(rows)))
                .replace("%4", self._n(late))
                .replace("%5", self._n(missing))
                .replace("%6", self._n(accepted))
            )
        if selected is not None:
            for number, row in enumerate(rows):
                if row.expected.unit.unit_id == selected.expected.unit.unit_id:
                    self.completeness_view.selectRow(number)
        self._show_history()
        self.completeness_shown.emit()

    def selected_expected(self) -> CompletenessRow | None:
        rows = self.completeness_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.completeness_model.rowCount():
            return None
        row: CompletenessRow = self.completeness_model.row(rows[0].row())
        return row

    def ask_reason(self, unit_name: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reopen an accepted report"),
            self.tr("The report of %1 is accepted (locked). Why reopen it?").replace(
                "%1", unit_name
            ),
            QLineEdit.EchoMode.Normal,
        )
        return text.strip() if ok and text.strip() else None

    def change_status(self, status: str) -> None:
        store, row = self.store, self.selected_expected()
        if store is None or row is None:
            return
        if row.status is None:
            self.show_error(self.tr("Nothing has been received from this unit for the period."))
            return
        from clc_desktop.coordinator.report_import import set_status, statuses

        unit_id, period = row.expected.unit.unit_id, self.period.code()
        with store.session() as session:
            current = statuses(session, period).get(unit_id)
        reason: str | None = None
        if current == "accepted" and status != "accepted":
            reason = self.ask_reason(row.expected.unit.name)
            if not reason:
                return
        try:
            with store.session() as session:
                set_status(session, unit_id, period, status, reason=reason)
        except Problem as problem:
            self.show_error(problem.text(self._language))
            return
        self.refresh_completeness()

    def _show_history(self) -> None:
        self.history.clear()
        store, row = self.store, self.selected_expected()
        received = row is not None and row.status is not None
        for button in (self.received_button, self.checked_button, self.accept_button):
            button.setEnabled(received)
        if store is None or row is None:
            return
        from clc_desktop.coordinator.report_import import status_history

        with store.session() as session:
            changes = status_history(session, row.expected.unit.unit_id, self.period.code())
        for change in changes:
            self.history.addItem(self.history_line(change))

    def history_line(self, change: StatusChange) -> str:
        label = self.completeness_model.status_label
        text = f"{format_datetime(change.at)}: "
        if change.previous:
            text += f"{label(change.previous)} → "
        text += label(change.status)
        if change.reason:
            text += " — " + self.tr("reason: %1").replace("%1", change.reason)
        return text

    def _completeness_table(self, with_id: bool = True) -> tuple[list[str], list[list[str]]]:
        model = self.completeness_model
        keep = slice(None) if with_id else slice(0, CompletenessTableModel.ID)
        headers = model.headers()[keep]
        rows = [model.cells(row)[keep] for row in model.rows]
        return headers, rows

    def _list_title(self) -> str:
        unit = self._unit.name if self._unit else ""
        return (
            self.tr("Reports received by %1, period %2")
            .replace("%1", unit)
            .replace("%2", self.period.code())
        )

    def print_completeness(self) -> None:
        """Print the completeness list to a PDF file (A4)."""
        chosen = self.ask_save_path(
            self.tr("Print the list to PDF"), f"tinh-hinh-bao-cao-{self.period.code()}.pdf", "pdf"
        )
        if not chosen:
            return
        from html import escape

        from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        path = self._with_suffix(chosen, ".pdf")
        headers, rows = self._completeness_table(with_id=False)  # people call by name
        cells = "".join(f"<th>{escape(h)}</th>" for h in headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(value)}</td>" for value in row) + "</tr>" for row in rows
        )
        html = (
            f"<h2>{escape(self._list_title())}</h2>"
            f"<p>{escape(self.completeness_summary.text())}</p>"
            "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{cells}</tr>{body}</table>"
        )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)
        self._file_written(path)

    def export_completeness(self) -> None:
        chosen = self.ask_save_path(
            self.tr("Export the list"), f"tinh-hinh-bao-cao-{self.period.code()}.xlsx", "xlsx"
        )
        if not chosen:
            return
        path = self._with_suffix(chosen, ".xlsx")
        headers, rows = self._completeness_table()
        title = self._list_title()

        def work() -> Path:
            from openpyxl import Workbook
            from openpyxl.styles import Font

            from clc_desktop.reports.workbook import set_text

            workbook = Workbook()
            sheet = workbook.active
            sheet.title = "completeness"
            set_text(sheet.cell(1, 1), title)
            sheet.cell(1, 1).font = Font(bold=True, size=13)
            for column, header in enumerate(headers, 1):
                set_text(sheet.cell(3, column), header)
                sheet.cell(3, column).font = Font(bold=True)
            for number, values in enumerate(rows, 4):
                for column, value in enumerate(values, 1):
                    if value:
                        set_text(sheet.cell(number, column), value)
            for letter, width in zip("ABCDEFG", (40, 16, 28, 20, 12, 24, 16), strict=True):
                sheet.column_dimensions[letter].width = width
            path.parent.mkdir(parents=True, exist_ok=True)
            workbook.save(path)
            return path

        self._runner.run(work, self._file_written, self._failed)

    def _file_written(self, path: Path) -> None:
        self.status.setText(self.tr("Wrote %1.").replace("%1", str(path)))
        self.file_written.emit(path)

    # -- consolidation --------------------------------------------------------------------
    def _clear_consolidation(self) -> None:
        self.consolidation = None
        self.export_button.setEnabled(False)
        self.open_folder_button.hide()
        self.warnings.hide()
        self.numbers_model.set_numbers([], [], "")
        for card in (
            self.summed_card,
            self.learners_card,
            self.classes_card,
            self.participations_card,
        ):
            card.value.setText("–")
            card.detail.setText("")

    def consolidate(self) -> None:
        store, unit = self.store, self._unit
        if store is None or unit is None or self.work.busy:
            return
        period, indicator = self.period.code(), self.indicator.currentData()

        def work(
            progress: ProgressFn, cancelled: CancelFn
        ) -> tuple[Consolidation, list[UnitNumbers]]:
            from clc_desktop.coordinator.consolidation import consolidate, numbers_by_unit

            with store.session() as session:
                result = consolidate(
                    session,
                    unit.unit_id,
                    period,
                    unit_name=unit.name,
                    level=unit.level,
                    progress=progress,
                    cancelled=cancelled,
                )
                return result, numbers_by_unit(session, result, indicator)

        self._clear_consolidation()
        self._start(
            work,
            self.tr("Consolidating…"),
            self._show_consolidation,
            self.tr("Consolidation cancelled."),
            on_error=self._refused,
        )

    def _refused(self, error: Exception) -> None:
        text = self._problem_text(error)
        self.warnings.setText(text)
        self.warnings.show()
        self.status.setText(self.tr("Not consolidated."))
        self.consolidation_refused.emit(text)

    def _show_consolidation(self, found: tuple[Consolidation, list[UnitNumbers]]) -> None:
        result, numbers = found
        if result.period.code != self.period.code():
            return
        self.consolidation = result
        cube = result.cube

        def value(indicator: str, sex: str = ALL) -> int:
            return cube.get(Key(indicator, ALL, sex), 0)

        self.summed_card.value.setText(self._n(len(result.summed)))
        self.summed_card.detail.setText(
            self.tr("%1 of %2 expected units missing")
            .replace("%1", self._n(len(result.missing)))
            .replace("%2", self._n(len(result.expected)))
        )
        self.learners_card.value.setText(self._n(value("learners")))
        self.learners_card.detail.setText(
            self.tr("of whom %1 women").replace("%1", self._n(value("learners", "female")))
        )
        self.classes_card.value.setText(self._n(value("classes")))
        self.classes_card.detail.setText(
            self.tr("%1 sessions held").replace("%1", self._n(value("sessions_held")))
        )
        self.participations_card.value.setText(self._n(value("attendances") + value("walk_ins")))
        self.participations_card.detail.setText(
            self.tr("attendances %1 + walk-ins %2")
            .replace("%1", self._n(value("attendances")))
            .replace("%2", self._n(value("walk_ins")))
        )
        lines = self.warning_lines(result)
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        self._show_numbers(numbers)
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("Consolidated %1 reports for %2, period %3.")
            .replace("%1", self._n(len(result.summed)))
            .replace("%2", result.unit_name)
            .replace("%3", result.period.code)
        )
        self.consolidated.emit(result)

    def warning_lines(self, result: Consolidation) -> list[str]:
        lines: list[str] = []
        for covered in result.hash_warnings:
            lines.append(
                self.tr(
                    "Warning: the imported report of «%1» differs from the one counted in the "
                    "report of «%2» (listed %3…, imported %4…). The numbers of «%2» are used."
                )
                .replace("%1", covered.report.unit_name)
                .replace("%2", covered.by.unit_name)
                .replace("%3", covered.listed_sha256[:12])
                .replace("%4", covered.report.content_sha256[:12])
            )
        for covered in result.covered:
            if not covered.differs:
                lines.append(
                    self.tr("«%1» is already counted in the report of «%2»: not added again.")
                    .replace("%1", covered.report.unit_name)
                    .replace("%2", covered.by.unit_name)
                )
        for outside in result.outside:
            lines.append(
                self.tr("Imported but not below your unit, not summed: %1 (%2).")
                .replace("%1", outside.unit_name)
                .replace("%2", outside.unit_id)
            )
        flagged = [r.unit_name for r in result.summed if r.flagged]
        if flagged:
            lines.append(
                self.tr("Summed although flagged (accepted by you): %1.").replace(
                    "%1", ", ".join(flagged)
                )
            )
        if result.missing:
            lines.append(
                self.tr("Not reported yet: %1.").replace(
                    "%1", ", ".join(e.unit.name for e in result.missing)
                )
            )
        return lines

    def _indicator_changed(self) -> None:
        store, result = self.store, self.consolidation
        if store is None or result is None:
            return
        indicator = self.indicator.currentData()

        def load() -> list[UnitNumbers]:
            from clc_desktop.coordinator.consolidation import numbers_by_unit

            with store.session() as session:
                return numbers_by_unit(session, result, indicator)

        self._runner.run(load, self._show_numbers, self._failed)

    def _show_numbers(self, numbers: list[UnitNumbers]) -> None:
        from clc_desktop.reports.human import topics_in_use

        cube = self.consolidation.cube if self.consolidation else {}
        used = set(topics_in_use(cube))
        for row in numbers:
            used.update(t for t, v in row.values.items() if v and t != ALL)
        from clc_desktop.domain.codes import Topic

        topics = [(ALL, self.tr("Total"))]
        topics += [(t.value, topic_label(t.value, self._language)) for t in Topic if t in used]
        ordered = sorted(numbers, key=lambda r: fold(r.unit_name))
        self.numbers_model.set_numbers(ordered, topics, self.tr("All units"))
        self.numbers_view.resizeColumnsToContents()
        self.numbers_shown.emit()

    def default_file_name(self) -> str:
        unit = self._unit
        slug = "-".join(re.findall(r"[a-z0-9]+", fold(unit.name if unit else "")))
        return f"tong-hop-{self.period.code()}{'-' + slug if slug else ''}.xlsx"

    def export(self) -> None:
        """Write the consolidated report (.xlsx) in the background, then read it back."""
        result = self.consolidation
        if result is None or self.work.busy:
            return
        chosen = self.ask_save_path(
            self.tr("Export the consolidated report"), self.default_file_name(), "xlsx"
        )
        if not chosen:
            return
        path = self._with_suffix(chosen, ".xlsx")
        self._remember("folder", str(path.parent))
        language = self._language

        def work(progress: ProgressFn, cancelled: CancelFn) -> ConsolidationExport:
            from clc_desktop.coordinator.consolidation import write_consolidation
            from clc_desktop.reports.reader import read_report

            write_consolidation(
                result,
                path,
                language=language,
                progress=lambda done, total: progress(done, total + 1),
                cancelled=cancelled,
            )
            status = read_report(path).status  # read back as the next level will read it
            progress(1, 1)
            return ConsolidationExport(path, status, len(result.summed))

        self._start(
            work,
            self.tr("Writing the consolidated report…"),
            self._exported,
            self.tr("Cancelled."),
        )

    def _exported(self, outcome: ConsolidationExport) -> None:
        self.last_export = outcome
        verdict = {
            "ok": self.tr("checked: valid"),
            "flagged": self.tr("checked: flagged"),
            "rejected": self.tr("checked: NOT valid"),
        }.get(outcome.status, outcome.status)
        self.status.setText(
            self.tr("Wrote the consolidated report to %1 (%2).")
            .replace("%1", str(outcome.path))
            .replace("%2", verdict)
        )
        self.open_folder_button.show()
        self.export_finished.emit(outcome)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent)))

    # -- shared ---------------------------------------------------------------------------
    def _n(self, value: int) -> str:
        return self._locale.toString(value)

    @staticmethod
    def _with_suffix(chosen: str, suffix: str) -> Path:
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def ask_save_path(self, title: str, name: str, kind: str) -> str | None:
        folder = self._setting("folder")
        start = str(Path(folder) / name) if folder else name
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(self, title, start, filters[kind])
        return path or None

    def _problem_text(self, error: Exception) -> str:
        from clc_desktop.coordinator.hierarchy import HierarchyFileProblems
        from clc_desktop.domain.messages import message

        if isinstance(error, HierarchyFileProblems):
            lines = [error.text(self._language)]
            for problem in error.problems[:20]:
                lines.append(
                    self.tr("row %1: %2")
                    .replace("%1", str(problem.row))
                    .replace("%2", message(problem.code, self._language, **problem.params))
                )
            return "\n".join(lines)
        if isinstance(error, Problem):
            return error.text(self._language)
        if isinstance(error, OSError) and error.filename:
            return (
                self.tr(
                    "Could not write %1: %2. If the file is open in Excel, close it and try again."
                )
                .replace("%1", str(error.filename))
                .replace("%2", error.strerror or str(error))
            )
        return str(error)

    def show_error(self, text: str) -> None:
        QMessageBox.critical(self, self.tr("Consolidation"), text)

    def _failed(self, error: Exception) -> None:
        self.show_error(self._problem_text(error))

    def _failed_quietly(self, error: Exception) -> None:
        self.status.setText(self._problem_text(error))

    def _start(
        self,
        work: Callable[[ProgressFn, CancelFn], object],
        label: str,
        on_done: Callable[[Any], None],
        cancelled_text: str,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._cancelled_text = cancelled_text
        self._on_done = on_done
        self._on_error = on_error or self._failed
        self.status.setText(label)
        self.work.start(self._runner, work, self._finished, self._errored, self._cancelled)

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.store_button,
            self.unit_button,
            self.consolidate_button,
            self.import_button,
            self.clear_button,
            self.export_button,
        ):
            button.setEnabled(not busy)
        if not busy:
            self.unit_button.setEnabled(self.store is not None)
            self.consolidate_button.setEnabled(self.store is not None and self._unit is not None)
            self.export_button.setEnabled(self.consolidation is not None)
            self._acceptance_changed()

    def cancel(self) -> None:
        self.work.cancel()

    def _finished(self, result: object) -> None:
        self._on_done(result)

    def _cancelled(self) -> None:
        self._again = False
        self.status.setText(self._cancelled_text)
        self.work_cancelled.emit()

    def _errored(self, error: Exception) -> None:
        self.status.setText("")
        self._on_error(error)

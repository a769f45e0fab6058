"""The Consolidation page (coordinator mode): the shell around its four tabs.

The shell holds the coordinator file and the unit consolidated for, the period, the
status line and the one progress row; each tab is a widget of its own
(:mod:`.units_tab`, :mod:`.import_tab`, :mod:`.status_tab`, :mod:`.consolidation_tab`),
and they share a :class:`~.context.CoordinatorContext`. The coordinator store itself is
opened and closed by the composition root (:class:`~clc_desktop.ui.coordinator_stores.
CoordinatorStores`): the page asks it for a path and works on the operations it hands
back; the centre's own database is not touched.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clc_desktop.coordinator.hierarchy import UnitInfo, list_units
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.storage.database import Store
from clc_desktop.ui.coordinator_stores import CoordinatorOperations, CoordinatorStores
from clc_desktop.ui.dialogs import run_dialog
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.pages.consolidation.consolidation_tab import ConsolidationTab
from clc_desktop.ui.pages.consolidation.context import CoordinatorContext
from clc_desktop.ui.pages.consolidation.dialogs import ConsolidatingUnitDialog
from clc_desktop.ui.pages.consolidation.import_tab import ImportTab
from clc_desktop.ui.pages.consolidation.status_tab import StatusTab
from clc_desktop.ui.pages.consolidation.units_tab import UnitsTab
from clc_desktop.ui.period_chooser import PeriodChooser
from clc_desktop.ui.progress_row import ProgressRow


class ConsolidationPage(QWidget):
    """The coordinator's page. ``ask_store_path`` and ``ask_consolidating_unit`` are the
    questions tests replace on the instance (the tabs have their own ``ask_*``)."""

    store_opened = Signal()
    work_cancelled = Signal()

    status: QLabel  # the status line
    tabs: QTabWidget

    def __init__(
        self,
        stores: CoordinatorStores,
        language: str,
        settings: QSettings | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stores = stores
        self._restored = False
        self.work = ProgressRow()
        self.period = PeriodChooser(today)
        self.context = CoordinatorContext(
            self, self.work, language, settings, today, self.period.code()
        )
        self.setAcceptDrops(True)
        self._build()
        context = self.context
        self.period.changed.connect(context.set_period)
        context.said.connect(self.status.setText)
        context.work_cancelled.connect(self.work_cancelled)
        context.busy_changed.connect(self._set_busy)
        context.unit_changed.connect(self._show_unit)
        stores.closed.connect(self._store_closed)
        # The units are read here, not in their tab: the unit chooser and the dialogs of
        # every tab need the list.
        self.follower = context.follow(self, {ChangeKind.UNITS}, self.reload_units)
        if stores.ops is not None:
            context.set_ops(stores.ops)
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
        top.addWidget(self.period, 2, 0, 1, 3)
        top.setColumnStretch(1, 1)
        layout.addLayout(top)

        self.units_tab = UnitsTab(self.context)
        self.import_tab = ImportTab(self.context)
        self.status_tab = StatusTab(self.context)
        self.consolidation_tab = ConsolidationTab(self.context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.units_tab, self.tr("Units"))
        self.tabs.addTab(self.import_tab, self.tr("Import reports"))
        self.tabs.addTab(self.status_tab, self.tr("Status and completeness"))
        self.tabs.addTab(self.consolidation_tab, self.tr("Consolidated report"))
        self.import_tab.inputs_added.connect(lambda: self.tabs.setCurrentWidget(self.import_tab))
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.work.setMaximumWidth(420)
        self.work.cancelling.connect(lambda: self.status.setText(self.tr("Cancelling…")))
        self.progress, self.cancel_button = self.work.progress, self.work.cancel_button
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.work)
        layout.addLayout(bottom)

    # -- the coordinator store ------------------------------------------------------------
    @property
    def store(self) -> Store | None:
        return self.context.store

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._restored:
            self._restored = True
            remembered = self.context.setting("store")
            if self.context.store is None and remembered:
                self._open(Path(remembered), create=False)  # unless it was removed since

    def ask_store_path(self) -> str | None:
        start = self.context.setting("store") or str(Path(self.context.folder()) / "dieu-phoi.clcc")
        dialog = QFileDialog(self, self.tr("Open or create the coordinator file"), start)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        dialog.setNameFilter(self.tr("Coordinator file (*.clcc *.db)"))
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Open"))
        accepted = run_dialog(dialog)
        files = dialog.selectedFiles()
        return files[0] if accepted and files else None

    def choose_store(self) -> None:
        if self.context.busy:
            return
        chosen = self.ask_store_path()
        if chosen:
            self.open_store(Path(chosen))

    def open_store(self, path: Path) -> None:
        """Work on the coordinator store at ``path`` (created when missing) instead of the
        current one; the composition root opens it in the background, and
        :attr:`store_opened` says when it is open."""
        self._open(Path(path), create=True)

    def _open(self, path: Path, *, create: bool) -> None:
        path = path.absolute()
        store = self.context.store
        if store is not None and store.path == path:
            return
        failed = self._open_failed if create else self._restore_failed
        if self._stores.open(self, path, self._opened, failed, create=create) is not None:
            self.store_button.setEnabled(False)
            self.store_label.setText(fill(self.tr("opening %1…"), path))
            self.context.say(fill(self.tr("Opening %1…"), path))

    def _opened(self, ops: CoordinatorOperations) -> None:
        path = ops.store.path
        self.context.remember("store", str(path))
        self.context.set_ops(ops)
        self._show_store_state()
        self.context.say(fill(self.tr("Opened %1."), path))
        self.store_opened.emit()

    def _open_failed(self, error: Exception) -> None:
        self._show_store_state()
        self.context.show_error(self.context.problem_text(error))

    def _restore_failed(self, error: Exception) -> None:
        self._show_store_state()
        if not isinstance(error, FileNotFoundError):
            self.context.show_error(self.context.problem_text(error))

    def _store_closed(self) -> None:
        self.context.set_ops(None)
        self._show_store_state()

    def _show_store_state(self) -> None:
        store = self.context.store
        self.store_label.setText(
            str(store.path) if store else self.tr("none chosen yet: open or create one")
        )
        self.tabs.setEnabled(store is not None)
        self._set_busy(self.context.busy)
        if store is None:
            self.context.say(
                self.tr(
                    "Choose the coordinator file first: it keeps your list of units and "
                    "every report you import (the centre's own data is not touched)."
                )
            )
        self._show_unit()

    # -- the units and the unit consolidated for ------------------------------------------
    def reload_units(self) -> None:
        ops = self.context.ops
        if ops is None:
            return

        def loaded(units: list[UnitInfo]) -> None:
            if ops is self.context.ops:
                self._units_loaded(units)

        ops.query(self, list_units, loaded, on_error=self.context.failed_quietly)

    def _units_loaded(self, units: list[UnitInfo]) -> None:
        self.context.set_units(units)
        unit = self.context.unit
        if unit is not None:
            known = next((u for u in units if u.unit_id == unit.unit_id), None)
            if known is not None and (known.name, known.level) != (unit.name, unit.level):
                self.set_unit(UnitInfo(known.unit_id, known.name, known.level))

    @property
    def unit(self) -> UnitInfo | None:
        return self.context.unit

    def set_unit(self, unit: UnitInfo) -> None:
        self.context.set_unit(unit)

    def ask_consolidating_unit(self) -> UnitInfo | None:
        context = self.context
        dialog = ConsolidatingUnitDialog(context.language, context.units, context.unit, self)
        return dialog.unit() if run_dialog(dialog) else None

    def choose_unit(self) -> None:
        chosen = self.ask_consolidating_unit()
        if chosen is not None:
            self.set_unit(chosen)

    def _show_unit(self) -> None:
        unit = self.context.unit
        if unit is None:
            self.unit_label.setText(self.tr("no unit chosen yet"))
        else:
            level = self.units_tab.units_model.level_label(unit.level)
            self.unit_label.setText(
                fill(self.tr("%1 (ID %2, level %3)"), unit.name, unit.unit_id, level)
            )

    # -- files dropped, long work ---------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.context.ops is not None and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_tab.add_inputs(paths)

    def _set_busy(self, busy: bool) -> None:
        self.store_button.setEnabled(not busy)
        self.unit_button.setEnabled(not busy and self.context.store is not None)

    def cancel(self) -> None:
        self.work.cancel()

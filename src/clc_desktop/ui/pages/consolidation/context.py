"""What the tabs of the Consolidation page share: the coordinator context.

One :class:`CoordinatorContext` per page holds the operations over the open coordinator
store (None while none is open), the list of units, the unit the coordinator
consolidates for and the period, and says when each of them changes. Changes to the
store itself flow through ``ops.changed`` (kinds ``UNITS``, ``REPORTS``, ``STATUS``);
:meth:`CoordinatorContext.follow` keeps a tab current with both (a
:class:`~clc_desktop.ui.operations.Refresher` per open store). The context also holds
what every tab uses the same way: the status line, the one progress row, the folder
last used, the save-file question and the error message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QLocale, QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from clc_desktop.coordinator.hierarchy import HierarchyFileProblems, UnitInfo
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.messages import Problem, message
from clc_desktop.storage.database import Store
from clc_desktop.ui.coordinator_stores import CoordinatorOperations
from clc_desktop.ui.dialogs import show_message
from clc_desktop.ui.files import show_written, start_folder
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.operations import Refresher, Task
from clc_desktop.ui.progress_row import ProgressRow


class CoordinatorContext(QObject):
    """The store, unit and period the tabs of one Consolidation page work on."""

    store_opened = Signal()  # ops is set: a store is open
    store_closed = Signal()  # ops is None (another store is being opened, or the app ends)
    units_loaded = Signal()  # units holds the hierarchy as it is now
    unit_changed = Signal()
    period_changed = Signal()
    said = Signal(str)  # a sentence for the page's status line
    busy_changed = Signal(bool)  # long work started or ended (one at a time)
    work_cancelled = Signal()

    def __init__(
        self,
        page: QWidget,
        work: ProgressRow,
        language: str,
        settings: QSettings | None,
        today: dt.date | None,
        period: str,
    ) -> None:
        super().__init__(page)
        self._page = page
        self.work = work
        self.language = language
        self._settings = settings
        self._today = today
        self._locale = QLocale()
        self._ops: CoordinatorOperations | None = None
        self.units: list[UnitInfo] = []
        self.unit = self._remembered_unit()
        self.period = period
        work.busy_changed.connect(self.busy_changed)

    # -- the store ------------------------------------------------------------------------
    @property
    def ops(self) -> CoordinatorOperations | None:
        return self._ops

    @property
    def store(self) -> Store | None:
        return self._ops.store if self._ops is not None else None

    def set_ops(self, ops: CoordinatorOperations | None) -> None:
        if ops is self._ops:
            return
        self._ops = ops
        if ops is None:
            self.units = []
            self.store_closed.emit()
        else:
            self.store_opened.emit()

    def follow(
        self,
        widget: QWidget,
        kinds: Iterable[ChangeKind],
        refresh: Callable[[], None],
        *,
        unit: bool = False,
        period: bool = False,
    ) -> Follower:
        """Keep ``widget`` current: ``refresh()`` when the open store changes in one of
        ``kinds`` (and, if asked, when the unit or the period changes), at once when it
        is on screen, otherwise when it is next shown; also when a store opens or closes."""
        return Follower(self, widget, frozenset(kinds), refresh, unit=unit, period=period)

    # -- the units, the unit consolidated for, the period -----------------------------------
    def set_units(self, units: list[UnitInfo]) -> None:
        self.units = units
        self.units_loaded.emit()

    def _remembered_unit(self) -> UnitInfo | None:
        unit_id = self.setting("unit_id")
        if not unit_id:
            return None
        return UnitInfo(unit_id, self.setting("unit_name") or unit_id, self.setting("level"))

    def set_unit(self, unit: UnitInfo) -> None:
        self.unit = unit
        self.remember("unit_id", unit.unit_id)
        self.remember("unit_name", unit.name)
        self.remember("level", unit.level)
        self.unit_changed.emit()

    def set_period(self, code: str) -> None:
        if code != self.period:
            self.period = code
            self.period_changed.emit()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- settings ---------------------------------------------------------------------------
    def setting(self, key: str) -> str:
        if self._settings is None:
            return ""
        return str(self._settings.value(f"consolidation/{key}", "") or "")

    def remember(self, key: str, value: str) -> None:
        if self._settings is not None:
            self._settings.setValue(f"consolidation/{key}", value)

    # -- the status line and the progress row ------------------------------------------------
    def n(self, value: int) -> str:
        """A number as the user's language writes it."""
        return self._locale.toString(value)

    def say(self, text: str) -> None:
        self.said.emit(text)

    @property
    def busy(self) -> bool:
        return self.work.busy

    def track(self, task: Task, label: str) -> Task:
        """Show long work in the progress row (Cancel stops it) and say what it does."""
        self.say(label)
        return self.work.track(task)

    def track_writing(self, task: Task, path: Path) -> Task:
        return self.track(task, fill(self.tr("Writing %1…"), path))

    def cancelled(self, text: str) -> None:
        self.say(text)
        self.work_cancelled.emit()

    # -- questions and errors ---------------------------------------------------------------
    @staticmethod
    def with_suffix(chosen: str, suffix: str) -> Path:
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def ask_save_path(self, title: str, name: str, kind: str) -> str | None:
        """Where to save `name`: from the folder last used, else Documents (ui.files)."""
        start = str(start_folder(self._settings, "consolidation") / name)
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(self._page, title, start, filters[kind])
        return path or None

    def folder(self) -> str:
        """The folder a file dialog opens in: the last one used, else Documents."""
        return str(start_folder(self._settings, "consolidation"))

    def written(self, path: Path, text: str) -> None:
        """Says on the page and in a box (with «Mở») that `path` was written."""
        self.say(text)
        show_written(self._page, path, text)

    def problem_text(self, error: Exception) -> str:
        if isinstance(error, HierarchyFileProblems):
            lines = [error.text(self.language)]
            for problem in error.problems[:20]:
                lines.append(
                    fill(
                        self.tr("row %1: %2"),
                        problem.row,
                        message(problem.code, self.language, **problem.params),
                    )
                )
            return "\n".join(lines)
        if isinstance(error, Problem):
            return error.text(self.language)
        if isinstance(error, OSError) and error.filename:
            return fill(
                self.tr(
                    "Could not write %1: %2. If the file is open in Excel, close it and try again."
                ),
                error.filename,
                error.strerror or str(error),
            )
        return str(error)

    def show_error(self, text: str) -> None:
        """Tell the user what went wrong (a message box that does not block)."""
        show_message(self._page, text, self.tr("Consolidation"))

    def failed(self, error: Exception) -> None:
        """An operation failed: clear the status line and say why in a message."""
        self.say("")
        self.show_error(self.problem_text(error))

    def failed_quietly(self, error: Exception) -> None:
        """A read failed: say why on the status line."""
        self.say(self.problem_text(error))


class Follower(QObject):
    """Keeps one tab current with the open store's changes (a :class:`Refresher` per
    open store) and with the context's own changes (the store, the unit, the period)."""

    def __init__(
        self,
        context: CoordinatorContext,
        widget: QWidget,
        kinds: frozenset[ChangeKind],
        refresh: Callable[[], None],
        *,
        unit: bool,
        period: bool,
    ) -> None:
        super().__init__(widget)
        self._context = context
        self._widget = widget
        self._kinds = kinds
        self._refresh = refresh
        self.refresher: Refresher | None = None
        context.store_opened.connect(self._opened)
        context.store_closed.connect(self._closed)
        if unit:
            context.unit_changed.connect(self.refresh_when_shown)
        if period:
            context.period_changed.connect(self.refresh_when_shown)
        if context.ops is not None:
            self._opened()

    def _drop(self) -> None:
        refresher, self.refresher = self.refresher, None
        if refresher is not None and shiboken6.isValid(refresher):
            shiboken6.delete(refresher)

    def _opened(self) -> None:
        ops = self._context.ops
        assert ops is not None
        self._drop()
        self.refresher = Refresher(self._widget, ops, self._kinds, self._refresh)
        self.refresh_when_shown()

    def _closed(self) -> None:
        self._drop()
        self._refresh()  # shows that nothing is open

    def refresh_when_shown(self) -> None:
        """Refresh at once when the widget is on screen, else the next time it is shown."""
        refresher = self.refresher
        if refresher is None:
            return
        if self._widget.isVisible():
            refresher.stale = False
            self._refresh()
        else:
            refresher.stale = True

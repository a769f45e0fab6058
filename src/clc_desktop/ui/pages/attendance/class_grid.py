"""The whole class: learners x sessions with their rates, marked with the roll call's keys
on the current cell (catching up on past sessions), filtered by name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from clc_desktop.domain.attendance import next_in_cycle
from clc_desktop.domain.codes import MarkStatus
from clc_desktop.services import attendance as service
from clc_desktop.services.attendance import ClassGrid, GridLearner, MarkChange, SessionInfo
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.operations import Task
from clc_desktop.ui.pages.attendance.context import AttendanceContext
from clc_desktop.ui.pages.attendance.models import (
    FIRST_SESSION,
    RATE,
    ClassGridTableModel,
    MarkTableView,
)
from clc_desktop.ui.pages.attendance.saved_state import SavedStateLabel


class ClassGridTab(QWidget):
    loaded = Signal(object)  # the ClassGrid now shown

    def __init__(self, context: AttendanceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.class_id: int | None = None  # the class to show
        self.focus_session: int | None = None  # the session whose column opens current
        self.fresh = False  # the grid shown is the class's, as the store has it
        self._loading: int | None = None  # the class being read
        self._waiting: list[Callable[[ClassGrid], None]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter learners by name…"))
        self.filter.setClearButtonEnabled(True)
        top.addWidget(self.filter, 1)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        top.addWidget(self.summary, 2)
        layout.addLayout(top)
        self.model = ClassGridTableModel(context.labels, self)
        self.model.not_held_text = self.tr("Did not take place: marks count nowhere")
        self.model.not_expected_text = self.tr("Not enrolled on this date")
        self.view = MarkTableView()
        self.view.setObjectName("classGrid")
        self.view.setModel(self.model)
        self.view.setSelectionMode(MarkTableView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setDefaultSectionSize(52)
        self.view.horizontalHeader().setMinimumHeight(40)
        layout.addWidget(self.view, 1)
        self.saved = SavedStateLabel()
        layout.addWidget(self.saved)
        self.hint = QLabel(
            self.tr(
                "Same keys as the roll call, on the selected cell. Grey: not enrolled on that "
                "date; dark grey: did not take place. Select date columns (Ctrl+click their "
                "headers) to print a sign-in sheet of those dates."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.filter.textChanged.connect(self.model.set_filter)
        self.view.mark_requested.connect(self._mark)
        self.view.cycle_requested.connect(self._cycle)
        self.view.undo_requested.connect(context.undo)
        self.view.all_present_requested.connect(self._all_present)
        context.saving.connect(self.saved.show_saving)
        context.saved.connect(self._saved)
        context.failed.connect(self._refused)

    # -- loading ---------------------------------------------------------------------------
    def show_class(self, class_id: int | None, grid: ClassGrid | None) -> None:
        """The class to show (``None``: none), with its grid when it was read with it."""
        if class_id != self.class_id:
            self.class_id = class_id
            self._waiting = []  # a paper asked for the class left is not printed for this one
            self.model.set_grid(None)
            self.update_summary()
        if grid is not None:
            self.show_grid(grid)
        else:
            self.invalidate()

    def invalidate(self) -> None:
        """The store changed: read the grid again now if it is on screen, else when asked."""
        self.fresh = False
        if self.isVisible():
            self.load()

    def load(self) -> Task | None:
        """Read the grid of :attr:`class_id` (five small queries, in the background)."""
        class_id, today = self.class_id, self.context.today
        if class_id is None:
            return None
        self._loading = class_id
        return self.context.ops.query(
            self,
            lambda session: service.load_class_grid(session, class_id, today),
            self._loaded,
            on_error=self._not_loaded,
        )

    def with_grid(self, then: Callable[[ClassGrid], None]) -> None:
        """``then(grid)`` with the grid of the class shown, as the store has it: read first
        when it is not shown, and once the marks being saved are answered."""
        self._waiting.append(then)
        if self.fresh and self.model.grid is not None:
            self._hand_over()
        elif self._loading != self.class_id:
            self.load()

    def _hand_over(self) -> None:
        grid = self.model.grid
        if self.context.busy or grid is None or not self.fresh:
            return
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then(grid)

    def _loaded(self, grid: ClassGrid) -> None:
        if grid.class_id != self.class_id:  # another class was chosen meanwhile
            return
        self.show_grid(grid)

    def _not_loaded(self, error: Exception) -> None:
        self._loading = None
        self._waiting.clear()
        self.context.fail(error)

    def show_grid(self, grid: ClassGrid) -> None:
        self.model.set_grid(grid)
        self.fresh = True
        self._loading = None
        self.view.setColumnWidth(RATE, 64)
        self.update_summary()
        if self.focus_session is not None and self.model.rowCount():
            column = next(
                (
                    n + FIRST_SESSION
                    for n, s in enumerate(grid.sessions)
                    if s.session_id == self.focus_session
                ),
                FIRST_SESSION,
            )
            self.view.setCurrentIndex(self.model.index(0, column))
            self.view.scrollTo(self.model.index(0, column))
        self.loaded.emit(grid)
        self._hand_over()

    def update_summary(self) -> None:
        grid = self.model.grid
        if grid is None:
            self.summary.setText("")
            return
        rate = grid.class_rate()
        held = sum(grid.counts(s) for s in grid.sessions)
        locale = self.context.locale
        value = "–" if rate.value is None else locale.toString(rate.value * 100, "f", 1)
        self.summary.setText(
            fill(
                self.tr("%n learner(s) · %1 · class attendance rate %2 %", "", len(grid.learners)),
                self.tr("%n session(s) held so far", "", held),
                value,
            )
        )

    def set_key_set(self, key_set: str) -> None:
        self.view.key_set = key_set
        self.model.key_set = key_set
        self.model.layoutChanged.emit()

    # -- what is chosen --------------------------------------------------------------------
    def selected_sessions(self, grid: ClassGrid) -> list[SessionInfo]:
        """The sessions whose date columns are selected, by date."""
        chosen = {index.column() for index in self.view.selectionModel().selectedColumns()}
        return [
            grid.sessions[c - FIRST_SESSION]
            for c in sorted(chosen)
            if FIRST_SESSION <= c < len(grid.sessions) + FIRST_SESSION
        ]

    def current_learner(self, grid: ClassGrid) -> GridLearner | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.model.rows or index.row() >= len(self.model.rows):
            return None
        return grid.learners[self.model.rows[index.row()]]

    # -- marking ---------------------------------------------------------------------------
    def _mark(self, index: QModelIndex, status: MarkStatus | None) -> None:
        cell = self.model.cell(index)
        if cell is None:
            return
        learner_id, session_id = cell
        self.context.set_mark(session_id, learner_id, status)
        if status is not None and self.model.markable(index):
            self.view.move_down()

    def _cycle(self, index: QModelIndex) -> None:
        cell = self.model.cell(index)
        grid = self.model.grid
        if cell is None or grid is None:
            return
        learner_id, session_id = cell
        asked = self.context.asked_status(session_id, learner_id, grid.mark(learner_id, session_id))
        self.context.set_mark(session_id, learner_id, next_in_cycle(asked))

    def _all_present(self) -> None:
        """Ctrl+Enter in the grid: the unmarked learners shown (the filter applies) at the
        current cell's session become present; the others keep their marks."""
        cell = self.model.cell(self.view.currentIndex())
        grid = self.model.grid
        if cell is None or grid is None:
            return
        shown = {grid.learners[n].learner_id for n in self.model.rows}
        self.context.all_present(cell[1], shown)

    def _saved(self, changes: list[MarkChange]) -> None:
        if self.model.grid is not None:
            for change in changes:
                self.model.apply(change)
            self.update_summary()
        if not self.context.busy:
            self.saved.show_saved()
        self._hand_over()

    def _refused(self, text: str) -> None:
        self.saved.show_failed(text)
        self._hand_over()

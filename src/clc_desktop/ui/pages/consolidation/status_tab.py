"""The Status and completeness tab: who has reported for the period, the review status of
each report (received, checked, accepted and locked) with its history, and the list as a
PDF or a workbook to print or send."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.coordinator.completeness import (
    by_attention,
    completeness,
    write_completeness_sheet,
)
from clc_desktop.coordinator.report_import import StatusChange, set_status, status_history, statuses
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.messages import message
from clc_desktop.ui.dialogs import run_dialog
from clc_desktop.ui.i18n import fill, format_datetime
from clc_desktop.ui.pages.consolidation.completeness_files import (
    write_completeness_pdf,
)
from clc_desktop.ui.pages.consolidation.context import CoordinatorContext
from clc_desktop.ui.pages.consolidation.models import (
    CompletenessRow,
    CompletenessTableModel,
    table_view,
)


@dataclass(frozen=True, slots=True)
class Completeness:
    unit_id: str
    period: str
    rows: list[CompletenessRow]


class StatusTab(QWidget):
    """Completeness and statuses of the chosen unit and period. ``ask_reason`` is the
    question tests replace on the instance."""

    completeness_shown = Signal()
    history_shown = Signal()
    file_written = Signal(object)  # Path of the PDF or workbook written

    def __init__(self, context: CoordinatorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._build()
        context.busy_changed.connect(self._busy_changed)
        self.follower = context.follow(
            self,
            {ChangeKind.UNITS, ChangeKind.REPORTS, ChangeKind.STATUS},
            self.reload,
            unit=True,
            period=True,
        )
        if context.ops is None:
            self.reload()  # says what to choose first

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.completeness_summary = QLabel()
        self.completeness_summary.setWordWrap(True)
        layout.addWidget(self.completeness_summary)
        self.completeness_model = CompletenessTableModel(self.context.language, self)
        self.completeness_view = table_view(self.completeness_model)
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

    # -- completeness ---------------------------------------------------------------------
    def reload(self) -> None:
        ops, unit = self.context.ops, self.context.unit
        if ops is None or unit is None:
            self.completeness_model.set_rows([])
            self.completeness_summary.setText(
                self.tr("Choose the unit you consolidate for to see who has reported.")
            )
            self._show_history()
            return
        unit_id, period = unit.unit_id, self.context.period

        def read(session: Session) -> Completeness:
            expected = completeness(session, unit_id, period)
            known = statuses(session, period)
            # Who needs a call comes first: missing, then late, then the others, by name.
            rows = [CompletenessRow(e, known.get(e.unit.unit_id)) for e in by_attention(expected)]
            return Completeness(unit_id, period, rows)

        ops.query(self, read, self._show_completeness, on_error=self.context.failed_quietly)

    def _show_completeness(self, found: Completeness) -> None:
        unit = self.context.unit
        if found.period != self.context.period or unit is None or unit.unit_id != found.unit_id:
            return  # the answer to an earlier question
        selected = self.selected_expected()
        rows = found.rows
        self.completeness_model.set_rows(rows)
        self.completeness_summary.setText(self._summary(rows, found.period, unit.name))
        if selected is not None:
            for number, row in enumerate(rows):
                if row.expected.unit.unit_id == selected.expected.unit.unit_id:
                    self.completeness_view.selectRow(number)
        self._show_history()
        self.completeness_shown.emit()

    def _summary(self, rows: list[CompletenessRow], period: str, unit_name: str) -> str:
        if not rows:
            return fill(
                self.tr(
                    "No unit is expected to report to %1: add the units below it in the "
                    "Units tab (or import the list)."
                ),
                unit_name,
            )
        n = self.context.n
        missing = sum(1 for r in rows if r.expected.state == "missing")
        late = sum(1 for r in rows if r.expected.state == "late")
        accepted = sum(1 for r in rows if r.status == "accepted")
        return fill(
            self.tr(
                "Period %1: %2 of %Ln unit(s) have reported (%3 late), %4 missing; %5 accepted.",
                "",
                len(rows),
            ),
            period,
            n(len(rows) - missing),
            n(late),
            n(missing),
            n(accepted),
        )

    def selected_expected(self) -> CompletenessRow | None:
        rows = self.completeness_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.completeness_model.rowCount():
            return None
        row: CompletenessRow = self.completeness_model.row(rows[0].row())
        return row

    # -- statuses -------------------------------------------------------------------------
    def ask_reason(self, unit_name: str) -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Reopen an accepted report"))
        dialog.setLabelText(
            fill(self.tr("The report of %1 is accepted (locked). Why reopen it?"), unit_name)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        accepted = run_dialog(dialog)
        text = dialog.textValue().strip()
        return text if accepted and text else None

    def change_status(self, status: str) -> None:
        ops, row = self.context.ops, self.selected_expected()
        if ops is None or row is None:
            return
        if row.status is None:
            self.context.show_error(
                self.tr("Nothing has been received from this unit for the period.")
            )
            return
        reason: str | None = None
        if row.status == "accepted" and status != "accepted":
            # The service refuses to reopen without a reason, should the list be stale.
            reason = self.ask_reason(row.expected.unit.name)
            if not reason:
                return
        unit_id, period = row.expected.unit.unit_id, self.context.period
        ops.change(
            self,
            ChangeKind.STATUS,
            lambda session: set_status(session, unit_id, period, status, reason=reason),
            on_error=self.context.failed,
        )

    def _show_history(self) -> None:
        self.history.clear()
        ops, row = self.context.ops, self.selected_expected()
        received = row is not None and row.status is not None
        for button in (self.received_button, self.checked_button, self.accept_button):
            button.setEnabled(received)
        if ops is None or row is None:
            return
        unit_id, period = row.expected.unit.unit_id, self.context.period
        ops.query(
            self,
            lambda session: status_history(session, unit_id, period),
            lambda changes: self._show_changes(unit_id, period, changes),
            on_error=self.context.failed_quietly,
        )

    def _show_changes(self, unit_id: str, period: str, changes: list[StatusChange]) -> None:
        row = self.selected_expected()
        if row is None or row.expected.unit.unit_id != unit_id or period != self.context.period:
            return  # another unit was chosen meanwhile
        self.history.clear()
        for change in changes:
            self.history.addItem(self.history_line(change))
        self.history_shown.emit()

    def history_line(self, change: StatusChange) -> str:
        label = self.completeness_model.status_label
        text = f"{format_datetime(change.at)}: "
        if change.previous:
            text += f"{label(change.previous)} → "
        text += label(change.status)
        if change.reason:
            text += " — " + fill(self.tr("reason: %1"), change.reason)
        return text

    # -- the list as files ----------------------------------------------------------------
    def _completeness_table(self, with_id: bool = True) -> tuple[list[str], list[list[str]]]:
        model = self.completeness_model
        keep = slice(None) if with_id else slice(0, CompletenessTableModel.ID)
        headers = model.headers()[keep]
        rows = [model.cells(row)[keep] for row in model.rows]
        return headers, rows

    def _list_title(self) -> str:
        unit = self.context.unit.name if self.context.unit else ""
        return message(
            "completeness.title", self.context.language, unit=unit, period=self.context.period
        )

    def print_completeness(self) -> None:
        """Print the completeness list to a PDF file (A4), in the background."""
        ops = self.context.ops
        if ops is None or self.context.busy:
            return
        chosen = self.context.ask_save_path(
            self.tr("Print the list to PDF"),
            f"tinh-hinh-bao-cao-{self.context.period}.pdf",
            "pdf",
        )
        if not chosen:
            return
        path = self.context.with_suffix(chosen, ".pdf")
        headers, rows = self._completeness_table(with_id=False)  # people call by name
        title, summary = self._list_title(), self.completeness_summary.text()
        task = ops.task(
            self,
            lambda _progress, _cancelled: write_completeness_pdf(
                path, title, summary, headers, rows
            ),
            self._file_written,
            on_error=self.context.failed,
        )
        self.context.track_writing(task, path)

    def export_completeness(self) -> None:
        ops = self.context.ops
        if ops is None or self.context.busy:
            return
        chosen = self.context.ask_save_path(
            self.tr("Export the list"), f"tinh-hinh-bao-cao-{self.context.period}.xlsx", "xlsx"
        )
        if not chosen:
            return
        path = self.context.with_suffix(chosen, ".xlsx")
        headers, rows = self._completeness_table()
        title = self._list_title()
        task = ops.task(
            self,
            lambda _progress, _cancelled: write_completeness_sheet(path, title, headers, rows),
            self._file_written,
            on_error=self.context.failed,
        )
        self.context.track_writing(task, path)

    def _file_written(self, path: Path) -> None:
        self.context.written(path, fill(self.tr("Wrote %1."), path))
        self.file_written.emit(path)

    def _busy_changed(self, busy: bool) -> None:
        for button in (self.print_button, self.export_list_button):
            button.setEnabled(not busy)

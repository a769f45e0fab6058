"""The Import tab: centre (or lower-level) report files, checked first, imported on demand.

Adding files or folders runs a dry run (every file read and checked, nothing written);
Import then writes the files the user kept, in one transaction. Both are long work with
progress and Cancel; the import is broadcast as a change of ``REPORTS`` and ``STATUS``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

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

from clc_desktop.coordinator.report_import import (
    REJECTED_OUTCOME,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    commit_import,
    preview_import,
)
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.pages.consolidation.context import CoordinatorContext
from clc_desktop.ui.pages.consolidation.models import ImportPreviewTableModel, table_view


class ImportTab(QWidget):
    """The files chosen, their dry run, and the import. ``ask_report_paths`` and
    ``ask_folder`` are the questions tests replace on the instance."""

    inputs_added = Signal()  # files or folders were added: the page shows this tab
    preview_shown = Signal()
    import_finished = Signal(object)  # ImportResult

    def __init__(self, context: CoordinatorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._inputs: list[Path] = []
        self._preview: ImportPreview | None = None
        self._again = False  # files were added while busy: check them all again after
        self._build()
        context.store_opened.connect(self._reset)
        context.store_closed.connect(self._reset)
        context.period_changed.connect(self._show_preview_hint)
        context.busy_changed.connect(self._busy_changed)
        self._show_preview_hint()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
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
        self.preview_model = ImportPreviewTableModel(self.context.language, self)
        self.preview_model.dataChanged.connect(self._acceptance_changed)
        self.preview_view = table_view(self.preview_model)
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

    # -- the files ------------------------------------------------------------------------
    def ask_report_paths(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add report files"),
            self.context.folder(),
            self.tr("Excel workbook (*.xlsx *.xlsm);;All files (*)"),
        )
        return paths

    def ask_folder(self) -> str | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Add a folder of report files"), self.context.folder()
        )
        return folder or None

    def add_files(self) -> None:
        paths = self.ask_report_paths()
        if paths:
            chosen = [Path(p) for p in paths]
            self.add_inputs(chosen, folder=chosen[0].parent)

    def add_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.add_inputs([Path(folder)], folder=Path(folder))

    def add_inputs(self, paths: Sequence[Path], *, folder: Path | None = None) -> None:
        """Add files or folders and check them all again (the dry run); ``folder``, the
        one the user chose them in, is where the next choice starts."""
        if self.context.ops is None:
            return
        for path in paths:
            if path not in self._inputs:
                self._inputs.append(path)
        if folder is not None:
            self.context.remember("folder", str(folder))
        self.inputs_added.emit()
        self.preview()

    def clear_inputs(self) -> None:
        if not self.context.busy:
            self._reset()

    def _reset(self) -> None:
        self._inputs = []
        self._preview = None
        self.preview_model.set_outcomes([])
        self.preview_summary.setText("")
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))
        self._show_preview_hint()

    def _show_preview_hint(self) -> None:
        self.preview_hint.setText(
            fill(
                self.tr(
                    "Nothing is imported until you press Import. Reports for another period "
                    "than %1, or from a unit outside your list, are flagged."
                ),
                self.context.period,
            )
        )

    # -- the dry run ----------------------------------------------------------------------
    def preview(self) -> None:
        """Read and check every chosen file in the background; nothing is written."""
        ops = self.context.ops
        if ops is None or not self._inputs:
            return
        if self.context.busy:
            self._again = True
            return
        inputs, period = list(self._inputs), self.context.period

        def work(session: Session, progress: ProgressFn, cancelled: CancelFn) -> ImportPreview:
            preview = preview_import(
                session, inputs, expected_period=period, progress=progress, cancelled=cancelled
            )
            if preview.cancelled:
                raise Cancelled
            return preview

        task = ops.session_task(
            self,
            work,
            self._show_preview,
            on_error=self.context.failed,
            on_cancelled=lambda: self._cancelled(
                self.tr("Reading cancelled. Nothing was imported.")
            ),
        )
        self.context.track(task, self.tr("Reading and checking the files…"))

    def _show_preview(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.preview_model.set_outcomes(preview.outcomes)
        self.preview_view.resizeRowsToContents()
        self._show_preview_hint()
        n = self.context.n
        importable = [o for o in preview.outcomes if o.importable]
        flagged = preview.flagged
        self.preview_summary.setText(
            fill(
                self.tr(
                    "%Ln file(s): %1 to import, %2 flagged (tick those to import), %3 already "
                    "imported, %4 rejected.",
                    "",
                    len(preview.outcomes),
                ),
                n(len(importable) - len(flagged)),
                n(len(flagged)),
                n(sum(o.outcome == "unchanged" for o in preview.outcomes)),
                n(preview.count(REJECTED_OUTCOME)),
            )
        )
        self._acceptance_changed()
        self.context.say(self.tr("Checked the files. Review the list, then press Import."))
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
        self.import_button.setText(self.tr("Import %Ln file(s)", "", count))
        self.import_button.setEnabled(count > 0 and not self.context.busy)

    def _busy_changed(self, busy: bool) -> None:
        self.clear_button.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
        else:
            self._acceptance_changed()

    def _cancelled(self, text: str) -> None:
        self._again = False
        self.context.cancelled(text)

    # -- the import -----------------------------------------------------------------------
    def commit(self) -> None:
        """Import the previewed files in one transaction (in the background)."""
        ops, preview = self.context.ops, self._preview
        if ops is None or preview is None or self.context.busy:
            return
        accepted = self.preview_model.accepted()

        def work(session: Session, progress: ProgressFn, cancelled: CancelFn) -> ImportResult:
            try:
                return commit_import(
                    session,
                    preview,
                    accept_flagged=accepted,
                    progress=progress,
                    cancelled=cancelled,
                )
            except ImportCancelled:
                raise Cancelled from None

        task = ops.session_task(
            self,
            work,
            self._imported,
            on_error=self.context.failed,
            on_cancelled=lambda: self._cancelled(
                self.tr("Import cancelled. Nothing was imported.")
            ),
            kinds=frozenset({ChangeKind.REPORTS, ChangeKind.STATUS}),
        )
        self.context.track(task, self.tr("Importing…"))

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
        n = self.context.n
        flagged = sum(1 for item in result.imported if item.flagged)
        self.context.say(
            fill(
                self.tr(
                    "Imported %Ln file(s) (%1 of them flagged, kept marked as such); %2 flagged "
                    "files not imported.",
                    "",
                    len(result.imported),
                ),
                n(flagged),
                n(len(result.not_accepted)),
            )
        )
        self.import_finished.emit(result)

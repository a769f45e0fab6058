"""Import a learner list from Excel, in the steps of
:mod:`clc_desktop.services.learner_import`:

1. choose the file; it is checked and read in the background (progress, Cancel); a refused
   file (not an .xlsx, a zip bomb, too many rows) shows the service's message;
2. the recognised columns: the header row and each column's field can be changed;
3. the preview (nothing written yet): per row new / possible duplicate / rejected with the
   reason, and the user's choice within the allowed ones; optionally a class to enrol
   everyone in; the rejected rows can be saved as an .xlsx to fix;
4. the import, in the background and in one transaction, and its counts.

Each step in the background is an ``ops.task`` shown by a
:class:`~clc_desktop.ui.progress_row.ProgressRow` (its Cancel stops the step); the
dialog is the task's receiver, so closing it cancels the step at its next safe point
(an import cancelled writes nothing). The import is broadcast as a change of learners
and enrolments, so the pages showing them reload.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.learner_list import (
    FIELD_LABELS_EN,
    FIELD_LABELS_VI,
    ColumnMapping,
    ImportField,
)
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.domain.text import fold
from clc_desktop.services.learner_import import (
    ImportPreview,
    ImportResult,
    LearnerSheet,
    RowChoice,
    commit_import,
    preview_import,
    read_learner_list,
    save_rejected_rows,
)
from clc_desktop.ui import files
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.learner_models import ImportPreviewModel
from clc_desktop.ui.operations import Operations, Task
from clc_desktop.ui.progress_row import ProgressRow

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, DONE_PAGE = range(4)
# Sample values shown per column on the mapping page.
SAMPLES = 3


#: Where the learner lists are opened from and the rejected rows saved (ui.files).
_FILES_KEY = "learner-lists"


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (as Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return " ".join(str(value).split())


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the choices a preview row allows."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, ImportPreviewModel)
        combo = QComboBox(parent)
        for choice in model.preview_row(index.row()).allowed_choices:
            combo.addItem(model.choice_label(choice), choice.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(
        self,
        editor: QWidget,
        model: Any,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LearnerImportDialog(QDialog):
    file_read = Signal()  # the file was read: the mapping page is shown
    read_failed = Signal(str)  # the file was refused or could not be read: the sentence
    preview_ready = Signal()
    import_finished = Signal(object)  # ImportResult
    busy_cancelled = Signal()

    def __init__(
        self,
        ops: Operations,
        language: str,
        today: dt.date | None = None,
        classes: Sequence[Any] = (),
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._ops = ops
        self._language = language
        self._today = today
        self._classes = list(classes)
        self._locale = QLocale()
        self.sheet: LearnerSheet | None = None
        self.preview: ImportPreview | None = None
        self.preview_model: ImportPreviewModel | None = None
        self.import_result: ImportResult | None = None
        self.written_box: QMessageBox | None = None  # «the file was saved», with Mở
        self._labels = FIELD_LABELS_VI if language == "vi" else FIELD_LABELS_EN
        self.setWindowTitle(self.tr("Import a learner list from Excel"))
        self.resize(1120, 660)
        self._build()
        self._show_page(FILE_PAGE)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_row = ProgressRow()
        self.progress_row.busy_changed.connect(self._busy_changed)
        self.progress_row.cancelling.connect(lambda: self.message.setText(self.tr("Cancelling…")))
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("1. Choose the Excel file"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Choose the .xlsx file of your learner list. Title rows above the table are "
                "fine; the columns are recognised by their headers (Họ và tên, Ngày sinh, "
                "Giới tính, Dân tộc, Địa chỉ, Số điện thoại, ...). Nothing is written "
                "before you have seen a preview."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        self.file_label = QLabel()
        self.file_label.setObjectName("hint")
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        layout.addStretch()
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("2. Check the columns"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "What each column of the file holds. Change a column's field if it was not "
                "recognised, or choose (ignore) for a column not to import."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sheet:")))
        self.sheet_choice = QComboBox()
        self.sheet_choice.activated.connect(self._sheet_chosen)
        row.addWidget(self.sheet_choice)
        row.addSpacing(20)
        row.addWidget(QLabel(self.tr("Header row:")))
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._header_row_changed)
        row.addWidget(self.header_row)
        self.first_row_label = QLabel()
        self.first_row_label.setObjectName("hint")
        row.addWidget(self.first_row_label)
        row.addStretch()
        layout.addLayout(row)
        self.columns = QTableWidget(0, 4)
        self.columns.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First values"),
                self.tr("Field"),
            ]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.columns, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("3. Preview: nothing has been written yet"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview_table = QTableView()
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.preview_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.preview_table.setItemDelegateForColumn(
            ImportPreviewModel.CHOICE_COLUMN, ChoiceDelegate(self.preview_table)
        )
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().hide()
        self.preview_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview_table.verticalHeader().setDefaultSectionSize(26)
        layout.addWidget(self.preview_table, 1)

        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("For the selected rows:")))
        self.choice_buttons: dict[RowChoice, QPushButton] = {}
        for choice, label in (
            (RowChoice.CREATE, self.tr("Import as new")),
            (RowChoice.USE_EXISTING, self.tr("Use the existing learner")),
            (RowChoice.SKIP, self.tr("Skip")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, c=choice: self.choose_for_selected(c))
            self.choice_buttons[choice] = button
            choices.addWidget(button)
        choices.addStretch()
        self.save_rejected_button = QPushButton(self.tr("Save the rejected rows…"))
        self.save_rejected_button.clicked.connect(self.save_rejected)
        choices.addWidget(self.save_rejected_button)
        layout.addLayout(choices)

        enrol = QHBoxLayout()
        enrol.addWidget(QLabel(self.tr("Enrol everyone imported in:")))
        self.class_choice = QComboBox()
        self.class_choice.addItem(self.tr("(no class)"), None)
        for choice in self._classes:
            if not choice.archived:
                self.class_choice.addItem(choice.name, choice.id)
        enrol.addWidget(self.class_choice, 1)
        enrol.addStretch()
        layout.addLayout(enrol)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("4. Imported"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setObjectName("pageSubtitle")
        layout.addWidget(self.done_label)
        layout.addStretch()
        return page

    # -- pages ---------------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page in (MAPPING_PAGE, PREVIEW_PAGE))
        texts = {
            FILE_PAGE: self.tr("Next >"),
            MAPPING_PAGE: self.tr("Preview >"),
            PREVIEW_PAGE: self.tr("Import"),
        }
        self.next_button.setVisible(page in texts)
        self.next_button.setText(texts.get(page, ""))
        self.next_button.setEnabled(page != FILE_PAGE or self.sheet is not None)
        self.close_button.setText(self.tr("Close") if page == DONE_PAGE else self.tr("Cancel"))

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE_PAGE and self.sheet is not None:
            self._show_page(MAPPING_PAGE)
        elif page == MAPPING_PAGE:
            self.make_preview()
        elif page == PREVIEW_PAGE:
            self.commit()

    def back(self) -> None:
        page = self.pages.currentIndex()
        if page > FILE_PAGE and not self.busy:
            self.message.clear()
            self._show_page(page - 1)

    # -- 1. the file ---------------------------------------------------------------------
    def ask_open_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a learner list"),
            str(files.start_folder(self._settings, _FILES_KEY)),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            files.remember_folder(self._settings, _FILES_KEY, Path(path))
        return path or None

    def ask_save_path(self, name: str) -> Path | None:
        """Where to save the rejected rows: the folder of the lists (Documents the first
        time), the name proposed, «.xlsx» added."""
        return files.ask_save_path(
            self,
            self.tr("Save the rejected rows"),
            name,
            self.tr("Excel workbook (*.xlsx)"),
            settings=self._settings,
            key=_FILES_KEY,
            suffix=".xlsx",
        )

    def choose_file(self) -> None:
        chosen = self.ask_open_path()
        if chosen:
            self.read_file(Path(chosen))

    def read_file(self, path: Path, sheet: str | None = None) -> Task | None:
        """Check and read the file in the background (None when a step is running)."""
        if self.busy:
            return None
        self.file_label.setText(str(path))

        def work(progress: ProgressFn, cancelled: CancelFn) -> LearnerSheet:
            return read_learner_list(path, sheet, progress=progress, cancelled=cancelled)

        task = self._ops.task(
            self, work, self._file_done, on_error=self._failed, on_cancelled=self._cancelled
        )
        return self._show_step(fill(self.tr("Reading %1…"), path.name), task)

    def _file_done(self, sheet: LearnerSheet) -> None:
        self.sheet = sheet
        self.sheet_choice.clear()
        self.sheet_choice.addItems(list(sheet.sheet_names))
        self.sheet_choice.setCurrentText(sheet.sheet_name)
        self.sheet_choice.setEnabled(len(sheet.sheet_names) > 1)
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(1, len(sheet.rows)))
        self.header_row.setValue(sheet.mapping.header_row if sheet.mapping else 1)
        self.header_row.blockSignals(False)
        if sheet.mapping is None:
            self.message.setText(
                self.tr(
                    "No header row with a full name column was found. Choose the header row "
                    "and the name column below."
                )
            )
        else:
            self.message.setText(
                fill(
                    self.tr("Read %Ln row(s) from the sheet «%1».", "", len(sheet.rows)),
                    sheet.sheet_name,
                )
            )
        self._show_mapping(sheet.mapping or sheet.mapping_at(1))
        self._show_page(MAPPING_PAGE)
        self.file_read.emit()

    def _sheet_chosen(self, _index: int) -> None:
        if self.sheet is not None and self.sheet_choice.currentText() != self.sheet.sheet_name:
            self.read_file(self.sheet.path, self.sheet_choice.currentText())

    # -- 2. the columns ------------------------------------------------------------------
    def _header_row_changed(self, row: int) -> None:
        if self.sheet is not None:
            self._show_mapping(self.sheet.mapping_at(row))

    def _show_mapping(self, mapping: ColumnMapping) -> None:
        assert self.sheet is not None
        self._first_data_row = mapping.first_data_row
        self.first_row_label.setText(fill(self.tr("data from row %1"), mapping.first_data_row))
        headers = self.sheet.header_texts(mapping)
        data = self.sheet.rows[mapping.first_data_row - 1 :]
        width = len(headers)
        self.columns.setRowCount(width)
        self.field_combos: list[QComboBox] = []
        for column in range(width):
            samples = [
                _cell_text(row[column])
                for row in data
                if column < len(row) and _cell_text(row[column])
            ][:SAMPLES]
            for place, text in enumerate(
                (column_letter(column), headers[column], " · ".join(samples))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.columns.setItem(column, place, item)
            combo = QComboBox()
            for field, label in self._labels.items():
                combo.addItem(label, field.value)
            chosen = mapping.fields.get(column, ImportField.IGNORE)
            combo.setCurrentIndex(combo.findData(chosen.value))
            self.columns.setCellWidget(column, 3, combo)
            self.field_combos.append(combo)

    def set_field(self, column: int, field: ImportField) -> None:
        """Choose what a column holds (as a user does with its combo box)."""
        combo = self.field_combos[column]
        combo.setCurrentIndex(combo.findData(field.value))

    def mapping(self) -> ColumnMapping:
        fields = {
            column: ImportField(combo.currentData())
            for column, combo in enumerate(self.field_combos)
            if combo.currentData() != ImportField.IGNORE.value
        }
        return ColumnMapping(self.header_row.value(), self._first_data_row, fields)

    # -- 3. the preview ------------------------------------------------------------------
    def make_preview(self) -> Task | None:
        """Check every row against the registry in the background (nothing is written)."""
        if self.sheet is None or self.busy:
            return None
        sheet, mapping, today = self.sheet, self.mapping(), self._today

        def work(session: Session, progress: ProgressFn, cancelled: CancelFn) -> ImportPreview:
            return preview_import(
                session, sheet, mapping, today=today, progress=progress, cancelled=cancelled
            )

        task = self._ops.session_task(
            self, work, self._preview_done, on_error=self._failed, on_cancelled=self._cancelled
        )
        return self._show_step(self.tr("Checking every row…"), task)

    def _preview_done(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_model = ImportPreviewModel(preview.rows, self._language, self)
        self.preview_table.setModel(self.preview_model)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 170, 85, 50, 95, 120, 70, 125, 165, 330)):
            header.resizeSection(column, width)
        # What matters first: the status, the choice and why, right after the name and birth.
        for place, column in enumerate((7, ImportPreviewModel.CHOICE_COLUMN, 9), start=3):
            header.moveSection(header.visualIndex(column), place)
        header.setStretchLastSection(True)
        self.preview_model.dataChanged.connect(self._show_summary)
        self._show_summary()
        self.save_rejected_button.setEnabled(preview.rejected > 0)
        self.message.clear()
        self._show_page(PREVIEW_PAGE)
        self.preview_ready.emit()

    def _show_summary(self, *_: object) -> None:
        assert self.preview is not None
        assert self.preview_model is not None
        chosen = self.preview_model.choices().values()
        number = self._locale.toString
        self.summary.setText(
            fill(
                self.tr(
                    "%1 rows: %2 new, %3 possible duplicates, %4 rejected. "
                    "Will create %5 learners, use %6 already registered, skip %7. "
                    "Double-click a choice to change it, or select rows and use the buttons."
                ),
                number(len(self.preview.rows)),
                number(self.preview.new),
                number(self.preview.duplicates),
                number(self.preview.rejected),
                number(sum(c is RowChoice.CREATE for c in chosen)),
                number(sum(c is RowChoice.USE_EXISTING for c in chosen)),
                number(sum(c is RowChoice.SKIP for c in chosen)),
            )
            + self._totals_text()
        )

    def _first_text(self, row: int) -> str:
        """The first words of an Excel row («Tổng số: 8 học viên»)."""
        assert self.preview is not None
        cells = self.preview.sheet.rows[row - 1]
        return next((str(v).strip() for v in cells if isinstance(v, str) and v.strip()), "")

    def _totals_text(self) -> str:
        """The rows skipped as the list's total («Tổng số: 8 học viên»), if any."""
        assert self.preview is not None
        totals = self.preview.total_rows
        if not totals:
            return ""
        rows = ", ".join(
            f"{self._locale.toString(row)} «{self._first_text(row)}»" for row in totals
        )
        return " " + fill(self.tr("Skipped as the list's total, not a learner: row %1."), rows)

    def choose_for_selected(self, choice: RowChoice) -> int:
        """Set a choice on the selected rows that allow it; returns how many changed."""
        if self.preview_model is None:
            return 0
        rows = {index.row() for index in self.preview_table.selectionModel().selectedRows()}
        done = sum(self.preview_model.set_choice(row, choice) for row in sorted(rows))
        refused = len(rows) - done
        if refused:
            self.message.setText(
                self.tr("%n of the selected rows do not allow that choice.", "", refused)
            )
        else:
            self.message.clear()
        return done

    def save_rejected(self) -> None:
        if self.preview is None or not self.preview.rejected:
            return
        words = re.findall(r"[a-z0-9]+", fold(self.preview.sheet.path.stem))
        name = "-".join([*words, "chua-nhap"]) + ".xlsx"  # safe in any file system
        chosen = self.ask_save_path(name)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        preview, language = self.preview, self._language

        def work(_progress: ProgressFn, _cancelled: CancelFn) -> int:
            return save_rejected_rows(preview, path, language)

        def written(count: int) -> None:
            self.message.setText(
                fill(
                    self.tr(
                        "Saved %n rejected row(s) to %1: fix them there and import that file.",
                        "",
                        count,
                    ),
                    path,
                )
            )
            self.written_box = files.show_written(self, path)

        def failed(error: Exception) -> None:
            if not isinstance(error, OSError):
                self._failed(error)
                return
            self.message.setText(
                fill(
                    self.tr(
                        "Could not write %1: %2. If the file is open in Excel, close it and "
                        "try again."
                    ),
                    path,
                    error.strerror or error,
                )
            )

        self._ops.task(self, work, written, on_error=failed)

    # -- 4. the import -------------------------------------------------------------------
    def commit(self) -> Task | None:
        """Import the rows as chosen, in one transaction in the background."""
        if self.preview is None or self.preview_model is None or self.busy:
            return None
        preview = self.preview
        choices = self.preview_model.choices()
        class_id = self.class_choice.currentData()

        def work(session: Session, progress: ProgressFn, cancelled: CancelFn) -> ImportResult:
            return commit_import(
                session, preview, choices, class_id=class_id, progress=progress, cancelled=cancelled
            )

        task = self._ops.session_task(
            self,
            work,
            self._imported,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            kinds={ChangeKind.LEARNERS, ChangeKind.ENROLMENTS},
        )
        return self._show_step(self.tr("Importing…"), task)

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.done_label.setText(self.summary_text())
        self.message.clear()
        self._show_page(DONE_PAGE)
        self.import_finished.emit(result)

    def summary_text(self) -> str:
        result = self.import_result
        if result is None:
            return ""
        number = self._locale.toString
        text = fill(
            self.tr("Imported: %1 new learners, %2 already registered, %3 rows skipped."),
            number(result.created),
            number(result.used_existing),
            number(result.skipped),
        )
        if self.class_choice.currentData() is not None:
            text += " " + fill(
                self.tr("%1 enrolled in %2 (%3 were already enrolled)."),
                number(result.enrolled),
                self.class_choice.currentText(),
                number(result.already_enrolled),
            )
        return text

    # -- background work -----------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A step runs in the background."""
        return self.progress_row.busy

    def _show_step(self, label: str, task: Task) -> Task:
        """A step running in the background (its label, the progress row)."""
        self.message.setStyleSheet("")
        self.message.setText(label)
        return self.progress_row.track(task)

    def cancel(self) -> None:
        """Stop the step running (as its Cancel button does)."""
        self.progress_row.cancel()

    def _busy_changed(self, busy: bool) -> None:
        for button in (self.next_button, self.back_button, self.choose_button):
            button.setEnabled(not busy)
        if not busy:
            self._show_page(self.pages.currentIndex())

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Cancelled. Nothing was imported."))
        self.busy_cancelled.emit()

    def _failed(self, error: Exception) -> None:
        text = error.text(self._language) if isinstance(error, Problem) else str(error)
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;")
        self.read_failed.emit(text)

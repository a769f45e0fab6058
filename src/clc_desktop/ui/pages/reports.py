"""Reports: choose a period, see the numbers, export the workbook, check report files.

The numbers on screen come from the same code that writes the workbook
(:func:`clc_desktop.services.centre_report.preview_centre_report`), so what staff see is what
the commune receives. The count, the export and the check run in the background
(:class:`~clc_desktop.ui.operations.Operations`); export and check show a progress bar
with a Cancel button, and a cancelled export leaves no file behind. The page recounts
when the period changes, and when a change touches its numbers (at once when it is on
screen, else when it is next shown).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.messages import message
from clc_desktop.domain.periods import PERIOD_KINDS, period_in_words
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn
from clc_desktop.domain.text import fold
from clc_desktop.reports.cube import ALL, Key
from clc_desktop.reports.human import topics_in_use
from clc_desktop.services.centre_report import ReportPreview
from clc_desktop.ui.dialogs import error_text, run_box, show_message
from clc_desktop.ui.files import ask_save_path, show_written, start_folder
from clc_desktop.ui.i18n import fill, format_date, topic_label
from clc_desktop.ui.operations import Operations, Refresher
from clc_desktop.ui.pages.overview import COUNTED, StatCard
from clc_desktop.ui.period_chooser import PeriodChooser
from clc_desktop.ui.progress_row import ProgressRow

T = TypeVar("T")

#: How long the page waits after the last change of the period before it recounts.
PREVIEW_DELAY_MS = 150
# The setting that keeps the kind of period last chosen (a centre reports monthly, or
# by quarter: it need not choose again each time).
KIND_SETTING = "reports/period_kind"


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    path: Path
    period: str
    status: str  # the reader's verdict on the written file: ok, flagged or rejected
    learners_written: int | None


@dataclass(frozen=True, slots=True)
class CheckedFile:
    path: Path
    status: str
    findings: tuple[tuple[str, str], ...]  # (severity, sentence)


class ReportsPage(QWidget):
    """The centre's reports over ``ops`` (the centre's store); ``data_file`` names the
    store in messages (a centre without a profile yet)."""

    preview_shown = Signal()  # the numbers of the chosen period are on screen
    export_finished = Signal(object)  # ExportOutcome
    check_finished = Signal(list)  # [CheckedFile]

    def __init__(
        self,
        ops: Operations,
        language: str,
        settings: QSettings | None = None,
        today: dt.date | None = None,
        *,
        data_file: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._language = language
        self._settings = settings
        self._today = today
        self._data_file = data_file
        self._locale = QLocale()
        self._preview: ReportPreview | None = None
        self.last_export: ExportOutcome | None = None
        self._build()
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(PREVIEW_DELAY_MS)
        self._recount.timeout.connect(self.refresh)
        self.period.changed.connect(self._period_changed)
        self._restore_kind()
        self.kind.currentIndexChanged.connect(self._remember_kind)
        Refresher(self, ops, COUNTED, self._recount.start)
        self._recount.start()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Period reports"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "The numbers your centre sends to the commune or ward and on to the "
                "province, as an Excel workbook. Choose the period, check the numbers, "
                "then export."
            )
        )
        intro.setObjectName("pageSubtitle")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.period = PeriodChooser(self._today)
        self.kind, self.year, self.part = self.period.kind, self.period.year, self.period.part
        self.period_label = self.period.dates
        layout.addWidget(self.period)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.learners = StatCard(self.tr("Learners"))
        self.classes = StatCard(self.tr("Classes and talks"))
        self.participations = StatCard(self.tr("Participations"))
        self.rate = StatCard(self.tr("Attendance rate"))
        for column, card in enumerate(
            (self.learners, self.classes, self.participations, self.rate)
        ):
            card.setMinimumHeight(112)
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)

        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Topic"),
                self.tr("Classes"),
                self.tr("Sessions held"),
                self.tr("Hours"),
                self.tr("Learners"),
                self.tr("of whom women"),
                self.tr("Participations"),
                self.tr("Completions"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.notes = QLabel()
        self.notes.setObjectName("warning")
        self.notes.setWordWrap(True)
        self.notes.hide()
        layout.addWidget(self.notes)

        self.with_learners = QCheckBox(
            self.tr("Add the list of learners (names, birth dates: personal data)")
        )
        self.with_learners.toggled.connect(self._learners_toggled)
        layout.addWidget(self.with_learners)
        self.privacy = QLabel(
            self.tr(
                "The file will then hold personal data of every learner counted. Send it "
                "only to someone entitled to it; the report itself needs counts only."
            )
        )
        self.privacy.setObjectName("warning")
        self.privacy.setWordWrap(True)
        self.privacy.hide()
        layout.addWidget(self.privacy)

        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        self.check_button = QPushButton(self.tr("Check report files…"))
        self.check_button.clicked.connect(self.check_files)
        self.work = ProgressRow()
        self.work.busy_changed.connect(self._set_busy)
        self.work.cancelling.connect(self._cancelling)
        self.progress, self.cancel_button = self.work.progress, self.work.cancel_button
        actions.addWidget(self.export_button)
        actions.addWidget(self.check_button)
        actions.addWidget(self.work, 1)
        actions.addStretch()
        layout.addLayout(actions)

        status_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.open_folder_button)
        layout.addLayout(status_row)

        self.checked = QTreeWidget()
        self.checked.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.checked.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checked.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.checked.setWordWrap(True)
        self.checked.hide()
        layout.addWidget(self.checked, 1)

    # -- the period ----------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def period_code(self) -> str:
        return self.period.code()

    def set_period(self, kind: str, year: int, part: int = 1) -> None:
        """Choose a period (as a user would with the three lists)."""
        self.period.set_period(kind, year, part)

    def _period_changed(self, _code: str) -> None:
        self._recount.start()

    def _restore_kind(self) -> None:
        kind = str(self._settings.value(KIND_SETTING, "")) if self._settings else ""
        if kind in PERIOD_KINDS:
            self.kind.setCurrentIndex(self.kind.findData(kind))

    def _remember_kind(self) -> None:
        if self._settings is not None:
            self._settings.setValue(KIND_SETTING, self.kind.currentData())

    def focus_work(self) -> None:
        """The work starts at the period: its kind list takes the keyboard."""
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the numbers ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Recount the chosen period in the background."""
        code, today, data_file = self.period_code(), self.today(), self._data_file

        def read(session: Session) -> ReportPreview:
            from clc_desktop.services.centre_report import preview_centre_report

            return preview_centre_report(session, code, today, data_file)

        self.learners.value.setText("…")
        self._ops.query(self, read, self._show_preview, on_error=self._preview_failed)

    def _preview_failed(self, error: Exception) -> None:
        """Said on the page, not in a message box: the count runs by itself whenever the
        page is built (a centre without a profile yet gets the reason here)."""
        self._preview = None
        for card in (self.learners, self.classes, self.participations, self.rate):
            card.value.setText("–")
            card.detail.setText("")
        self.table.setRowCount(0)
        self.notes.setText(self._error_text(error))
        self.notes.show()

    def _n(self, value: int) -> str:
        return self._locale.toString(value)

    def _show_preview(self, preview: ReportPreview) -> None:
        if preview.period.code != self.period_code():
            return  # the user has moved on; that count is on its way
        self._preview = preview
        cube = preview.cube

        def value(indicator: str, topic: str = ALL, sex: str = ALL) -> int:
            return cube.get(Key(indicator, topic, sex), 0)

        counted_to = min(preview.period.end, preview.generated_on)
        self.learners.value.setText(self._n(value("learners")))
        self.learners.detail.setText(
            self.tr("of whom %Ln woman(s)", "", value("learners", sex="female"))
        )
        self.classes.value.setText(self._n(value("classes")))
        self.classes.detail.setText(
            fill(
                self.tr("%Ln session(s) held, %1 did not take place", "", value("sessions_held")),
                self._n(value("sessions_cancelled")),
            )
        )
        self.participations.value.setText(self._n(value("attendances") + value("walk_ins")))
        self.participations.detail.setText(
            fill(
                self.tr("attendances %1 + walk-ins %2"),
                self._n(value("attendances")),
                self._n(value("walk_ins")),
            )
        )
        expected, attended = value("expected_attendances"), value("attendances")
        self.rate.value.setText(
            self._locale.toString(attended / expected * 100, "f", 1) + " %" if expected else "–"
        )
        self.rate.detail.setText(
            fill(
                self.tr("attended / expected at held sessions = %1 / %2"),
                self._n(attended),
                self._n(expected),
            )
        )
        rows = [*topics_in_use(cube), ALL]
        self.table.setRowCount(len(rows))
        for row, topic in enumerate(rows):
            label = self.tr("Total") if topic == ALL else topic_label(topic, self._language)
            numbers = [
                self._n(value("classes", topic)),
                self._n(value("sessions_held", topic)),
                self._locale.toString(value("minutes_held", topic) / 60, "f", 1),
                self._n(value("learners", topic)),
                self._n(value("learners", topic, "female")),
                self._n(value("attendances", topic) + value("walk_ins", topic)),
                self._n(value("completions", topic)),
            ]
            for column, text in enumerate([label, *numbers]):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if topic == ALL:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        if preview.uncounted:
            marks = sum(item.marks for item in preview.uncounted)
            self.notes.setText(
                fill(
                    self.tr(
                        "%1 at %2 belong to people not enrolled in the class on that date; "
                        "they are not counted (the report lists them under Notes)."
                    ),
                    self.tr("%Ln mark(s)", "", marks),
                    self.tr("%Ln session(s)", "", len(preview.uncounted)),
                )
            )
        self.notes.setVisible(bool(preview.uncounted))
        self.period_label.setText(
            fill(
                self.tr("%1: %2 to %3, counted up to %4"),
                self.period.words(),
                format_date(preview.period.start),
                format_date(preview.period.end),
                format_date(counted_to),
            )
        )
        self.preview_shown.emit()

    def _learners_toggled(self, checked: bool) -> None:
        self.privacy.setVisible(checked)

    # -- export --------------------------------------------------------------------------
    def default_file_name(self) -> str:
        centre = self._preview.centre.name if self._preview else ""
        slug = "-".join(re.findall(r"[a-z0-9]+", fold(centre)))  # safe in any file system
        return f"bao-cao-{self.period_code()}{'-' + slug if slug else ''}.xlsx"

    def ask_save_path(self, name: str) -> str | None:
        """Where to write the workbook (the last reports folder, else Documents)."""
        path = ask_save_path(
            self,
            self.tr("Export the report"),
            name,
            self.tr("Excel workbook (*.xlsx)"),
            settings=self._settings,
            key="reports",
            suffix=".xlsx",
        )
        return str(path) if path else None

    def ask_open_paths(self) -> list[str]:
        folder = str(start_folder(self._settings, "reports"))
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Check report files"), folder, self.tr("Excel workbook (*.xlsx)")
        )
        return paths

    def export(self) -> None:
        if self.work.busy:
            return
        with_learners = self.with_learners.isChecked()
        if with_learners and not self._confirm_personal_data():
            return
        chosen = self.ask_save_path(self.default_file_name())
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if self._settings is not None:
            self._settings.setValue("reports/folder", str(path.parent))
        code, ops, language = self.period_code(), self._ops, self._language
        data_file = self._data_file

        def work(progress: ProgressFn, cancelled: CancelFn) -> ExportOutcome:
            from clc_desktop.reports.reader import read_report
            from clc_desktop.services.centre_report import export_centre_report

            with ops.session() as session:
                result = export_centre_report(
                    session,
                    code,
                    path,
                    language=language,
                    db_label=data_file,
                    with_learners=with_learners,
                    progress=progress,
                    cancelled=cancelled,
                )
            # The file is read back as a coordinator's copy would read it.
            status = read_report(path).status
            return ExportOutcome(path, result.period.code, status, result.learners_written)

        self._start(
            work, self.tr("Exporting…"), self._exported, self.tr("Cancelled. No file was written.")
        )

    def _confirm_personal_data(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Personal data"),
            self.tr(
                "The file will hold the names, birth dates, ethnicity and disability of "
                "the learners. Export it with the list of learners?"
            ),
            parent=self,
        )
        yes = box.addButton(self.tr("Export with the list"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        return run_box(box) is yes

    def _exported(self, outcome: ExportOutcome) -> None:
        self.last_export = outcome
        verdict = {
            "ok": self.tr("checked: valid"),
            "flagged": self.tr("checked: flagged, see Check report files"),
            "rejected": self.tr("checked: NOT valid, see Check report files"),
        }[outcome.status]
        period = period_in_words(outcome.period, self._language, capital=False)
        text = fill(self.tr("Exported the %1 report to %2 (%3)."), period, outcome.path, verdict)
        if outcome.learners_written is not None:
            text += " " + self.tr(
                "It holds personal data of %Ln learner(s).", "", outcome.learners_written
            )
        self.status.setText(text)
        self.open_folder_button.show()
        show_written(self, outcome.path)
        self.export_finished.emit(outcome)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent)))

    # -- checking files ------------------------------------------------------------------
    def check_files(self) -> None:
        if self.work.busy:
            return
        paths = [Path(p) for p in self.ask_open_paths()]
        if not paths:
            return
        language = self._language

        def work(progress: ProgressFn, cancelled: CancelFn) -> list[CheckedFile]:
            from clc_desktop.reports.reader import read_report

            checked: list[CheckedFile] = []
            for done, path in enumerate(paths):
                if cancelled():
                    raise Cancelled
                report = read_report(path)
                findings = tuple(
                    (f.severity, message(f.code, language, **f.params)) for f in report.findings
                )
                checked.append(CheckedFile(path, report.status, findings))
                progress(done + 1, len(paths))
            return checked

        self._start(work, self.tr("Checking…"), self._show_checked, self.tr("Check cancelled."))

    def _show_checked(self, files: Sequence[CheckedFile]) -> None:
        statuses = {
            "ok": (self.tr("valid"), QColor("#1e7b34")),
            "flagged": (self.tr("flagged: accept only after a look"), QColor("#b06000")),
            "rejected": (self.tr("rejected"), QColor("#b3261e")),
        }
        severities = {
            "rejected": self.tr("error"),
            "flagged": self.tr("flag"),
            "warning": self.tr("warning"),
        }
        self.checked.clear()
        for checked in files:
            label, colour = statuses[checked.status]
            item = QTreeWidgetItem([checked.path.name, label])
            item.setToolTip(0, str(checked.path))
            item.setForeground(1, colour)
            for severity, sentence in checked.findings:
                child = QTreeWidgetItem([sentence, severities[severity]])
                child.setToolTip(0, sentence)
                item.addChild(child)
            self.checked.addTopLevelItem(item)
            item.setExpanded(checked.status != "ok")
        self.checked.show()
        bad = sum(1 for f in files if f.status != "ok")
        self.status.setText(
            fill(
                self.tr("Checked %Ln file(s): %1 valid, %2 need attention.", "", len(files)),
                self._n(len(files) - bad),
                self._n(bad),
            )
        )
        self.open_folder_button.hide()
        self.check_finished.emit(list(files))

    # -- background work -----------------------------------------------------------------
    def _start(
        self,
        work: Callable[[ProgressFn, CancelFn], T],
        label: str,
        on_done: Callable[[T], None],
        cancelled_text: str,
    ) -> None:
        """Run long work with the progress row; its end says what came of it."""
        self.status.setText(label)
        self.open_folder_button.hide()
        task = self._ops.task(
            self,
            work,
            on_done,
            on_error=self._failed,
            on_cancelled=lambda: self.status.setText(cancelled_text),
        )
        self.work.track(task)

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy)

    def cancel(self) -> None:
        self.work.cancel()

    def _cancelling(self) -> None:
        self.status.setText(self.tr("Cancelling…"))

    def _failed(self, error: Exception) -> None:
        self.status.setText("")
        show_message(self, self._error_text(error), self.tr("Reports"))

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, OSError) and error.filename:
            return fill(
                self.tr(
                    "Could not write %1: %2. If the file is open in Excel, close it and try again."
                ),
                error.filename,
                error.strerror or str(error),
            )
        return error_text(error, self._language)

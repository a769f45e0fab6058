"""The paper of a class: its sign-in sheet (a month's sessions, or the date columns
selected in the whole-class grid), its attendance summary and a learner's certificate, as
A4 PDF files.

The document is written as HTML on the GUI thread, from the whole-class grid (read first
when it is not shown); laying it out and writing the file is an ``ops.task`` in the
background (:func:`~clc_desktop.ui.pdf.write_pdf`), and
:attr:`PaperRow.printed` gives the file's path when it is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.services.attendance import ClassGrid, SessionInfo
from clc_desktop.ui.dialogs import run_box
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.pages.attendance.class_grid import ClassGridTab
from clc_desktop.ui.pages.attendance.context import AttendanceContext
from clc_desktop.ui.pages.attendance.printing import AttendancePaper
from clc_desktop.ui.pdf import write_pdf


class PaperRow(QWidget):
    printed = Signal(object)  # the Path of a PDF written

    def __init__(
        self, context: AttendanceContext, grid: ClassGridTab, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.grid = grid
        #: Asks where to save a PDF (tests replace it): the suggested name -> a path or None.
        self.ask_save_path: Callable[[str], str | None] = self._ask_save_path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Print (PDF, A4):")))
        self.month_box = QComboBox()
        self.month_box.setToolTip(
            self.tr(
                "The sign-in sheet has a column per session of this month; select date "
                "columns in the whole-class grid to print those dates instead."
            )
        )
        layout.addWidget(self.month_box)
        self.sheet_button = QPushButton(self.tr("Sign-in sheet…"))
        self.summary_button = QPushButton(self.tr("Attendance summary…"))
        self.certificate_button = QPushButton(self.tr("Certificate…"))
        self.certificate_button.setToolTip(
            self.tr("For the learner selected in the whole-class grid, when they completed")
        )
        for button in (self.sheet_button, self.summary_button, self.certificate_button):
            layout.addWidget(button)
        layout.addStretch()
        self.sheet_button.clicked.connect(self.print_sign_in_sheet)
        self.summary_button.clicked.connect(self.print_summary)
        self.certificate_button.clicked.connect(self.print_certificate)

    def set_months(self, sessions: list[SessionInfo]) -> None:
        months = sorted({(s.date.year, s.date.month) for s in sessions})
        self.month_box.clear()
        for year, month in months:
            self.month_box.addItem(f"{month:02d}/{year}", f"{year}-{month:02d}")

    def choose_month(self, info: SessionInfo) -> None:
        month = self.month_box.findData(info.date.strftime("%Y-%m"))
        if month >= 0:
            self.month_box.setCurrentIndex(month)

    # -- the documents ---------------------------------------------------------------------
    def print_sign_in_sheet(self) -> None:
        self.grid.with_grid(self._sign_in_sheet)

    def _sign_in_sheet(self, grid: ClassGrid) -> None:
        sessions = self.grid.selected_sessions(grid)
        if sessions:
            period = ", ".join(s.date.strftime("%d/%m/%Y") for s in sessions)
        else:
            month = self.month_box.currentData()
            if month is None:
                return
            sessions = [s for s in grid.sessions if s.date.strftime("%Y-%m") == month and s.held]
            period = fill(self.tr("Month %1"), self.month_box.currentText())
        paper = AttendancePaper(self.context.centre)
        html = paper.sign_in_sheet(grid, sessions, period, self.context.today)
        self._write(html, f"danh-sach-ky-ten-{grid.class_id}", landscape=len(sessions) > 5)

    def print_summary(self) -> None:
        self.grid.with_grid(self._summary)

    def _summary(self, grid: ClassGrid) -> None:
        html = AttendancePaper(self.context.centre).summary(grid, self.context.today)
        self._write(html, f"tong-hop-chuyen-can-{grid.class_id}", landscape=False)

    def print_certificate(self) -> None:
        self.grid.with_grid(self._certificate)

    def _certificate(self, grid: ClassGrid) -> None:
        learner = self.grid.current_learner(grid)
        if learner is None:
            self._tell(self.tr("Select a learner in the whole-class grid."))
            return
        if not learner.completed:
            self._tell(
                fill(
                    self.tr(
                        "%1 has not completed this class: a certificate is for learners marked "
                        "as completed on the Classes page."
                    ),
                    learner.full_name,
                )
            )
            return
        html = AttendancePaper(self.context.centre).certificate(grid, learner, self.context.today)
        self._write(
            html,
            f"giay-chung-nhan-{grid.class_id}-{learner.learner_id}",
            landscape=True,
            points=12,
            numbered=False,
        )

    def _tell(self, text: str) -> None:
        title = self.tr("Certificate")
        run_box(QMessageBox(QMessageBox.Icon.Information, title, text, parent=self))

    # -- the file --------------------------------------------------------------------------
    def _write(
        self,
        html: str,
        name: str,
        *,
        landscape: bool,
        points: float = 10,
        numbered: bool = True,
    ) -> None:
        chosen = self.ask_save_path(name + ".pdf")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        def work(_progress: ProgressFn, _cancelled: CancelFn) -> Path:
            return write_pdf(html, path, landscape=landscape, points=points, numbered=numbered)

        self.context.ops.task(self, work, self.printed.emit)

    def _ask_save_path(self, name: str) -> str | None:
        settings = self.context.settings
        folder = str(settings.value("attendance/folder", "")) if settings else ""
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / name), self.tr("PDF files (*.pdf)")
        )
        if chosen and settings is not None:
            settings.setValue("attendance/folder", str(Path(chosen).parent))
        return chosen or None

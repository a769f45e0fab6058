"""The paper of a class: its sign-in sheet (a month's sessions, or the date columns
selected in the whole-class grid), its attendance summary and a learner's certificate, as
A4 PDF files.

The document is written as HTML on the GUI thread, from the whole-class grid (read first
when it is not shown); laying it out and writing the file is an ``ops.task`` in the
background (:func:`~clc_desktop.ui.pdf.write_pdf`), and
:attr:`PaperRow.printed` gives the file's path when it is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from clc_desktop.domain.codes import ClassKind
from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.domain.text import fold
from clc_desktop.services.attendance import ClassGrid, SessionInfo
from clc_desktop.ui import files
from clc_desktop.ui.dialogs import run_box
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.pages.attendance.class_grid import ClassGridTab
from clc_desktop.ui.pages.attendance.context import AttendanceContext
from clc_desktop.ui.pages.attendance.printing import AttendancePaper
from clc_desktop.ui.pdf import write_pdf


def file_name(*parts: str) -> str:
    """A file's name in words, folded to ASCII: ``diem-danh-lop-tin-hoc-co-ban-2026-12-04``."""
    words = (re.sub(r"[^a-z0-9]+", "-", fold(part)).strip("-") for part in parts)
    return "-".join(word for word in words if word)


class PaperRow(QWidget):
    printed = Signal(object)  # the Path of a PDF written

    def __init__(
        self, context: AttendanceContext, grid: ClassGridTab, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.grid = grid
        #: Asks where to save a PDF (tests replace it): the suggested name -> a path or None.
        self.ask_save_path: Callable[[str], str | Path | None] = self._ask_save_path
        #: Says a PDF was written, with «Mở» (tests look at the box it opens).
        self.show_written: Callable[[QWidget, Path], object] = files.show_written
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
            label = fill(self.tr("Month %1, %2"), month, year)  # «Tháng 11 năm 2026»
            self.month_box.addItem(label, f"{year}-{month:02d}")

    def choose_month(self, info: SessionInfo) -> None:
        month = self.month_box.findData(info.date.strftime("%Y-%m"))
        if month >= 0:
            self.month_box.setCurrentIndex(month)

    # -- the documents ---------------------------------------------------------------------
    def print_sign_in_sheet(self) -> None:
        self.grid.with_grid(self._sign_in_sheet)

    def _sign_in_sheet(self, grid: ClassGrid) -> None:
        sessions = self.grid.selected_sessions(grid)
        if not sessions and grid.kind == ClassKind.EVENT.value:  # a talk: its date(s)
            month = self.month_box.currentData()
            sessions = [s for s in grid.sessions if s.date.strftime("%Y-%m") == month and s.held]
        if sessions:
            period = ", ".join(s.date.strftime("%d/%m/%Y") for s in sessions)
            named = sessions[0].date.isoformat()
        else:
            month = self.month_box.currentData()
            if month is None:
                return
            sessions = [s for s in grid.sessions if s.date.strftime("%Y-%m") == month and s.held]
            period = self.month_box.currentText()
            named = str(month)
        paper = self._paper()
        html = paper.sign_in_sheet(grid, sessions, period, self.context.today)
        name = file_name("danh sach ky ten", grid.class_name, named)
        self._write(html, name, landscape=len(sessions) > 5)

    def _paper(self) -> AttendancePaper:
        return AttendancePaper(self.context.centre, self.context.language)

    def print_summary(self) -> None:
        self.grid.with_grid(self._summary)

    def _summary(self, grid: ClassGrid) -> None:
        today = self.context.today
        html = self._paper().summary(grid, today)
        name = file_name("diem danh", grid.class_name, today.isoformat())
        self._write(html, name, landscape=False)

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
        html = self._paper().certificate(grid, learner, self.context.today)
        self._write(
            html,
            file_name("giay chung nhan", learner.full_name, grid.class_name),
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

        self.context.ops.task(self, work, self._written)

    def _written(self, path: Path) -> None:
        self.printed.emit(path)
        self.show_written(self, path)

    def _ask_save_path(self, name: str) -> Path | None:
        return files.ask_save_path(
            self,
            self.tr("Save as PDF"),
            name,
            self.tr("PDF files (*.pdf)"),
            settings=self.context.settings,
            key="attendance",
            suffix=".pdf",
        )

"""The Consolidated report tab: the sum of the reports below the coordinator's unit for
the period, what to look at before sending it (double counting refused, differing
copies, units outside, flagged or missing reports), the numbers by unit and topic, and
the consolidated report written as the next level will read it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.coordinator.consolidation import Consolidation, UnitNumbers, numbers_by_unit
from clc_desktop.coordinator.consolidation import consolidate as consolidate_reports
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.codes import Topic
from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.domain.text import fold
from clc_desktop.reports.cube import ALL, Key
from clc_desktop.ui.i18n import fill, topic_label
from clc_desktop.ui.pages.consolidation.context import CoordinatorContext
from clc_desktop.ui.pages.consolidation.models import NumbersTableModel, table_view
from clc_desktop.ui.pages.overview import StatCard

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


class ConsolidationTab(QWidget):
    """Consolidate, look at the result, export it. The result is dropped when the
    reports or units it was made from change, or another unit or period is chosen."""

    consolidated = Signal(object)  # Consolidation
    consolidation_refused = Signal(str)  # the sentence shown (double counting, nothing...)
    numbers_shown = Signal()
    export_finished = Signal(object)  # ConsolidationExport

    def __init__(self, context: CoordinatorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.consolidation: Consolidation | None = None
        self._asked: object = None  # the consolidation asked for last
        self.last_export: ConsolidationExport | None = None
        self._build()
        self.follower = context.follow(
            self,
            {ChangeKind.REPORTS, ChangeKind.UNITS},
            self.clear,
            unit=True,
            period=True,
        )
        for signal in (context.store_opened, context.store_closed, context.unit_changed):
            signal.connect(self._update_buttons)
        context.busy_changed.connect(self._update_buttons)
        self._update_buttons()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
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
        for card in self._cards():
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
        self.numbers_view = table_view(self.numbers_model)
        self.numbers_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.numbers_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.numbers_view, 1)

    def _cards(self) -> tuple[StatCard, ...]:
        return (self.summed_card, self.learners_card, self.classes_card, self.participations_card)

    def _update_buttons(self) -> None:
        context = self.context
        ready = context.ops is not None and context.unit is not None
        self.consolidate_button.setEnabled(ready and not context.busy)
        self.export_button.setEnabled(self.consolidation is not None and not context.busy)

    # -- consolidating --------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the result shown (it no longer matches the store, unit or period); an
        answer still on its way is dropped."""
        self.consolidation = None
        self._asked = None
        self.export_button.setEnabled(False)
        self.open_folder_button.hide()
        self.warnings.hide()
        self.numbers_model.set_numbers([], [], "")
        for card in self._cards():
            card.value.setText("–")
            card.detail.setText("")

    def consolidate(self) -> None:
        context = self.context
        ops, unit = context.ops, context.unit
        if ops is None or unit is None or context.busy:
            return
        period, indicator = context.period, self.indicator.currentData()

        def work(
            session: Session, progress: ProgressFn, cancelled: CancelFn
        ) -> tuple[Consolidation, list[UnitNumbers]]:
            result = consolidate_reports(
                session,
                unit.unit_id,
                period,
                unit_name=unit.name,
                level=unit.level,
                progress=progress,
                cancelled=cancelled,
            )
            return result, numbers_by_unit(session, result, indicator)

        self.clear()
        asked = self._asked = object()

        def answered(found: tuple[Consolidation, list[UnitNumbers]]) -> None:
            if self._asked is asked:  # not cleared by a change since it was asked
                self._show_consolidation(found)

        task = ops.session_task(
            self,
            work,
            answered,
            on_error=self._refused,
            on_cancelled=lambda: context.cancelled(self.tr("Consolidation cancelled.")),
        )
        context.track(task, self.tr("Consolidating…"))

    def _refused(self, error: Exception) -> None:
        text = self.context.problem_text(error)
        self.warnings.setText(text)
        self.warnings.show()
        self.context.say(self.tr("Not consolidated."))
        self.consolidation_refused.emit(text)

    def _show_consolidation(self, found: tuple[Consolidation, list[UnitNumbers]]) -> None:
        result, numbers = found
        if result.period.code != self.context.period:
            return
        self.consolidation = result
        cube = result.cube
        n = self.context.n

        def value(indicator: str, sex: str = ALL) -> int:
            return cube.get(Key(indicator, ALL, sex), 0)

        self.summed_card.value.setText(n(len(result.summed)))
        self.summed_card.detail.setText(
            fill(
                self.tr("%1 of %Ln expected unit(s) missing", "", len(result.expected)),
                n(len(result.missing)),
            )
        )
        self.learners_card.value.setText(n(value("learners")))
        self.learners_card.detail.setText(
            self.tr("of whom %Ln women", "", value("learners", "female"))
        )
        self.classes_card.value.setText(n(value("classes")))
        self.classes_card.detail.setText(self.tr("%Ln session(s) held", "", value("sessions_held")))
        self.participations_card.value.setText(n(value("attendances") + value("walk_ins")))
        self.participations_card.detail.setText(
            fill(
                self.tr("attendances %1 + walk-ins %2"),
                n(value("attendances")),
                n(value("walk_ins")),
            )
        )
        lines = self.warning_lines(result)
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        self._show_numbers(numbers)
        self._update_buttons()
        self.context.say(
            fill(
                self.tr("Consolidated %Ln report(s) for %1, period %2.", "", len(result.summed)),
                result.unit_name,
                result.period.code,
            )
        )
        self.consolidated.emit(result)

    def warning_lines(self, result: Consolidation) -> list[str]:
        lines: list[str] = []
        for covered in result.hash_warnings:
            lines.append(
                fill(
                    self.tr(
                        "Warning: the imported report of «%1» differs from the one counted in "
                        "the report of «%2» (listed %3…, imported %4…). The numbers of «%2» "
                        "are used."
                    ),
                    covered.report.unit_name,
                    covered.by.unit_name,
                    covered.listed_sha256[:12],
                    covered.report.content_sha256[:12],
                )
            )
        for covered in result.covered:
            if not covered.differs:
                lines.append(
                    fill(
                        self.tr("«%1» is already counted in the report of «%2»: not added again."),
                        covered.report.unit_name,
                        covered.by.unit_name,
                    )
                )
        for outside in result.outside:
            lines.append(
                fill(
                    self.tr("Imported but not below your unit, not summed: %1 (%2)."),
                    outside.unit_name,
                    outside.unit_id,
                )
            )
        flagged = [r.unit_name for r in result.summed if r.flagged]
        if flagged:
            lines.append(
                fill(self.tr("Summed although flagged (accepted by you): %1."), ", ".join(flagged))
            )
        if result.missing:
            lines.append(
                fill(
                    self.tr("Not reported yet: %1."), ", ".join(e.unit.name for e in result.missing)
                )
            )
        return lines

    # -- the numbers by unit and topic ----------------------------------------------------
    def _indicator_changed(self) -> None:
        ops, result = self.context.ops, self.consolidation
        if ops is None or result is None:
            return
        indicator = self.indicator.currentData()

        def answered(numbers: list[UnitNumbers]) -> None:
            if self.consolidation is result:  # still the result on screen
                self._show_numbers(numbers)

        ops.query(
            self,
            lambda session: numbers_by_unit(session, result, indicator),
            answered,
            on_error=self.context.failed,
        )

    def _show_numbers(self, numbers: list[UnitNumbers]) -> None:
        from clc_desktop.reports.human import topics_in_use

        cube = self.consolidation.cube if self.consolidation else {}
        used = set(topics_in_use(cube))
        for row in numbers:
            used.update(t for t, v in row.values.items() if v and t != ALL)
        language = self.context.language
        topics = [(ALL, self.tr("Total"))]
        topics += [(t.value, topic_label(t.value, language)) for t in Topic if t in used]
        ordered = sorted(numbers, key=lambda r: fold(r.unit_name))
        self.numbers_model.set_numbers(ordered, topics, self.tr("All units"))
        self.numbers_view.resizeColumnsToContents()
        self.numbers_shown.emit()

    # -- the consolidated report as a file ------------------------------------------------
    def default_file_name(self) -> str:
        unit = self.context.unit
        slug = "-".join(re.findall(r"[a-z0-9]+", fold(unit.name if unit else "")))
        return f"tong-hop-{self.context.period}{'-' + slug if slug else ''}.xlsx"

    def export(self) -> None:
        """Write the consolidated report (.xlsx) in the background, then read it back."""
        ops, result = self.context.ops, self.consolidation
        if ops is None or result is None or self.context.busy:
            return
        chosen = self.context.ask_save_path(
            self.tr("Export the consolidated report"), self.default_file_name(), "xlsx"
        )
        if not chosen:
            return
        path = self.context.with_suffix(chosen, ".xlsx")
        self.context.remember("folder", str(path.parent))
        language = self.context.language

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

        task = ops.task(
            self,
            work,
            self._exported,
            on_error=self.context.failed,
            on_cancelled=lambda: self.context.cancelled(self.tr("Cancelled.")),
        )
        self.context.track(task, self.tr("Writing the consolidated report…"))

    def _exported(self, outcome: ConsolidationExport) -> None:
        self.last_export = outcome
        verdict = {
            "ok": self.tr("checked: valid"),
            "flagged": self.tr("checked: flagged"),
            "rejected": self.tr("checked: NOT valid"),
        }.get(outcome.status, outcome.status)
        self.context.written(
            outcome.path,
            fill(self.tr("Wrote the consolidated report to %1 (%2)."), outcome.path, verdict),
        )
        self.open_folder_button.show()
        self.export_finished.emit(outcome)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.path.parent)))

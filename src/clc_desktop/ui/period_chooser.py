"""The period chooser: kind, year and part lists (school year, year, half, quarter, month).

The latest period that has ended is chosen first, as a report usually covers it. The period
chosen is said in words beside the lists («Tháng 11 năm 2026: từ 01/11/2026 đến
30/11/2026»); its code (``2026-11``) is only for files and the command line.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from clc_desktop.domain.periods import (
    PARTS,
    PERIOD_KINDS,
    latest_ended,
    parse_period,
    period_code,
    period_in_words,
)
from clc_desktop.ui.i18n import current_language, fill, format_date

FIRST_YEAR = 2015


class PeriodChooser(QWidget):
    """Three lists; ``changed(code)`` when the chosen period changes."""

    changed = Signal(str)

    def __init__(self, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        self.kind = QComboBox()
        kind_names = {
            "school_year": self.tr("School year"),
            "year": self.tr("Calendar year"),
            "half": self.tr("Half year"),
            "quarter": self.tr("Quarter"),
            "month": self.tr("Month"),
        }
        for kind in PERIOD_KINDS:
            self.kind.addItem(kind_names[kind], kind)
        self.year = QComboBox()
        self.part = QComboBox()
        for widget in (self.kind, self.year, self.part):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(widget)
        self.dates = QLabel()
        self.dates.setObjectName("hint")
        layout.addWidget(self.dates)
        layout.addStretch()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.currentIndexChanged.connect(self._period_changed)
        self.part.currentIndexChanged.connect(self._period_changed)
        self._kind_changed()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def code(self) -> str:
        kind = self.kind.currentData()
        part = self.part.currentData() if PARTS[kind] > 1 else 1
        return period_code(kind, self.year.currentData(), part)

    def set_period(self, kind: str, year: int, part: int = 1) -> None:
        """Choose a period (as a user would with the three lists)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setCurrentIndex(self.year.findData(year))
        if PARTS[kind] > 1:
            self.part.setCurrentIndex(self.part.findData(part))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        year, part = latest_ended(kind, self.today())
        for combo in (self.year, self.part):
            combo.blockSignals(True)
            combo.clear()
        for first in range(self.today().year, FIRST_YEAR - 1, -1):
            label = f"{first}–{first + 1}" if kind == "school_year" else str(first)
            self.year.addItem(label, first)
        self.year.setCurrentIndex(self.year.findData(year))
        names = self._part_names(kind)
        for number, name in enumerate(names, 1):
            self.part.addItem(name, number)
        self.part.setVisible(bool(names))
        if names:
            self.part.setCurrentIndex(part - 1)
        for combo in (self.year, self.part):
            combo.blockSignals(False)
        self._period_changed()

    def _part_names(self, kind: str) -> list[str]:
        if kind == "half":
            return [self.tr("First half (Jan–Jun)"), self.tr("Second half (Jul–Dec)")]
        if kind == "quarter":
            return [fill(self.tr("Quarter %1"), q) for q in ("I", "II", "III", "IV")]
        if kind == "month":
            return [fill(self.tr("Month %1"), m) for m in range(1, 13)]
        return []

    def words(self) -> str:
        """The chosen period in words, in the language of the window: «Tháng 11 năm 2026»."""
        return period_in_words(self.code(), current_language())

    def _period_changed(self) -> None:
        period = parse_period(self.code())
        self.dates.setText(
            fill(
                self.tr("%1: %2 to %3"),
                self.words(),
                format_date(period.start),
                format_date(period.end),
            )
        )
        self.changed.emit(period.code)

"""The app's one date field: dd/MM/yyyy, with a calendar, typed as a person types.

Qt's ``QDateEdit`` puts the text cursor where it is clicked and then refuses the digits
typed there (a third digit in «04» is no day), so a person who clicks the day and types
«27» sees nothing happen. Here a click selects the part of the date under the pointer
(day, month or year), so the digits typed replace it; Qt moves on to the next part once
the day or month is complete, and the slash a person types then is not taken as a second
move (it skipped the month: «27/11/2026» became 27/12/1).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

#: What people type between day, month and year.
SEPARATORS = frozenset("/.-")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DateField(QDateEdit):
    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(to_qdate(day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")

        line = self.lineEdit()
        assert line is not None
        line.installEventFilter(self)  # the clicks go to the line edit inside

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            # After the line edit has placed its cursor: select the part clicked.
            QTimer.singleShot(0, self._select_clicked_part)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """«27/11/2026» typed with its slashes: after «27» Qt has already moved on to the
        month, so the slash that follows would skip the month; it is taken as said."""
        line = self.lineEdit()
        fresh = line is not None and line.selectedText() == self.sectionText(self.currentSection())
        if event.text() in SEPARATORS and fresh and line is not None and line.hasSelectedText():
            event.accept()
            return
        super().keyPressEvent(event)

    def _select_clicked_part(self) -> None:
        line = self.lineEdit()
        if line is not None and line.hasFocus() and not line.hasSelectedText():
            self.setSelectedSection(self.currentSection())

    def day(self) -> dt.date:
        return from_qdate(self.date())

"""The centre overview: the school year's numbers so far and today's sessions.

The page loads itself through the centre's :class:`~clc_desktop.ui.operations.Operations`
and keeps itself current: its numbers when a change touches what they count, the footer's
latest backup when a backup is written (each at once when the page is on screen, else
when it is next shown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.services.centre import get_centre
from clc_desktop.services.overview import Overview, load_overview
from clc_desktop.storage.backup import BackupInfo
from clc_desktop.ui.i18n import fill, format_date, format_datetime, topic_label
from clc_desktop.ui.operations import Operations, Refresher

#: What the overview's numbers count: a change of any of these recounts them.
COUNTED = frozenset(
    {
        ChangeKind.CENTRE,
        ChangeKind.LEARNERS,
        ChangeKind.CLASSES,
        ChangeKind.ENROLMENTS,
        ChangeKind.ATTENDANCE,
    }
)


#: The status column of the sessions list.
STATUS = 3


class StatCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.detail = QLabel("")
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        for widget in (self.title, self.value, self.detail):
            layout.addWidget(widget)
        layout.addStretch()
        self.setMinimumHeight(130)


class OverviewPage(QWidget):
    """``ops`` reads the centre's store; ``data_file`` is shown in the footer with the
    newest of ``backups()`` (a function that reads the backups folder: it runs on the
    background lane)."""

    session_opened = Signal(int)  # a row of today's sessions was double-clicked (or Enter)
    loaded = Signal()  # the numbers are on screen

    def __init__(
        self,
        ops: Operations,
        language: str,
        data_file: str,
        backups: Callable[[], list[BackupInfo]],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._language = language
        self._data_file = data_file
        self._backups = backups
        self._today = today
        self._locale = QLocale()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.heading = QLabel(self.tr("Centre overview"))
        self.heading.setObjectName("pageTitle")
        self.subheading = QLabel()
        self.subheading.setObjectName("pageSubtitle")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)

        self.period = QLabel(self.tr("Loading…"))
        layout.addWidget(self.period)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.learners = StatCard(self.tr("Learners"))
        self.classes = StatCard(self.tr("Classes and talks"))
        self.sessions = StatCard(self.tr("Sessions held"))
        self.rate = StatCard(self.tr("Attendance rate"))
        for column, card in enumerate((self.learners, self.classes, self.sessions, self.rate)):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)

        self.today_title = QLabel(self.tr("Today's sessions and sessions awaiting a roll call"))
        self.today_title.setObjectName("sectionTitle")
        layout.addWidget(self.today_title)
        self.today = QTableWidget(0, 5)
        self.today.setHorizontalHeaderLabels(
            [
                self.tr("Class"),
                self.tr("Date"),
                self.tr("Topic"),
                self.tr("Status"),
                self.tr("Marked"),
            ]
        )
        self.today.verticalHeader().hide()
        self.today.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.today.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.today.setToolTip(
            self.tr("Double-click a session (or press Enter) to take its roll call")
        )
        self.today.activated.connect(self._open_today)
        header = self.today.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.today, 1)
        self.no_sessions = QLabel(self.tr("No session is planned for today."))
        self.no_sessions.setObjectName("hint")
        layout.addWidget(self.no_sessions)
        self.spacer = QWidget()  # takes the table's room when there is no session today
        layout.addWidget(self.spacer, 1)
        self.footer = QLabel()
        self.footer.setObjectName("hint")
        self.footer.setWordWrap(True)
        self.footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.footer)
        Refresher(self, ops, COUNTED, self.reload)
        Refresher(self, ops, {ChangeKind.BACKUPS}, self.reload_footer)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Count again in the background: the centre's profile and the numbers."""
        today = self._today

        def read(session: Session) -> tuple[CentreProfile | None, Overview]:
            return get_centre(session), load_overview(session, today)

        self._ops.query(self, read, self._loaded)

    def _loaded(self, loaded: tuple[CentreProfile | None, Overview]) -> None:
        profile, overview = loaded
        self.show_centre(profile)
        self.show_overview(overview)
        self.loaded.emit()

    def reload_footer(self) -> None:
        """Read the backups folder in the background for the footer's latest backup."""
        backups = self._backups

        def newest(_progress: ProgressFn, _cancelled: CancelFn) -> dt.datetime | None:
            found = backups()
            return found[0].taken_at if found else None

        self._ops.task(self, newest, self._footer_read)

    def _footer_read(self, taken_at: dt.datetime | None) -> None:
        last = format_datetime(taken_at) if taken_at is not None else None
        self.show_footer(self._data_file, last)

    # -- showing -------------------------------------------------------------------------
    def _n(self, value: int) -> str:
        return self._locale.toString(value)

    def show_centre(self, profile: CentreProfile | None) -> None:
        if profile is None:
            self.heading.setText(self.tr("Centre overview"))
            self.subheading.setText(self.tr("No centre profile yet: create it in Settings."))
            return
        self.heading.setText(profile.name)
        place = ", ".join(p for p in (profile.commune_name, profile.province_name) if p)
        self.subheading.setText(place)

    def show_footer(self, db_path: str, last_backup: str | None) -> None:
        backup = last_backup or self.tr("none yet")
        self.footer.setText(fill(self.tr("Data file: %1 · Latest backup: %2"), db_path, backup))

    def show_overview(self, overview: Overview) -> None:
        year = overview.school_year
        self.period.setText(
            fill(
                self.tr("School year %1 (%2 to %3), up to today %4"),
                year.code.replace("-", "–"),  # as the period chooser writes it: 2026–2027
                format_date(year.start),
                format_date(year.end),
                format_date(overview.today),
            )
        )
        self.learners.value.setText(self._n(overview.learners))
        self.learners.detail.setText(self.tr("registered, not archived"))
        self.classes.value.setText(self._n(overview.classes))
        self.classes.detail.setText(self.tr("with at least one session held this school year"))
        self.sessions.value.setText(self._n(overview.sessions_held))
        self.sessions.detail.setText(
            fill(self.tr("%1 did not take place"), self._n(overview.sessions_cancelled))
        )
        rate = overview.attendance_rate
        self.rate.value.setText(
            "–" if rate is None else self._locale.toString(rate * 100, "f", 1) + " %"
        )
        self.rate.detail.setText(
            fill(
                self.tr("attended / expected at held sessions = %1 / %2"),
                self._n(overview.attendances),
                self._n(overview.expected_attendances),
            )
        )
        self._fill_today(overview)

    def _fill_today(self, overview: Overview) -> None:
        """Today's sessions, then the held sessions before today whose roll call was not
        taken (newest first): Enter or a double-click opens a roll call."""
        rows = overview.today_sessions + overview.awaiting_sessions
        self.today.setRowCount(len(rows))
        waiting = QColor("#a15c00")
        for row, item in enumerate(rows):
            late = item.date < overview.today
            status = (
                self.tr("Did not take place")
                if item.status == "cancelled"
                else self.tr("Held")
                if item.marked
                else self.tr("No roll call yet")
                if late
                else self.tr("Scheduled")
            )
            values = (
                item.class_name,
                self.tr("today") if not late else format_date(item.date),
                topic_label(item.topic, self._language),
                status,
                f"{self._n(item.marked)} / {self._n(item.enrolled)}",
            )
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.session_id)
                if late and column == STATUS:
                    cell.setForeground(waiting)
                self.today.setItem(row, column, cell)
        if rows and self.today.currentRow() < 0:
            self.today.setCurrentCell(0, 0)
        self.today.setVisible(bool(rows))
        self.spacer.setVisible(not rows)
        awaiting = len(overview.awaiting_sessions)
        parts = [] if overview.today_sessions else [self.tr("No session is planned for today.")]
        if awaiting:
            parts.append(
                self.tr(
                    "%n earlier session(s) have no roll call yet: nobody counts as present there "
                    "until it is taken.",
                    "",
                    awaiting,
                )
            )
        self.no_sessions.setText(" ".join(parts))
        self.no_sessions.setVisible(bool(parts))

    def focus_work(self) -> None:
        """The keyboard on the list of sessions (Enter opens a roll call)."""
        if self.today.isVisible() and self.today.rowCount():
            if self.today.currentRow() < 0:
                self.today.setCurrentCell(0, 0)
            self.today.setFocus()

    def _open_today(self, index: QModelIndex) -> None:
        session_id = index.data(Qt.ItemDataRole.UserRole)
        if session_id is not None:
            self.session_opened.emit(int(session_id))

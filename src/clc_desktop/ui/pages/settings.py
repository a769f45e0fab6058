"""Settings: language, the centre profile, the data file and its backups.

The list of backups is read in the background and read again when a backup is written
(a change of kind ``BACKUPS``); the window does what the buttons ask. «Sao chép dữ liệu
ra USB…» is the page's own: a verified copy of the data file (SQLite's backup API) to a
folder the person chooses, named with the centre and the date, off the GUI thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn
from clc_desktop.services.centre import get_centre
from clc_desktop.storage.backup import BackupInfo, copy_name
from clc_desktop.storage.database import copy_data_file
from clc_desktop.storage.locations import removable_folder
from clc_desktop.ui import files
from clc_desktop.ui.dialogs import error_text, show_message
from clc_desktop.ui.i18n import LANGUAGE_NAMES, fill, format_datetime
from clc_desktop.ui.operations import Operations, Refresher, Task
from clc_desktop.ui.progress_row import ProgressRow

#: A backup as listed: the file and its size in bytes (read with the list, off the GUI).
ListedBackup = tuple[BackupInfo, int]
#: What the copy to a USB stick needs to ask where: the centre, today, a stick plugged in.
CopyPlan = tuple[CentreProfile | None, dt.date, Path | None]


class SettingsPage(QWidget):
    """``backups()`` reads the backups folder (newest first); it runs on the background
    lane of ``ops``."""

    language_chosen = Signal(str)
    edit_profile = Signal()
    backup_requested = Signal()
    restore_requested = Signal(object)  # the BackupInfo to restore
    open_backups = Signal()  # show the backups folder in the file manager

    def __init__(
        self,
        ops: Operations,
        language: str,
        backups: Callable[[], list[BackupInfo]],
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._list_backups = backups
        self._settings = settings
        self._data_file: Path | None = None
        self._locale = QLocale()
        self._backups: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch()
        self.language.currentIndexChanged.connect(
            lambda index: self.language_chosen.emit(self.language.itemData(index))
        )
        form.addRow(self.tr("Language"), language_row)
        self.profile_button = QPushButton(self.tr("Edit the centre profile…"))
        self.profile_button.clicked.connect(self.edit_profile)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_button)
        profile_row.addStretch()
        form.addRow(self.tr("Centre"), profile_row)
        layout.addWidget(general)

        data = QGroupBox(self.tr("Data and backups"))
        data_layout = QVBoxLayout(data)
        self.db_path = QLabel()
        self.db_path.setWordWrap(True)
        data_layout.addWidget(self.db_path)
        explain = QLabel(
            self.tr(
                "A verified backup is made each time the app opens and every 30 minutes while "
                "you work. The newest 10 are kept, plus one a day for 12 days, one a week for "
                "10 weeks and one a month for 9 months."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        data_layout.addWidget(explain)
        self.backups = QTableWidget(0, 2)
        self.backups.setHorizontalHeaderLabels([self.tr("Backup taken"), self.tr("Size")])
        self.backups.verticalHeader().hide()
        self.backups.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.backups.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.backups.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.backups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.backups.itemSelectionChanged.connect(self._selection_changed)
        data_layout.addWidget(self.backups, 1)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_clicked)
        open_backups = QPushButton(self.tr("Open the backups folder"))
        open_backups.clicked.connect(self.open_backups)
        for button in (self.backup_button, self.restore_button, open_backups):
            buttons.addWidget(button)
        buttons.addStretch()
        data_layout.addLayout(buttons)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy the data to a USB drive…"))
        self.copy_button.setToolTip(
            self.tr(
                "A checked copy of all the centre's data in one file, named with the centre "
                "and today's date, to carry on a USB drive or keep on another computer."
            )
        )
        self.copy_button.clicked.connect(self.copy_to_usb)
        self.copy_progress = ProgressRow()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copy_progress, 1)
        copy_row.addStretch()
        data_layout.addLayout(copy_row)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        data_layout.addWidget(self.status)
        layout.addWidget(data, 1)
        Refresher(self, ops, {ChangeKind.BACKUPS}, self.reload_backups)

    def show_data_file(self, path: str) -> None:
        self._data_file = Path(path)
        self.db_path.setText(fill(self.tr("Data file: %1"), path))

    def focus_work(self) -> None:
        """The page's work starts with its data: the backup button."""
        self.backup_button.setFocus()

    # -- the copy to a USB drive ---------------------------------------------------------
    def copy_to_usb(self) -> Task | None:
        """Ask where (in the background: the centre's name, a USB stick plugged in)."""
        if self._data_file is None or self.copy_progress.busy:
            return None

        def read(session: Session) -> CopyPlan:
            return get_centre(session), dt.date.today(), removable_folder()

        self.copy_button.setEnabled(False)
        return self._ops.query(self, read, self._ask_where, on_error=self._copy_failed)

    def _ask_where(self, plan: CopyPlan) -> None:
        profile, today, stick = plan
        name = copy_name(profile.name if profile is not None else None, today)
        # On a stick plugged in when there is one (an absolute name replaces the folder
        # the dialog would start in), else in the folder used last time, or Documents.
        proposed = str(stick / name) if stick is not None else name
        target = files.ask_save_path(
            self,
            self.tr("Copy the data to a USB drive"),
            proposed,
            self.tr("CLC Desktop data (*.db)"),
            settings=self._settings,
            key="data-copy",
            suffix=".db",
        )
        if target is None:
            self.copy_button.setEnabled(True)
            return
        self.start_copy(target)

    def start_copy(self, target: Path) -> Task:
        """Copy the data file to ``target`` on the background lane, with progress."""
        assert self._data_file is not None
        source = self._data_file

        def work(progress: ProgressFn, cancelled: CancelFn) -> Path:
            def step(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled
                progress(done, total)

            return copy_data_file(source, target, step)

        self.copy_button.setEnabled(False)
        self.show_status(fill(self.tr("Copying the data to %1…"), str(target.parent)))
        task = self._ops.task(
            self,
            work,
            self._copied,
            on_error=self._copy_failed,
            on_cancelled=self._copy_cancelled,
        )
        return self.copy_progress.track(task)

    def _copied(self, target: Path) -> None:
        self.copy_button.setEnabled(True)
        self.show_status(fill(self.tr("The data was copied to %1."), str(target)))
        files.show_written(
            self,
            target,
            fill(self.tr("A checked copy of the data was written: %1"), target.name),
        )

    def _copy_cancelled(self) -> None:
        self.copy_button.setEnabled(True)
        self.show_status(self.tr("The copy was cancelled; nothing was written."))

    def _copy_failed(self, error: Exception) -> None:
        self.copy_button.setEnabled(True)
        text = self.refusal(error)
        self.show_status(text)
        show_message(self, text)

    def refusal(self, error: Exception) -> str:
        """Why the copy was not written, in words a person acts on."""
        if not isinstance(error, Problem):
            return error_text(error, self._ops.language)
        where = str(error.params.get("path", ""))
        if error.code == "store.disk_full":
            needed, free = error.params.get("needed"), error.params.get("free")
            if isinstance(needed, int) and isinstance(free, int):
                return fill(
                    self.tr(
                        "There is not enough room on %1 for the copy: it needs %2 and %3 "
                        "is free. Nothing was written; free some space or choose another "
                        "drive."
                    ),
                    where,
                    self._locale.formattedDataSize(needed),
                    self._locale.formattedDataSize(free),
                )
            return fill(
                self.tr(
                    "%1 is full: the copy could not be finished and was removed. Free some "
                    "space or choose another drive."
                ),
                where,
            )
        if error.code == "store.read_only":
            return fill(
                self.tr(
                    "%1 cannot be written to: it is read-only (a USB drive with its lock "
                    "switch on, a CD, or a folder you may not change). Nothing was written; "
                    "choose another folder or drive."
                ),
                where,
            )
        return error_text(error, self._ops.language)

    def reload_backups(self) -> None:
        """Read the list of backups (and their sizes) in the background."""
        list_backups = self._list_backups

        def read(_progress: ProgressFn, _cancelled: CancelFn) -> list[ListedBackup]:
            listed: list[ListedBackup] = []
            for backup in list_backups():
                with contextlib.suppress(FileNotFoundError):  # pruned meanwhile
                    listed.append((backup, backup.size))
            return listed

        self._ops.task(self, read, self.show_backups)

    def show_backups(self, backups: Sequence[ListedBackup]) -> None:
        self._backups = [backup for backup, _size in backups]
        self.backups.setRowCount(len(backups))
        for row, (backup, size_bytes) in enumerate(backups):
            taken = format_datetime(backup.taken_at)
            size = self._locale.formattedDataSize(size_bytes)
            self.backups.setItem(row, 0, QTableWidgetItem(taken))
            self.backups.setItem(row, 1, QTableWidgetItem(size))
        self._selection_changed()

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def _selected(self) -> BackupInfo | None:
        rows = self.backups.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _restore_clicked(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.restore_requested.emit(chosen)

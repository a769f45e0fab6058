"""Settings: language, the centre profile, the data file and its backups.

The list of backups is read in the background and read again when a backup is written
(a change of kind ``BACKUPS``); the window does what the buttons ask.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Signal
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

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.storage.backup import BackupInfo
from clc_desktop.ui.i18n import LANGUAGE_NAMES, fill, format_datetime
from clc_desktop.ui.operations import Operations, Refresher

#: A backup as listed: the file and its size in bytes (read with the list, off the GUI).
ListedBackup = tuple[BackupInfo, int]


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
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._list_backups = backups
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
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        data_layout.addWidget(self.status)
        layout.addWidget(data, 1)
        Refresher(self, ops, {ChangeKind.BACKUPS}, self.reload_backups)

    def show_data_file(self, path: str) -> None:
        self.db_path.setText(fill(self.tr("Data file: %1"), path))

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

"""The main window: navigation on the left, one page per area of work."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clc_desktop import APP_NAME, __version__
from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.messages import Problem
from clc_desktop.resource_files import icon_path
from clc_desktop.services.centre import get_centre, save_centre
from clc_desktop.services.overview import Overview, load_overview
from clc_desktop.storage.backup import BackupInfo, list_backups
from clc_desktop.storage.database import Store
from clc_desktop.ui.centre_dialog import CentreDialog
from clc_desktop.ui.dialogs import run_box, run_dialog
from clc_desktop.ui.i18n import Translations, format_datetime
from clc_desktop.ui.operations import BackgroundRunner, Operations
from clc_desktop.ui.pages.attendance import AttendancePage
from clc_desktop.ui.pages.classes import ClassesPage
from clc_desktop.ui.pages.consolidation import ConsolidationPage
from clc_desktop.ui.pages.learners import LearnersPage
from clc_desktop.ui.pages.overview import OverviewPage
from clc_desktop.ui.pages.reports import ReportsPage
from clc_desktop.ui.pages.settings import SettingsPage
from clc_desktop.ui.style import STYLE_SHEET

#: How often the window asks the store whether a backup is due (it makes one at most
#: every 30 minutes, and only after changes).
BACKUP_CHECK_MS = 5 * 60 * 1000

PAGES = ("overview", "learners", "classes", "attendance", "reports", "consolidation", "settings")


class MainWindow(QMainWindow):
    restore_requested = Signal(object)  # BackupInfo: the composition root reopens the store
    overview_loaded = Signal()

    def __init__(
        self,
        store: Store,
        settings: QSettings,
        translations: Translations,
        runner: BackgroundRunner | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.translations = translations
        self.runner = runner or BackgroundRunner(self)
        #: Reads and changes of the centre's store; pages refresh from ``ops.changed``.
        self.ops = Operations(self.runner, store.session, lambda: self.language, self)
        self._today = today
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        icon = icon_path("clc-desktop.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.setStyleSheet(STYLE_SHEET)
        self.resize(1100, 720)
        self._build()
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._backup_if_due)
        self._backup_timer.start()

    @property
    def language(self) -> str:
        return self.translations.language

    # -- building ------------------------------------------------------------------------
    def _build(self, page: int = 0) -> None:
        """(Re)build every page in the current language."""
        root = QWidget()
        layout = QHBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        side = QWidget()
        side.setFixedWidth(230)
        side.setStyleSheet("background: #1f4e5f;")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        brand = QLabel(APP_NAME)
        brand.setObjectName("brand")
        side_layout.addWidget(brand)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        side_layout.addWidget(self.navigation, 1)
        self.pages = QStackedWidget()
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)

        self.overview = OverviewPage(self.language)
        self.reports = ReportsPage(
            self.store, self.runner, self.language, self.settings, self._today
        )
        self.settings_page = SettingsPage(self.language)
        self.consolidation_page = ConsolidationPage(
            self.runner, self.language, self.settings, self._today
        )
        self.learners_page = LearnersPage(self.store, self.runner, self.language, self._today)
        self.learners_page.changed.connect(self.refresh)
        self.classes_page = ClassesPage(self.store, self.runner, self.language, self._today)
        self.classes_page.changed.connect(self.refresh)
        self.attendance = AttendancePage(self.store, self.language, self.settings, self._today)
        self.attendance.changed.connect(self.refresh)
        self.overview.session_opened.connect(self.open_session)
        labels = {
            "overview": self.tr("Overview"),
            "settings": self.tr("Settings"),
            "reports": self.tr("Reports"),
            "consolidation": self.tr("Consolidation"),
            "learners": self.tr("Learners"),
            "classes": self.tr("Classes"),
            "attendance": self.tr("Attendance"),
        }
        icons = {
            "overview": QStyle.StandardPixmap.SP_DesktopIcon,
            "learners": QStyle.StandardPixmap.SP_FileDialogContentsView,
            "classes": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "attendance": QStyle.StandardPixmap.SP_DialogApplyButton,
            "reports": QStyle.StandardPixmap.SP_FileIcon,
            "consolidation": QStyle.StandardPixmap.SP_DirIcon,
            "settings": QStyle.StandardPixmap.SP_FileDialogInfoView,
        }
        widgets: dict[str, QWidget] = {
            "overview": self.overview,
            "learners": self.learners_page,
            "classes": self.classes_page,
            "attendance": self.attendance,
            "reports": self.reports,
            "consolidation": self.consolidation_page,
            "settings": self.settings_page,
        }
        for key in PAGES:
            widget = widgets[key]
            widget.setObjectName(f"page_{key}")
            self.pages.addWidget(widget)
            item = QListWidgetItem(self.style().standardIcon(icons[key]), labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(page)
        self.setCentralWidget(root)

        self.settings_page.language_chosen.connect(self.set_language)
        self.settings_page.edit_profile.connect(self.edit_profile)
        self.settings_page.backup_requested.connect(self.backup_now)
        self.settings_page.restore_requested.connect(self._confirm_restore)
        self.settings_page.open_folder.connect(self._open_folder)
        self.settings_page.show_data_file(str(self.store.path))
        self.refresh()

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(PAGES.index(key))

    def open_session(self, session_id: int) -> None:
        """The roll call of a session, from the overview's "today's sessions"."""
        self.attendance.open_session(session_id)
        self.show_page("attendance")

    # -- data ----------------------------------------------------------------------------
    def centre(self) -> CentreProfile | None:
        with self.store.session() as session:
            return get_centre(session)

    def refresh(self) -> None:
        """Reload what the pages show; the overview's queries run off the GUI thread."""
        self.overview.show_centre(self.centre())
        backups = list_backups(self.store.backup_dir, self.store.path.stem)
        self.settings_page.show_backups(backups)
        last = format_datetime(backups[0].taken_at) if backups else None
        self.overview.show_footer(str(self.store.path), last)
        store, today = self.store, self._today

        def load() -> Overview:
            with store.session() as session:
                return load_overview(session, today)

        self.runner.run(load, self._overview_ready, self._show_error)

    def _overview_ready(self, overview: Overview) -> None:
        self.overview.show_overview(overview)
        self.overview_loaded.emit()

    def edit_profile(self) -> bool:
        current = self.centre()
        dialog = CentreDialog(self.language, current, self)
        if not run_dialog(dialog):
            return False
        profile = dialog.profile(current.unit_id if current else "")
        with self.store.session() as session:
            save_centre(session, profile)
        self.refresh()
        return True

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.translations.install(language)
        self.settings.setValue("language", language)
        self._build(self.navigation.currentRow())

    # -- backups -------------------------------------------------------------------------
    def backup_now(self) -> None:
        self.settings_page.backup_button.setEnabled(False)
        self.settings_page.show_status(self.tr("Backing up…"))
        self.runner.run(self.store.backup_now, self._backup_done, self._backup_failed)

    def _backup_if_due(self) -> None:
        self.runner.run(self.store.backup_if_due, self._backup_done, self._backup_failed)

    def _backup_done(self, path: object) -> None:
        self.settings_page.backup_button.setEnabled(True)
        if path is not None:
            self.settings_page.show_status(
                self.tr("Backup written and verified: %1").replace("%1", str(path))
            )
            self.refresh()

    def _backup_failed(self, error: Exception) -> None:
        self.settings_page.backup_button.setEnabled(True)
        self._show_error(error)

    def _confirm_restore(self, backup: BackupInfo) -> None:
        taken = format_datetime(backup.taken_at)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the data with the backup taken %1? Changes made "
                "after it will no longer be shown. The current file is "
                "kept beside it."
            ).replace("%1", taken),
            parent=self,
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        if run_box(box) is restore:
            self.restore_requested.emit(backup)

    def _open_folder(self, which: str) -> None:
        folder = self.store.backup_dir if which == "backups" else self.store.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _show_error(self, error: Exception) -> None:
        text = error.text(self.language) if isinstance(error, Problem) else str(error)
        QMessageBox.critical(self, APP_NAME, text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._backup_timer.stop()
        self.runner.wait()
        super().closeEvent(event)

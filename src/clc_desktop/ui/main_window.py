"""The main window: navigation on the left, one page per area of work.

The window owns the centre's :class:`~clc_desktop.ui.operations.Operations` (``ops``):
every page reads and writes through it, and keeps itself current from the changes it
broadcasts (a :class:`~clc_desktop.ui.operations.Refresher` per page); the window itself
only edits the centre profile and makes backups (a change of kind ``BACKUPS``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from pathlib import Path

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
from clc_desktop.domain.changes import Change, ChangeKind
from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.resource_files import icon_path
from clc_desktop.services.centre import get_centre, save_centre
from clc_desktop.storage.backup import BackupInfo, list_backups
from clc_desktop.storage.database import Store
from clc_desktop.ui.centre_dialog import CentreDialog
from clc_desktop.ui.coordinator_stores import CoordinatorStores
from clc_desktop.ui.dialogs import error_text, run_box, run_dialog, show_error
from clc_desktop.ui.i18n import Translations, fill, format_datetime
from clc_desktop.ui.operations import BackgroundRunner, Operations, Task
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
        *,
        coordinator: CoordinatorStores | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.translations = translations
        self.runner = runner or BackgroundRunner(self)
        #: The coordinator's store, opened when the Consolidation page asks for it; closed
        #: with the window unless the composition root passed (and closes) its own.
        self._owns_coordinator = coordinator is None
        self.coordinator = coordinator or CoordinatorStores(
            self.runner, lambda: self.language, self
        )
        #: Reads and changes of the centre's store; pages refresh from ``ops.changed``.
        self.ops = Operations(self.runner, store.session, lambda: self.language, self)
        #: Runs a dialog modally (tests replace it to drive the dialog).
        self.run_dialog: Callable[[CentreDialog], bool] = run_dialog
        #: The store's backups, newest first. It reads a folder: pages call it in the work
        #: function of an operation, never in a slot.
        self.list_backups: Callable[[], list[BackupInfo]] = functools.partial(
            list_backups, store.backup_dir, store.path.stem
        )
        self._today = today
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.setWindowIcon(QIcon(str(icon_path("clc-desktop.png"))))  # none when missing
        self.setStyleSheet(STYLE_SHEET)
        self.resize(1100, 696)
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

        data_file = str(self.store.path)
        self.overview = OverviewPage(
            self.ops, self.language, data_file, self.list_backups, self._today
        )
        self.overview.loaded.connect(self.overview_loaded)
        self.reports = ReportsPage(
            self.ops, self.language, self.settings, self._today, data_file=data_file
        )
        self.settings_page = SettingsPage(
            self.ops, self.language, self.list_backups, settings=self.settings
        )
        self.consolidation_page = ConsolidationPage(
            self.coordinator, self.language, self.settings, self._today
        )
        self.learners_page = LearnersPage(
            self.ops, self.language, self._today, settings=self.settings
        )
        self.classes_page = ClassesPage(self.ops, self.language, self._today)
        self.attendance = AttendancePage(self.ops, self.language, self.settings, self._today)
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
        # A page chosen with the mouse, or with Enter after the arrow keys (the arrows
        # alone keep the keyboard in the side bar, to go on down the list), takes it.
        self.navigation.itemClicked.connect(self._focus_page)
        self.navigation.itemActivated.connect(self._focus_page)
        self.navigation.setCurrentRow(page)
        self.setCentralWidget(root)

        self.settings_page.language_chosen.connect(self.set_language)
        self.settings_page.edit_profile.connect(self.edit_profile)
        self.settings_page.backup_requested.connect(self.backup_now)
        self.settings_page.restore_requested.connect(self._confirm_restore)
        self.settings_page.open_backups.connect(self._open_backups)
        self.settings_page.show_data_file(str(self.store.path))
        self.refresh()

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(PAGES.index(key))
        self._focus_page()

    def _focus_page(self, *_item: object) -> None:
        """The keyboard goes where the page shown starts its work (its ``focus_work``)."""
        focus_work = getattr(self.pages.currentWidget(), "focus_work", None)
        if callable(focus_work):
            focus_work()

    def open_session(self, session_id: int) -> None:
        """The roll call of a session, from the overview's "today's sessions"."""
        self.attendance.open_session(session_id)
        self.show_page("attendance")

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload what the window's own pages show (each page also keeps itself current
        from the changes it hears); everything is read off the GUI thread."""
        self.overview.reload()
        self.overview.reload_footer()
        self.settings_page.reload_backups()

    def edit_profile(self) -> Task:
        """Read the profile, let the user edit it, save it (a change of kind ``CENTRE``)."""
        return self.ops.query(self, get_centre, self._edit_profile)

    def _edit_profile(self, current: CentreProfile | None) -> None:
        # Not inside the query's delivery: the dialog's own event loop would keep the
        # background lane from ever being idle while it is open.
        QTimer.singleShot(0, self, lambda: self._run_profile_dialog(current))

    def _run_profile_dialog(self, current: CentreProfile | None) -> None:
        dialog = CentreDialog(self.language, current, self)
        if not self.run_dialog(dialog):
            return
        profile = dialog.profile(current.unit_id if current else "")
        self.ops.change(self, ChangeKind.CENTRE, lambda session: save_centre(session, profile))

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.translations.install(language)
        self.settings.setValue("language", language)
        self._build(self.navigation.currentRow())

    # -- backups -------------------------------------------------------------------------
    def backup_now(self) -> Task:
        """The Settings page's "Back up now"."""
        self.settings_page.backup_button.setEnabled(False)
        self.settings_page.show_status(self.tr("Backing up…"))
        return self._backup(self.store.backup_now, asked=True)

    def backup_after_open(self) -> Task:
        """The backup made each time the app opens a centre's file."""
        return self._backup(self.store.backup_now)

    def _backup_if_due(self) -> None:
        self._backup(self.store.backup_if_due, quiet=True)

    def _backup(
        self, make: Callable[[], Path | None], *, asked: bool = False, quiet: bool = False
    ) -> Task:
        """A backup on the lane. Only one the user ``asked`` for gives the button back; the
        timer's ``quiet`` one says a failure on the Settings page's status line, not in a
        box every five minutes."""

        def work(_progress: ProgressFn, _cancelled: CancelFn) -> Path | None:
            return make()

        def done(path: Path | None) -> None:
            if asked:
                self.settings_page.backup_button.setEnabled(True)
            if path is not None:
                self.settings_page.show_status(
                    fill(self.tr("Backup written and verified: %1"), path)
                )
                self.ops.broadcast(Change.of(ChangeKind.BACKUPS, path))

        def failed(error: Exception) -> None:
            if asked:
                self.settings_page.backup_button.setEnabled(True)
            self.settings_page.show_status(error_text(error, self.language))
            if not quiet:
                show_error(self, error, self.language)

        return self.ops.task(self, work, done, on_error=failed)

    def _confirm_restore(self, backup: BackupInfo) -> None:
        taken = format_datetime(backup.taken_at)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            fill(
                self.tr(
                    "Replace the data with the backup taken %1? Changes made "
                    "after it will no longer be shown. The current file is "
                    "kept beside it."
                ),
                taken,
            ),
            parent=self,
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        if run_box(box) is restore:
            self.restore_requested.emit(backup)

    def _open_backups(self) -> None:
        folder = self.store.backup_dir

        def make(_progress: ProgressFn, _cancelled: CancelFn) -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return folder

        self.ops.task(self, make, self._show_folder)

    def _show_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop asking for work, cancel what runs (an export leaves no file; a change
        already asked for is still saved), wait for the lane, then close."""
        self._backup_timer.stop()
        self.runner.cancel_all()
        self.runner.wait()
        if self._owns_coordinator:
            self.coordinator.close()
        super().closeEvent(event)

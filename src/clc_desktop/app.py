"""The composition root: paths, store, translations, the window. The only place that
wires the pieces together; everything else receives what it needs."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from clc_desktop import APP_NAME, display_check
from clc_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, Problem
from clc_desktop.services.centre import get_centre, save_centre
from clc_desktop.storage import database
from clc_desktop.storage.backup import BackupInfo
from clc_desktop.storage.database import Store, latest_backup, open_store
from clc_desktop.storage.locations import backup_dir_for, default_db_path
from clc_desktop.ui.centre_dialog import CentreDialog
from clc_desktop.ui.collector import GarbageCollector
from clc_desktop.ui.coordinator_stores import CoordinatorStores
from clc_desktop.ui.dialogs import run_box, run_dialog
from clc_desktop.ui.i18n import Translations, fill
from clc_desktop.ui.main_window import MainWindow
from clc_desktop.ui.operations import BackgroundRunner, WhenIdle

SMOKE_TIMEOUT_MS = 20000
#: The window's size when the screen has room: it fits a 1366x768 laptop's work area
#: (1366x728 above the Windows taskbar) with its title bar.
START_SIZE = QSize(1100, 696)
#: What the window manager's title bar and frame take (Windows 10/11: about 30 px).
FRAME_ALLOWANCE = QSize(16, 32)


def make_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "clc-desktop")


class AppController:
    """Owns the open store and the window; reopens both after a restore."""

    def __init__(
        self,
        app: QApplication,
        settings: QSettings,
        translations: Translations,
        *,
        smoke: bool = False,
    ) -> None:
        self.app = app
        self.settings = settings
        self.translations = translations
        self.smoke = smoke
        self.store: Store | None = None
        self.window: MainWindow | None = None
        #: Folds the store's write-ahead log into the data file when the lane is idle.
        self.checkpoints: WhenIdle | None = None
        # Parented to the application: it outlives every window it serves.
        self.runner = BackgroundRunner(app)
        #: The coordinator's store, opened when a page asks for it, closed in close().
        self.coordinator = CoordinatorStores(self.runner, lambda: self.language, app)

    @property
    def language(self) -> str:
        return self.translations.language

    def open(self, db_path: Path) -> Store | None:
        """Open the store, telling the user what is wrong when it cannot be opened."""
        try:
            return open_store(db_path)
        except Problem as problem:
            if problem.code == "store.damaged" and not self.smoke:
                return self._offer_restore(db_path, problem)
            self._fail(problem)
            return None

    def _fail(self, problem: Problem) -> None:
        text = problem.text(self.language)
        if self.smoke:
            print(f"clc-desktop: {text}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, text)

    def _offer_restore(self, db_path: Path, problem: Problem) -> Store | None:
        backup = latest_backup(db_path.absolute())
        if backup is None:
            QMessageBox.critical(
                None,
                APP_NAME,
                problem.text(self.language)
                + "\n\n"
                + Problem("restore.no_backup", path=str(backup_dir_for(db_path))).text(
                    self.language
                ),
            )
            return None
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, problem.text(self.language))
        taken = backup.taken_at.strftime("%d/%m/%Y %H:%M")
        restore = box.addButton(
            fill(self.app.translate("AppController", "Restore the backup of %1"), taken),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            self.app.translate("AppController", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        if run_box(box) is not restore:
            return None
        try:
            database.restore(backup.path, db_path)
            return open_store(db_path)
        except Problem as failure:
            self._fail(failure)
            return None

    def ensure_centre(self, store: Store) -> bool:
        """First run: ask for the centre profile. False when the user quits instead."""
        with store.session() as session:
            if get_centre(session) is not None:
                return True
        if self.smoke:
            return True
        dialog = CentreDialog(self.language)
        if not run_dialog(dialog):
            return False
        with store.session() as session:
            save_centre(session, dialog.profile())
        return True

    def show(self, store: Store) -> MainWindow:
        self.store = store
        window = MainWindow(
            store, self.settings, self.translations, self.runner, coordinator=self.coordinator
        )
        window.restore_requested.connect(self.restore)
        self._stop_checkpoints()
        # After a change, once the lane is idle: the data file alone then holds every
        # saved change (a person copies it to a USB stick with the app open).
        self.checkpoints = WhenIdle(
            self.runner, lambda: store.changed_since_checkpoint, store.checkpoint, parent=window
        )
        fit_to_screen(window)
        window.show()
        self.window = window
        if not store.created and not self.smoke:
            window.backup_after_open()  # off the GUI thread: the window is usable at once
        return window

    def restore(self, backup: BackupInfo) -> None:
        assert self.store is not None
        assert self.window is not None
        db_path = self.store.path
        page = self.window.navigation.currentRow()
        self.window.close()
        self._stop_checkpoints()
        self.runner.wait()  # no background job may still use the store being replaced
        self.store.close()
        try:
            database.restore(backup.path, db_path)
        except Problem as problem:
            self._fail(problem)
        store = self.open(db_path)
        if store is None:
            self.app.quit()
            return
        self.show(store).navigation.setCurrentRow(page)

    def _stop_checkpoints(self) -> None:
        if self.checkpoints is not None:
            self.checkpoints.stop()
            self.checkpoints = None

    def close(self) -> None:
        self._stop_checkpoints()
        self.runner.wait()
        self.coordinator.close()
        if self.store is not None:
            self.store.close()  # folds the write-ahead log into the data file


def fit_to_screen(window: QMainWindow) -> None:
    """Start at :data:`START_SIZE`, smaller when the screen's work area (less the title
    bar) has less room, so every page's buttons and status line are on screen."""
    screen = window.screen() or QApplication.primaryScreen()
    size = QSize(START_SIZE)
    if screen is not None:
        room = screen.availableGeometry().size() - FRAME_ALLOWANCE
        size = size.boundedTo(room)
    window.resize(size.expandedTo(window.minimumSizeHint()))
    if screen is not None:  # in the middle of the work area, not where it would overhang
        area = screen.availableGeometry()
        frame = window.size() + FRAME_ALLOWANCE
        window.move(
            area.x() + max(0, (area.width() - frame.width()) // 2),
            area.y() + max(0, (area.height() - frame.height()) // 2),
        )


def main(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    if QApplication.instance() is None:
        trouble = display_check.problem(_language_before_qt(args))
        if trouble is not None:  # Qt would abort naming the wrong package
            print(f"clc-desktop: {trouble}", file=sys.stderr)
            return 2
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    collector = GarbageCollector(app)  # the cycle collector runs on the GUI thread only
    settings = make_settings()
    language = args.lang or str(settings.value("language", DEFAULT_LANGUAGE))
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    translations = Translations(app)
    if not translations.install(language):
        print(
            f"clc-desktop: no translation file for {language!r}; run `make translations`",
            file=sys.stderr,
        )
    controller = AppController(app, settings, translations, smoke=args.smoke)
    store = controller.open(args.db or default_db_path())
    if store is None:
        return 1
    if not controller.ensure_centre(store):
        store.close()
        return 0
    window = controller.show(store)
    if args.smoke:
        return _smoke(app, controller, window, started)
    code = app.exec()
    controller.close()
    collector.stop()
    return code


def _language_before_qt(args: argparse.Namespace) -> str:
    language = args.lang or str(make_settings().value("language", DEFAULT_LANGUAGE))
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def _smoke(app: QApplication, controller: AppController, window: MainWindow, started: float) -> int:
    """Wait until the window has shown real numbers, print how long it took, exit."""
    app.processEvents()
    shown_at = time.time()
    loop = QEventLoop()
    window.overview_loaded.connect(loop.quit)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, loop.quit)
    if window.overview.period.text() == window.overview.tr("Loading…"):
        loop.exec()
    loaded = window.overview.learners.value.text() != "–"
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(
        f"smoke {'ok' if loaded else 'FAILED'}: window shown {elapsed_ms:.0f} ms after "
        f"start of main, shown_at={shown_at:.3f}, learners={window.overview.learners.value.text()}"
    )
    window.close()
    controller.close()
    return 0 if loaded else 1

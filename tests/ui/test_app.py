"""The composition root: opening problems, the offer of the latest backup, restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from clc_desktop.app import AppController
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.storage.backup import list_backups
from clc_desktop.storage.database import Store, open_store
from clc_desktop.ui.coordinator_stores import CoordinatorOperations
from clc_desktop.ui.i18n import Translations
from tests.damage import damage_pages


def _answer_next_box(button_text: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().startswith(button_text)).click()

    QTimer.singleShot(0, answer)


def test_a_damaged_file_is_reported_and_the_latest_backup_restored(
    qtbot: QtBot,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
) -> None:
    path = small_centre.path
    small_centre.backup_now()
    small_centre.close()
    damage_pages(path)
    controller = AppController(QApplication.instance(), settings, translations)  # type: ignore[arg-type]
    seen: list[str] = []
    _answer_next_box("Khôi phục bản sao lưu", seen)
    store = controller.open(path)
    assert "bị hỏng" in seen[0]
    assert store is not None
    with store.session() as session:
        assert session.execute(text("SELECT COUNT(*) FROM learner")).scalar() == 3
    store.close()
    assert list(path.parent.glob("centre.replaced-*.db"))


def test_a_file_in_use_is_reported_and_not_opened(
    qtbot: QtBot,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
) -> None:
    controller = AppController(QApplication.instance(), settings, translations)  # type: ignore[arg-type]
    seen: list[str] = []
    _answer_next_box("Đồng ý", seen)  # Qt's OK, in Vietnamese (qtbase_vi)
    assert controller.open(small_centre.path) is None
    assert "đang được mở" in seen[0]


def test_restore_from_settings_reopens_the_window_on_the_restored_data(
    qtbot: QtBot,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
) -> None:
    path = small_centre.path
    made = small_centre.backup_now()
    with small_centre.session() as session:
        session.execute(text("UPDATE learner SET archived = 1"))
    controller = AppController(QApplication.instance(), settings, translations)  # type: ignore[arg-type]
    first = controller.show(small_centre)
    qtbot.addWidget(first)
    backup = next(b for b in list_backups(small_centre.backup_dir, "centre") if b.path == made)
    controller.restore(backup)
    assert controller.window is not None
    assert controller.window is not first
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.window.overview.learners.value.text() == "3", timeout=10000)
    controller.close()
    assert open_store(path) is not None


def test_the_coordinator_store_is_opened_once_and_closed_with_the_app(
    qtbot: QtBot,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
    tmp_path: Path,
) -> None:
    controller = AppController(QApplication.instance(), settings, translations, smoke=True)  # type: ignore[arg-type]
    window = controller.show(small_centre)
    qtbot.addWidget(window)
    page = window.consolidation_page
    path = tmp_path / "dieu-phoi.clcc"
    with qtbot.waitSignal(page.store_opened, timeout=10000):
        page.open_store(path)
    store = page.store
    assert store is not None
    asked: list[CoordinatorOperations] = []
    controller.coordinator.open(window, path, asked.append, pytest.fail)
    assert [ops.store for ops in asked] == [store]  # the same Store: not opened twice
    window.close()  # the window goes; the composition root keeps the store open
    assert controller.coordinator.store is store
    controller.close()
    assert controller.coordinator.store is None
    open_coordinator_store(path, lock_timeout=0.1).close()  # its lock was released

"""The data file alone holds what was saved while the app is open (defect 4): a person who
copies «the data file» to a USB stick with the window open carries their work."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from clc_desktop.app import AppController
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.learners import LearnerForm
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.backup import check_integrity
from clc_desktop.storage.database import Store
from clc_desktop.ui import files
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.main_window import PAGES, MainWindow
from clc_desktop.ui.pages.settings import SettingsPage
from tests.journeys.person import Person


def _names_in_a_copy_of(db_file: Path, folder: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    copy = folder / db_file.name
    copy.unlink(missing_ok=True)
    shutil.copyfile(db_file, copy)  # ONLY the data file, not its -wal
    conn = sqlite3.connect(copy)
    try:
        return [row[0] for row in conn.execute("SELECT full_name FROM learner")]
    finally:
        conn.close()


def test_a_change_made_in_the_window_is_in_the_data_file_alone_once_idle(
    qtbot: QtBot,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = small_centre.path
    small_centre.close()
    threads: list[bool] = []
    checkpoint = Store.checkpoint

    def watched(store: Store) -> bool:
        threads.append(threading.current_thread() is threading.main_thread())
        return checkpoint(store)

    monkeypatch.setattr(Store, "checkpoint", watched)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, settings, translations)
    store = controller.open(path)
    assert store is not None
    window = controller.show(store)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    saved: list[int] = []
    window.ops.change(
        window,
        ChangeKind.LEARNERS,
        lambda session: add_learner(session, LearnerForm("Lò Thị Mai", sex="female")),
        saved.append,
    )
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    copies = tmp_path / "usb"
    qtbot.waitUntil(lambda: "Lò Thị Mai" in _names_in_a_copy_of(path, copies), timeout=5000)
    assert threads
    assert not any(threads), "the checkpoint ran on the GUI thread"
    window.close()
    controller.close()
    threads.clear()
    assert "Lò Thị Mai" in _names_in_a_copy_of(path, tmp_path / "after-close")


def _open_settings(person: Person, window: MainWindow) -> SettingsPage:
    row = PAGES.index("settings")
    person.clicks_row(window.navigation, window.navigation.model().index(row, 0))
    page = window.settings_page
    person.wait_for(page.isVisible)
    return page


def _written_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


@pytest.fixture
def window(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> Iterator[MainWindow]:
    path = small_centre.path
    small_centre.close()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, settings, translations)
    store = controller.open(path)
    assert store is not None
    shown = controller.show(store)
    qtbot.addWidget(shown)
    qtbot.waitExposed(shown)
    yield shown
    box = _written_box()
    if box is not None:
        box.close()
    shown.close()
    controller.close()


def test_the_data_is_copied_to_a_usb_drive_named_with_the_centre_and_the_date(
    person: Person, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    asked: list[str] = []

    def choose(_parent: object, _title: str, name: str, *_a: object, **_k: object) -> Path:
        asked.append(name)
        return usb / Path(name).name

    monkeypatch.setattr(files, "ask_save_path", choose)
    page = _open_settings(person, window)
    person.clicks(page.copy_button)
    person.wait_for(_written_box, timeout=10000)
    today = dt.date.today().isoformat()
    assert asked == [f"tthtcd-phuong-hoan-kiem-{today}.db"]
    copy = usb / asked[0]
    assert sorted(p.name for p in usb.iterdir()) == [copy.name]  # one file, no -wal
    assert check_integrity(copy) == "ok"
    assert len(_names_in_a_copy_of(copy, tmp_path / "read")) == 3
    box = _written_box()
    assert box is not None
    assert copy.name in box.text()
    assert page.copy_button.isEnabled()


def test_a_full_usb_drive_is_refused_and_nothing_is_written(
    person: Person, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(files, "ask_save_path", lambda *_a, **_k: usb / "c.db")
    full = shutil._ntuple_diskusage(8 << 30, 8 << 30, 4096)  # type: ignore[attr-defined]
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: full)
    page = _open_settings(person, window)
    person.clicks(page.copy_button)
    person.wait_for(_written_box, timeout=10000)
    box = _written_box()
    assert box is not None
    assert str(usb) in box.text()
    assert "4" in box.text()  # the free space, in words of sizes
    assert page.status.text() == box.text()
    assert list(usb.iterdir()) == []
    assert page.copy_button.isEnabled()

"""The data file alone holds what was saved while the app is open (defect 4): a person who
copies «the data file» to a USB stick with the window open carries their work."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clc_desktop.app import AppController
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.learners import LearnerForm
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.database import Store
from clc_desktop.ui.i18n import Translations


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

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.services import centre_report as export
from clc_desktop.services.attendance import set_mark
from clc_desktop.services.centre import get_centre
from clc_desktop.storage.backup import list_backups
from clc_desktop.storage.database import Store
from clc_desktop.ui.centre_dialog import CentreDialog
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.main_window import PAGES, MainWindow

from .conftest import TODAY


def _window(
    qtbot: QtBot, store: Store, settings: QSettings, translations: Translations
) -> MainWindow:
    window = MainWindow(store, settings, translations, today=TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview_loaded, timeout=10000):
        window.show()
    return window


def test_the_overview_shows_the_numbers_in_the_database(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(qtbot, small_centre, settings, translations)
    page = window.overview
    assert page.heading.text() == "TTHTCĐ phường Hoàn Kiếm"
    assert page.learners.value.text() == "3"
    assert page.classes.value.text() == "1"
    assert page.sessions.value.text() == "2"
    # 3 learners x 2 held sessions expected; present + late + present attended.
    assert page.rate.value.text() == "50,0 %"
    assert "3 / 6" in page.rate.detail.text()
    assert page.today.rowCount() == 1
    assert page.today.item(0, 0).text() == "Lớp tin học cơ bản"
    assert page.today.item(0, 2).text() == "Kỹ năng số, tin học"
    assert page.today.item(0, 4).text() == "2 / 3"
    assert "Năm học 2026–2027" in page.period.text()


def test_navigation_reaches_every_page(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(qtbot, small_centre, settings, translations)
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == [
        "Tổng quan",
        "Học viên",
        "Lớp học",
        "Điểm danh",
        "Báo cáo",
        "Tổng hợp",
        "Cài đặt",
    ]
    for index, key in enumerate(PAGES):
        window.navigation.setCurrentRow(index)
        assert window.pages.currentWidget().objectName() == f"page_{key}"


def test_switching_to_english_rebuilds_the_window_and_is_remembered(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(qtbot, small_centre, settings, translations)
    window.show_page("settings")
    combo = window.settings_page.language
    with qtbot.waitSignal(window.overview_loaded, timeout=10000):
        combo.setCurrentIndex(combo.findData("en"))
    assert window.navigation.item(0).text() == "Overview"
    assert window.pages.currentWidget().objectName() == "page_settings"
    assert window.overview.rate.value.text() == "50.0 %"
    assert settings.value("language") == "en"


def test_back_up_now_writes_a_backup_listed_in_settings(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(qtbot, small_centre, settings, translations)
    window.show_page("settings")
    page = window.settings_page
    assert page.backups.rowCount() == 0
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backups.rowCount() == 1, timeout=10000)
    assert "Đã sao lưu và kiểm tra" in page.status.text()
    assert len(list_backups(small_centre.backup_dir, small_centre.path.stem)) == 1
    # The overview's footer, off screen meanwhile, reads the folder again when shown.
    assert "Sao lưu gần nhất: chưa có" in window.overview.footer.text()
    window.show_page("overview")
    qtbot.waitUntil(
        lambda: "Sao lưu gần nhất: chưa có" not in window.overview.footer.text(), timeout=10000
    )


def test_restore_asks_for_confirmation_then_the_composition_root(
    qtbot: QtBot,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
) -> None:
    window = _window(qtbot, small_centre, settings, translations)
    made = small_centre.backup_now()
    window.refresh()
    page = window.settings_page
    qtbot.waitUntil(lambda: page.backups.rowCount() == 1, timeout=10000)
    page.backups.selectRow(0)
    assert page.restore_button.isEnabled()
    seen: list[str] = []

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        restore = next(b for b in box.buttons() if b.text() == "Khôi phục")
        restore.click()

    QTimer.singleShot(0, confirm)
    with qtbot.waitSignal(window.restore_requested, timeout=5000) as requested:
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert "Thay dữ liệu hiện tại" in seen[0]
    assert requested.args is not None
    assert Path(requested.args[0].path) == made


def test_a_roll_call_taken_elsewhere_recounts_the_overview_on_screen(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(qtbot, small_centre, settings, translations)
    assert window.overview.rate.value.text() == "50,0 %"
    elsewhere = QWidget()  # as the Attendance page does, with its own receiver
    qtbot.addWidget(elsewhere)
    with qtbot.waitSignal(window.overview_loaded, timeout=10000):
        window.ops.change(elsewhere, ChangeKind.ATTENDANCE, lambda s: set_mark(s, 1, 3, "present"))
    assert window.overview.rate.value.text() == "66,7 %"
    assert "4 / 6" in window.overview.rate.detail.text()


def test_the_profile_edited_in_settings_is_saved_and_shown_on_the_overview(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(qtbot, small_centre, settings, translations)
    window.show_page("settings")
    shown: list[str] = []

    def edit(dialog: CentreDialog) -> bool:
        shown.append(dialog.commune.currentText())
        dialog.name.setText("TTHTCĐ phường Hoàn Kiếm mới")
        return True

    window.run_dialog = edit
    qtbot.mouseClick(window.settings_page.profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=10000)
    assert shown == ["Phường Hoàn Kiếm"]  # the dialog opened on the saved profile
    with small_centre.session() as session:
        saved = get_centre(session)
    assert saved is not None
    assert saved.name == "TTHTCĐ phường Hoàn Kiếm mới"
    assert window.overview.heading.text() == "TTHTCĐ phường Hoàn Kiếm"  # off screen
    with qtbot.waitSignal(window.overview_loaded, timeout=10000):
        window.show_page("overview")
    assert window.overview.heading.text() == "TTHTCĐ phường Hoàn Kiếm mới"


def test_closing_the_window_while_an_export_runs_cancels_it_and_leaves_no_file(
    qtbot: QtBot,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_export = export.export_centre_report
    running = threading.Event()

    def slow_export(*args: Any, progress: Any, cancelled: Any, **kwargs: Any) -> Any:
        def step(done: int, total: int) -> None:
            progress(done, total)
            running.set()
            while not cancelled():  # a long export, mid-way
                time.sleep(0.005)

        return real_export(*args, progress=step, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(export, "export_centre_report", slow_export)
    window = _window(qtbot, small_centre, settings, translations)
    window.show_page("reports")
    page = window.reports
    folder = tmp_path / "out"
    folder.mkdir()
    page.ask_save_path = lambda name: str(folder / "r.xlsx")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert running.wait(10)
    assert page.progress.isVisible()
    window.close()  # cancels the export and waits for the lane before closing
    assert not window.isVisible()
    assert list(folder.iterdir()) == []
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=10000)
    assert page.status.text() == "Đã hủy. Không có tệp nào được ghi."
    assert page.last_export is None


def test_a_roll_call_taken_on_the_attendance_page_shows_on_the_open_class(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    """The class page stayed at its old rate after roll calls on the Attendance page: now
    the change is broadcast and the class, left open, shows the new rate when the user
    comes back to it, without reopening it."""
    window = _window(qtbot, small_centre, settings, translations)
    classes = window.classes_page
    window.show_page("classes")
    with qtbot.waitSignal(classes.class_shown, timeout=10000):
        classes.open_class(1)
    qtbot.waitUntil(lambda: window.runner.pending == 0)
    # Held up to today: 16/11 present, late, absent; today present, excused, unmarked.
    assert classes.rate_card.value.text() == "50,0 %"

    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)  # classes -> attendance
    assert window.pages.currentWidget() is window.attendance
    with qtbot.waitSignal(window.attendance.session_shown, timeout=10000):
        window.attendance.open_session(2)  # today's session, as the overview opens it
    qtbot.waitUntil(lambda: window.runner.pending == 0)
    view = window.attendance.roll_call.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # all present
    qtbot.waitUntil(lambda: window.runner.pending == 0)

    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)  # back to the class, still open
    assert window.pages.currentWidget() is classes
    assert classes.current_class_id == 1
    qtbot.waitUntil(lambda: classes.rate_card.value.text() == "66,7 %", timeout=10000)

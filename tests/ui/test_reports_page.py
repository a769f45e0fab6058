"""The Reports page: the numbers of a period on screen, export in the background with
progress and cancel, the personal-data choice, and checking report files."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn
from clc_desktop.reports.reader import read_report
from clc_desktop.services.attendance import set_mark
from clc_desktop.storage.database import Store
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.operations import BackgroundRunner, Operations
from clc_desktop.ui.pages.reports import PREVIEW_DELAY_MS, ReportsPage

from .conftest import TODAY


def _ops(store: Store) -> Operations:
    return Operations(BackgroundRunner(), store.session, lambda: "vi")


@pytest.fixture
def ops(small_centre: Store) -> Iterator[Operations]:
    made = _ops(small_centre)
    yield made
    made.runner.wait()


@pytest.fixture
def page(
    qtbot: QtBot,
    ops: Operations,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
) -> ReportsPage:
    shown = ReportsPage(ops, "vi", settings, TODAY, data_file=str(small_centre.path))
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    # The small centre's sessions are this school year (2026-2027), counted up to today.
    with qtbot.waitSignal(shown.preview_shown, timeout=10000):
        shown.set_period("school_year", 2026)
    return shown


def _hold_the_lane(ops: Operations) -> None:
    """A job that keeps the background lane until it is cancelled, so work asked after
    it is still queued."""

    def hold(_progress: ProgressFn, cancelled: CancelFn) -> None:
        while not cancelled():
            time.sleep(0.005)
        raise Cancelled

    ops.runner.start(hold)


def _answer(button_text: str, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    seen.append(box.text())
    next(b for b in box.buttons() if b.text() == button_text).click()


def test_the_latest_ended_school_year_is_chosen_first(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    ops = _ops(small_centre)
    page = ReportsPage(ops, "vi", settings, TODAY)
    qtbot.addWidget(page)
    assert page.period_code() == "2025-2026"
    page.kind.setCurrentIndex(page.kind.findData("month"))
    assert page.period_code() == "2026-10"
    assert page.part.currentText() == "Tháng 10"
    page.kind.setCurrentIndex(page.kind.findData("quarter"))
    assert page.period_code() == "2026-Q3"
    ops.runner.wait()


def test_the_numbers_on_screen_are_the_reports(page: ReportsPage) -> None:
    # 3 learners (all women in the fixture), 1 class, 2 sessions; 3 of 6 expected attended.
    assert page.learners.value.text() == "3"
    assert page.learners.detail.text() == "trong đó 3 nữ"
    assert page.classes.value.text() == "1"
    assert page.classes.detail.text() == "2 buổi đã tổ chức, 0 buổi không diễn ra"
    assert page.participations.value.text() == "3"
    assert page.rate.value.text() == "50,0 %"
    assert page.rate.detail.text().endswith("= 3 / 6")
    assert page.table.rowCount() == 2
    assert page.table.item(0, 0).text() == "Kỹ năng số, tin học"
    assert page.table.item(1, 0).text() == "Tổng cộng"
    assert [page.table.item(1, c).text() for c in range(1, 8)] == [
        "1",
        "2",
        "3,0",
        "3",
        "3",
        "3",
        "0",
    ]
    assert "01/09/2026" in page.period_label.text()
    assert "23/11/2026" in page.period_label.text()  # counted up to today


def test_choosing_another_period_recounts(qtbot: QtBot, page: ReportsPage) -> None:
    with qtbot.waitSignal(page.preview_shown, timeout=10000):
        page.set_period("quarter", 2026, 3)
    assert page.period_code() == "2026-Q3"
    assert page.learners.value.text() == "0"
    assert page.rate.value.text() == "–"
    assert page.table.rowCount() == 1  # the total only


def test_export_writes_a_valid_report_in_the_background(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, settings: QSettings
) -> None:
    target = tmp_path / "out" / "bao-cao"
    asked: list[str] = []
    page.ask_save_path = lambda name: asked.append(name) or str(target)
    with qtbot.waitSignal(page.export_finished, timeout=20000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["bao-cao-2026-2027-tthtcd-phuong-hoan-kiem.xlsx"]
    written = target.with_name("bao-cao.xlsx")  # the extension is added
    report = read_report(written)
    assert report.status == "ok"
    assert report.meta["period"] == "2026-2027"
    assert report.meta["personal_data"] == "none"
    assert "learners" not in load_workbook(written).sheetnames
    assert "hợp lệ" in page.status.text()
    assert page.open_folder_button.isVisible()
    assert not page.progress.isVisible()
    assert page.export_button.isEnabled()
    assert settings.value("reports/folder") == str(written.parent)


def test_the_learner_list_needs_the_users_confirmation(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    target = tmp_path / "r.xlsx"
    page.ask_save_path = lambda name: str(target)
    page.with_learners.setFocus()
    qtbot.keyClick(page.with_learners, Qt.Key.Key_Space)
    assert page.with_learners.isChecked()
    assert page.privacy.isVisible()
    seen: list[str] = []

    # Declined: nothing is written.
    QTimer.singleShot(0, lambda: _answer("Hủy", seen))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "họ tên, ngày sinh" in seen[0]
    assert not target.exists()

    QTimer.singleShot(0, lambda: _answer("Xuất kèm danh sách", seen))
    with qtbot.waitSignal(page.export_finished, timeout=20000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(target)["learners"].iter_rows(values_only=True))
    assert len(rows) == 4  # header + the three learners
    assert read_report(target).meta["personal_data"] == "learners"
    assert "dữ liệu cá nhân của 3 học viên" in page.status.text()


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot: QtBot, page: ReportsPage, ops: Operations, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    page.ask_save_path = lambda name: str(folder / "r.xlsx")
    # Hold the background lane so the export is still queued when Cancel is pressed.
    release = threading.Event()
    ops.runner.start(lambda _progress, _cancelled: release.wait(10))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible()
    assert page.cancel_button.isVisible()
    assert not page.export_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=10000)
    assert page.status.text() == "Đã hủy. Không có tệp nào được ghi."
    assert list(folder.iterdir()) == []
    assert page.last_export is None


def test_check_lists_each_file_with_its_problems(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    good = tmp_path / "good.xlsx"
    page.ask_save_path = lambda name: str(good)
    with qtbot.waitSignal(page.export_finished, timeout=20000):
        page.export()
    bad = tmp_path / "bad.xlsx"
    bad.write_text("STT,Họ và tên\n1,Nguyễn Văn A\n", encoding="utf-8")
    page.ask_open_paths = lambda: [str(good), str(bad)]
    with qtbot.waitSignal(page.check_finished, timeout=20000):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    tree = page.checked
    assert tree.topLevelItemCount() == 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert (first.text(0), first.text(1), first.childCount()) == ("good.xlsx", "hợp lệ", 0)
    assert (second.text(0), second.text(1)) == ("bad.xlsx", "bị từ chối")
    assert second.childCount() == 1
    assert second.child(0).text(1) == "lỗi"
    assert page.status.text() == "Đã kiểm tra 2 tệp: 1 hợp lệ, 1 cần xem lại."


def test_the_page_is_in_the_main_window(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    from clc_desktop.ui.main_window import MainWindow

    window = MainWindow(small_centre, settings, translations, today=TODAY)
    qtbot.addWidget(window)
    window.show_page("reports")
    assert window.pages.currentWidget() is window.reports
    with qtbot.waitSignal(window.reports.preview_shown, timeout=10000):
        window.reports.set_period("school_year", 2026)
    assert window.reports.learners.value.text() == "3"
    window.runner.wait()


def test_without_a_centre_profile_the_page_says_why_and_opens_no_box(
    qtbot: QtBot, store: Store, settings: QSettings, translations: Translations
) -> None:
    ops = _ops(store)
    page = ReportsPage(ops, "vi", settings, TODAY, data_file=str(store.path))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.notes.isVisible(), timeout=10000)
    assert "chưa có hồ sơ trung tâm" in page.notes.text()
    assert str(store.path) in page.notes.text()
    assert page.learners.value.text() == "–"
    assert QApplication.activeModalWidget() is None
    ops.runner.wait()


def test_a_change_elsewhere_recounts_the_page_on_screen(
    qtbot: QtBot, page: ReportsPage, ops: Operations
) -> None:
    assert page.rate.value.text() == "50,0 %"
    elsewhere = QWidget()  # another page takes a roll call
    qtbot.addWidget(elsewhere)
    with qtbot.waitSignal(page.preview_shown, timeout=10000):
        ops.change(elsewhere, ChangeKind.ATTENDANCE, lambda s: set_mark(s, 1, 3, "present"))
    assert page.rate.value.text() == "66,7 %"
    assert page.rate.detail.text().endswith("= 4 / 6")


def test_a_hidden_page_recounts_when_it_is_shown_again(
    qtbot: QtBot, page: ReportsPage, ops: Operations
) -> None:
    counted: list[str] = []
    page.preview_shown.connect(lambda: counted.append(page.rate.value.text()))
    page.hide()
    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    ops.change(elsewhere, ChangeKind.ATTENDANCE, lambda s: set_mark(s, 1, 3, "present"))
    # A change the page does not show is no reason to count again.
    ops.change(elsewhere, ChangeKind.BACKUPS, lambda s: None)
    qtbot.waitUntil(lambda: ops.runner.pending == 0, timeout=10000)
    qtbot.wait(2 * PREVIEW_DELAY_MS)
    assert counted == []
    with qtbot.waitSignal(page.preview_shown, timeout=10000):
        page.show()
    assert counted == ["66,7 %"]


def test_the_period_is_said_in_words(qtbot: QtBot, page: ReportsPage) -> None:
    assert "2026–2027" in [page.year.itemText(i) for i in range(page.year.count())]
    assert page.period_label.text().startswith("Năm học 2026–2027: ")
    with qtbot.waitSignal(page.preview_shown, timeout=10000):
        page.set_period("month", 2026, 11)
    assert page.period_label.text().startswith("Tháng 11 năm 2026: ")
    assert "2026-11" not in page.period_label.text()
    assert "từ 01/11/2026 đến 30/11/2026" in page.period_label.text()
    page.set_period("quarter", 2026, 4)
    assert page.part.currentText() == "Quý IV"
    assert page.period.words() == "Quý IV năm 2026"


def test_the_page_remembers_the_kind_of_period_last_used(
    qtbot: QtBot, page: ReportsPage, ops: Operations, settings: QSettings
) -> None:
    page.kind.setCurrentIndex(page.kind.findData("month"))
    again = ReportsPage(ops, "vi", settings, TODAY)
    qtbot.addWidget(again)
    assert again.kind.currentData() == "month"
    assert again.period_code() == "2026-10"  # the latest month that has ended


def test_the_work_starts_at_the_period(qtbot: QtBot, page: ReportsPage) -> None:
    page.activateWindow()
    page.focus_work()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.kind)


def test_export_asks_with_the_shared_save_dialog_and_says_the_file_was_written(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import clc_desktop.ui.pages.reports as reports

    asked: list[dict[str, object]] = []
    written: list[Path] = []

    def ask(parent: QWidget, title: str, name: str, file_filter: str, **kw: object) -> Path:
        asked.append({"name": name, **kw})
        return tmp_path / "bao-cao.xlsx"

    monkeypatch.setattr(reports, "ask_save_path", ask)
    monkeypatch.setattr(
        reports, "show_written", lambda parent, path, text=None: written.append(path)
    )
    with qtbot.waitSignal(page.export_finished, timeout=20000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == [
        {
            "name": "bao-cao-2026-2027-tthtcd-phuong-hoan-kiem.xlsx",
            "settings": page._settings,
            "key": "reports",
            "suffix": ".xlsx",
        }
    ]
    assert written == [tmp_path / "bao-cao.xlsx"]
    assert "năm học 2026–2027" in page.status.text()

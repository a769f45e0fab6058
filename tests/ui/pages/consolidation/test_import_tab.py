"""The Import tab: a tampered report is flagged and imported only when ticked, a
rejected file never; Cancel stops the reading; files dropped on the page are checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clc_desktop.ui.pages.consolidation import ConsolidationPage
from tests.report_files import copy_reports
from tests.ui.pages.consolidation.steps import (
    WAIT,
    Reports,
    check_folder,
    import_checked,
    stored,
    tampered,
)


def test_a_ticked_flagged_file_is_imported_and_stays_marked(
    qtbot: QtBot,
    page: ConsolidationPage,
    hierarchy: None,
    centre_reports: Reports,
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    edited = tampered(centre_reports[3].path, inbox / "report-3-sua.xlsx")
    (inbox / "ghi-chu.xlsx").write_bytes(b"not a workbook")
    check_folder(qtbot, page, inbox)
    tab = page.import_tab
    model = tab.preview_model
    assert [(r.path.name, r.outcome) for r in model.rows] == [
        ("ghi-chu.xlsx", "rejected"),
        (edited.name, "new"),
    ]
    assert model.data(model.index(0, model.OUTCOME)) == "Bị từ chối"
    assert not tab.import_button.isEnabled()  # nothing to import until the tick
    # Tick with the keyboard: the accept cell of the flagged row, then Space.
    tab.preview_view.setFocus()
    tab.preview_view.setCurrentIndex(model.index(1, model.ACCEPT))
    qtbot.keyClick(tab.preview_view, Qt.Key.Key_Space)
    assert model.accepted() == [edited]
    import_checked(qtbot, page)
    [report] = stored(page)
    assert report.unit_id == centre_reports[3].unit_id
    assert report.flagged
    assert report.accepted
    page.tabs.setCurrentWidget(page.status_tab)
    qtbot.waitUntil(
        lambda: any(
            "cần xem lại" in page.status_tab.completeness_model.state_label(r)
            for r in page.status_tab.completeness_model.rows
        ),
        timeout=WAIT,
    )


def test_cancel_stops_the_reading_and_imports_nothing(
    qtbot: QtBot, page: ConsolidationPage, centre_reports: Reports, tmp_path: Path
) -> None:
    inbox = copy_reports(centre_reports, (1, 2, 3), tmp_path / "inbox")
    tab = page.import_tab
    tab.ask_folder = lambda: str(inbox)
    with qtbot.waitSignal(page.work_cancelled, timeout=WAIT):
        tab.add_folder_button.click()
        assert page.cancel_button.isVisible()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert tab.preview_model.rowCount() == 0
    assert not tab.import_button.isEnabled()
    assert "Không có gì được nhập" in page.status.text()
    assert stored(page) == []


def test_files_dropped_on_the_page_are_checked(
    qtbot: QtBot, page: ConsolidationPage, centre_reports: Reports
) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(centre_reports[1].path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.import_tab.preview_shown, timeout=WAIT):
        QApplication.sendEvent(page, drop)
    assert page.tabs.currentIndex() == 1
    assert [r.outcome for r in page.import_tab.preview_model.rows] == ["new"]

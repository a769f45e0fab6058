"""The Status tab: accepting locks a report, reopening it needs a reason that the
history keeps; the completeness list prints to PDF and exports to a workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clc_desktop.coordinator.models import ReportStatus
from clc_desktop.coordinator.report_import import status_history
from clc_desktop.ui.pages.consolidation import ConsolidationPage
from tests.report_files import PERIOD
from tests.ui.pages.consolidation.steps import WAIT, Reports, import_checked, show_status


def test_accepting_locks_and_reopening_keeps_the_reason(
    qtbot: QtBot, page: ConsolidationPage, hierarchy: None, centre_reports: Reports
) -> None:
    with qtbot.waitSignal(page.import_tab.preview_shown, timeout=WAIT):
        page.import_tab.add_inputs([centre_reports[1].path])
    import_checked(qtbot, page)
    show_status(qtbot, page)
    tab = page.status_tab
    unit_id = centre_reports[1].unit_id
    row = next(
        n
        for n in range(tab.completeness_model.rowCount())
        if tab.completeness_model.row(n).expected.unit.unit_id == unit_id
    )
    tab.completeness_view.selectRow(row)
    with qtbot.waitSignal(tab.completeness_shown, timeout=WAIT):
        qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert tab.completeness_model.row(row).status == "accepted"
    asked: list[str] = []
    tab.ask_reason = lambda name: asked.append(name)  # type: ignore[func-returns-value]
    tab.checked_button.click()  # no reason given: stays accepted
    assert asked == [centre_reports[1].name]
    qtbot.waitUntil(lambda: page.context.ops is not None and page.context.ops.runner.pending == 0)
    assert page.store is not None
    with page.store.session() as session:
        status = session.scalars(select(ReportStatus.status)).one()
    assert status == "accepted"

    tab.ask_reason = lambda _name: "Trung tâm gửi lại số liệu"
    tab.completeness_view.selectRow(row)
    with qtbot.waitSignal(tab.completeness_shown, timeout=WAIT):
        tab.checked_button.click()
    with page.store.session() as session:
        history = status_history(session, unit_id, PERIOD)
    assert [(h.previous, h.status, h.reason) for h in history] == [
        (None, "received", None),
        ("received", "accepted", None),
        ("accepted", "checked", "Trung tâm gửi lại số liệu"),
    ]
    tab.completeness_view.selectRow(row)
    qtbot.waitUntil(lambda: tab.history.count() == 3, timeout=WAIT)  # read in the background
    texts = [tab.history.item(i).text() for i in range(tab.history.count())]
    assert texts[-1].endswith("đã duyệt (khóa) → đã kiểm tra — lý do: Trung tâm gửi lại số liệu")


def test_the_completeness_list_prints_and_exports(
    qtbot: QtBot, page: ConsolidationPage, hierarchy: None, tmp_path: Path
) -> None:
    tab = page.status_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.completeness_model.rowCount() == 4, timeout=WAIT)
    page.context.ask_save_path = lambda *_args: str(tmp_path / "danh-sach.pdf")
    with qtbot.waitSignal(tab.file_written, timeout=WAIT):
        tab.print_button.click()
    assert (tmp_path / "danh-sach.pdf").read_bytes()[:5] == b"%PDF-"
    page.context.ask_save_path = lambda *_args: str(tmp_path / "danh-sach")
    with qtbot.waitSignal(tab.file_written, timeout=WAIT):
        tab.export_list_button.click()
    sheet = load_workbook(tmp_path / "danh-sach.xlsx").worksheets[0]
    texts = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert "TTHTCĐ xã Im Lặng" in texts
    assert "0912 345 678" in texts
    assert texts.count("chưa báo cáo") == 4

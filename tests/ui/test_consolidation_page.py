"""The Consolidation page: choose the coordinator store and unit, keep the list of units,
import real centre reports with a dry run first (a tampered one flagged and imported only
when ticked), see who is missing, set statuses, consolidate and export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clc_desktop.coordinator.completeness import MISSING, ON_TIME
from clc_desktop.coordinator.consolidation import consolidate, write_consolidation
from clc_desktop.coordinator.hierarchy import UnitInfo, apply_units, list_units
from clc_desktop.coordinator.models import ImportedReport, ReportStatus
from clc_desktop.coordinator.report_import import commit_import, preview_import, status_history
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.reports.cube import Key
from clc_desktop.reports.reader import read_report
from clc_desktop.ui.consolidation_dialogs import UnitDialog
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.operations import BackgroundRunner
from clc_desktop.ui.pages.consolidation import ConsolidationPage
from tests.report_files import (
    NOW,
    PERIOD,
    CentreReport,
    copy_reports,
    more_minutes,
    rewrite,
    summed,
)

Reports = dict[int, CentreReport]
TODAY = dt.date(2026, 9, 20)
CITY = UnitInfo("01", "Thành phố Hà Nội", "city")
WAIT = 20000


def _tampered(path: Path, target: Path) -> Path:
    """The report with one value changed after export: its hash no longer matches."""
    workbook = load_workbook(path)
    row = next(r for r in workbook["data"].iter_rows(min_row=2) if r[0].value == "sessions_held")
    row[5].value = int(row[5].value) + 10
    workbook.save(target)
    return target


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def page(
    qtbot: QtBot,
    settings: QSettings,
    translations: Translations,
    tmp_path: Path,
    errors: list[str],
) -> Iterator[ConsolidationPage]:
    runner = BackgroundRunner()
    shown = ConsolidationPage(runner, "vi", settings, TODAY)
    qtbot.addWidget(shown)
    shown.show_error = errors.append
    shown.ask_store_path = lambda: str(tmp_path / "dieu-phoi.clcc")
    shown.ask_consolidating_unit = lambda: CITY
    shown.resize(1200, 800)
    shown.show()
    with qtbot.waitSignals([shown.store_opened, shown.units_shown], timeout=WAIT):
        qtbot.mouseClick(shown.store_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(shown.completeness_shown, timeout=WAIT):
        qtbot.mouseClick(shown.unit_button, Qt.MouseButton.LeftButton)
    # The latest school year that has ended is chosen first.
    assert shown.period.code() == PERIOD
    yield shown
    runner.wait()
    shown.close_store()


@pytest.fixture
def hierarchy(qtbot: QtBot, page: ConsolidationPage, centre_reports: Reports) -> None:
    """The city, its three centres and one that never reports (with a contact)."""
    assert page.store is not None
    with page.store.session() as session:
        apply_units(
            session,
            [CITY]
            + [
                UnitInfo(r.unit_id, r.name, "centre", CITY.unit_id) for r in centre_reports.values()
            ],
        )
    page.ask_unit = lambda _current: UnitInfo(
        "silent", "TTHTCĐ xã Im Lặng", "centre", CITY.unit_id, None, "Chị Lan", "0912 345 678"
    )
    page.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(page.units_shown, timeout=WAIT):
        qtbot.mouseClick(page.add_unit_button, Qt.MouseButton.LeftButton)


def _preview(qtbot: QtBot, page: ConsolidationPage, folder: Path) -> None:
    page.ask_folder = lambda: str(folder)
    with qtbot.waitSignal(page.preview_shown, timeout=WAIT):
        qtbot.mouseClick(page.add_folder_button, Qt.MouseButton.LeftButton)


def _import(qtbot: QtBot, page: ConsolidationPage) -> None:
    assert page.import_button.isEnabled()
    with qtbot.waitSignal(page.import_finished, timeout=WAIT):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def _stored(page: ConsolidationPage) -> list[ImportedReport]:
    assert page.store is not None
    with page.store.session() as session:
        return list(session.scalars(select(ImportedReport).order_by(ImportedReport.unit_id)))


def test_import_preview_commit_completeness_consolidate_export(
    qtbot: QtBot,
    qtmodeltester: object,
    page: ConsolidationPage,
    hierarchy: None,
    centre_reports: Reports,
    tmp_path: Path,
    errors: list[str],
) -> None:
    c1, c2, c3 = (centre_reports[s] for s in (1, 2, 3))
    inbox = copy_reports(centre_reports, (1, 2), tmp_path / "inbox")
    edited = _tampered(c3.path, inbox / "report-3-sua.xlsx")
    _preview(qtbot, page, inbox)

    model = page.preview_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = model.rows
    # The file that needs a look comes first, with its reason in Vietnamese.
    assert [(r.path.name, r.outcome, r.flagged) for r in rows] == [
        (edited.name, "new", True),
        (c1.path.name, "new", False),
        (c2.path.name, "new", False),
    ]
    accept = model.index(0, model.ACCEPT)
    assert model.data(accept, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.data(model.index(1, model.ACCEPT), Qt.ItemDataRole.CheckStateRole) is None
    details = model.data(model.index(0, model.DETAILS))
    assert "mã kiểm tra (content_sha256) không khớp" in details
    assert model.data(model.index(0, model.OUTCOME)).startswith("Cần xem lại")
    assert model.data(model.index(1, model.OUTCOME)) == "Mới"
    assert _stored(page) == []  # the dry run wrote nothing

    with qtbot.waitSignal(page.completeness_shown, timeout=WAIT):
        _import(qtbot, page)
    assert sorted(r.unit_id for r in _stored(page)) == sorted([c1.unit_id, c2.unit_id])
    assert "→ đã nhập" in model.data(model.index(1, model.OUTCOME))
    assert "→ không nhập" in model.data(model.index(0, model.OUTCOME))
    # Checked again: the imported files are unchanged, with the day they came in.
    _preview(qtbot, page, inbox)
    assert [r.outcome for r in model.rows] == ["new", "unchanged", "unchanged"]
    assert "không thay đổi: đã nhập ngày" in model.data(model.index(1, model.DETAILS))
    assert model.data(model.index(1, model.OUTCOME)) == "Không thay đổi"

    # Completeness: the untouched centre and the silent unit are missing, with contact.
    states = {r.expected.unit.unit_id: r.expected.state for r in page.completeness_model.rows}
    assert states == {
        c1.unit_id: ON_TIME,
        c2.unit_id: ON_TIME,
        c3.unit_id: MISSING,
        "silent": MISSING,
    }
    qtmodeltester.check(page.completeness_model)  # type: ignore[attr-defined]
    silent = next(
        row
        for row in range(page.completeness_model.rowCount())
        if page.completeness_model.row(row).expected.unit.unit_id == "silent"
    )
    cells = [
        page.completeness_model.data(page.completeness_model.index(silent, column))
        for column in range(page.completeness_model.columnCount())
    ]
    assert cells[1] == "chưa báo cáo"
    assert "Chị Lan" in cells
    assert "0912 345 678" in cells
    assert "2 trên 4 đơn vị đã báo cáo" in page.completeness_summary.text()

    # Consolidate: the sum of the two centres' own databases.
    page.tabs.setCurrentIndex(3)
    with qtbot.waitSignal(page.consolidated, timeout=WAIT) as done:
        qtbot.mouseClick(page.consolidate_button, Qt.MouseButton.LeftButton)
    expected = summed([c1.cube, c2.cube])
    assert done.args[0].cube == expected
    assert page.summed_card.value.text() == "2"
    assert "TTHTCĐ xã Im Lặng" in page.warnings.text()
    qtmodeltester.check(page.numbers_model)  # type: ignore[attr-defined]
    assert page.numbers_model.rowCount() == 3  # two centres and the total
    total = page.numbers_model.rowCount() - 1  # the last row, the first column of numbers
    last = 1
    learners = expected[Key("learners")]
    assert page.numbers_model.data(page.numbers_model.index(total, last)).replace(".", "") == str(
        learners
    )

    output = tmp_path / "out" / "tong-hop"
    page.ask_save_path = lambda *_args: str(output)
    with qtbot.waitSignal(page.export_finished, timeout=WAIT) as written:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    path = written.args[0].path
    assert path == output.with_name("tong-hop.xlsx")
    back = read_report(path)
    assert back.status == "ok", back.findings
    assert back.cube == expected
    assert back.meta["unit_id"] == "01"
    assert back.meta["level"] == "city"
    assert sorted(s.unit_id for s in back.sources) == sorted([c1.unit_id, c2.unit_id])
    assert page.open_folder_button.isVisible()
    assert errors == []


def test_a_ticked_flagged_file_is_imported_and_stays_marked(
    qtbot: QtBot,
    page: ConsolidationPage,
    hierarchy: None,
    centre_reports: Reports,
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    edited = _tampered(centre_reports[3].path, inbox / "report-3-sua.xlsx")
    (inbox / "ghi-chu.xlsx").write_bytes(b"not a workbook")
    _preview(qtbot, page, inbox)
    model = page.preview_model
    assert [(r.path.name, r.outcome) for r in model.rows] == [
        ("ghi-chu.xlsx", "rejected"),
        (edited.name, "new"),
    ]
    assert model.data(model.index(0, model.OUTCOME)) == "Bị từ chối"
    assert not page.import_button.isEnabled()  # nothing to import until the tick
    # Tick with the keyboard: the accept cell of the flagged row, then Space.
    page.preview_view.setFocus()
    page.preview_view.setCurrentIndex(model.index(1, model.ACCEPT))
    qtbot.keyClick(page.preview_view, Qt.Key.Key_Space)
    assert model.accepted() == [edited]
    _import(qtbot, page)
    [stored] = _stored(page)
    assert stored.unit_id == centre_reports[3].unit_id
    assert stored.flagged
    assert stored.accepted
    qtbot.waitUntil(
        lambda: any(
            "cần xem lại" in page.completeness_model.state_label(r)
            for r in page.completeness_model.rows
        ),
        timeout=WAIT,
    )


def test_cancel_stops_the_reading_and_imports_nothing(
    qtbot: QtBot, page: ConsolidationPage, centre_reports: Reports, tmp_path: Path
) -> None:
    inbox = copy_reports(centre_reports, (1, 2, 3), tmp_path / "inbox")
    page.ask_folder = lambda: str(inbox)
    with qtbot.waitSignal(page.work_cancelled, timeout=WAIT):
        page.add_folder_button.click()
        assert page.cancel_button.isVisible()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert page.preview_model.rowCount() == 0
    assert not page.import_button.isEnabled()
    assert "Không có gì được nhập" in page.status.text()
    assert _stored(page) == []


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
    with qtbot.waitSignal(page.preview_shown, timeout=WAIT):
        QApplication.sendEvent(page, drop)
    assert page.tabs.currentIndex() == 1
    assert [r.outcome for r in page.preview_model.rows] == ["new"]


def test_accepting_locks_and_reopening_keeps_the_reason(
    qtbot: QtBot, page: ConsolidationPage, hierarchy: None, centre_reports: Reports
) -> None:
    with qtbot.waitSignal(page.preview_shown, timeout=WAIT):
        page.add_inputs([centre_reports[1].path])
    with qtbot.waitSignal(page.completeness_shown, timeout=WAIT):
        _import(qtbot, page)
    page.tabs.setCurrentIndex(2)
    unit_id = centre_reports[1].unit_id
    row = next(
        n
        for n in range(page.completeness_model.rowCount())
        if page.completeness_model.row(n).expected.unit.unit_id == unit_id
    )
    page.completeness_view.selectRow(row)
    with qtbot.waitSignal(page.completeness_shown, timeout=WAIT):
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert page.completeness_model.row(row).status == "accepted"
    asked: list[str] = []
    page.ask_reason = lambda name: asked.append(name)  # type: ignore[func-returns-value]
    page.checked_button.click()  # no reason given: stays accepted
    assert asked == [centre_reports[1].name]
    assert page.store is not None
    with page.store.session() as session:
        status = session.scalars(select(ReportStatus.status)).one()
    assert status == "accepted"

    page.ask_reason = lambda _name: "Trung tâm gửi lại số liệu"
    page.completeness_view.selectRow(row)
    with qtbot.waitSignal(page.completeness_shown, timeout=WAIT):
        page.checked_button.click()
    with page.store.session() as session:
        history = status_history(session, unit_id, PERIOD)
    assert [(h.previous, h.status, h.reason) for h in history] == [
        (None, "received", None),
        ("received", "accepted", None),
        ("accepted", "checked", "Trung tâm gửi lại số liệu"),
    ]
    page.completeness_view.selectRow(row)
    texts = [page.history.item(i).text() for i in range(page.history.count())]
    assert texts[-1].endswith("đã duyệt (khóa) → đã kiểm tra — lý do: Trung tâm gửi lại số liệu")


def test_the_completeness_list_prints_and_exports(
    qtbot: QtBot, page: ConsolidationPage, hierarchy: None, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: page.completeness_model.rowCount() == 4, timeout=WAIT)
    page.ask_save_path = lambda *_args: str(tmp_path / "danh-sach.pdf")
    with qtbot.waitSignal(page.file_written, timeout=WAIT):
        page.print_button.click()
    assert (tmp_path / "danh-sach.pdf").read_bytes()[:5] == b"%PDF-"
    page.ask_save_path = lambda *_args: str(tmp_path / "danh-sach")
    with qtbot.waitSignal(page.file_written, timeout=WAIT):
        page.export_list_button.click()
    sheet = load_workbook(tmp_path / "danh-sach.xlsx").worksheets[0]
    texts = [c.value for row in sheet.iter_rows() for c in row if c.value]
    assert "TTHTCĐ xã Im Lặng" in texts
    assert "0912 345 678" in texts
    assert texts.count("chưa báo cáo") == 4


def test_two_reports_covering_one_centre_refuse_and_name_both(
    qtbot: QtBot, page: ConsolidationPage, centre_reports: Reports, tmp_path: Path
) -> None:
    districts = []
    for unit_id, seeds in (("D1", (1, 2)), ("D2", (1, 3))):
        with open_coordinator_store(tmp_path / f"{unit_id}.db") as store:
            with store.session() as session:
                preview = preview_import(session, [centre_reports[s].path for s in seeds])
                commit_import(session, preview)
            with store.session() as session:
                result = consolidate(
                    session, unit_id, PERIOD, unit_name=f"Quận {unit_id}", level="district"
                )
            districts.append(write_consolidation(result, tmp_path / f"{unit_id}.xlsx", now=NOW))
    with qtbot.waitSignal(page.preview_shown, timeout=WAIT):
        page.add_inputs([tmp_path / "D1.xlsx", tmp_path / "D2.xlsx"])
    _import(qtbot, page)
    with qtbot.waitSignal(page.consolidation_refused, timeout=WAIT) as refused:
        page.consolidate_button.click()
    assert "Quận D1 (D1)" in refused.args[0]
    assert "Quận D2 (D2)" in refused.args[0]
    assert "tính hai lần" in page.warnings.text()
    assert not page.export_button.isEnabled()


def test_units_are_added_edited_closed_merged_exported_and_imported(
    qtbot: QtBot,
    qtmodeltester: object,
    page: ConsolidationPage,
    tmp_path: Path,
    errors: list[str],
) -> None:
    assert page.store is not None
    with qtbot.waitSignal(page.units_shown, timeout=WAIT):
        page.hanoi_button.click()
    assert page.units_model.rowCount() == 127
    qtmodeltester.check(page.units_model)  # type: ignore[attr-defined]

    # The unit dialog, driven as a user would: the name has Vietnamese letters.
    dialog = UnitDialog("vi", page.units_model.rows)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.unit_id, "TT-A")
    dialog.name.setText("TTHTCĐ xã Ánh Dương")
    dialog.contact.setText("Cô Hồng")
    dialog.parent_id.setCurrentIndex(dialog.parent_id.findData("01"))
    ok = dialog.findChild(QDialogButtonBox).buttons()[0]
    ok.click()
    assert dialog.result() == UnitDialog.DialogCode.Accepted
    new = dialog.unit()
    page.ask_unit = lambda _current: new
    with qtbot.waitSignal(page.units_shown, timeout=WAIT):
        page.add_unit_button.click()
    page.ask_unit = lambda _current: UnitInfo("TT-B", "TTHTCĐ xã Bình An", "centre", "01")
    with qtbot.waitSignal(page.units_shown, timeout=WAIT):
        page.add_unit_button.click()

    # A unit with an empty name is refused in the dialog, in Vietnamese.
    empty = UnitDialog("vi", [])
    qtbot.addWidget(empty)
    empty.unit_id.setText("X1")
    empty.accept()
    assert empty.result() != UnitDialog.DialogCode.Accepted
    assert "chưa có tên" in empty.error.text()

    row = next(n for n, u in enumerate(page.units_model.rows) if u.unit_id == "TT-A")
    page.units_view.selectRow(row)
    page.ask_close_date = lambda _unit: dt.date(2026, 6, 30)
    with qtbot.waitSignal(page.units_shown, timeout=WAIT):
        page.close_unit_button.click()
    page.ask_merge = lambda: (
        UnitInfo("TT-C", "TTHTCĐ xã Chiến Thắng", "centre", "01"),
        ["TT-B"],
        dt.date(2026, 7, 1),
    )
    with qtbot.waitSignal(page.units_shown, timeout=WAIT):
        page.merge_button.click()
    with page.store.session() as session:
        units = {u.unit_id: u for u in list_units(session)}
    assert units["TT-A"].closed_on == dt.date(2026, 6, 30)
    assert units["TT-A"].contact_person == "Cô Hồng"
    assert units["TT-B"].closed_on == dt.date(2026, 6, 30)
    assert units["TT-C"].replaces == ("TT-B",)
    assert len(units) == 130  # nothing deleted

    page.ask_save_path = lambda *_args: str(tmp_path / "don-vi.xlsx")
    with qtbot.waitSignal(page.file_written, timeout=WAIT):
        page.export_units_button.click()
    with open_coordinator_store(tmp_path / "other.clcc") as other:
        page.close_store()
        page.ask_store_path = lambda: str(other.path)
    with qtbot.waitSignals([page.store_opened, page.units_shown], timeout=WAIT):
        page.store_button.click()
    assert page.units_model.rowCount() == 0
    page.ask_hierarchy_path = lambda: str(tmp_path / "don-vi.xlsx")
    with qtbot.waitSignal(page.units_shown, timeout=WAIT):
        page.import_units_button.click()
    assert page.units_model.rowCount() == 130
    assert "130" in page.status.text()
    assert errors == []


def test_the_store_and_unit_are_remembered(
    qtbot: QtBot, page: ConsolidationPage, settings: QSettings, tmp_path: Path
) -> None:
    page.close_store()
    again = ConsolidationPage(BackgroundRunner(), "vi", settings, TODAY)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.store_opened, timeout=WAIT):
        again.show()
    assert again.store is not None
    assert again.store.path == tmp_path / "dieu-phoi.clcc"
    assert again.unit == CITY
    assert "Thành phố Hà Nội" in again.unit_label.text()
    again.close()
    assert again.store is None  # closed with the page


def test_the_page_is_in_the_main_window(
    qtbot: QtBot,
    small_centre: object,
    settings: QSettings,
    translations: Translations,
    tmp_path: Path,
) -> None:
    from clc_desktop.ui.main_window import MainWindow

    window = MainWindow(small_centre, settings, translations, today=TODAY)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.reports.preview_shown, timeout=WAIT):
        pass  # the Reports page counts once after it is built: not during teardown
    page = window.findChild(ConsolidationPage)
    assert page is not None
    window.show_page("consolidation")
    assert window.pages.currentWidget() is page
    window.show()
    assert page.open_store(tmp_path / "dieu-phoi.clcc")
    window.close()  # the coordinator store closes with the window
    assert page.store is None
    window.runner.wait()


def test_a_covered_report_that_differs_is_a_warning_on_screen(
    qtbot: QtBot, page: ConsolidationPage, centre_reports: Reports, tmp_path: Path
) -> None:
    """A district report lists centre 1; centre 1's own, later-edited report is imported
    too: the district's numbers count, and the page says the two differ."""
    with open_coordinator_store(tmp_path / "D1.db") as store:
        with store.session() as session:
            commit_import(session, preview_import(session, [centre_reports[1].path]))
        with store.session() as session:
            result = consolidate(session, "D1", PERIOD, unit_name="Quận Đống Đa", level="district")
        write_consolidation(result, tmp_path / "D1.xlsx", now=NOW)
    newer = rewrite(
        centre_reports[1].path,
        tmp_path / "c1-newer.xlsx",
        generated_at="2026-09-16T08:00:00+07:00",
        change=more_minutes(centre_reports[1].path, 30),
    )
    with qtbot.waitSignal(page.preview_shown, timeout=WAIT):
        page.add_inputs([tmp_path / "D1.xlsx", newer])
    _import(qtbot, page)
    with qtbot.waitSignal(page.consolidated, timeout=WAIT) as done:
        page.consolidate_button.click()
    assert done.args[0].cube == centre_reports[1].cube
    text = page.warnings.text()
    assert f"báo cáo đã nhập của «{centre_reports[1].name}» khác với bản được tính" in text
    assert "«Quận Đống Đa»" in text

"""The Consolidation page as a whole: a coordinator's journey from real centre reports to
the consolidated report; the store and unit remembered; the store opened once by the
composition root however many pages ask for it; the page in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from clc_desktop.coordinator.completeness import MISSING, ON_TIME
from clc_desktop.reports.cube import Key
from clc_desktop.reports.reader import read_report
from clc_desktop.ui.coordinator_stores import CoordinatorStores
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.operations import BackgroundRunner
from clc_desktop.ui.pages.consolidation import ConsolidationPage
from tests.report_files import copy_reports, summed
from tests.ui.pages.consolidation.steps import (
    CITY,
    TODAY,
    WAIT,
    Reports,
    check_folder,
    import_checked,
    show_status,
    stored,
    tampered,
)


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
    edited = tampered(c3.path, inbox / "report-3-sua.xlsx")
    check_folder(qtbot, page, inbox)

    model = page.import_tab.preview_model
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
    assert stored(page) == []  # the dry run wrote nothing

    import_checked(qtbot, page)
    show_status(qtbot, page)  # the Status tab counts the import when it is shown
    assert sorted(r.unit_id for r in stored(page)) == sorted([c1.unit_id, c2.unit_id])
    assert "→ đã nhập" in model.data(model.index(1, model.OUTCOME))
    assert "→ không nhập" in model.data(model.index(0, model.OUTCOME))
    # Checked again: the imported files are unchanged, with the day they came in.
    check_folder(qtbot, page, inbox)
    assert [r.outcome for r in model.rows] == ["new", "unchanged", "unchanged"]
    assert "không thay đổi: đã nhập ngày" in model.data(model.index(1, model.DETAILS))
    assert model.data(model.index(1, model.OUTCOME)) == "Không thay đổi"

    # Completeness: the untouched centre and the silent unit are missing, with contact.
    status = page.status_tab
    states = {r.expected.unit.unit_id: r.expected.state for r in status.completeness_model.rows}
    assert states == {
        c1.unit_id: ON_TIME,
        c2.unit_id: ON_TIME,
        c3.unit_id: MISSING,
        "silent": MISSING,
    }
    qtmodeltester.check(status.completeness_model)  # type: ignore[attr-defined]
    silent = next(
        row
        for row in range(status.completeness_model.rowCount())
        if status.completeness_model.row(row).expected.unit.unit_id == "silent"
    )
    cells = [
        status.completeness_model.data(status.completeness_model.index(silent, column))
        for column in range(status.completeness_model.columnCount())
    ]
    assert cells[1] == "chưa báo cáo"
    assert "Chị Lan" in cells
    assert "0912 345 678" in cells
    assert "2 trên 4 đơn vị đã báo cáo" in status.completeness_summary.text()

    # Consolidate: the sum of the two centres' own databases.
    tab = page.consolidation_tab
    page.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.consolidated, timeout=WAIT) as done:
        qtbot.mouseClick(tab.consolidate_button, Qt.MouseButton.LeftButton)
    expected = summed([c1.cube, c2.cube])
    assert done.args[0].cube == expected
    assert tab.summed_card.value.text() == "2"
    assert "TTHTCĐ xã Im Lặng" in tab.warnings.text()
    qtmodeltester.check(tab.numbers_model)  # type: ignore[attr-defined]
    assert tab.numbers_model.rowCount() == 3  # two centres and the total
    total = tab.numbers_model.rowCount() - 1  # the last row, the first column of numbers
    last = 1
    learners = expected[Key("learners")]
    assert tab.numbers_model.data(tab.numbers_model.index(total, last)).replace(".", "") == str(
        learners
    )

    output = tmp_path / "out" / "tong-hop"
    page.context.ask_save_path = lambda *_args: str(output)
    with qtbot.waitSignal(tab.export_finished, timeout=WAIT) as written:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    path = written.args[0].path
    assert path == output.with_name("tong-hop.xlsx")
    back = read_report(path)
    assert back.status == "ok", back.findings
    assert back.cube == expected
    assert back.meta["unit_id"] == "01"
    assert back.meta["level"] == "city"
    assert sorted(s.unit_id for s in back.sources) == sorted([c1.unit_id, c2.unit_id])
    assert tab.open_folder_button.isVisible()
    assert errors == []


def test_the_store_and_unit_are_remembered(
    qtbot: QtBot,
    page: ConsolidationPage,
    stores: CoordinatorStores,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    stores.close()  # the app ends: the composition root closes the store
    assert page.store is None
    assert not page.tabs.isEnabled()
    # The next start: the page opens the store it remembers, for the unit it remembers.
    again_stores = CoordinatorStores(BackgroundRunner(), lambda: "vi")
    again = ConsolidationPage(again_stores, "vi", settings, TODAY)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.store_opened, timeout=WAIT):
        again.show()
    assert again.store is not None
    assert again.store.path == tmp_path / "dieu-phoi.clcc"
    assert again.unit == CITY
    assert "Thành phố Hà Nội" in again.unit_label.text()
    again_stores.close()
    assert again.store is None  # closed by its owner, not left to the page


def test_a_remembered_store_that_was_removed_is_not_created_again(
    qtbot: QtBot, settings: QSettings, translations: Translations, tmp_path: Path
) -> None:
    gone = tmp_path / "removed.clcc"
    settings.setValue("consolidation/store", str(gone))
    stores = CoordinatorStores(BackgroundRunner(), lambda: "vi")
    shown = ConsolidationPage(stores, "vi", settings, TODAY)
    qtbot.addWidget(shown)
    errors: list[str] = []
    shown.context.show_error = errors.append
    shown.show()
    qtbot.waitUntil(lambda: stores.runner.pending == 0, timeout=WAIT)
    assert shown.store is None
    assert not gone.exists()
    assert errors == []  # nothing to say: the user chooses a file again
    assert shown.store_button.isEnabled()
    stores.close()


def test_a_second_page_works_on_the_store_already_open(
    qtbot: QtBot, page: ConsolidationPage, stores: CoordinatorStores, settings: QSettings
) -> None:
    """The window rebuilds its pages when the language changes: the new page works on
    the same open store (one ``Store``), and asking for its path again opens nothing."""
    store = page.store
    assert store is not None
    second = ConsolidationPage(stores, "en", settings, TODAY)
    qtbot.addWidget(second)
    assert second.store is store
    assert second.tabs.isEnabled()
    second.open_store(store.path)
    assert stores.runner.pending == 0  # nothing to open
    assert second.store is store
    with qtbot.waitSignal(second.units_tab.units_shown, timeout=WAIT):
        second.show()  # it reads the units of the open store when it is shown
    assert stores.store is store


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
    with qtbot.waitSignal(page.store_opened, timeout=WAIT):
        page.open_store(tmp_path / "dieu-phoi.clcc")
    assert page.store is not None
    window.close()  # the coordinator store closes with the window that opened it
    assert page.store is None
    window.runner.wait()

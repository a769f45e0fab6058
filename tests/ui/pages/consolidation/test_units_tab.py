"""The Units tab: units added, edited, closed, merged (never deleted), the list exported
and imported into another coordinator store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from clc_desktop.coordinator.hierarchy import UnitInfo, list_units
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.ui.pages.consolidation import ConsolidationPage
from clc_desktop.ui.pages.consolidation.dialogs import UnitDialog
from tests.ui.pages.consolidation.steps import WAIT


def test_units_are_added_edited_closed_merged_exported_and_imported(
    qtbot: QtBot,
    qtmodeltester: object,
    page: ConsolidationPage,
    tmp_path: Path,
    errors: list[str],
) -> None:
    assert page.store is not None
    tab = page.units_tab
    with qtbot.waitSignal(tab.units_shown, timeout=WAIT):
        tab.hanoi_button.click()
    assert tab.units_model.rowCount() == 127
    qtmodeltester.check(tab.units_model)  # type: ignore[attr-defined]

    # The unit dialog, driven as a user would: the name has Vietnamese letters.
    dialog = UnitDialog("vi", tab.units_model.rows)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.unit_id, "TT-A")
    dialog.name.setText("TTHTCĐ xã Ánh Dương")
    dialog.contact.setText("Cô Hồng")
    dialog.parent_id.set_code("01")
    ok = dialog.findChild(QDialogButtonBox).buttons()[0]
    ok.click()
    assert dialog.result() == UnitDialog.DialogCode.Accepted
    new = dialog.unit()
    tab.ask_unit = lambda _current: new
    with qtbot.waitSignal(tab.units_shown, timeout=WAIT):
        tab.add_unit_button.click()
    tab.ask_unit = lambda _current: UnitInfo("TT-B", "TTHTCĐ xã Bình An", "centre", "01")
    with qtbot.waitSignal(tab.units_shown, timeout=WAIT):
        tab.add_unit_button.click()

    # A unit with an empty name is refused in the dialog, in Vietnamese.
    empty = UnitDialog("vi", [])
    qtbot.addWidget(empty)
    empty.unit_id.setText("X1")
    empty.accept()
    assert empty.result() != UnitDialog.DialogCode.Accepted
    assert "chưa có tên" in empty.error.text()

    row = next(n for n, u in enumerate(tab.units_model.rows) if u.unit_id == "TT-A")
    tab.units_view.selectRow(row)
    tab.ask_close_date = lambda _unit: dt.date(2026, 6, 30)
    with qtbot.waitSignal(tab.units_shown, timeout=WAIT):
        tab.close_unit_button.click()
    tab.ask_merge = lambda: (
        UnitInfo("TT-C", "TTHTCĐ xã Chiến Thắng", "centre", "01"),
        ["TT-B"],
        dt.date(2026, 7, 1),
    )
    with qtbot.waitSignal(tab.units_shown, timeout=WAIT):
        tab.merge_button.click()
    with page.store.session() as session:
        units = {u.unit_id: u for u in list_units(session)}
    assert units["TT-A"].closed_on == dt.date(2026, 6, 30)
    assert units["TT-A"].contact_person == "Cô Hồng"
    assert units["TT-B"].closed_on == dt.date(2026, 6, 30)
    assert units["TT-C"].replaces == ("TT-B",)
    assert len(units) == 130  # nothing deleted

    page.context.ask_save_path = lambda *_args: str(tmp_path / "don-vi.xlsx")
    with qtbot.waitSignal(tab.file_written, timeout=WAIT):
        tab.export_units_button.click()
    with open_coordinator_store(tmp_path / "other.clcc") as other:
        page.ask_store_path = lambda: str(other.path)
    # Another store: the composition root closes this one and opens the other.
    with qtbot.waitSignals([page.store_opened, tab.units_shown], timeout=WAIT):
        page.store_button.click()
    assert tab.units_model.rowCount() == 0
    tab.ask_hierarchy_path = lambda: str(tmp_path / "don-vi.xlsx")
    with qtbot.waitSignal(tab.units_shown, timeout=WAIT):
        tab.import_units_button.click()
    assert tab.units_model.rowCount() == 130
    assert "130" in page.status.text()
    assert errors == []

"""The Consolidated report tab: two reports covering one centre are refused, naming
both; a covered report that differs is a warning on screen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from clc_desktop.coordinator.consolidation import consolidate, write_consolidation
from clc_desktop.coordinator.report_import import commit_import, preview_import
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.ui.pages.consolidation import ConsolidationPage
from tests.report_files import NOW, PERIOD, more_minutes, rewrite
from tests.ui.pages.consolidation.steps import WAIT, Reports, import_checked


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
    with qtbot.waitSignal(page.import_tab.preview_shown, timeout=WAIT):
        page.import_tab.add_inputs([tmp_path / "D1.xlsx", tmp_path / "D2.xlsx"])
    import_checked(qtbot, page)
    tab = page.consolidation_tab
    with qtbot.waitSignal(tab.consolidation_refused, timeout=WAIT) as refused:
        tab.consolidate_button.click()
    assert "Quận D1 (D1)" in refused.args[0]
    assert "Quận D2 (D2)" in refused.args[0]
    assert "tính hai lần" in tab.warnings.text()
    assert not tab.export_button.isEnabled()


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
    with qtbot.waitSignal(page.import_tab.preview_shown, timeout=WAIT):
        page.import_tab.add_inputs([tmp_path / "D1.xlsx", newer])
    import_checked(qtbot, page)
    tab = page.consolidation_tab
    with qtbot.waitSignal(tab.consolidated, timeout=WAIT) as done:
        tab.consolidate_button.click()
    assert done.args[0].cube == centre_reports[1].cube
    text = tab.warnings.text()
    assert f"báo cáo đã nhập của «{centre_reports[1].name}» khác với bản được tính" in text
    assert "«Quận Đống Đa»" in text

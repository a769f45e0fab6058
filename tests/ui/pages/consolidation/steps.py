"""What the Consolidation page tests share: the unit consolidated for, and the steps a
coordinator takes (check a folder, import, look at what was stored)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clc_desktop.coordinator.hierarchy import UnitInfo
from clc_desktop.coordinator.models import ImportedReport
from clc_desktop.ui.pages.consolidation import ConsolidationPage
from tests.report_files import CentreReport

Reports = dict[int, CentreReport]
TODAY = dt.date(2026, 9, 20)
CITY = UnitInfo("01", "Thành phố Hà Nội", "city")
WAIT = 20000


def tampered(path: Path, target: Path) -> Path:
    """The report with one value changed after export: its hash no longer matches."""
    workbook = load_workbook(path)
    row = next(r for r in workbook["data"].iter_rows(min_row=2) if r[0].value == "sessions_held")
    row[5].value = int(row[5].value) + 10
    workbook.save(target)
    return target


def check_folder(qtbot: QtBot, page: ConsolidationPage, folder: Path) -> None:
    """Add a folder on the Import tab and wait for its dry run."""
    tab = page.import_tab
    tab.ask_folder = lambda: str(folder)
    with qtbot.waitSignal(tab.preview_shown, timeout=WAIT):
        qtbot.mouseClick(tab.add_folder_button, Qt.MouseButton.LeftButton)


def import_checked(qtbot: QtBot, page: ConsolidationPage) -> None:
    tab = page.import_tab
    assert tab.import_button.isEnabled()
    with qtbot.waitSignal(tab.import_finished, timeout=WAIT):
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)


def show_status(qtbot: QtBot, page: ConsolidationPage) -> None:
    """Go to the Status tab: it counts again when something changed while it was hidden."""
    with qtbot.waitSignal(page.status_tab.completeness_shown, timeout=WAIT):
        page.tabs.setCurrentWidget(page.status_tab)


def stored(page: ConsolidationPage) -> list[ImportedReport]:
    assert page.store is not None
    with page.store.session() as session:
        return list(session.scalars(select(ImportedReport).order_by(ImportedReport.unit_id)))

"""A Consolidation page on a fresh coordinator store, its unit chosen; the hierarchy of
the three real centre reports and a unit that never reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clc_desktop.coordinator.hierarchy import UnitInfo, apply_units
from clc_desktop.ui.coordinator_stores import CoordinatorStores
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.operations import BackgroundRunner
from clc_desktop.ui.pages.consolidation import ConsolidationPage
from tests.report_files import PERIOD
from tests.ui.pages.consolidation.steps import CITY, TODAY, WAIT, Reports


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def stores(qapp: QApplication) -> Iterator[CoordinatorStores]:
    """What the composition root owns: the coordinator store, closed at the end."""
    opened = CoordinatorStores(BackgroundRunner(), lambda: "vi")
    yield opened
    opened.close()


@pytest.fixture
def page(
    qtbot: QtBot,
    settings: QSettings,
    translations: Translations,
    tmp_path: Path,
    errors: list[str],
    stores: CoordinatorStores,
) -> Iterator[ConsolidationPage]:
    shown = ConsolidationPage(stores, "vi", settings, TODAY)
    qtbot.addWidget(shown)
    shown.context.show_error = errors.append
    shown.ask_store_path = lambda: str(tmp_path / "dieu-phoi.clcc")
    shown.ask_consolidating_unit = lambda: CITY
    shown.resize(1200, 800)
    shown.show()
    with qtbot.waitSignals([shown.store_opened, shown.units_tab.units_shown], timeout=WAIT):
        qtbot.mouseClick(shown.store_button, Qt.MouseButton.LeftButton)
    shown.tabs.setCurrentWidget(shown.status_tab)  # it counts while it is on screen
    with qtbot.waitSignal(shown.status_tab.completeness_shown, timeout=WAIT):
        qtbot.mouseClick(shown.unit_button, Qt.MouseButton.LeftButton)
    shown.tabs.setCurrentWidget(shown.units_tab)
    # The latest school year that has ended is chosen first.
    assert shown.period.code() == PERIOD
    yield shown
    stores.runner.wait()


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
    page.units_tab.ask_unit = lambda _current: UnitInfo(
        "silent", "TTHTCĐ xã Im Lặng", "centre", CITY.unit_id, None, "Chị Lan", "0912 345 678"
    )
    page.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(page.units_tab.units_shown, timeout=WAIT):
        qtbot.mouseClick(page.units_tab.add_unit_button, Qt.MouseButton.LeftButton)

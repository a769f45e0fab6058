"""Every field that searches a list takes what it offers: the coordinator's unit fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clc_desktop.coordinator.hierarchy import UnitInfo
from clc_desktop.ui.centre_dialog import CentreDialog
from clc_desktop.ui.pages.consolidation.dialogs import UnitDialog, UnitMergeDialog
from tests.journeys.person import Person

UNITS = [
    UnitInfo("HN", "Thành phố Hà Nội", "city"),
    UnitInfo("00364", "Phường Khương Đình", "commune", "HN"),
    UnitInfo("00367", "Phường Thanh Xuân", "commune", "HN"),
    UnitInfo("TT-KD", "TTHTCĐ phường Khương Đình", "centre", "00364"),
]


def test_a_units_parent_is_picked_with_down_and_enter(person: Person) -> None:
    dialog = UnitDialog("vi", UNITS)
    person.qtbot.addWidget(dialog)
    person.sees(dialog)
    person.types("TT-TX", into=dialog.unit_id)
    person.types("TTHTCĐ phường Thanh Xuân", into=dialog.name)
    person.types("thanh xuan", into=dialog.parent_id)
    assert person.popup_rows() == ["Phường Thanh Xuân (00367)"]
    person.presses(Qt.Key.Key_Down)
    person.presses(Qt.Key.Key_Return)
    assert dialog.parent_id.currentText() == "Phường Thanh Xuân (00367)"
    assert dialog.unit().parent_id == "00367"


def test_the_unit_that_replaces_others_is_picked_with_the_mouse(person: Person) -> None:
    dialog = UnitMergeDialog("vi", UNITS, dt.date(2026, 7, 1))
    person.qtbot.addWidget(dialog)
    person.sees(dialog)
    person.types("khuong dinh", into=dialog.successor)
    person.picks_from_popup("Phường Khương Đình (00364)")
    assert dialog.successor.currentText() == "Phường Khương Đình (00364)"
    assert dialog.successor_unit().unit_id == "00364"


def test_leaving_the_field_with_part_of_one_name_takes_that_name(person: Person) -> None:
    dialog = CentreDialog("vi")
    person.qtbot.addWidget(dialog)
    person.sees(dialog)
    person.types("thanh xuan", into=dialog.commune)
    person.presses(Qt.Key.Key_Escape)  # closes the suggestions, not the form
    assert dialog.isVisible()
    person.presses(Qt.Key.Key_Tab)
    assert dialog.commune.currentText() == "Phường Thanh Xuân"
    assert dialog.name.text() == "TTHTCĐ phường Thanh Xuân"

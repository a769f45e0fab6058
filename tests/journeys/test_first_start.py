"""The first start: a new centre chooses its ward from the suggestions, and it is taken."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clc_desktop.ui.centre_dialog import CentreDialog
from clc_desktop.ui.i18n import Translations
from tests.journeys.person import Person


def _dialog_chooses(person: Person, how: str) -> CentreDialog:
    dialog = CentreDialog("vi")
    person.qtbot.addWidget(dialog)
    person.sees(dialog)
    person.types("khuong dinh", into=dialog.commune)
    assert "Phường Khương Đình" in person.popup_rows()
    if how == "mouse":
        person.picks_from_popup("Phường Khương Đình")
    else:
        person.presses(Qt.Key.Key_Down)
        person.presses(Qt.Key.Key_Return)
    return dialog


def test_the_ward_picked_with_the_mouse_is_the_ward_saved(
    person: Person, translations: Translations
) -> None:
    dialog = _dialog_chooses(person, "mouse")
    assert dialog.commune.currentText() == "Phường Khương Đình"
    person.types("Nguyễn Thị Lan", into=dialog.contact_person)
    person.clicks(dialog.save_button)
    assert not dialog.problems.isVisible(), dialog.problems.text()
    assert dialog.result() == CentreDialog.DialogCode.Accepted
    assert dialog.profile().commune_name == "Phường Khương Đình"
    assert dialog.profile().contact_person == "Nguyễn Thị Lan"


def test_the_ward_picked_with_down_and_enter_is_the_ward_saved(
    person: Person, translations: Translations
) -> None:
    dialog = _dialog_chooses(person, "keyboard")
    assert dialog.commune.currentText() == "Phường Khương Đình"
    person.clicks(dialog.save_button)
    assert dialog.result() == CentreDialog.DialogCode.Accepted, dialog.problems.text()
    assert dialog.profile().commune_code == "00364"  # Phường Khương Đình


def test_the_first_start_waits_for_the_ward_with_the_keyboard_in_its_field(
    person: Person, translations: Translations
) -> None:
    dialog = CentreDialog("vi")
    person.qtbot.addWidget(dialog)
    person.sees(dialog)
    person.types("hoan kiem")  # no click: the keyboard is already in the ward's field
    assert person.popup_rows() == ["Phường Hoàn Kiếm"]

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clc_desktop.domain.centre import CentreProfile
from clc_desktop.ui.centre_dialog import CentreDialog
from clc_desktop.ui.i18n import Translations


def test_first_run_finds_a_ward_typed_without_accents(
    qtbot: QtBot, translations: Translations
) -> None:
    dialog = CentreDialog("vi")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Chào mừng đến với CLC Desktop"
    qtbot.keyClicks(dialog.commune.lineEdit(), "hoan kiem")
    popup = dialog.commune.suggestion_list()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["Phường Hoàn Kiếm"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.commune.currentText() == "Phường Hoàn Kiếm"
    assert dialog.name.text() == "TTHTCĐ phường Hoàn Kiếm"
    dialog.contact_person.setText("Nguyễn Thị Lan")
    dialog.phone.setText("0912 345 678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == CentreDialog.DialogCode.Accepted
    profile = dialog.profile()
    assert profile.commune_code == "00070"
    assert profile.province_code == "01"
    assert profile.parent_unit_id == "01"
    assert profile.parent_unit_name == "Thành phố Hà Nội"
    assert profile.contact_person == "Nguyễn Thị Lan"


def test_the_form_says_what_is_missing_in_vietnamese(
    qtbot: QtBot, translations: Translations
) -> None:
    dialog = CentreDialog("vi")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText("gọi tôi")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != CentreDialog.DialogCode.Accepted
    assert dialog.problems.isVisible()
    text = dialog.problems.text()
    assert "Hãy nhập tên trung tâm" in text
    assert "Hãy chọn hoặc nhập xã/phường" in text
    assert "Số điện thoại chỉ gồm chữ số" in text


def test_another_province_is_typed_in(qtbot: QtBot, translations: Translations) -> None:
    dialog = CentreDialog("vi")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.other.setChecked(True)
    assert not dialog.commune.isVisible()
    assert dialog.commune_name.isVisible()
    dialog.province_name.setText("Tỉnh Bắc Ninh")
    dialog.commune_name.setText("Xã Tiên Du")
    dialog.commune_code.setText("0921")
    dialog.name.setText("TTHTCĐ xã Tiên Du")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "5 chữ số" in dialog.problems.text()
    dialog.commune_code.setText("09211")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == CentreDialog.DialogCode.Accepted
    assert dialog.profile().province_code is None
    assert dialog.profile().commune_code == "09211"


def test_editing_keeps_the_profile_and_its_unit_id(
    qtbot: QtBot, translations: Translations
) -> None:
    existing = CentreProfile(
        name="TTHTCĐ phường Hoàn Kiếm",
        commune_code="00070",
        commune_name="Phường Hoàn Kiếm",
        province_code="01",
        province_name="Thành phố Hà Nội",
        parent_unit_id="01",
        parent_unit_name="Thành phố Hà Nội",
        phone="0243 825 1234",
        unit_id="6c0b7a3e-0b1f-4c55-9a8e-1d2f3a4b5c6d",
    )
    dialog = CentreDialog("vi", existing)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Hồ sơ trung tâm"
    assert dialog.commune.currentText() == "Phường Hoàn Kiếm"
    assert dialog.profile(existing.unit_id) == existing

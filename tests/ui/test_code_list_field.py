from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from clc_desktop.ui.code_list_field import CodeListField

WARDS = [("00364", "Phường Khương Đình"), ("00367", "Phường Thanh Xuân"), ("09619", "Xã Ô Diên")]


_KEEP: list[QWidget] = []


def _field(qtbot: QtBot, **options: bool) -> tuple[CodeListField, QLineEdit]:
    window = QWidget()
    _KEEP[:] = [window]  # the field lives as long as the test
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field = CodeListField(WARDS, "Gõ để tìm", **options)
    after = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(after)
    window.show()
    return field, after


def test_words_in_any_order_without_accents_or_a_code_find_the_entry(qtbot: QtBot) -> None:
    field, _ = _field(qtbot)
    line = field.lineEdit()
    qtbot.keyClicks(line, "dinh khuong")
    assert field.suggestions() == ["Phường Khương Đình"]
    line.clear()
    qtbot.keyClicks(line, "00367")
    assert field.suggestions() == ["Phường Thanh Xuân"]
    line.clear()
    qtbot.keyClicks(line, "o dien")
    assert field.suggestions() == ["Xã Ô Diên"]


def test_a_name_typed_in_full_by_hand_is_taken(qtbot: QtBot) -> None:
    field, _ = _field(qtbot)
    qtbot.keyClicks(field.lineEdit(), "phuong thanh xuan")
    assert field.code() == "00367"
    assert field.text() == "Phường Thanh Xuân"


def test_a_name_not_in_the_list_is_not_a_code_but_kept_as_free_text(qtbot: QtBot) -> None:
    field, _ = _field(qtbot, free_text=True)
    qtbot.keyClicks(field.lineEdit(), "Hoi Phu nu")
    assert field.code() is None
    assert field.text() == "Hoi Phu nu"
    assert not field.is_known()


def test_the_empty_entry_means_not_known(qtbot: QtBot) -> None:
    field, _ = _field(qtbot, empty_entry=True)
    assert field.code() is None
    assert field.is_known()
    field.set_code("09619")
    assert field.currentText() == "Xã Ô Diên"
    field.set_code(None)
    assert field.currentText() == ""

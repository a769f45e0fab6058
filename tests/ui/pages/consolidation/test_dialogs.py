"""The unit dialogs show the usual levels in words, in the user's language, never as the
codes the file keeps; a level of one's own can still be typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from clc_desktop.coordinator.hierarchy import UnitInfo
from clc_desktop.ui.pages.consolidation.dialogs import ConsolidatingUnitDialog, UnitDialog

UNITS = [
    UnitInfo("HN", "Thành phố Hà Nội", "city"),
    UnitInfo("00070", "Phường Hoàn Kiếm", "commune", "HN"),
]


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_levels_are_offered_in_words_and_saved_as_codes(qtbot: QtBot) -> None:
    dialog = UnitDialog("vi", UNITS, None)
    qtbot.addWidget(dialog)
    assert _items(dialog.level) == [
        "TTHTCĐ",
        "Xã, phường",
        "Cụm",
        "Cấp trung gian",
        "Thành phố",
        "Tỉnh",
    ]
    assert dialog.level.currentText() == "TTHTCĐ"  # a new unit is a centre
    dialog.level.showPopup()
    view = dialog.level.view()
    view.setCurrentIndex(dialog.level.model().index(2, 0))  # «Cụm», by the keyboard
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.level.currentText() == "Cụm"
    assert dialog.level.level() == "cluster"
    dialog.level.lineEdit().selectAll()
    qtbot.keyClicks(dialog.level.lineEdit(), "lien xa")  # a level of one's own
    assert dialog.level.level() == "lien xa"


def test_the_consolidating_unit_shows_its_level_in_words(qtbot: QtBot) -> None:
    dialog = ConsolidatingUnitDialog("vi", UNITS, None)
    qtbot.addWidget(dialog)
    assert dialog.level.currentText() == "Cấp trung gian"
    assert "Thành phố Hà Nội (Thành phố)" in _items(dialog.known)
    dialog.show()
    qtbot.keyClicks(dialog.known.lineEdit(), "ha noi")  # typed without accents
    popup = dialog.known.suggestion_list()
    qtbot.waitUntil(popup.isVisible)
    assert dialog.known.suggestions() == ["Thành phố Hà Nội (Thành phố)"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.known.currentText() == "Thành phố Hà Nội (Thành phố)"
    assert dialog.level.currentText() == "Thành phố"
    assert dialog.unit() == UnitInfo("HN", "Thành phố Hà Nội", "city")


def test_the_city_comes_first_among_the_units_one_consolidates_for(qtbot: QtBot) -> None:
    units = [
        UnitInfo("00070", "Phường Hoàn Kiếm", "commune", "HN"),
        UnitInfo("00004", "Phường Ba Đình", "commune", "HN"),
        UnitInfo("HN", "Thành phố Hà Nội", "city"),
        UnitInfo("C1", "Cụm Đông Anh", "cluster", "HN"),
    ]
    dialog = ConsolidatingUnitDialog("vi", units, None)
    qtbot.addWidget(dialog)
    assert _items(dialog.known)[1:] == [
        "Thành phố Hà Nội (Thành phố)",
        "Cụm Đông Anh (Cụm)",
        "Phường Ba Đình (Xã, phường)",
        "Phường Hoàn Kiếm (Xã, phường)",
    ]

"""Qt's own dialogs and menus speak Vietnamese: nothing English shows in the Vietnamese UI.

Each dialog or menu the app shows is opened as a person opens it (a right click, the
app's own call that asks where to save), and every text on it is read: labels, buttons,
menu entries, tool tips, list items, column headers, window titles. A word made of ASCII
letters only (3 or more) that is not a Vietnamese syllable written without its marks, nor
one of the few names a Vietnamese office also writes (PDF, Excel, Ctrl…), is English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from clc_desktop.ui.files import ask_save_path
from clc_desktop.ui.i18n import Translations
from tests.journeys.person import Person

#: Names, not English: file kinds, the app's name, keys on the keyboard, Unicode's codes.
ALLOWED = {
    "pdf", "excel", "xlsx", "xls", "csv", "clc", "desktop", "ctrl", "shift", "alt", "del",
    "ins", "esc", "unicode", "byte", "lrm", "rlm", "zwj", "zwnj", "zwsp", "lre", "rle",
    "lro", "rlo", "lri", "rli", "fsi", "pdi", "kib", "mib", "gib", "tib",
}  # fmt: skip
#: English words that happen to spell a Vietnamese syllable.
ENGLISH_SYLLABLES = {"cut", "top", "tab", "open", "the", "can"}
_VIETNAMESE_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?"
)


def english_words(text: str) -> list[str]:
    words = re.split(r"[^\w]+|_|\d", text.replace("&", ""))
    return [
        word
        for word in words
        if len(word) >= 3
        and word.isascii()
        and word.lower() not in ALLOWED
        and (word.lower() in ENGLISH_SYLLABLES or not _VIETNAMESE_SYLLABLE.fullmatch(word.lower()))
    ]


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def right_clicks(person: Person, widget: QWidget) -> None:
    """A right click as the window system delivers it, so that Qt makes the context-menu
    event. (After a first menu has closed, Qt 6.11 on xcb no longer turns QTest's
    synthesised presses into that event; the event then goes to the widget under the
    pointer, as Qt's QWidgetWindow would send it.)"""
    window = widget.window().windowHandle()
    at = widget.mapTo(widget.window(), widget.rect().center())
    QTest.mouseClick(window, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, at)
    QApplication.processEvents()
    if QApplication.activePopupWidget() is None:
        centre = widget.rect().center()
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, centre, widget.mapToGlobal(centre)
        )
        QApplication.sendEvent(widget, event)


def texts_shown(window: QWidget, data: set[str]) -> list[str]:
    """Every text `window` shows a person, but the `data` (file and folder names, paths)."""
    found = [window.windowTitle(), window.toolTip()]
    if isinstance(window, QMenu):
        found += _menu_texts(window)
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        found.append(widget.toolTip())
        found.append(widget.accessibleName())
        if isinstance(widget, QLabel):
            found.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(row) for row in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()
            for column in range(model.columnCount(root)):
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(model.rowCount(root)):
                for column in range(model.columnCount(root)):
                    found.append(str(model.index(row, column, root).data() or ""))
    return [t for t in found if t and t not in data and "/" not in t and t != "%1"]


def english_in(window: QWidget, data: set[str]) -> dict[str, list[str]]:
    return {t: english_words(t) for t in texts_shown(window, data) if english_words(t)}


def test_the_detector_finds_english_and_lets_vietnamese_through() -> None:
    assert english_words("&Undo\tCtrl+Z") == ["Undo"]
    assert english_words("Look in:") == ["Look"]
    assert english_words("Cu&t") == ["Cut"]
    assert english_words("Xem dạng danh sách") == []
    assert english_words("Thư mục cha") == []
    assert english_words("Tệp PDF (*.pdf)") == []
    assert english_words("&Hoàn tác\tCtrl+Z") == []


def while_shown(
    person: Person, show: Callable[[], object], look: Callable[[QWidget], None]
) -> None:
    """Runs `show` (which waits, as `exec` does) and `look` at the window it opens, then
    closes that window if `look` did not. A failure in `look` fails the test."""
    failures: list[BaseException] = []
    before = {QApplication.activeModalWidget(), QApplication.activePopupWidget()}
    timer = QTimer()
    timer.setInterval(50)
    waited = [0]

    def looking() -> None:
        window = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        waited[0] += 1
        if (window is None or window in before) and waited[0] < 100:
            return
        timer.stop()
        if window is None or window in before:
            failures.append(AssertionError("no window opened"))
            return
        try:
            person.qtbot.waitExposed(window)
            look(window)
        except BaseException as error:  # reported after the window closes
            failures.append(error)
        finally:
            if window.isVisible():
                QTest.keyClick(window, Qt.Key.Key_Escape)  # as a person closes it
            if window.isVisible():
                window.close()

    timer.timeout.connect(looking)
    timer.start()
    show()  # a dialog's exec returns when it closes; a menu's popup() at once
    person.wait_for(lambda: not timer.isActive(), timeout=10000)
    if failures:
        raise failures[0]


@pytest.fixture
def window(person: Person, translations: Translations) -> QWidget:
    main = QWidget()
    main.resize(600, 400)
    person.qtbot.addWidget(main)
    person.sees(main)
    return main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A Documents folder with a sub-folder and a report already saved in it."""
    documents = tmp_path / "Tài liệu"
    (documents / "2025").mkdir(parents=True)
    (documents / "1.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 2048)
    return documents


def _data(folder: Path) -> set[str]:
    home = Path(QDir.homePath())
    return {folder.name, "2025", "1.pdf", "1", home.name, *home.parts, *folder.parts}


def test_the_save_dialog_is_vietnamese(
    person: Person, window: QWidget, folder: Path, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("reports/folder", str(folder))
    seen: dict[str, dict[str, list[str]]] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        person.wait_for(
            lambda: (
                dialog.findChild(QAbstractItemView, "listView")
                .model()
                .rowCount(dialog.findChild(QAbstractItemView, "listView").rootIndex())
                >= 2
            )
        )
        person.clicks(dialog.findChild(QToolButton, "detailModeButton"))
        seen["the dialog"] = english_in(dialog, _data(folder))
        view = dialog.findChild(QAbstractItemView, "treeView")
        while_shown(
            person,
            lambda: right_clicks(person, view.viewport()),
            lambda menu: seen.__setitem__("its right-click menu", english_in(menu, set())),
        )
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        person.clicks(name)
        person.presses(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        person.types("1.pdf")
        while_shown(
            person,
            lambda: person.presses(Qt.Key.Key_Return),
            lambda box: seen.__setitem__("the overwrite question", english_in(box, _data(folder))),
        )
        person.clicks(dialog.findChild(QToolButton, "newFolderButton"))
        seen["a new folder"] = english_in(dialog, _data(folder))

    while_shown(
        person,
        lambda: ask_save_path(
            window, "Lưu báo cáo", "2026", "Tệp PDF (*.pdf)", settings=settings,
            key="reports", suffix=".pdf",
        ),
        look,
    )  # fmt: skip
    assert set(seen) == {
        "the dialog",
        "its right-click menu",
        "the overwrite question",
        "a new folder",
    }
    assert seen == {key: {} for key in seen}


def test_the_open_dialog_is_vietnamese(person: Person, window: QWidget, folder: Path) -> None:
    seen: dict[str, list[str]] = {}

    def look(dialog: QWidget) -> None:
        person.clicks(dialog.findChild(QToolButton, "detailModeButton"))
        seen.update(english_in(dialog, _data(folder)))
        seen["(looked)"] = []

    while_shown(
        person,
        lambda: QFileDialog.getOpenFileName(window, "Chọn tệp", str(folder), "Tệp PDF (*.pdf)"),
        look,
    )
    assert seen == {"(looked)": []}


def test_a_question_and_its_details_are_vietnamese(person: Person, window: QWidget) -> None:
    seen: dict[str, list[str]] = {}

    def look(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.update(english_in(box, set()))
        details = [
            b
            for b in box.buttons()
            if b.text()
            not in (
                box.button(QMessageBox.StandardButton.Yes).text(),
                box.button(QMessageBox.StandardButton.No).text(),
            )
        ]
        for button in details:
            person.clicks(button)
            seen.update(english_in(box, set()))
        seen["(looked)"] = []

    def ask() -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, "Xác nhận", "Xóa buổi học này?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window,
        )  # fmt: skip
        box.setDetailedText("Buổi học ngày 04/12/2026")
        box.exec()

    while_shown(person, ask, look)
    seen_ok: dict[str, list[str]] = {}
    while_shown(
        person,
        lambda: QMessageBox.information(window, "Thông báo", "Đã lưu."),
        lambda box: seen_ok.update(english_in(box, set())),
    )
    assert seen == {"(looked)": []}
    assert seen_ok == {}


def test_asking_for_a_text_is_vietnamese(person: Person, window: QWidget) -> None:
    seen: dict[str, list[str]] = {}

    def look(dialog: QWidget) -> None:
        seen.update(english_in(dialog, set()))
        seen["(looked)"] = []

    while_shown(person, lambda: QInputDialog.getText(window, "Ghi chú", "Lý do:"), look)
    assert seen == {"(looked)": []}


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit, QTextEdit])
def test_the_right_click_menu_of_a_text_field_is_vietnamese(
    person: Person, window: QWidget, kind: type[QWidget]
) -> None:
    field = kind(window)
    field.resize(300, 100)
    field.show()
    person.types("Nguyễn Thị Lan", into=field)
    person.presses(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    target = field.viewport() if hasattr(field, "viewport") else field
    seen: dict[str, list[str]] = {}

    def look(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        assert len(menu.actions()) >= 6
        seen.update(english_in(menu, set()))
        seen["(looked)"] = []

    while_shown(
        person,
        lambda: right_clicks(person, target),
        look,
    )
    assert seen == {"(looked)": []}

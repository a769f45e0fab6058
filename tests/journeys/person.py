"""A person at the keyboard and mouse, for the journey tests.

Everything goes in as the events a person's keys and mouse make, to the widget that has
the focus or lies under the pointer: key presses (letters, Down, Return, Ctrl+Enter),
text committed by a Vietnamese input method (Unikey and EVKey commit whole syllables, so
accented text arrives as an input-method commit, not as key presses), mouse clicks at a
widget's centre or at a row of a popup list. Nothing sets a widget's text by code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot


class Person:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    # -- looking -------------------------------------------------------------------------
    def sees(self, window: QWidget) -> None:
        """The window is on screen, active, and has taken the keyboard."""
        window.show()
        window.raise_()
        window.activateWindow()
        self.qtbot.waitExposed(window)
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window.window())

    def wait_for(self, condition: Callable[[], object], timeout: int = 5000) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    def focused(self) -> QWidget | None:
        return QApplication.focusWidget()

    # -- the keyboard --------------------------------------------------------------------
    def types(self, text: str, into: QWidget | None = None) -> None:
        """Types `text` where the focus is (or clicks into `into` first). ASCII goes key
        by key; a word with Vietnamese letters is committed whole, as an input method does."""
        if into is not None:
            self.clicks(into)
        target = self._keyboard_target()
        for word in _words(text):
            if word.isascii():
                QTest.keyClicks(target, word)
            else:
                event = QInputMethodEvent("", [])
                event.setCommitString(word)
                QApplication.sendEvent(target, event)
            QApplication.processEvents()

    def presses(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self._keyboard_target(), key, modifier)
        QApplication.processEvents()

    def _keyboard_target(self) -> QWidget:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    # -- the mouse -----------------------------------------------------------------------
    def clicks(self, widget: QWidget, at: QPoint | None = None) -> None:
        assert widget.isVisible(), f"{widget!r} is not on screen"
        assert widget.isEnabled(), f"{widget!r} is greyed out"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())
        QApplication.processEvents()

    def double_clicks(self, widget: QWidget, at: QPoint | None = None) -> None:
        self.qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())
        QApplication.processEvents()

    def clicks_row(self, view: QAbstractItemView, index: QModelIndex) -> None:
        view.scrollTo(index)
        self.clicks(view.viewport(), view.visualRect(index).center())

    def popup_rows(self) -> list[str]:
        """The texts of the rows of the list that popped up (a completer, a combo box)."""
        view = self.popup_list()
        model = view.model()
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]

    def popup_list(self) -> QAbstractItemView:
        self.wait_for(QApplication.activePopupWidget)
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QAbstractItemView):
            return popup
        views = popup.findChildren(QAbstractItemView) if popup else []
        assert views, f"the popup {popup!r} holds no list"
        return views[0]

    def picks_from_popup(self, text: str) -> None:
        """Clicks the row that shows `text` in the list that popped up."""
        view = self.popup_list()
        model = view.model()
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        matching = [index for index in rows if index.data() == text]
        assert matching, f"{text!r} is not offered; the list shows {self.popup_rows()}"
        self.clicks_row(view, matching[0])


def _words(text: str) -> list[str]:
    """`text` cut before each space, so spaces travel with the ASCII key presses."""
    words: list[str] = []
    for part in text.split(" "):
        if words:
            words.append(" ")
        if part:
            words.append(part)
    return words

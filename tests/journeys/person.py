"""A person at the keyboard and mouse, for the journey tests.

Everything goes in as the events a person's keys and mouse make, to the widget that has
the focus or lies under the pointer: key presses (letters, Down, Return, Ctrl+Enter),
text committed by a Vietnamese input method (Unikey and EVKey commit whole syllables, so
accented text arrives as an input-method commit, not as key presses), mouse clicks at a
widget's centre or at a row of a popup list. Nothing sets a widget's text by code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)
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

    def window_manager_refocuses(self) -> None:
        """Gives the keyboard back to the window left on screen once a dialog closed, as a
        desktop's window manager does (pytest-xvfb runs none, so X gives it to no one)."""
        if QApplication.activeModalWidget() is not None or QApplication.activeWindow():
            return
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        if shown:
            shown[-1].activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=2000)

    def wait_for(
        self,
        condition: Callable[[], object],
        timeout: int = 5000,
        failing: Callable[[], str] | None = None,
    ) -> None:
        """Waits until `condition` holds; else fails saying `failing()` (what is seen)."""
        try:
            self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)
        except Exception:
            if failing is None:
                raise
            raise AssertionError(failing()) from None

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
    def clicks(
        self,
        widget: QWidget,
        at: QPoint | None = None,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """A left click at `at` (the centre) of `widget`, delivered as the window system
        delivers it: to the innermost widget under the pointer (the line edit of an
        editable combo box or of a date field, not the box around it)."""
        assert widget.isVisible(), f"{widget!r} is not on screen"
        assert widget.isEnabled(), f"{widget!r} is greyed out"
        target, pos = _under_pointer(widget, at or widget.rect().center())
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton, modifier, pos)
        QApplication.processEvents()

    def double_clicks(self, widget: QWidget, at: QPoint | None = None) -> None:
        """Two clicks in a row, as the window system reports them: a press and release,
        then a double-click press and its release (QTest's double click alone sends only
        the second pair, which an item view does not take as a double click)."""
        target, pos = _under_pointer(widget, at or widget.rect().center())
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=pos)
        self.qtbot.mouseDClick(target, Qt.MouseButton.LeftButton, pos=pos)
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

    def picks_from_popup(self, text: str, view: QAbstractItemView | None = None) -> None:
        """Clicks the row that shows `text` in the list that popped up (`view`, when the
        test knows which list it is)."""
        view = view or self.popup_list()
        model = view.model()
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        matching = [index for index in rows if index.data() == text]
        assert matching, f"{text!r} is not offered; the list shows {self.popup_rows()}"
        self.clicks_row(view, matching[0])

    def chooses(self, combo: QComboBox, text: str) -> None:
        """Opens a drop-down list with a click and clicks the row showing `text`."""
        self.clicks(combo)
        self.popup_list()
        # A combo box ignores a release that comes within a double-click's time of the
        # press that opened it (its "press, drag, release" gesture); a person is slower.
        QTest.qWait(QApplication.doubleClickInterval() + 50)
        self.picks_from_popup(text, combo.view())
        self.wait_for(
            lambda: QApplication.activePopupWidget() is None,
            failing=lambda: (
                f"the list stays open after a click on {text!r}: "
                f"{QApplication.activePopupWidget()!r}, the box shows {combo.currentText()!r}"
            ),
        )
        assert combo.currentText() == text, f"the box shows {combo.currentText()!r}"

    def types_date(self, edit: QDateEdit, day: str) -> None:
        """Types a date `dd/mm/yyyy` into a date field as a person does: a double click
        on the day selects it, then the digits (each part, once full, moves to the next)."""
        line = edit.lineEdit()
        assert line is not None
        self.double_clicks(line, QPoint(6, line.height() // 2))
        self.types(day.replace("/", ""))

    # -- reading the screen --------------------------------------------------------------
    def button(self, window: QWidget, *texts: str) -> QAbstractButton:
        """The button on screen in `window` that reads one of `texts` (its `&` shortcut
        mark and a trailing `…` aside), or the one whose text starts with it."""
        shown = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        for exact in (True, False):
            for text in texts:
                wanted = _plain(text)
                for button in shown:
                    label = _plain(button.text())
                    if (label == wanted) if exact else label.startswith(wanted):
                        return button
        raise AssertionError(
            f"no button {' / '.join(texts)!r} on screen; the buttons read "
            f"{[b.text() for b in shown]}"
        )

    def field(self, window: QWidget, label: str) -> QWidget:
        """The field a person finds beside the label `label` (a form's row, or the widget
        that follows the label in its row)."""
        wanted = _plain(label)
        labels = [
            widget
            for widget in window.findChildren(QLabel)
            if widget.isVisible() and _plain(widget.text()) == wanted
        ]
        assert labels, f"no label {label!r} on screen; the labels read {self.texts(window)}"
        for shown in labels:
            found = _beside(shown)
            if found is not None:
                return found
        raise AssertionError(f"nothing to fill in beside {label!r}")

    def texts(self, window: QWidget) -> list[str]:
        """What the labels on screen in `window` say."""
        return [
            widget.text()
            for widget in window.findChildren(QLabel)
            if widget.isVisible() and widget.text()
        ]

    def reads(self, window: QWidget, text: str) -> str:
        """The first label on screen that contains `text` (accents and case as written)."""
        for shown in self.texts(window):
            if text in _plain(shown):
                return shown
        raise AssertionError(f"nothing on screen reads {text!r}; it reads {self.texts(window)}")

    def rows(self, view: QAbstractItemView, column: int = 0) -> list[str]:
        model = view.model()
        return [str(model.index(row, column).data() or "") for row in range(model.rowCount())]

    def snapshot(self, folder: Path | None, name: str, window: QWidget | None = None) -> None:
        """Keeps a picture of `window` or the active one (for the report of a step)."""
        window = window or QApplication.activeModalWidget() or QApplication.activeWindow()
        if folder is not None and window is not None:
            folder.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(folder / f"{name}.png"))

    # -- dialogs -------------------------------------------------------------------------
    def when_dialog(
        self, steps: Callable[[QWidget], None], title: str = "", kind: type[QWidget] = QWidget
    ) -> DialogSteps:
        """Waits for a modal dialog of `kind` whose title contains `title` to come up (it
        may run its own event loop, as `exec()` does), then does `steps` to it. Say it
        before the click that opens the dialog; `.wait()` after it."""
        return DialogSteps(self, steps, title, kind)

    def saves_file_as(self, path: Path) -> DialogSteps:
        """When the save dialog comes up: types `path` into its file name field, Enter."""

        def steps(dialog: QWidget) -> None:
            assert isinstance(dialog, QFileDialog)
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name is not None, "the save dialog has no file name field"
            assert name.isVisible(), "the save dialog's file name field is hidden"
            self.clicks(name)
            QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.types(str(path))
            if QApplication.activePopupWidget() is not None:  # the folder suggestions
                self.presses(Qt.Key.Key_Escape)
            self.presses(Qt.Key.Key_Return)
            self.wait_for(lambda: not dialog.isVisible())

        return self.when_dialog(steps, kind=QFileDialog)


class DialogSteps:
    """Steps to take in a modal dialog once it is up (see :meth:`Person.when_dialog`)."""

    #: The steps waiting for their dialog (the watchdog leaves those dialogs alone).
    pending: ClassVar[list[DialogSteps]] = []

    def __init__(
        self,
        person: Person,
        steps: Callable[[QWidget], None],
        title: str,
        kind: type[QWidget],
    ) -> None:
        self.person = person
        self.steps = steps
        self.title = title
        self.kind = kind
        self.dialog_title = ""
        self.dialog: QWidget | None = None
        self.done = False
        self.error: BaseException | None = None
        self._timer = QTimer()
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._look)
        self._timer.start()
        DialogSteps.pending.append(self)

    def matches(self, dialog: QWidget) -> bool:
        """`dialog` is the one these steps wait for, or the one they work in."""
        if self.dialog is not None:
            return dialog is self.dialog
        return isinstance(dialog, self.kind) and self.title in dialog.windowTitle()

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or not self.matches(dialog):
            return
        self._timer.stop()
        self.dialog_title = dialog.windowTitle()
        self.dialog = dialog
        try:
            self.person.qtbot.waitExposed(dialog)
            self.steps(dialog)
        except BaseException as error:  # the test fails in wait(), not inside Qt
            self.error = error
            if dialog.isVisible() and isinstance(dialog, QDialog):
                dialog.done(QDialog.DialogCode.Rejected)  # never leave a modal loop running
        finally:
            self.done = True
            if self in DialogSteps.pending:
                DialogSteps.pending.remove(self)

    def wait(self, timeout: int = 15000) -> str:
        """Waits until the steps were done; fails as they failed. The dialog's title."""
        try:
            self.person.qtbot.waitUntil(lambda: self.done, timeout=timeout)
        except Exception:
            self._timer.stop()
            if self in DialogSteps.pending:
                DialogSteps.pending.remove(self)
            shown = QApplication.activeModalWidget()
            raise AssertionError(
                f"no dialog {self.title!r} ({self.kind.__name__}) came up; on top: "
                f"{shown.windowTitle() if shown else None!r}"
            ) from None
        self.person.window_manager_refocuses()
        if self.error is not None:
            raise self.error
        return self.dialog_title


class ModalWatchdog:
    """Closes a modal dialog no step expects once it has stood for `patience_ms`, and says
    what it said: a box the test did not foresee would otherwise wait for a person
    forever (its `exec()` blocks the test)."""

    def __init__(self, patience_ms: int = 8000) -> None:
        self.patience_ms = patience_ms
        self.closed: list[str] = []
        self._seen: QWidget | None = None
        self._since = 0
        self._timer = QTimer()
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        expected = any(steps.matches(dialog) for steps in DialogSteps.pending if dialog)
        if dialog is None or expected:
            self._seen = None
            return
        if dialog is not self._seen:
            self._seen, self._since = dialog, 0
            return
        self._since += self._timer.interval()
        if self._since < self.patience_ms:
            return
        said = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.text())
        self.closed.append(f"«{dialog.windowTitle()}»: {said}")
        self._seen = None
        if isinstance(dialog, QDialog):
            dialog.done(QDialog.DialogCode.Rejected)
        else:
            dialog.close()

    def stop(self) -> None:
        self._timer.stop()


def _plain(text: str) -> str:
    """A label as read: no `&` mark, no trailing `…`/`:`, no markup."""
    text = re.sub(r"<[^>]+>", "", text).replace("&", "")
    return text.strip().rstrip("…:").strip()


def _under_pointer(widget: QWidget, pos: QPoint) -> tuple[QWidget, QPoint]:
    child = widget.childAt(pos)
    if child is None or not child.isVisible():
        return widget, pos
    return child, child.mapFrom(widget, pos)


_FILLABLE = (QLineEdit, QComboBox, QDateEdit, QAbstractButton, QAbstractItemView)


def _beside(label: QLabel) -> QWidget | None:
    """The widget in the row of `label`: its buddy, its form row's field, or the next
    widget in its box layout."""
    if label.buddy() is not None:
        return _fillable(label.buddy())
    parent = label.parentWidget()
    layouts = parent.findChildren(QLayout) if parent else []
    own = parent.layout() if parent is not None else None
    if own is not None:
        layouts.append(own)
    for layout in layouts:
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is label:
                    field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                    return _fillable(field.widget()) if field else None
        elif isinstance(layout, QBoxLayout):
            items = [layout.itemAt(index) for index in range(layout.count())]
            widgets = [item.widget() if item is not None else None for item in items]
            if label in widgets[:-1]:
                return _fillable(widgets[widgets.index(label) + 1])
    return None


def _fillable(widget: QWidget | None) -> QWidget | None:
    """`widget`, or the first field inside it (a form row wraps a field with its hint)."""
    if widget is None or isinstance(widget, _FILLABLE):
        return widget
    inside = [child for child in widget.findChildren(QWidget) if isinstance(child, _FILLABLE)]
    return inside[0] if inside else widget


def _words(text: str) -> list[str]:
    """`text` cut before each space, so spaces travel with the ASCII key presses."""
    words: list[str] = []
    for part in text.split(" "):
        if words:
            words.append(" ")
        if part:
            words.append(part)
    return words

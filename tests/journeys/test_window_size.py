"""The window fits a 1366x768 Windows laptop with its taskbar: a work area of 1366x728,
less the title bar (about 30 px), leaves 1366x698. On every page, every button on screen
and the status line lie inside the window, neither cut off nor covered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from clc_desktop.app import AppController, fit_to_screen
from clc_desktop.storage.database import Store
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.main_window import PAGES, MainWindow
from tests.journeys.person import Person

LAPTOP = QSize(1366, 698)
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(params=["1366x698", "as-opened"])
def window_size(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def window(
    qtbot: QtBot,
    window_size: str,
    person: Person,
    small_centre: Store,
    settings: QSettings,
    translations: Translations,
) -> Iterator[MainWindow]:
    shown = MainWindow(small_centre, settings, translations, today=TODAY)
    qtbot.addWidget(shown)
    if window_size == "as-opened":
        fit_to_screen(shown)
    else:
        shown.resize(LAPTOP)
    person.sees(shown)
    yield shown
    shown.close()
    shown.runner.wait()


def _status_lines(page: QWidget) -> list[QWidget]:
    found = []
    for widget in [page, *page.findChildren(QWidget)]:
        status = widget.__dict__.get("status") if hasattr(widget, "__dict__") else None
        if isinstance(status, QWidget) and status.isVisible():
            found.append(status)
    return found


def _where(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return f"{type(widget).__name__} {widget.objectName() or ''}«{text}»"


def _troubles(window: MainWindow, page: QWidget) -> list[str]:
    inside = window.rect()
    troubles = []
    buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisible()]
    for widget in [*buttons, *_status_lines(page)]:
        where = _where(widget, window)
        if not inside.contains(where):
            troubles.append(f"{_name(widget)} at {where.getRect()} is outside the window")
            continue
        if widget.height() == 0:
            continue  # an empty status line: its place is checked above
        shown = widget.visibleRegion().boundingRect()
        if shown.size() != widget.size():
            troubles.append(f"{_name(widget)}: only {shown.getRect()} of it can be seen")
        cut = widget.width() < widget.minimumSizeHint().width()
        if isinstance(widget, QAbstractButton) and cut:
            troubles.append(f"{_name(widget)}: its text is cut ({widget.width()} px wide)")
    return troubles


def test_the_window_opens_no_higher_than_the_laptop_leaves_and_can_be_that_small(
    qtbot: QtBot, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    controller = AppController(app, settings, translations)
    path = small_centre.path
    small_centre.close()
    store = controller.open(path)
    assert store is not None
    opened = controller.show(store)
    qtbot.addWidget(opened)
    qtbot.waitExposed(opened)
    try:
        assert opened.height() <= LAPTOP.height()  # it opened at 720 px: 750 with its title
        assert opened.width() <= LAPTOP.width()
        assert opened.minimumSizeHint().height() <= LAPTOP.height()
        assert opened.minimumSizeHint().width() <= LAPTOP.width()
        # All of it on the screen: a page wider than the start size once pushed its right
        # edge (the import button, the count of learners) past the screen's edge.
        screen = opened.screen().availableGeometry()
        assert screen.contains(opened.frameGeometry()), (opened.frameGeometry(), screen)
    finally:
        opened.close()
        controller.close()


@pytest.mark.parametrize("key", PAGES)
def test_every_button_and_the_status_line_are_in_the_window(
    person: Person, window: MainWindow, key: str
) -> None:
    row = PAGES.index(key)
    person.clicks_row(window.navigation, window.navigation.model().index(row, 0))
    page = window.pages.widget(row)
    person.wait_for(page.isVisible)
    person.wait_for(lambda: window.runner.pending == 0, timeout=10000)
    QApplication.processEvents()
    assert window.height() <= LAPTOP.height()
    troubles = _troubles(window, page)
    size = f"{window.width()}x{window.height()}"
    assert not troubles, f"page {key} at {size}:\n" + "\n".join(troubles)


def test_a_class_opened_shows_every_button_and_its_status_in_the_window(
    person: Person, window: MainWindow
) -> None:
    row = PAGES.index("classes")
    person.clicks_row(window.navigation, window.navigation.model().index(row, 0))
    page = window.classes_page
    person.wait_for(lambda: page.class_table.model().rowCount() > 0, timeout=10000)
    table = page.class_table
    person.clicks_row(table, table.model().index(0, 0))
    person.presses(Qt.Key.Key_Return)  # «nhấn Enter để xem các buổi học»
    person.wait_for(lambda: window.runner.pending == 0, timeout=10000)
    QApplication.processEvents()
    opened = window.pages.currentWidget()
    assert window.height() <= LAPTOP.height()
    troubles = _troubles(window, opened)
    assert not troubles, f"a class opened at {window.size()}:\n" + "\n".join(troubles)

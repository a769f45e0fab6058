"""A roll call taken from the keyboard, the page opened from the side bar with the mouse.

The person clicks «Điểm danh» in the side bar and, without touching the mouse again, marks
the first learner with a letter key and everyone left with Ctrl+Enter: the marks are in
the store. Then the overview and the whole-class grid count them.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from sqlalchemy import delete, select

from clc_desktop.storage.database import Store
from clc_desktop.storage.models import AttendanceMark
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.main_window import PAGES, MainWindow
from tests.journeys.person import Person
from tests.ui.conftest import TODAY

#: Today's session of the small centre (its three learners are all expected).
TODAYS = 2


def _marks(store: Store) -> dict[int, str]:
    with store.session() as session:
        rows = session.execute(
            select(AttendanceMark.learner_id, AttendanceMark.status).where(
                AttendanceMark.session_id == TODAYS
            )
        )
        return {learner: status for learner, status in rows}


def _window(
    person: Person, store: Store, settings: QSettings, translations: Translations
) -> MainWindow:
    with store.session() as session:  # today's roll call not taken yet
        session.execute(delete(AttendanceMark).where(AttendanceMark.session_id == TODAYS))
    window = MainWindow(store, settings, translations, today=TODAY)
    person.qtbot.addWidget(window)
    with person.qtbot.waitSignal(window.overview_loaded, timeout=10000):
        person.sees(window)
    return window


def _opens_attendance_from_the_side_bar(person: Person, window: MainWindow) -> None:
    navigation = window.navigation
    row = PAGES.index("attendance")
    assert navigation.item(row).text() == "Điểm danh"
    person.clicks_row(navigation, navigation.model().index(row, 0))
    page = window.attendance
    person.wait_for(lambda: page.roll_call.model.rowCount() == 3)
    assert window.pages.currentWidget() is page


def test_a_roll_call_from_the_side_bar_by_keyboard_only(
    person: Person, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(person, small_centre, settings, translations)
    _opens_attendance_from_the_side_bar(person, window)
    page = window.attendance
    assert person.focused() is page.roll_call.view, person.focused()
    first = page.roll_call.model.entries[0]
    assert first.full_name == "Lê Thị Ánh"  # given name first, as Vietnamese lists sort
    person.presses(Qt.Key.Key_M)  # «Muộn»: late, and down to the next learner
    person.presses(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    person.wait_for(lambda: len(_marks(small_centre)) == 3 and not page.context.busy)
    assert _marks(small_centre) == {3: "late", 1: "present", 2: "present"}


def test_after_a_roll_call_the_overview_and_the_class_grid_count_it(
    person: Person, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(person, small_centre, settings, translations)
    overview = window.overview
    assert "2 / 6" in overview.rate.detail.text()  # today unmarked: all 3 expected
    _opens_attendance_from_the_side_bar(person, window)
    page = window.attendance
    person.clicks(page.tabs.tabBar(), page.tabs.tabBar().tabRect(1).center())
    person.wait_for(lambda: page.grid.model.grid is not None and page.grid.fresh)
    assert "33,3" in page.grid.summary.text()  # 2 of 6: today counts everyone expected
    person.clicks(page.tabs.tabBar(), page.tabs.tabBar().tabRect(0).center())
    person.clicks_row(page.roll_call.view, page.roll_call.model.index(0, 2))
    person.presses(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    person.wait_for(lambda: len(_marks(small_centre)) == 3 and not page.context.busy)
    person.clicks(page.tabs.tabBar(), page.tabs.tabBar().tabRect(1).center())
    assert "83,3" in page.grid.summary.text(), page.grid.summary.text()  # 5 of 6
    navigation = window.navigation
    with person.qtbot.waitSignal(window.overview_loaded, timeout=10000):
        person.clicks_row(navigation, navigation.model().index(PAGES.index("overview"), 0))
    assert "5 / 6" in overview.rate.detail.text(), overview.rate.detail.text()
    assert overview.rate.value.text() == "83,3 %"


def test_the_side_bar_by_keyboard_arrows_then_enter_goes_into_the_roll_call(
    person: Person, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    window = _window(person, small_centre, settings, translations)
    navigation = window.navigation
    person.clicks_row(navigation, navigation.model().index(PAGES.index("attendance") - 1, 0))
    navigation.setFocus()  # back in the side bar, one row above «Điểm danh»
    person.presses(Qt.Key.Key_Down)
    assert person.focused() is navigation  # the arrows stay in the side bar
    assert window.pages.currentWidget() is window.attendance
    person.presses(Qt.Key.Key_Return)
    page = window.attendance
    person.wait_for(lambda: page.roll_call.model.rowCount() == 3)
    assert person.focused() is page.roll_call.view
    person.presses(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    person.wait_for(lambda: len(_marks(small_centre)) == 3 and not page.context.busy)
    assert set(_marks(small_centre).values()) == {"present"}

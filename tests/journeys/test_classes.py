"""Classes as a person uses them in the real window: learners enrolled after a talk was
held are expected at its roll call; the partner organisation picked from the suggestions
is the one saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from sqlalchemy import select

from clc_desktop.domain.learners import LearnerForm
from clc_desktop.services.attendance import roll_call
from clc_desktop.services.classes import ClassForm, create_class
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import ClassSession
from clc_desktop.ui.class_dialog import ClassDialog
from clc_desktop.ui.enrol_dialog import EnrolDialog
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.main_window import PAGES, MainWindow
from tests.journeys.person import Person

TODAY = dt.date(2026, 12, 4)
TALK_DAY = dt.date(2026, 11, 27)
TALK = "Phòng chống lừa đảo qua mạng"


def _side_bar(person: Person, window: MainWindow, key: str) -> None:
    navigation = window.navigation
    person.clicks_row(navigation, navigation.model().index(PAGES.index(key), 0))


def _picks(person: Person, combo: QComboBox, text: str) -> None:
    """Opens the combo box's list with a click and clicks the row showing ``text``."""
    person.clicks(combo)
    view = combo.view()
    person.wait_for(view.isVisible)
    # A combo box ignores the release of the click that opened it for a moment (press,
    # drag, release picks an item): a person's second click comes later than that.
    person.qtbot.wait(QApplication.doubleClickInterval() + 100)
    row = combo.findText(text)
    assert row >= 0, f"{text!r} is not offered"
    person.clicks_row(view, view.model().index(row, 0))
    person.wait_for(lambda: combo.currentText() == text)


def test_learners_enrolled_after_a_talk_are_expected_at_its_roll_call(
    person: Person, small_centre: Store, settings: QSettings, translations: Translations
) -> None:
    store = small_centre
    with store.session() as session:
        form = ClassForm(
            name=TALK, topic="legal", kind="event", start_date=TALK_DAY, end_date=TALK_DAY
        )
        create_class(session, form, [TALK_DAY])
        for name in ("Phạm Thị Mai", "Hoàng Văn Sơn"):
            add_learner(session, LearnerForm(full_name=name), TODAY)
    window = MainWindow(store, settings, translations, today=TODAY)
    person.qtbot.addWidget(window)
    window.resize(1366, 728)
    with person.qtbot.waitSignal(window.overview_loaded, timeout=10000):
        person.sees(window)
    _side_bar(person, window, "classes")
    page = window.classes_page
    person.wait_for(lambda: page.list_status.text() != page.tr("Loading…"))
    # The talk was last week: it is among the ended ones.
    _picks(
        person, page.state_filter, page.state_filter.itemText(page.state_filter.findData("past"))
    )
    person.types("lua dao", into=page.search)
    person.wait_for(lambda: page.class_model.rowCount() == 1)
    person.clicks_row(page.class_table, page.class_model.index(0, 0))
    with person.qtbot.waitSignal(page.class_shown, timeout=5000):
        person.presses(Qt.Key.Key_Return)  # opens the talk's page
    proposed: list[dt.date] = []

    def enrols(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolDialog)
        dialog.open()
        person.sees(dialog)
        person.wait_for(lambda: dialog.is_loaded)
        proposed.append(dialog.on())
        for typed in ("mai", "son"):
            person.clicks(dialog.search)
            person.presses(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            person.types(typed)
            person.presses(Qt.Key.Key_Return)  # to the results
            person.presses(Qt.Key.Key_Space)  # tick
        assert dialog.isVisible()  # Enter in the search did not enrol at once
        person.clicks(dialog.enrol_button)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = enrols
    person.clicks(page.enrol_button)
    person.wait_for(lambda: page.enrolment_model.rowCount() == 2)
    assert proposed == [TALK_DAY]  # the talk's date, not today

    # The roll call of 27/11, opened from the side bar, lists them both.
    _side_bar(person, window, "attendance")
    attendance = window.attendance
    person.wait_for(lambda: attendance.class_box.findText(TALK) >= 0)
    _picks(person, attendance.class_box, TALK)
    person.wait_for(lambda: attendance.roll_call.model.rowCount() == 2)
    with store.session() as session:
        talk_session = session.scalar(select(ClassSession.id).where(ClassSession.date == TALK_DAY))
        assert talk_session is not None
        names = {entry.full_name for entry in roll_call(session, talk_session)}
    assert names == {"Phạm Thị Mai", "Hoàng Văn Sơn"}


def test_the_partner_picked_from_the_suggestions_is_the_partner_saved(
    person: Person, translations: Translations
) -> None:
    dialog = ClassDialog("vi", ["Hội Phụ nữ", "Trạm Y tế", "Hội Nông dân"], TODAY)
    person.qtbot.addWidget(dialog)
    person.sees(dialog)
    person.types("hoi phu", into=dialog.partner)
    assert "Hội Phụ nữ" in person.popup_rows()
    person.picks_from_popup("Hội Phụ nữ")
    assert dialog.partner.currentText() == "Hội Phụ nữ"
    assert dialog.form().partner == "Hội Phụ nữ"

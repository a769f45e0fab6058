"""The class page after issue 12: enrolments that can be put right, numbers that follow
roll calls taken elsewhere, unmarked sessions said, a talk in a talk's words, archiving
that asks, a new class shown whatever the filters, and the focus where the work starts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.learners import LearnerForm
from clc_desktop.domain.schedule import Recurrence, schedule_dates
from clc_desktop.services.attendance import set_mark
from clc_desktop.services.classes import ClassForm, create_class, enrol, list_sessions
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import Enrolment, LearningClass
from clc_desktop.ui.class_dialog import ClassDialog
from clc_desktop.ui.enrol_dialog import EnrolDateDialog, EnrolDialog
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.operations import BackgroundRunner, Operations
from clc_desktop.ui.pages.classes import ClassesPage

D = dt.date
TODAY = D(2026, 12, 4)
TALK_DAY = D(2026, 11, 27)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ops(store: Store) -> Iterator[Operations]:
    runner = BackgroundRunner()
    yield Operations(runner, store.session, lambda: "vi")
    runner.wait()


@pytest.fixture
def page(qtbot: QtBot, ops: Operations, translations: Translations) -> ClassesPage:
    shown = ClassesPage(ops, "vi", TODAY)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitUntil(lambda: shown.list_status.text() != shown.tr("Loading…"))
    return shown


@pytest.fixture
def people(store: Store) -> list[int]:
    with store.session() as session:
        return [
            add_learner(session, LearnerForm(full_name=name), TODAY)
            for name in ("Nguyễn Thị Hương", "Trần Văn Đức")
        ]


def _settle(qtbot: QtBot, ops: Operations) -> None:
    qtbot.waitUntil(lambda: ops.runner.pending == 0, timeout=10000)


def _open(qtbot: QtBot, page: ClassesPage, class_id: int) -> None:
    with qtbot.waitSignal(page.class_shown, timeout=5000):
        page.open_class(class_id)


def _talk(store: Store) -> int:
    form = ClassForm(
        name="Phòng chống lừa đảo qua mạng",
        topic="legal",
        kind="event",
        facilitator="Đại úy Lê Minh",
        start_date=TALK_DAY,
        end_date=TALK_DAY,
    )
    with store.session() as session:
        return create_class(session, form, [TALK_DAY])


def _course(store: Store, name: str = "Tin học cơ bản") -> int:
    """Mondays 2/11 to 30/11/2026; up to 4/12, five held sessions."""
    dates = schedule_dates(Recurrence(D(2026, 11, 2), D(2026, 11, 30), frozenset({0})))
    form = ClassForm(
        name=name, topic="digital", start_date=D(2026, 11, 2), end_date=D(2026, 11, 30)
    )
    with store.session() as session:
        return create_class(session, form, dates)


def _expected(store: Store, class_id: int) -> list[int]:
    with store.session() as session:
        return [s.expected for s in list_sessions(session, class_id)]


def _enrolment_ids(store: Store, class_id: int) -> dict[int, int]:
    with store.session() as session:
        rows = session.execute(
            select(Enrolment.learner_id, Enrolment.id).where(Enrolment.class_id == class_id)
        )
        return {learner: enrolment for learner, enrolment in rows}


def _tick_all_and_enrol(qtbot: QtBot, on: QDate | None = None) -> Callable[[QDialog], bool]:
    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolDialog)
        dialog.show()
        if not dialog.is_loaded:
            qtbot.waitSignal(dialog.loaded, timeout=5000).wait()
        drive.proposed = dialog.on()  # type: ignore[attr-defined]
        dialog.model.set_chosen(range(dialog.model.rowCount()), True)
        if on is not None:
            dialog.from_date.setDate(on)
        qtbot.mouseClick(dialog.enrol_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    return drive


class _Boxes:
    """Answers the message boxes the page asks, by the button's text; keeps their texts."""

    def __init__(self, answer: Callable[[list[QAbstractButton]], QAbstractButton | None]) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, box: QMessageBox) -> QAbstractButton | None:
        self.texts.append(box.text())
        chosen = self.answer(box.buttons())
        box.deleteLater()
        return chosen


def _button(role: QMessageBox.ButtonRole) -> Callable[[list[QAbstractButton]], QAbstractButton]:
    def pick(buttons: list[QAbstractButton]) -> QAbstractButton:
        box = buttons[0].window()
        assert isinstance(box, QMessageBox)
        return next(b for b in buttons if box.buttonRole(b) == role)

    return pick


# -- defect 3: enrolments ---------------------------------------------------------------------


def test_enrolling_in_a_talk_held_last_week_proposes_its_date(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, people: list[int]
) -> None:
    talk = _talk(store)
    _open(qtbot, page, talk)
    boxes = _Boxes(lambda _buttons: None)
    page.run_box = boxes
    drive = _tick_all_and_enrol(qtbot)
    page.run_dialog = drive
    qtbot.mouseClick(page.enrol_button, LEFT)
    _settle(qtbot, ops)
    assert drive.proposed == TALK_DAY  # type: ignore[attr-defined]
    assert boxes.texts == []  # nothing left out: nothing to ask
    assert _expected(store, talk) == [2]  # the roll call of 27/11 expects them both


def test_a_date_that_leaves_out_held_sessions_asks_first(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, people: list[int]
) -> None:
    course = _course(store)
    _open(qtbot, page, course)
    boxes = _Boxes(_button(QMessageBox.ButtonRole.RejectRole))
    page.run_box = boxes
    page.run_dialog = _tick_all_and_enrol(qtbot, QDate(2026, 11, 20))
    qtbot.mouseClick(page.enrol_button, LEFT)
    # Asked, naming the three sessions held before 20/11; cancelled: nothing written.
    assert len(boxes.texts) == 1
    assert "3 buổi" in boxes.texts[0]
    for day in ("02/11/2026", "09/11/2026", "16/11/2026"):
        assert day in boxes.texts[0]
    _settle(qtbot, ops)
    assert not _enrolment_ids(store, course)
    # Asked again, staff take the class's first day.
    page.run_box = _Boxes(_button(QMessageBox.ButtonRole.AcceptRole))
    qtbot.mouseClick(page.enrol_button, LEFT)
    _settle(qtbot, ops)
    assert _expected(store, course) == [2, 2, 2, 2, 2]


def test_change_the_date_of_an_enrolment_made_from_today(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, people: list[int]
) -> None:
    talk = _talk(store)
    with store.session() as session:
        enrol(session, talk, people, TODAY)  # the old default: expected at nothing
    _open(qtbot, page, talk)
    assert _expected(store, talk) == [0]

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolDateDialog)
        dialog.show()
        assert dialog.on() == TODAY
        dialog.date.setDate(QDate(2026, 11, 27))
        qtbot.mouseClick(dialog.save_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = drive
    page.enrolment_table.selectAll()
    qtbot.mouseClick(page.date_button, LEFT)
    _settle(qtbot, ops)
    assert _expected(store, talk) == [2]
    assert page.enrolment_model.row_at(0).enrolled_on is None  # from the start


def test_the_enrol_dialog_offers_learners_enrolled_from_too_late(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, people: list[int]
) -> None:
    talk = _talk(store)
    with store.session() as session:
        enrol(session, talk, people[:1], TODAY)
    _open(qtbot, page, talk)
    page.run_box = _Boxes(lambda _buttons: None)
    drive = _tick_all_and_enrol(qtbot)
    page.run_dialog = drive
    qtbot.mouseClick(page.enrol_button, LEFT)
    _settle(qtbot, ops)
    # Both ticked (none greyed out): Hương's enrolment moved to the talk's date.
    assert _expected(store, talk) == [2]
    assert len(_enrolment_ids(store, talk)) == 2


def test_remove_an_enrolment_made_by_mistake_but_not_one_with_marks(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, people: list[int]
) -> None:
    talk = _talk(store)
    huong, duc = people
    with store.session() as session:
        enrol(session, talk, people)
        set_mark(session, list_sessions(session, talk)[0].id, huong, "present")
    _open(qtbot, page, talk)
    boxes = _Boxes(_button(QMessageBox.ButtonRole.DestructiveRole))
    page.run_box = boxes
    rows = {page.enrolment_model.row_at(r).learner_id: r for r in range(2)}
    page.enrolment_table.selectRow(rows[huong])
    qtbot.mouseClick(page.remove_button, LEFT)
    _settle(qtbot, ops)
    assert "Nguyễn Thị Hương" in boxes.texts[0]
    assert "Phòng chống lừa đảo qua mạng" in boxes.texts[0]
    assert set(_enrolment_ids(store, talk)) == {huong, duc}  # refused: her mark needs it
    assert "1 lượt điểm danh" in page.detail_status.text()
    page.enrolment_table.selectRow(rows[duc])
    qtbot.mouseClick(page.remove_button, LEFT)
    _settle(qtbot, ops)
    assert set(_enrolment_ids(store, talk)) == {huong}
    assert page.enrolment_model.rowCount() == 1


# -- defect 6: numbers after roll calls elsewhere -----------------------------------------------


def test_the_class_page_follows_roll_calls_taken_while_it_was_hidden(
    qtbot: QtBot, ops: Operations, store: Store, people: list[int], translations: Translations
) -> None:
    course = _course(store)
    with store.session() as session:
        enrol(session, course, people)
        sessions = [s.id for s in list_sessions(session, course)]
    window = QStackedWidget()
    qtbot.addWidget(window)
    page = ClassesPage(ops, "vi", TODAY)
    attendance = QWidget()  # the Attendance page, shown from the side bar
    window.addWidget(page)
    window.addWidget(attendance)
    window.show()
    _open(qtbot, page, course)
    assert page.rate_card.value.text() == "0,0 %"
    window.setCurrentWidget(attendance)
    for session_id in sessions[:3]:
        for learner in people:
            ops.change(
                attendance,
                ChangeKind.ATTENDANCE,
                lambda s, sid=session_id, who=learner: set_mark(s, sid, who, "present"),
            )
    _settle(qtbot, ops)
    window.setCurrentWidget(page)  # back to the class page
    _settle(qtbot, ops)
    # Held up to 4/12: five Mondays, two learners: 10 expected, 6 present.
    assert page.rate_card.value.text() == "60,0 %"
    assert "= có mặt 6 / dự kiến 10" in page.rate_card.detail.text()


def test_another_class_does_not_keep_this_class_s_message(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, people: list[int]
) -> None:
    first, second = _course(store, "Lớp A"), _course(store, "Lớp B")
    _open(qtbot, page, first)
    page.enrolment_table.clearSelection()
    qtbot.mouseClick(page.withdraw_button, LEFT)  # says: select the learners first
    assert page.detail_status.text()
    page.show_list()
    _open(qtbot, page, second)
    assert page.detail_status.text() == ""


# -- unmarked sessions, a talk's words ----------------------------------------------------------


def test_held_sessions_without_a_roll_call_are_named_by_the_rate(
    qtbot: QtBot, page: ClassesPage, store: Store, people: list[int]
) -> None:
    course = _course(store)
    with store.session() as session:
        enrol(session, course, people)
        ids = [s.id for s in list_sessions(session, course)]
        for session_id in ids[:3]:
            set_mark(session, session_id, people[0], "present")
    _open(qtbot, page, course)
    # The numbers stay the spec's: 3 attended of 10 expected (the rule is not changed).
    assert "= có mặt 3 / dự kiến 10" in page.rate_card.detail.text()
    assert page.unmarked.isVisible()
    text = page.unmarked.text()
    assert "23/11/2026" in text
    assert "30/11/2026" in text
    assert "16/11/2026" not in text
    assert text.startswith("2 ")


def test_a_talk_s_page_says_speaker_and_participants_and_no_rate(
    qtbot: QtBot, page: ClassesPage, store: Store, people: list[int]
) -> None:
    talk = _talk(store)
    _open(qtbot, page, talk)
    assert "Người dạy" not in page.facts.text()
    assert "Báo cáo viên: Đại úy Lê Minh" in page.facts.text()
    assert page.rate_card.title.text() != page.tr("Attendance rate")
    assert "%" not in page.rate_card.value.text()
    assert not page.withdraw_button.isVisible()
    assert "27/11/2026 –" not in page.facts.text()  # one date, not a span


# -- a new class in the list; archiving asks; the focus ------------------------------------------


def test_a_class_just_created_shows_in_the_list_whatever_the_filters(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations
) -> None:
    page.state_filter.setCurrentIndex(page.state_filter.findData("archived"))
    page.search.setText("khong co")

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, ClassDialog)
        dialog.name.setText("Nấu ăn dinh dưỡng")
        dialog.topic.setCurrentIndex(dialog.topic.findData("health"))
        dialog.weekdays[0].setChecked(True)
        dialog.accept()
        return True

    page.run_dialog = drive
    with qtbot.waitSignal(page.class_shown, timeout=5000):
        qtbot.mouseClick(page.new_button, LEFT)
    _settle(qtbot, ops)
    page.show_list()
    names = [page.class_model.row_at(r).name for r in range(page.class_model.rowCount())]
    assert "Nấu ăn dinh dưỡng" in names
    selected = page.class_table.selectionModel().selectedRows()
    assert [page.class_model.row_at(i.row()).name for i in selected] == ["Nấu ăn dinh dưỡng"]


def test_archiving_asks_naming_the_class(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations
) -> None:
    course = _course(store)
    _open(qtbot, page, course)
    assert page.archive_button.text() == "Chuyển vào lưu trữ…"  # not «Lưu trữ», beside «Lưu»
    boxes = _Boxes(_button(QMessageBox.ButtonRole.RejectRole))
    page.run_box = boxes
    qtbot.mouseClick(page.archive_button, LEFT)
    _settle(qtbot, ops)
    assert "Tin học cơ bản" in boxes.texts[0]
    with store.session() as session:
        assert not session.get(LearningClass, course).archived  # type: ignore[union-attr]
    page.run_box = _Boxes(_button(QMessageBox.ButtonRole.AcceptRole))
    qtbot.mouseClick(page.archive_button, LEFT)
    _settle(qtbot, ops)
    with store.session() as session:
        assert session.get(LearningClass, course).archived  # type: ignore[union-attr]


def test_focus_work_goes_to_the_list_or_its_search(
    qtbot: QtBot, page: ClassesPage, store: Store
) -> None:
    page.focus_work()
    assert page.focusWidget() is page.search  # nothing to open yet: the search
    _course(store)
    page.state_filter.setCurrentIndex(page.state_filter.findData(None))
    with qtbot.waitSignal(page.classes_loaded, timeout=5000):
        page.refresh()
    page.focus_work()
    assert page.focusWidget() is page.class_table
    assert page.class_table.selectionModel().selectedRows()


# -- Tết ---------------------------------------------------------------------------------------


def test_the_class_dialog_offers_to_skip_the_whole_tet_week(
    qtbot: QtBot, translations: Translations
) -> None:
    dialog = ClassDialog("vi", [], TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setDate(QDate(2026, 2, 2))
    dialog.end.setDate(QDate(2026, 3, 6))
    for weekday in range(6):  # Monday to Saturday
        qtbot.mouseClick(dialog.weekdays[weekday], LEFT)
    dates = set(dialog.dates())
    # The statutory days are skipped as before; the days around them are only offered.
    assert D(2026, 2, 17) not in dates
    assert {D(2026, 2, 13), D(2026, 2, 14), D(2026, 2, 21)} <= dates
    assert dialog.skip_tet.isVisible()
    qtbot.mouseClick(dialog.skip_tet, LEFT)
    dates = set(dialog.dates())
    assert not dates & {D(2026, 2, d) for d in range(13, 23)}
    assert D(2026, 2, 12) in dates
    assert D(2026, 2, 23) in dates

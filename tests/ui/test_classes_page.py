"""The Classes page, driven with the keyboard and the mouse, checked in the database; its
writes are asynchronous (``ops.change``), so the tests wait for the background lane to be
idle before they look."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.learners import LearnerForm
from clc_desktop.domain.schedule import Recurrence, schedule_dates
from clc_desktop.services.attendance import set_mark
from clc_desktop.services.classes import (
    ClassForm,
    class_summary,
    create_class,
    enrol,
    list_classes,
    list_sessions,
)
from clc_desktop.services.learners import add_learner, load_learner_list
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import AttendanceMark, ClassSession, Enrolment, LearningClass
from clc_desktop.ui.class_dialog import ClassDialog
from clc_desktop.ui.class_models import (
    ClassTableModel,
    EnrolmentTableModel,
    LearnerPickModel,
    SessionTableModel,
)
from clc_desktop.ui.enrol_dialog import CopyDialog, EnrolDialog, WithdrawDialog
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.operations import BackgroundRunner, Operations
from clc_desktop.ui.pages.classes import ClassesPage

from .conftest import TODAY

D = dt.date
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def learners(store: Store) -> dict[str, int]:
    with store.session() as session:
        return {
            name: add_learner(session, LearnerForm(full_name=name), TODAY)
            for name in ("Nguyễn Văn Đức", "Đặng Thị Hương", "Trần Văn Nam", "Nguyễn Văn Dũng")
        }


@pytest.fixture
def ops(store: Store) -> Iterator[Operations]:
    runner = BackgroundRunner()
    yield Operations(runner, store.session, lambda: "vi")
    runner.wait()


@pytest.fixture
def page(qtbot: QtBot, ops: Operations, translations: Translations) -> ClassesPage:
    shown = ClassesPage(ops, "vi", TODAY)
    qtbot.addWidget(shown)
    shown.resize(1000, 760)
    shown.show()
    qtbot.waitUntil(lambda: shown.list_status.text() != shown.tr("Loading…"))
    return shown


def _settle(qtbot: QtBot, ops: Operations) -> None:
    """Wait until every change and the reloads it caused are done."""
    qtbot.waitUntil(lambda: ops.runner.pending == 0, timeout=10000)


def _open(qtbot: QtBot, page: ClassesPage, class_id: int) -> None:
    with qtbot.waitSignal(page.class_shown, timeout=5000):
        page.open_class(class_id)


def _mondays_class(store: Store, name: str = "Tin học cơ bản") -> int:
    dates = schedule_dates(Recurrence(D(2026, 11, 2), D(2026, 11, 30), frozenset({0})))
    form = ClassForm(
        name=name, topic="digital", start_date=D(2026, 11, 2), end_date=D(2026, 11, 30)
    )
    with store.session() as session:
        return create_class(session, form, dates)


def _reload(qtbot: QtBot, page: ClassesPage) -> None:
    with qtbot.waitSignal(page.classes_loaded, timeout=5000):
        page.refresh()


def test_create_a_class_with_a_schedule_through_the_dialog(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations
) -> None:
    seen: list[str] = []

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, ClassDialog)
        dialog.show()
        qtbot.keyClicks(dialog.name, "Tin hoc")
        dialog.name.setText("Tin học cho người cao tuổi")  # Vietnamese: setText, not keyClicks
        dialog.topic.setFocus()
        while dialog.topic.currentData() != "digital":
            qtbot.keyClick(dialog.topic, Qt.Key.Key_Down)
        qtbot.keyClicks(dialog.facilitator, "Tran Thi Lan")
        dialog.partner.setEditText("Hội Phụ nữ")
        dialog.minutes.setValue(120)
        dialog.start.setDate(QDate(2026, 12, 14))
        dialog.end.setDate(QDate(2027, 1, 11))
        qtbot.mouseClick(dialog.weekdays[0], LEFT)  # Monday
        qtbot.mouseClick(dialog.weekdays[4], LEFT)  # Friday
        # 1/1/2027 (Tết Dương lịch) is a Friday: suggested and ticked.
        holidays = [dialog.holidays.item(i).text() for i in range(dialog.holidays.count())]
        assert holidays == ["T6 01/01/2027 — Tết Dương lịch"]
        dialog.extra_date.setDate(QDate(2026, 12, 30))
        qtbot.mouseClick(dialog.add_extra, LEFT)
        seen.append(dialog.count.text())
        seen.append(dialog.preview.toPlainText())
        qtbot.mouseClick(dialog.save_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = drive
    qtbot.mouseClick(page.new_button, LEFT)
    _settle(qtbot, ops)
    assert seen[0] == "9 buổi, 14/12/2026 – 11/01/2027"
    assert seen[1].splitlines() == [
        "12/2026 (6): T2 14, T6 18, T2 21, T6 25, T2 28, T4 30",
        "01/2027 (3): T2 4, T6 8, T2 11",
    ]
    with store.session() as session:
        row = session.scalars(select(LearningClass)).one()
        assert (row.name, row.topic, row.kind) == (
            "Tin học cho người cao tuổi",
            "digital",
            "course",
        )
        assert row.facilitator == "Tran Thi Lan"
        assert row.partner == "Hội Phụ nữ"
        assert (row.start_date, row.end_date, row.planned_minutes) == (
            D(2026, 12, 14),
            D(2027, 1, 11),
            120,
        )
        sessions = list_sessions(session, row.id)
    assert [s.date for s in sessions] == [
        D(2026, 12, 14),
        D(2026, 12, 18),
        D(2026, 12, 21),
        D(2026, 12, 25),
        D(2026, 12, 28),
        D(2026, 12, 30),
        D(2027, 1, 4),
        D(2027, 1, 8),
        D(2027, 1, 11),
    ]
    assert {s.minutes for s in sessions} == {120}
    assert page.stack.currentIndex() == 1  # the new class's page is open
    assert page.title.text() == "Tin học cho người cao tuổi"
    assert page.detail_status.text() == "Đã lưu, với 9 buổi học."


def test_the_dialog_refuses_a_class_without_name_or_topic(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations
) -> None:
    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, ClassDialog)
        dialog.show()
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert dialog.problems.isVisible()
        assert "Hãy nhập tên lớp" in dialog.problems.text()
        assert "chủ đề" in dialog.problems.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = drive
    qtbot.mouseClick(page.new_button, LEFT)
    _settle(qtbot, ops)
    with store.session() as session:
        assert session.scalars(select(LearningClass)).all() == []


def _enrolments(store: Store) -> dict[int, Enrolment]:
    with store.session() as session:
        return {e.learner_id: e for e in session.scalars(select(Enrolment))}


def test_enrol_two_learners_found_without_accents_then_withdraw_one(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, learners: dict[str, int]
) -> None:
    class_id = _mondays_class(store)
    _reload(qtbot, page)
    # Open the class from the list with the keyboard.
    page.class_table.setFocus()
    page.class_table.selectRow(0)
    with qtbot.waitSignal(page.class_shown, timeout=2000) as shown:
        qtbot.keyClick(page.class_table.viewport(), Qt.Key.Key_Return)
    assert shown.args == [class_id]

    def drive_enrol(dialog: QDialog) -> bool:
        assert isinstance(dialog, EnrolDialog)
        dialog.show()
        if not dialog.is_loaded:
            qtbot.waitSignal(dialog.loaded, timeout=5000).wait()
        qtbot.keyClicks(dialog.search, "nguyen van duc")
        assert dialog.model.rowCount() == 1
        assert dialog.model.item_at(0).full_name == "Nguyễn Văn Đức"
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # to the results
        assert dialog.table.hasFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # tick
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, "dang")
        assert [dialog.model.item_at(r).full_name for r in range(dialog.model.rowCount())] == [
            "Đặng Thị Hương"
        ]
        rect = dialog.table.visualRect(dialog.model.index(0, 1))
        qtbot.mouseClick(dialog.table.viewport(), LEFT, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), LEFT, pos=rect.center())  # tick
        assert sorted(dialog.chosen_ids) == sorted(
            [learners["Nguyễn Văn Đức"], learners["Đặng Thị Hương"]]
        )
        assert dialog.enrol_button.text() == "Ghi danh 2 học viên"
        qtbot.mouseClick(dialog.enrol_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = drive_enrol
    qtbot.mouseClick(page.enrol_button, LEFT)
    _settle(qtbot, ops)
    rows = _enrolments(store)
    assert set(rows) == {learners["Nguyễn Văn Đức"], learners["Đặng Thị Hương"]}
    # The class started on 2/11: the enrolment proposes its start (issue 12), not today.
    assert all(e.enrolled_on is None and e.withdrawn_on is None for e in rows.values())
    assert page.enrolment_model.rowCount() == 2

    # Withdraw Đức: select his row with the mouse, then the dialog with a date.
    row = next(
        r
        for r in range(page.enrolment_model.rowCount())
        if page.enrolment_model.row_at(r).full_name == "Nguyễn Văn Đức"
    )
    rect = page.enrolment_table.visualRect(page.enrolment_model.index(row, 0))
    qtbot.mouseClick(page.enrolment_table.viewport(), LEFT, pos=rect.center())

    def drive_withdraw(dialog: QDialog) -> bool:
        assert isinstance(dialog, WithdrawDialog)
        dialog.show()
        assert dialog.date.minimumDate() == QDate(2026, 11, 2)  # not before joining
        dialog.date.setDate(QDate(2026, 11, 30))
        qtbot.mouseClick(dialog.withdraw_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = drive_withdraw
    qtbot.mouseClick(page.withdraw_button, LEFT)
    _settle(qtbot, ops)
    rows = _enrolments(store)
    assert rows[learners["Nguyễn Văn Đức"]].withdrawn_on == D(2026, 11, 30)
    assert rows[learners["Đặng Thị Hương"]].withdrawn_on is None
    assert page.learners_card.value.text() == "1"

    # Tick Hương's completion in the table with the mouse.
    row = next(
        r
        for r in range(page.enrolment_model.rowCount())
        if page.enrolment_model.row_at(r).full_name == "Đặng Thị Hương"
    )
    index = page.enrolment_model.index(row, EnrolmentTableModel.COMPLETED)
    page.enrolment_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _settle(qtbot, ops)
    assert _enrolments(store)[learners["Đặng Thị Hương"]].completed


def test_the_rate_and_its_formula_are_on_the_class_page(
    qtbot: QtBot, page: ClassesPage, store: Store, learners: dict[str, int]
) -> None:
    class_id = _mondays_class(store)
    duc, huong = learners["Nguyễn Văn Đức"], learners["Đặng Thị Hương"]
    with store.session() as session:
        enrol(session, class_id, [duc])
        enrol(session, class_id, [huong], on=D(2026, 11, 10))  # joins after the first two
        ids = {s.date: s.id for s in list_sessions(session, class_id)}
        session.execute(
            insert(AttendanceMark),
            [
                {"session_id": ids[D(2026, 11, 2)], "learner_id": duc, "status": "present"},
                {"session_id": ids[D(2026, 11, 16)], "learner_id": huong, "status": "late"},
            ],
        )
    _open(qtbot, page, class_id)
    # Held up to 23/11: 2, 9, 16, 23. Expected: Đức 4 + Hương 2 = 6; attended 2.
    assert page.rate_card.value.text() == "33,3 %"
    assert "= có mặt 2 / dự kiến 6" in page.rate_card.detail.text()
    assert page.sessions_card.value.text() == "5"
    assert page.tabs.tabText(1) == "Buổi học (5)"


def test_editing_the_schedule_keeps_the_marked_session(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, learners: dict[str, int]
) -> None:
    class_id = _mondays_class(store)
    duc = learners["Nguyễn Văn Đức"]
    with store.session() as session:
        enrol(session, class_id, [duc])
        marked = session.scalar(select(ClassSession.id).where(ClassSession.date == D(2026, 11, 9)))
        session.execute(
            insert(AttendanceMark).values(session_id=marked, learner_id=duc, status="present")
        )
    _open(qtbot, page, class_id)

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, ClassDialog)
        dialog.show()
        assert dialog.weekdays[0].isChecked()  # the rule was read back from the sessions
        assert dialog.count.text() == "5 buổi, 02/11/2026 – 30/11/2026"
        qtbot.mouseClick(dialog.weekdays[0], LEFT)  # no more Mondays
        qtbot.mouseClick(dialog.weekdays[2], LEFT)  # Wednesdays instead
        assert "09/11/2026" in dialog.changes.text()  # kept: it has a mark
        qtbot.mouseClick(dialog.save_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = drive
    qtbot.mouseClick(page.edit_button, LEFT)
    _settle(qtbot, ops)
    with store.session() as session:
        dates = [s.date for s in list_sessions(session, class_id)]
    assert dates == [
        D(2026, 11, 4),
        D(2026, 11, 9),
        D(2026, 11, 11),
        D(2026, 11, 18),
        D(2026, 11, 25),
    ]
    assert "09/11/2026" in page.detail_status.text()


def test_filters_of_the_list(qtbot: QtBot, page: ClassesPage, store: Store) -> None:
    _mondays_class(store, "Tin học cơ bản")
    with store.session() as session:
        create_class(
            session,
            ClassForm(
                name="Nói chuyện pháp luật",
                topic="legal",
                kind="event",
                start_date=D(2026, 3, 2),
                end_date=D(2026, 3, 2),
            ),
            [D(2026, 3, 2)],
        )
    _reload(qtbot, page)
    assert page.class_model.rowCount() == 1  # running and not started
    page.state_filter.setCurrentIndex(page.state_filter.findData(None))
    assert page.class_model.rowCount() == 2
    qtbot.keyClicks(page.search, "phap luat")
    assert [page.class_model.row_at(r).name for r in range(page.class_model.rowCount())] == [
        "Nói chuyện pháp luật"
    ]
    page.search.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("course"))
    assert page.class_model.rowCount() == 1
    page.kind_filter.setCurrentIndex(0)
    page.topic_filter.setCurrentIndex(page.topic_filter.findData("legal"))
    assert page.class_model.row_at(0).name == "Nói chuyện pháp luật"


def test_the_models(
    qtmodeltester: object, store: Store, learners: dict[str, int], translations: Translations
) -> None:
    class_id = _mondays_class(store)
    with store.session() as session:
        enrol(session, class_id, list(learners.values())[:2])
        summary = class_summary(session, class_id, TODAY)
        classes = list_classes(session)
        items = load_learner_list(session, TODAY)
    check: Callable[[object], None] = qtmodeltester.check  # type: ignore[attr-defined]
    model = ClassTableModel("vi", TODAY)
    model.set_rows(classes)
    check(model)
    sessions = SessionTableModel(TODAY)
    sessions.set_rows(summary.sessions)
    check(sessions)
    enrolments = EnrolmentTableModel()
    enrolments.set_rows(summary.enrolments)
    check(enrolments)
    pick = LearnerPickModel(items)
    pick.set_items(items, frozenset({learners["Trần Văn Nam"]}))
    pick.set_positions(range(len(items)))
    check(pick)
    pick.toggle([0, 1, 2])
    assert len(pick.chosen) == 3 - (learners["Trần Văn Nam"] in {i.id for i in items[:3]})


def test_a_talk_on_one_date_has_that_date_as_its_dates(
    qtbot: QtBot, translations: Translations
) -> None:
    dialog = ClassDialog("vi", ["Trạm Y tế"], TODAY)
    qtbot.addWidget(dialog)
    dialog.name.setText("Nói chuyện phòng chống sốt xuất huyết")
    dialog.topic.setCurrentIndex(dialog.topic.findData("health"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("event"))
    dialog.partner.setCurrentIndex(0)
    dialog.show()
    # A talk is one date (issue 12): no weekly schedule, no single added dates.
    assert dialog.talk_date.isVisible()
    assert not dialog.weekly.isVisible()
    assert not dialog.extra.isVisible()
    assert not dialog.weekdays[0].isVisible()
    dialog.talk_date.setDate(QDate(2026, 12, 5))
    assert "05/12/2026" in dialog.count.text()
    assert dialog.dates() == [D(2026, 12, 5)]
    form = dialog.form()
    assert (form.start_date, form.end_date) == (D(2026, 12, 5), D(2026, 12, 5))
    assert (form.kind, form.partner) == ("event", "Trạm Y tế")
    # Back to a course: the weekly schedule again.
    dialog.kind.setCurrentIndex(dialog.kind.findData("course"))
    assert dialog.weekly.isVisible()
    assert not dialog.talk_date.isVisible()


def test_copy_the_learners_of_another_class(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, learners: dict[str, int]
) -> None:
    first = _mondays_class(store, "Tin học cơ bản")
    second = _mondays_class(store, "Tin học nâng cao")
    with store.session() as session:
        enrol(session, first, [learners["Trần Văn Nam"], learners["Nguyễn Văn Dũng"]])
    _reload(qtbot, page)
    _open(qtbot, page, second)

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, CopyDialog)
        dialog.show()
        assert [dialog.source.itemText(i) for i in range(dialog.source.count())] == [
            "Tin học cơ bản (2 học viên)"
        ]
        qtbot.mouseClick(dialog.copy_button, LEFT)
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = drive
    qtbot.mouseClick(page.copy_button, LEFT)
    _settle(qtbot, ops)
    with store.session() as session:
        copied = session.scalars(
            select(Enrolment.learner_id).where(Enrolment.class_id == second)
        ).all()
    assert sorted(copied) == sorted([learners["Trần Văn Nam"], learners["Nguyễn Văn Dũng"]])
    assert page.detail_status.text() == "Đã ghi danh 2 học viên."


def test_roll_calls_taken_elsewhere_update_the_open_class_s_rate(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations, learners: dict[str, int]
) -> None:
    class_id = _mondays_class(store)
    duc = learners["Nguyễn Văn Đức"]
    with store.session() as session:
        enrol(session, class_id, [duc])
        first = session.scalar(select(ClassSession.id).where(ClassSession.date == D(2026, 11, 2)))
    assert first is not None
    _open(qtbot, page, class_id)
    assert page.rate_card.value.text() == "0,0 %"
    # The roll call of 2/11 is taken on another page (another receiver of the operations).
    other = QWidget()
    qtbot.addWidget(other)
    ops.change(other, ChangeKind.ATTENDANCE, lambda s: set_mark(s, first, duc, "present"))
    _settle(qtbot, ops)
    # Held up to 23/11: 2, 9, 16, 23; Đức expected at 4, present at 1; not reopened.
    assert page.stack.currentIndex() == 1
    assert page.rate_card.value.text() == "25,0 %"
    assert "= có mặt 1 / dự kiến 4" in page.rate_card.detail.text()
    assert page.session_model.row_at(0).marks == 1


def test_dialogs_are_freed_when_they_close(
    qtbot: QtBot, page: ClassesPage, store: Store, ops: Operations
) -> None:
    class_id = _mondays_class(store)
    _open(qtbot, page, class_id)
    closed: list[str] = []

    def close_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        closed.append(type(dialog).__name__)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    for button in (page.edit_button, page.copy_button, page.enrol_button) * 7:
        QTimer.singleShot(0, close_the_dialog)
        qtbot.mouseClick(button, LEFT)  # the page's own run_dialog: modal until Escape
    assert closed == ["ClassDialog", "CopyDialog", "EnrolDialog"] * 7
    _settle(qtbot, ops)
    qtbot.waitUntil(lambda: not page.findChildren(QDialog), timeout=5000)

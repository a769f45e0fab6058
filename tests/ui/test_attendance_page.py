"""The Attendance page, driven from the keyboard (and a mouse to point), asserting the
database: a roll call of 30 in under 10 keystrokes, undo, the centre's letter keys, the
whole-class grid (filtered edits keep the others' marks), status, walk-ins, paper; a mark
shows as saved only once the store has it, and a change made elsewhere shows at once.

Saves run in the background (one lane, in order): the tests press keys as fast as Qt
delivers them and wait for the runner before they look at the database."""

from __future__ import annotations

import contextlib
import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.changes import ChangeKind
from clc_desktop.services import attendance as service
from clc_desktop.services.attendance import MarkChange
from clc_desktop.services.centre import get_centre, save_centre
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.main_window import MainWindow
from clc_desktop.ui.operations import BackgroundRunner, Operations
from clc_desktop.ui.pages.attendance import AttendancePage
from clc_desktop.ui.pages.attendance.models import FIRST_SESSION, RATE

from .conftest import TODAY

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["Hương", "Đức", "Ánh", "Lan", "Nam", "Hà", "Quân", "Thảo", "Bình", "Yến"]
TODAY_SESSION = 5  # the fifth weekly session of class 1 is on TODAY
TALK_SESSION = 100


@pytest.fixture
def thirty(store: Store) -> Store:
    """Class 1: 30 learners, weekly from 26/10 to 14/12/2026 (today is the fifth).
    Learner 31 joins on 30/11; learner 30 withdraws on 30/11. Class 2: a talk today.
    Learner 1 completed class 1."""
    with store.session() as session:
        save_centre(
            session,
            CentreProfile(
                name="TTHTCĐ xã Sóc Sơn",
                commune_code="00070",
                commune_name="Xã Sóc Sơn",
                province_code="01",
                province_name="Thành phố Hà Nội",
            ),
        )
        learners = []
        for n in range(1, 32):
            name = f"{FAMILY[n % 10]} Thị {GIVEN[(n * 7) % 10]} {n:02d}"
            learners.append(
                {
                    "id": n,
                    "learner_key": f"k{n}",
                    "full_name": name,
                    "search_key": name,
                    "sex": "female",
                    "birth_year": 1970 + n,
                }
            )
        session.execute(insert(Learner), learners)
        first = dt.date(2026, 10, 26)
        session.execute(
            insert(LearningClass),
            [
                {
                    "id": 1,
                    "name": "Lớp tiếng Anh giao tiếp",
                    "topic": "foreign_language",
                    "facilitator": "Đặng Thu Hà",
                    "location": "Nhà văn hóa thôn Đông",
                    "start_date": first,
                    "end_date": dt.date(2026, 12, 14),
                },
                {"id": 2, "name": "Nói chuyện pháp luật", "topic": "legal", "kind": "event"},
            ],
        )
        session.execute(
            insert(Enrolment),
            [
                *({"learner_id": n, "class_id": 1, "completed": n == 1} for n in range(1, 30)),
                {"learner_id": 30, "class_id": 1, "withdrawn_on": dt.date(2026, 11, 30)},
                {"learner_id": 31, "class_id": 1, "enrolled_on": dt.date(2026, 11, 30)},
            ],
        )
        session.execute(
            insert(ClassSession),
            [
                *(
                    {"id": w + 1, "class_id": 1, "date": first + dt.timedelta(weeks=w)}
                    for w in range(8)
                ),
                {"id": TALK_SESSION, "class_id": 2, "date": TODAY},
            ],
        )
    return store


def _marks(store: Store, session_id: int = TODAY_SESSION) -> dict[int, str]:
    with store.session() as session:
        rows = session.execute(
            select(AttendanceMark.learner_id, AttendanceMark.status).where(
                AttendanceMark.session_id == session_id
            )
        )
        return {learner_id: status for learner_id, status in rows}


@pytest.fixture
def ops(qtbot: QtBot, thirty: Store) -> Iterator[Operations]:
    """The operations over the centre's store, as the window makes them."""
    made = Operations(BackgroundRunner(), thirty.session, lambda: "vi")
    yield made
    settle(qtbot, made)  # nothing runs on the store once the test is over


def settle(qtbot: QtBot, ops: Operations) -> None:
    """Wait until every read and save asked for so far has been answered."""
    qtbot.waitUntil(lambda: ops.runner.pending == 0, timeout=10000)


@pytest.fixture
def page(
    qtbot: QtBot, ops: Operations, settings: QSettings, translations: Translations
) -> AttendancePage:
    shown = AttendancePage(ops, "vi", settings, TODAY)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitExposed(shown)
    settle(qtbot, ops)
    return shown


class Keys:
    """Presses keys on a view and counts them."""

    def __init__(self, qtbot: QtBot, view: QTableView) -> None:
        self.qtbot, self.view, self.count = qtbot, view, 0

    def __call__(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.view, key, modifier)
        self.count += 1


def _click_row(qtbot: QtBot, view: QTableView, row: int, column: int = 1) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_a_roll_call_of_30_with_3_absences_takes_under_10_keystrokes(
    qtbot: QtBot, page: AttendancePage, thirty: Store, ops: Operations
) -> None:
    # The class with a session today is first and opens on today's session.
    assert page.class_box.currentData() == 1
    assert page.session_box.currentData() == TODAY_SESSION
    roll_call = page.roll_call
    model = roll_call.model
    assert model.rowCount() == 30  # 29 + the one who withdraws later; not the late joiner
    ids = [entry.learner_id for entry in model.entries]
    assert 31 not in ids
    assert all(entry.status is None for entry in model.entries)  # everyone starts unmarked
    assert "C" in roll_call.keys_hint.text()
    assert "K" in roll_call.keys_hint.text()

    keys = Keys(qtbot, roll_call.view)
    roll_call.view.setFocus()
    keys(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # all present
    settle(qtbot, ops)
    assert set(_marks(thirty).values()) == {"present"}
    assert len(_marks(thirty)) == 30
    absent = {3: Qt.Key.Key_K, 16: Qt.Key.Key_P, 27: Qt.Key.Key_4}
    for row, key in absent.items():
        _click_row(qtbot, roll_call.view, row)  # pointing is not a keystroke
        keys(key)
    assert keys.count == 4 < 10
    settle(qtbot, ops)
    marks = _marks(thirty)
    assert len(marks) == 30
    assert marks[ids[3]] == "absent"
    assert marks[ids[16]] == "excused"
    assert marks[ids[27]] == "absent"
    assert sum(status == "present" for status in marks.values()) == 27
    assert roll_call.saved_state.startswith("✓ Đã lưu")
    assert "30 / 30" in roll_call.saved_state or "30 trên 30" in roll_call.saved_state


def test_keyboard_only_marks_move_down_and_digits_work_in_any_key_set(
    qtbot: QtBot, page: AttendancePage, thirty: Store, ops: Operations
) -> None:
    ids = [entry.learner_id for entry in page.roll_call.model.entries]
    keys = Keys(qtbot, page.roll_call.view)
    page.roll_call.view.setFocus()
    # Row by row: C, M, P, K, then the digits 1-4, then Enter skips, arrows move back.
    for key in (Qt.Key.Key_C, Qt.Key.Key_M, Qt.Key.Key_P, Qt.Key.Key_K):
        keys(key)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        keys(key)
    keys(Qt.Key.Key_Return)  # row 8 stays unmarked
    keys(Qt.Key.Key_C)  # row 9
    keys(Qt.Key.Key_Up)
    keys(Qt.Key.Key_Up)
    keys(Qt.Key.Key_Space)  # row 8: unmarked -> present
    keys(Qt.Key.Key_Space)  # -> late (pressed before the first Space was saved)
    settle(qtbot, ops)
    marks = _marks(thirty)
    expected = ["present", "late", "excused", "absent"] * 2 + ["late", "present"]
    assert [marks.get(ids[row]) for row in range(10)] == expected
    keys(Qt.Key.Key_Delete)
    settle(qtbot, ops)
    assert ids[8] not in _marks(thirty)


def test_undo_puts_back_what_the_last_action_changed(
    qtbot: QtBot, page: AttendancePage, thirty: Store, ops: Operations
) -> None:
    ids = [entry.learner_id for entry in page.roll_call.model.entries]
    keys = Keys(qtbot, page.roll_call.view)
    page.roll_call.view.setFocus()
    keys(Qt.Key.Key_K)  # row 0 absent
    keys(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the other 29 present
    settle(qtbot, ops)
    assert len(_marks(thirty)) == 30
    keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo "all present"
    settle(qtbot, ops)
    assert _marks(thirty) == {ids[0]: "absent"}
    keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the K
    settle(qtbot, ops)
    assert _marks(thirty) == {}
    assert page.roll_call.model.marked() == 0
    assert page.roll_call.view.currentIndex().row() == 0  # back on the learner undone
    keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left: nothing happens
    settle(qtbot, ops)
    assert _marks(thirty) == {}


def test_keys_faster_than_the_saves_are_saved_in_order_and_undone_in_order(
    qtbot: QtBot, page: AttendancePage, thirty: Store, ops: Operations
) -> None:
    """Nothing waits between the keys: each undo undoes the action before it, whether or
    not that action's save has been answered yet; an action that changed nothing (a mark
    made again) is not an action to undo."""
    ids = [entry.learner_id for entry in page.roll_call.model.entries]
    keys = Keys(qtbot, page.roll_call.view)
    page.roll_call.view.setFocus()
    keys(Qt.Key.Key_K)  # row 0 absent
    keys(Qt.Key.Key_Up)
    keys(Qt.Key.Key_K)  # row 0 absent again: changes nothing
    keys(Qt.Key.Key_M)  # row 1 late
    keys(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the other 28 present
    keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo "all present"
    keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the M
    settle(qtbot, ops)
    assert _marks(thirty) == {ids[0]: "absent"}
    assert page.roll_call.model.marked() == 1
    assert page.roll_call.saved_state.startswith("✓ Đã lưu")
    keys(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the first K
    settle(qtbot, ops)
    assert _marks(thirty) == {}


def test_a_mark_shows_as_saved_only_once_the_store_has_it(
    qtbot: QtBot, page: AttendancePage, thirty: Store, ops: Operations
) -> None:
    roll_call = page.roll_call
    learner = roll_call.model.entries[0].learner_id
    roll_call.view.setFocus()
    with qtbot.waitSignal(page.context.saved, timeout=10000) as saved:
        qtbot.keyClick(roll_call.view, Qt.Key.Key_C)
        # Asked for, not answered yet: nothing says it is saved, the row is not marked.
        assert not roll_call.saved_state.startswith("✓")
        assert roll_call.model.entries[0].status is None
        assert roll_call.view.currentIndex().row() == 1  # the cursor moved on at once
    assert saved.args == [[MarkChange(TODAY_SESSION, learner, None, "present")]]
    assert _marks(thirty) == {learner: "present"}  # committed before it is shown
    assert roll_call.model.entries[0].status == "present"
    assert roll_call.saved_state.startswith("✓ Đã lưu")


def test_a_page_deleted_while_its_mark_is_saved_gets_no_answer_and_the_mark_is_kept(
    qtbot: QtBot, thirty: Store, ops: Operations, settings: QSettings, translations: Translations
) -> None:
    shown = AttendancePage(ops, "vi", settings, TODAY)
    shown.show()
    settle(qtbot, ops)
    learner = shown.roll_call.model.entries[0].learner_id
    heard: list[object] = []
    ops.changed.connect(heard.append)
    answered: list[object] = []
    shown.context._answered = answered.append  # type: ignore[method-assign]
    qtbot.keyClick(shown.roll_call.view, Qt.Key.Key_C)
    shiboken6.delete(shown)  # before the answer arrives: its callbacks are dropped
    settle(qtbot, ops)
    assert answered == []  # the save's answer never reached the deleted page
    assert _marks(thirty) == {learner: "present"}
    assert [change.kinds for change in heard] == [frozenset({ChangeKind.ATTENDANCE})]


def test_the_letter_keys_are_a_setting_of_the_centre_not_the_language(
    qtbot: QtBot, page: AttendancePage, thirty: Store, settings: QSettings, ops: Operations
) -> None:
    page.key_set_box.setCurrentIndex(page.key_set_box.findData("en"))
    keys = Keys(qtbot, page.roll_call.view)
    page.roll_call.view.setFocus()
    keys(Qt.Key.Key_P)  # English set: present
    keys(Qt.Key.Key_A)  # absent
    keys(Qt.Key.Key_K)  # not a key of the English set: nothing
    ids = [entry.learner_id for entry in page.roll_call.model.entries]
    settle(qtbot, ops)
    assert _marks(thirty) == {ids[0]: "present", ids[1]: "absent"}
    assert "<b>E</b>" in page.roll_call.keys_hint.text()
    with thirty.session() as session:
        centre = get_centre(session)
    assert centre is not None
    assert settings.value(f"attendance/key_set/{centre.unit_id}") == "en"
    # A new page (after a restart, in Vietnamese) keeps the centre's English keys.
    again = AttendancePage(ops, "vi", settings, TODAY)
    qtbot.addWidget(again)
    settle(qtbot, ops)
    assert again.key_set_box.currentData() == "en"
    assert again.roll_call.view.key_set == "en"


def test_the_whole_class_grid_with_rates_and_filtered_edits(
    qtbot: QtBot, page: AttendancePage, thirty: Store, qtmodeltester, ops: Operations
) -> None:
    page.roll_call.view.setFocus()
    qtbot.keyClick(page.roll_call.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    page.tabs.setCurrentIndex(1)
    settle(qtbot, ops)
    grid_tab = page.grid
    model = grid_tab.model
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Vertical).startswith("1. ")
    grid = model.grid
    assert grid is not None
    assert model.rowCount() == 31
    assert model.columnCount() == 1 + 8
    # The current cell is today's session; the rate of the session is in its header.
    assert grid_tab.view.currentIndex().column() == FIRST_SESSION + 4
    assert model.headerData(FIRST_SESSION + 4, Qt.Orientation.Horizontal).startswith("23/11\n100")
    assert (
        model.headerData(FIRST_SESSION + 5, Qt.Orientation.Horizontal) == "30/11\n"
    )  # a future session
    before = _marks(thirty)

    grid_tab.filter.setText("thi huong")  # folded search: accents ignored
    qtmodeltester.check(model)
    shown = [grid.learners[n].learner_id for n in model.rows]
    assert sorted(shown) == [10, 20, 30]
    grid_tab.view.setFocus()
    grid_tab.view.setCurrentIndex(model.index(0, FIRST_SESSION + 4))
    for _ in shown:
        qtbot.keyClick(grid_tab.view, Qt.Key.Key_M)  # late, moving down the column
    settle(qtbot, ops)
    after = _marks(thirty)
    assert {lid: after[lid] for lid in shown} == dict.fromkeys(shown, "late")
    assert {k: v for k, v in after.items() if k not in shown} == {
        k: v for k, v in before.items() if k not in shown
    }
    # A past session: catching up in the grid (three sessions marked, rates follow).
    grid_tab.filter.setText("")
    grid_tab.view.setCurrentIndex(model.index(0, FIRST_SESSION))
    qtbot.keyClick(grid_tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    first = grid.learners[0].learner_id
    assert _marks(thirty, 1)[first] == "present"
    assert len(_marks(thirty, 1)) == 30  # not the late joiner, who was not enrolled yet
    assert model.data(model.index(0, RATE)) == "40 %"  # 2 of the 5 held so far
    # Cells of learners not enrolled on the date cannot be marked.
    late_joiner = next(r for r, n in enumerate(model.rows) if grid.learners[n].learner_id == 31)
    grid_tab.view.setCurrentIndex(model.index(late_joiner, FIRST_SESSION))
    qtbot.keyClick(grid_tab.view, Qt.Key.Key_C)
    settle(qtbot, ops)
    assert 31 not in _marks(thirty, 1)
    saved_state = page.roll_call.saved_state
    assert "Không" in saved_state or "chưa ghi danh" in saved_state
    assert grid_tab.view.currentIndex().row() == late_joiner  # refused: the cursor stays


def test_a_session_that_did_not_take_place_keeps_its_marks_and_blocks_the_roll_call(
    qtbot: QtBot, page: AttendancePage, thirty: Store, ops: Operations
) -> None:
    roll_call, status = page.roll_call, page.roll_call.status
    roll_call.view.setFocus()
    qtbot.keyClick(roll_call.view, Qt.Key.Key_C)
    qtbot.mouseClick(status.cancelled_button, Qt.MouseButton.LeftButton)
    status.reason_box.setCurrentIndex(status.reason_box.findData("weather"))
    status.reason_note.setText("Mưa bão")
    status.reason_note.editingFinished.emit()
    settle(qtbot, ops)
    with thirty.session() as session:
        row = session.get(ClassSession, TODAY_SESSION)
        assert row is not None
        assert (row.status, row.cancel_reason, row.cancel_note) == (
            "cancelled",
            "weather",
            "Mưa bão",
        )
    assert len(_marks(thirty)) == 1  # kept
    assert not roll_call.view.isEnabled()
    assert "không diễn ra" in page.session_box.currentText()
    page.open_session(TODAY_SESSION)  # opened again: it says why nothing can be marked
    settle(qtbot, ops)
    assert "không diễn ra" in roll_call.saved_state
    assert status.cancelled_button.isChecked()
    assert status.reason_box.currentData() == "weather"
    qtbot.mouseClick(status.held_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    with thirty.session() as session:
        row = session.get(ClassSession, TODAY_SESSION)
        assert row is not None
        assert (row.status, row.cancel_reason) == ("held", None)
    assert roll_call.view.isEnabled()


def test_walk_ins_of_a_talk_by_sex(
    qtbot: QtBot, page: AttendancePage, thirty: Store, ops: Operations
) -> None:
    status = page.roll_call.status
    with qtbot.waitSignal(page.session_shown, timeout=10000):
        page.open_session(TALK_SESSION)
    assert status.walk_ins.isVisible()
    assert page.roll_call.model.rowCount() == 0
    status.walk_in_boxes["male"].setValue(12)
    status.walk_in_boxes["female"].setValue(25)
    settle(qtbot, ops)
    with thirty.session() as session:
        row = session.get(ClassSession, TALK_SESSION)
        assert row is not None
        assert (row.walk_ins_male, row.walk_ins_female, row.walk_ins_unknown) == (12, 25, 0)
    page.open_session(TODAY_SESSION)
    settle(qtbot, ops)
    assert not status.walk_ins.isVisible()  # a course without walk-ins


def test_a_change_made_elsewhere_shows_at_once_and_its_own_changes_reload_nothing(
    qtbot: QtBot, page: AttendancePage, thirty: Store, ops: Operations
) -> None:
    reloads: list[int] = []
    reload = page.reload
    page.reload = lambda: (reloads.append(1), reload())[1]  # type: ignore[method-assign]
    roll_call = page.roll_call
    roll_call.view.setFocus()
    for key in (Qt.Key.Key_C, Qt.Key.Key_M, Qt.Key.Key_Space):
        qtbot.keyClick(roll_call.view, key)
    qtbot.keyClick(roll_call.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert reloads == []  # its own marks are shown already
    assert roll_call.view.currentIndex().row() == 2
    # Another page (another receiver) marks a learner of the session shown.
    other = QWidget()
    qtbot.addWidget(other)
    learner = roll_call.model.entries[5].learner_id

    def mark(session: Session) -> MarkChange:
        return service.set_mark(session, TODAY_SESSION, learner, "excused")

    ops.change(other, ChangeKind.ATTENDANCE, mark)
    settle(qtbot, ops)
    assert reloads == [1]
    assert roll_call.model.entries[5].status == "excused"
    assert roll_call.view.currentIndex().row() == 2  # the same session: the cursor stays
    # While the page is hidden, a change waits until it is shown again.
    page.hide()
    ops.change(other, ChangeKind.ENROLMENTS, lambda session: None)
    settle(qtbot, ops)
    assert reloads == [1]
    page.show()
    settle(qtbot, ops)
    assert reloads == [1, 1]


def test_the_overview_opens_todays_roll_call_on_a_double_click(
    qtbot: QtBot, thirty: Store, settings: QSettings, translations: Translations
) -> None:
    window = MainWindow(thirty, settings, translations, today=TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview_loaded, timeout=10000):
        window.show()
    table = window.overview.today
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("Lớp"))
    index: QModelIndex = table.model().index(row, 0)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(window.attendance.session_shown, timeout=5000) as shown:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert shown.args == [TODAY_SESSION]
    assert window.pages.currentWidget() is window.attendance
    assert window.attendance.tabs.currentIndex() == 0
    view = window.attendance.roll_call.view
    assert view.hasFocus() or view.isVisible()


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext is not installed",
)
def test_paper_sign_in_sheet_summary_and_certificate(
    qtbot: QtBot, page: AttendancePage, thirty: Store, tmp_path: Path
) -> None:
    with thirty.session() as session:
        session.execute(
            update(Learner).where(Learner.id == 1).values(birth_date=dt.date(1971, 3, 5))
        )
    page.roll_call.view.setFocus()
    qtbot.keyClick(page.roll_call.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    paper = page.paper
    asked: list[str] = []
    written: list[Path] = []
    paper.ask_save_path = lambda name: asked.append(name) or str(tmp_path / name)
    paper.show_written = lambda _parent, path: written.append(path)
    assert paper.month_box.currentText() == "Tháng 11 năm 2026"
    with qtbot.waitSignal(paper.printed, timeout=20000) as printed:
        paper.print_sign_in_sheet()  # the grid is read first, the file written after
    sheet = printed.args[0]
    assert sheet is not None
    assert sheet.name == "danh-sach-ky-ten-lop-tieng-anh-giao-tiep-2026-11.pdf"  # no ids
    assert written == [sheet]  # said, with «Mở»
    text = _pdf_text(sheet)
    assert "DANH SÁCH KÝ TÊN" in text
    assert "Lớp tiếng Anh giao tiếp" in text
    assert "Đặng Thu Hà" in text  # the facilitator
    # The header the administrative way, the date line as on the centre's report.
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0].startswith("UBND XÃ SÓC SƠN"), lines[:3]
    assert lines[0].endswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert lines[1].startswith("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"), lines[:3]
    assert lines[1].endswith("Độc lập - Tự do - Hạnh phúc")
    assert "Sóc Sơn, ngày 23 tháng 11 năm 2026" in text
    assert "Hoàng Thị Thảo" in text or "Thị Thảo" in text
    for day in ("02/11", "09/11", "16/11", "23/11", "30/11"):  # the month's sessions
        assert day in text
    assert "26/10" not in text
    assert "vãng lai" not in text  # a course: no lines for walk-ins

    page.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(paper.printed, timeout=20000) as printed:
        paper.print_summary()
    summary = printed.args[0]
    assert summary is not None
    assert summary.name == "diem-danh-lop-tieng-anh-giao-tiep-2026-11-23.pdf"
    text = _pdf_text(summary)
    assert "TỔNG HỢP CHUYÊN CẦN" in text
    head = text.split("STT", 1)[1].split("Trần Thị Thảo 01")[0]  # the table's head
    assert "Chưa" in head  # the column «Chưa điểm danh»
    assert "danh" in head
    # 26/10 .. 16/11 held and never marked (today was marked above).
    assert "4 buổi đã diễn ra chưa điểm danh (26/10, 02/11, 09/11, 16/11)" in " ".join(text.split())

    model = page.grid.model
    assert model.grid is not None
    row = next(r for r, n in enumerate(model.rows) if model.grid.learners[n].learner_id == 1)
    page.grid.view.setCurrentIndex(model.index(row, 0))
    with qtbot.waitSignal(paper.printed, timeout=20000) as printed:
        paper.print_certificate()
    certificate = printed.args[0]
    assert certificate is not None
    text = " ".join(_pdf_text(certificate).split())
    assert "GIẤY CHỨNG NHẬN" in text
    name = next(x.full_name for x in model.grid.learners if x.learner_id == 1)
    assert certificate.name.startswith("giay-chung-nhan-")
    assert "lop-tieng-anh-giao-tiep" in certificate.name
    assert f"Bà {name}" in text  # from the recorded sex
    assert "Ngày sinh: 05/03/1971" in text  # the full date when known
    assert "Số: ………/GCN" in text
    assert "%" not in text  # no attendance rate
    assert "Tỷ lệ" not in text
    assert "UBND XÃ SÓC SƠN" in text
    assert len(asked) == 3
    assert all(str(n).isascii() for n in asked)


@pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="pdftotext is not installed",
)
def test_the_sign_in_sheet_of_a_talk_has_numbered_lines_for_walk_ins(
    qtbot: QtBot, page: AttendancePage, ops: Operations, thirty: Store, tmp_path: Path
) -> None:
    with thirty.session() as session:
        session.execute(insert(Enrolment), [{"learner_id": n, "class_id": 2} for n in (1, 2)])
    page.class_box.setCurrentIndex(page.class_box.findData(2))
    settle(qtbot, ops)
    paper = page.paper
    paper.ask_save_path = lambda name: str(tmp_path / name)
    paper.show_written = lambda _parent, _path: None
    with qtbot.waitSignal(paper.printed, timeout=20000) as printed:
        paper.print_sign_in_sheet()
    text = _pdf_text(printed.args[0])
    assert "DANH SÁCH NGƯỜI THAM DỰ" in text
    assert "Buổi nói chuyện: Nói chuyện pháp luật" in text
    assert "23/11/2026" in text  # the talk's date, not a month
    assert "vãng lai" in text
    firsts = [line.split()[0] for line in text.splitlines() if line.split()]
    assert [int(n) for n in firsts if n.isdigit()][:14] == list(range(1, 15))


def test_a_mark_whose_commit_fails_is_not_shown_saved_and_leaves_nothing_to_undo(
    qtbot: QtBot, thirty: Store, settings: QSettings, translations: Translations
) -> None:
    """The disk fills up as a mark is committed: the page says so, the mark is not in the
    store, and Ctrl+Z has nothing of it to undo (its undo entry went with the rollback)."""
    failing = [False]

    @contextlib.contextmanager
    def sessions() -> Iterator[Session]:
        with thirty.session() as session:
            yield session
            if failing[0]:
                raise OSError(28, "No space left on device")  # as a full disk at COMMIT

    ops = Operations(BackgroundRunner(), sessions, lambda: "vi")
    shown = AttendancePage(ops, "vi", settings, TODAY)
    qtbot.addWidget(shown)
    shown.show()
    settle(qtbot, ops)
    view = shown.roll_call.view
    view.setFocus()
    view.setCurrentIndex(shown.roll_call.model.index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_C)  # saved
    settle(qtbot, ops)
    first = shown.roll_call.model.entries[0].learner_id
    assert _marks(thirty) == {first: "present"}
    failing[0] = True
    qtbot.keyClick(view, Qt.Key.Key_K)  # the second learner: the commit fails
    settle(qtbot, ops)
    assert _marks(thirty) == {first: "present"}
    assert shown.roll_call.saved_state.startswith("✕")
    failing[0] = False
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert _marks(thirty) == {}  # the undo took back the mark that was saved, not the other


def test_sessions_without_a_roll_call_are_named_and_open_from_the_page(
    qtbot: QtBot, page: AttendancePage, ops: Operations, thirty: Store
) -> None:
    """Nothing is marked: the five held sessions up to today count everyone expected, and
    the roll call says so, names them, and opens one when it is clicked."""
    roll_call = page.roll_call
    assert roll_call.awaiting.isVisible()
    text = roll_call.awaiting.text()
    assert "5 buổi chưa điểm danh" in text, text
    assert "chưa ai được tính là có mặt" in text
    labels = [page.session_box.itemText(i) for i in range(page.session_box.count())]
    assert sum("chưa điểm danh" in label for label in labels) == 5
    assert "chưa điểm danh" not in labels[5]  # 30/11: not held yet
    # Today's roll call taken (Ctrl+Enter): four left, the label of today's session too.
    roll_call.focus_first()
    qtbot.keyClick(roll_call.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert "4 buổi chưa điểm danh" in roll_call.awaiting.text()
    assert "chưa điểm danh" not in page.session_box.itemText(TODAY_SESSION - 1)
    # Undo: today's session has no mark again.
    qtbot.keyClick(roll_call.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ops)
    assert "5 buổi chưa điểm danh" in roll_call.awaiting.text()
    with qtbot.waitSignal(page.session_shown, timeout=5000) as shown:
        roll_call.awaiting.linkActivated.emit("1")  # the first link: 26/10
    assert shown.args == [1]
    assert roll_call.view.hasFocus()


def test_the_overview_lists_the_sessions_awaiting_a_roll_call_and_enter_opens_one(
    qtbot: QtBot, thirty: Store, settings: QSettings, translations: Translations
) -> None:
    window = MainWindow(thirty, settings, translations, today=TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.overview_loaded, timeout=10000):
        window.show()
    table = window.overview.today
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    # Today's two sessions, then the four held before today without a roll call.
    assert [row[1] for row in rows] == [
        "Hôm nay",
        "Hôm nay",
        "16/11/2026",
        "09/11/2026",
        "02/11/2026",
        "26/10/2026",
    ], rows
    assert rows[2][3] == "Chưa điểm danh"
    assert "4 buổi trước đây chưa điểm danh" in window.overview.no_sessions.text()
    window.navigation.setFocus()
    window.navigation.setCurrentRow(1)
    window.navigation.setCurrentRow(0)
    window._focus_page()  # as a click on «Tổng quan» does
    assert table.hasFocus()
    table.setCurrentCell(2, 0)
    with qtbot.waitSignal(window.attendance.session_shown, timeout=5000) as shown:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shown.args == [4]  # 16/11, the fourth weekly session
    assert window.pages.currentWidget() is window.attendance

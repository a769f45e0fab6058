"""The Learners page: search as you type, filters, sorting by the headers, the add/edit
form with its messages at the fields, possible duplicates while typing, archive, delete
(refused with attendance), merge; driven with the keyboard and mouse, checked in the
database. Records load and writes run in the background (``ops``): the tests wait for
the dialogs to open and for the background lane to be idle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, text

from clc_desktop.domain.codes import AgeBand
from clc_desktop.domain.learners import LearnerForm
from clc_desktop.services.learner_import import RowChoice
from clc_desktop.services.learners import add_learner, load_learner_list
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import AttendanceMark, ClassSession, Enrolment, LearningClass
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.learner_dialog import LearnerDialog, MergeDialog
from clc_desktop.ui.learner_models import ImportPreviewModel, LearnerTableModel
from clc_desktop.ui.main_window import MainWindow
from clc_desktop.ui.operations import BackgroundRunner, Operations
from clc_desktop.ui.pages.learners import LearnersPage

from .conftest import TODAY

PEOPLE = {
    "duc": LearnerForm(
        "Nguyễn Văn Đức",
        sex="male",
        birth_date=dt.date(1968, 3, 5),
        ethnicity="01",
        phone="0912 345 678",
        address="Thôn Đông",
    ),
    "mai": LearnerForm("Đặng Thị Mai", sex="female", birth_year=1975, address="Xóm Mới"),
    "huong": LearnerForm(
        "Trần Thị Hương", sex="female", birth_year=1990, phone="0987654321", address="Thôn Đoài"
    ),
    "pao": LearnerForm("Lò Văn Pao", sex="male", birth_year=2015, ethnicity="03"),
    "lan": LearnerForm("Phạm Thị Lan", sex="female", birth_year=1980, address="Xóm Chùa"),
    "lan2": LearnerForm("Phạm Thị Lan", birth_year=1980, phone="0335111222"),
}


@pytest.fixture
def registry(store: Store) -> dict[str, int]:
    """Six learners (two records of Phạm Thị Lan), two classes, marks for Đức and both
    Lans."""
    with store.session() as session:
        ids = {key: add_learner(session, form, TODAY) for key, form in PEOPLE.items()}
        session.execute(
            insert(LearningClass),
            [
                {"id": 1, "name": "Lớp tin học cơ bản", "topic": "digital"},
                {"id": 2, "name": "Nói chuyện sức khỏe", "topic": "health", "kind": "event"},
            ],
        )
        session.execute(
            insert(Enrolment),
            [
                {"learner_id": ids["duc"], "class_id": 1},
                {"learner_id": ids["huong"], "class_id": 1},
                {"learner_id": ids["lan"], "class_id": 1},
                {"learner_id": ids["lan2"], "class_id": 2},
            ],
        )
        session.execute(
            insert(ClassSession),
            [
                {"id": 1, "class_id": 1, "date": dt.date(2026, 11, 16)},
                {"id": 2, "class_id": 2, "date": dt.date(2026, 11, 18)},
            ],
        )
        session.execute(
            insert(AttendanceMark),
            [
                {"session_id": 1, "learner_id": ids["duc"], "status": "present"},
                {"session_id": 1, "learner_id": ids["lan"], "status": "late"},
                {"session_id": 2, "learner_id": ids["lan2"], "status": "present"},
            ],
        )
    return ids


@pytest.fixture
def ops(store: Store) -> Iterator[Operations]:
    runner = BackgroundRunner()
    yield Operations(runner, store.session, lambda: "vi")
    runner.wait()


@pytest.fixture
def page(
    qtbot: QtBot, ops: Operations, registry: dict[str, int], translations: Translations
) -> LearnersPage:
    shown = LearnersPage(ops, "vi", TODAY)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    with qtbot.waitSignal(shown.loaded, timeout=10000):
        shown.show()
    return shown


def _settle(qtbot: QtBot, ops: Operations) -> None:
    """Wait until every query and change asked for (and the reloads they caused) is done."""
    qtbot.waitUntil(lambda: ops.runner.pending == 0, timeout=10000)


def _scalar(store: Store, sql: str, **params: object) -> object:
    with store.session() as session:
        return session.execute(text(sql), params).scalar()


def type_text(widget: QWidget, typed: str) -> None:
    """Type any text, Vietnamese included (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for char in typed:
        QApplication.sendEvent(
            widget,
            QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char),
        )


class ModalRun(list[BaseException]):
    """What :func:`when_modal` saw: the handler's failures (empty when it passed), and
    ``done`` once the handler has run."""

    done = False


def when_modal(handler: Callable[[QWidget], None], wait_ms: int = 10000) -> ModalRun:
    """Run ``handler`` on the next modal dialog (one opened after this call: a page may
    load a record before it opens its dialog); on failure close it so the test ends."""
    failures = ModalRun()
    before = QApplication.activeModalWidget()
    deadline = QDeadlineTimer(wait_ms)

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if (widget is None or widget is before) and not deadline.hasExpired():
            QTimer.singleShot(10, run)  # not open yet
            return
        try:
            assert widget is not None, "no modal dialog was open"
            handler(widget)
            assert not widget.isVisible(), f"{type(widget).__name__} is still open"
        except BaseException as error:
            failures.append(error)
            if widget is not None:
                widget.close()  # never leave a test waiting on a dialog
        finally:
            failures.done = True

    QTimer.singleShot(0, run)
    return failures


def wait_handled(qtbot: QtBot, failures: ModalRun) -> None:
    """Wait until the handler given to :func:`when_modal` has run."""
    qtbot.waitUntil(lambda: failures.done, timeout=10000)


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _click_header(qtbot: QtBot, page: LearnersPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _select_rows(qtbot: QtBot, page: LearnersPage, *rows: int) -> None:
    for number, row in enumerate(rows):
        rect = page.table.visualRect(page.model.index(row, 0))
        qtbot.mouseClick(
            page.table.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier,
            rect.center(),
        )


# -- the list ------------------------------------------------------------------------------


def test_the_list_opens_sorted_by_given_name_with_a_count(page: LearnersPage) -> None:
    # Vietnamese order: by given name (Đức, Hương, Lan, Lan, Mai, Pao), then family name.
    assert page.visible_names() == [
        "Nguyễn Văn Đức",
        "Trần Thị Hương",
        "Phạm Thị Lan",
        "Phạm Thị Lan",
        "Đặng Thị Mai",
        "Lò Văn Pao",
    ]
    assert page.count.text() == "6 / 6 học viên"
    row = page.model.row_of(page.model.item(0).id)
    assert row == 0
    assert [page.model.index(0, c).data() for c in range(8)] == [
        "Nguyễn Văn Đức",
        "Nam",
        "05/03/1968",
        "36–60",
        "Kinh",
        "0912345678",
        "Thôn Đông",
        "1",
    ]


def test_typing_a_search_without_accents_finds_the_learner(
    qtbot: QtBot, page: LearnersPage
) -> None:
    qtbot.keyClicks(page.search, "nguyen van duc")
    assert page.visible_names() == ["Nguyễn Văn Đức"]
    assert page.count.text() == "1 / 6 học viên"
    page.search.clear()
    qtbot.keyClicks(page.search, "DANG")
    assert page.visible_names() == ["Đặng Thị Mai"]
    page.search.clear()
    qtbot.keyClicks(page.search, "thon do")  # the village: Thôn Đông and Thôn Đoài
    assert page.visible_names() == ["Nguyễn Văn Đức", "Trần Thị Hương"]
    page.search.clear()
    qtbot.keyClicks(page.search, "0987.654")  # a phone number as people write it
    assert page.visible_names() == ["Trần Thị Hương"]
    page.search.clear()
    type_text(page.search, "hương")  # typed with accents works too
    assert page.visible_names() == ["Trần Thị Hương"]
    # Down goes to the list; Enter would open the learner.
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.selected_ids() == [page.model.item(0).id]


def test_filters_by_class_topic_sex_age_band_and_archived(
    page: LearnersPage, store: Store, registry: dict[str, int]
) -> None:
    page.class_filter.setCurrentIndex(page.class_filter.findData(1))
    assert page.visible_names() == ["Nguyễn Văn Đức", "Trần Thị Hương", "Phạm Thị Lan"]
    page.class_filter.setCurrentIndex(0)
    page.topic_filter.setCurrentIndex(page.topic_filter.findData("health"))
    assert page.visible_names() == ["Phạm Thị Lan"]
    page.topic_filter.setCurrentIndex(0)
    page.sex_filter.setCurrentIndex(page.sex_filter.findData("male"))
    assert page.visible_names() == ["Nguyễn Văn Đức", "Lò Văn Pao"]
    page.age_filter.setCurrentIndex(page.age_filter.findData(AgeBand.UNDER_15.value))
    assert page.visible_names() == ["Lò Văn Pao"]
    page.sex_filter.setCurrentIndex(0)
    page.age_filter.setCurrentIndex(0)
    page.search.setText("lan")
    assert page.count.text() == "2 / 6 học viên"
    page.archived_filter.setCurrentIndex(page.archived_filter.findData(True))
    assert page.visible_names() == []


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, page: LearnersPage) -> None:
    born = LearnerTableModel.COLUMNS.index("birth")
    _click_header(qtbot, page, born)
    assert page.visible_names()[:2] == ["Nguyễn Văn Đức", "Đặng Thị Mai"]
    assert page.visible_names()[-1] == "Lò Văn Pao"
    _click_header(qtbot, page, born)  # again: descending
    assert page.visible_names()[0] == "Lò Văn Pao"
    # The search keeps the sorted order.
    qtbot.keyClicks(page.search, "thi")
    assert page.visible_names() == [
        "Trần Thị Hương",
        "Phạm Thị Lan",
        "Phạm Thị Lan",
        "Đặng Thị Mai",
    ]
    _click_header(qtbot, page, LearnerTableModel.COLUMNS.index("phone"))
    assert page.visible_names()[0] == "Phạm Thị Lan"  # 0335... first, no phone last
    assert page.model.item(0).phone == "0335111222"


def test_the_table_model_passes_the_model_tester(
    qtmodeltester: object, store: Store, registry: dict[str, int]
) -> None:
    model = LearnerTableModel()
    with store.session() as session:
        model.set_items(load_learner_list(session, TODAY))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.show_positions([0, 2])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


# -- add and edit --------------------------------------------------------------------------


def test_adding_a_learner_shows_errors_at_the_fields_then_saves(
    qtbot: QtBot, page: LearnersPage, store: Store
) -> None:
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, LearnerDialog)
        _click(qtbot, dialog.save_button)  # empty name
        seen["empty"] = dialog.errors["full_name"].text()
        type_text(dialog.full_name, "Vũ Thị Thu")
        qtbot.keyClicks(dialog.birth_date, "12/04/2030")
        _click(qtbot, dialog.save_button)
        seen["future"] = dialog.errors["birth_date"].text()
        seen["name_after"] = dialog.errors["full_name"].text()
        dialog.birth_date.clear()
        qtbot.keyClicks(dialog.birth_year, "1850")
        seen["impossible"] = dialog.errors["birth_date"].text()  # re-checked as you type
        dialog.birth_year.clear()
        qtbot.keyClicks(dialog.birth_year, "1985")
        dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
        dialog.ethnicity.lineEdit().clear()  # Kinh, proposed
        type_text(dialog.ethnicity.lineEdit(), "Mường")
        qtbot.keyClicks(dialog.phone, "0977 123 456")
        type_text(dialog.address, "Xóm Chùa")
        _click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: not dialog.isVisible())  # closed once written

    failures = when_modal(fill)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _click(qtbot, page.new_button)
    assert failures == []
    assert seen["empty"] == "Hãy nhập họ và tên."
    assert seen["future"] == "Ngày sinh không thể ở tương lai."
    assert seen["name_after"] == ""
    assert seen["impossible"] == "Năm sinh phải từ 1900 đến năm nay."
    with store.session() as session:
        row = session.execute(
            text(
                "SELECT full_name, search_key, sex, birth_year, birth_date, ethnicity, phone,"
                " address FROM learner WHERE search_key = 'vu thi thu'"
            )
        ).one()
    assert tuple(row) == (
        "Vũ Thị Thu",
        "vu thi thu",
        "female",
        1985,
        None,
        "06",
        "0977123456",
        "Xóm Chùa",
    )
    assert "Vũ Thị Thu" in page.visible_names()
    assert page.model.item(page.table.currentIndex().row()).full_name == "Vũ Thị Thu"


def test_possible_duplicates_appear_while_typing_and_open_the_existing_learner(
    qtbot: QtBot, page: LearnersPage, store: Store, ops: Operations, registry: dict[str, int]
) -> None:
    seen: dict[str, object] = {}
    opened: list[ModalRun] = []

    def edit_existing(dialog: QWidget) -> None:
        assert isinstance(dialog, LearnerDialog)
        seen["title"] = dialog.windowTitle()
        seen["name"] = dialog.full_name.text()
        seen["phone"] = dialog.phone.text()
        dialog.reject()

    def type_new(dialog: QWidget) -> None:
        assert isinstance(dialog, LearnerDialog)
        qtbot.keyClicks(dialog.full_name, "nguyen van duc")  # no accents, lower case
        _settle(qtbot, ops)  # the look-ups run in the background
        seen["listed"] = dialog.duplicates.count()
        seen["text"] = dialog.duplicates.item(0).text()
        seen["visible"] = dialog.duplicates_box.isVisible()
        opened.append(when_modal(edit_existing))
        _click(qtbot, dialog.open_button)

    failures = when_modal(type_new)
    _click(qtbot, page.new_button)
    assert failures == []
    wait_handled(qtbot, opened[0])  # the page loads the record, then opens it
    assert opened[0] == []
    assert seen["listed"] == 1
    assert seen["visible"] is True
    assert "Nguyễn Văn Đức – 1968 – 0912345678" in str(seen["text"])
    assert seen["title"] == "Sửa thông tin học viên"
    assert (seen["name"], seen["phone"]) == ("Nguyễn Văn Đức", "0912345678")
    assert _scalar(store, "SELECT COUNT(*) FROM learner") == 6  # nothing was created


def test_a_phone_already_registered_is_a_possible_duplicate(
    qtbot: QtBot, ops: Operations, registry: dict[str, int], translations: Translations
) -> None:
    dialog = LearnerDialog(ops, "vi", None, TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.duplicates_shown, timeout=10000):
        qtbot.keyClicks(dialog.phone, "0987 654 321")
    _settle(qtbot, ops)
    assert dialog.duplicates.count() == 1
    assert dialog.duplicates_box.isVisibleTo(dialog)
    assert "Trần Thị Hương" in dialog.duplicates.item(0).text()
    assert "cùng số điện thoại" in dialog.duplicates.item(0).text()


def test_editing_with_enter_saves_the_change(
    qtbot: QtBot, page: LearnersPage, store: Store, registry: dict[str, int]
) -> None:
    qtbot.keyClicks(page.search, "dang thi mai")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, LearnerDialog)
        assert dialog.birth_year.text() == "1975"
        dialog.phone.setText("0911222333")
        dialog.disability.setChecked(True)
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # the default button: Save
        qtbot.waitUntil(lambda: not dialog.isVisible())  # closed once written

    failures = when_modal(change)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_handled(qtbot, failures)
    assert failures == []
    assert _scalar(
        store, "SELECT phone || ',' || disability FROM learner WHERE id = :i", i=registry["mai"]
    ) == ("0911222333,1")
    assert page.status.text() == "Đã lưu Đặng Thị Mai."


# -- archive, delete, merge ------------------------------------------------------------------


def test_archive_hides_the_learner_and_bring_back_restores_it(
    qtbot: QtBot, page: LearnersPage, store: Store, registry: dict[str, int]
) -> None:
    qtbot.keyClicks(page.search, "pao")
    _select_rows(qtbot, page, 0)
    # Not «Lưu trữ» where «Lưu» usually is: a name of its own, and a question first.
    assert page.archive_button.text() == _tr("LearnersPage", "Move to the archive…")
    seen = _answer_boxes(_tr("LearnersPage", "Cancel"))
    _click(qtbot, page.archive_button)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10000)
    assert seen == [
        _tr("LearnersPage", "Move %1 to the archive?").replace("%1", "Lò Văn Pao (2015)")
    ]
    assert _scalar(store, "SELECT archived FROM learner WHERE id = :i", i=registry["pao"]) == 0
    seen = _answer_boxes(_tr("LearnersPage", "Move to the archive"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _click(qtbot, page.archive_button)
    assert _scalar(store, "SELECT archived FROM learner WHERE id = :i", i=registry["pao"]) == 1
    assert page.visible_names() == []
    page.archived_filter.setCurrentIndex(page.archived_filter.findData(True))
    assert page.visible_names() == ["Lò Văn Pao"]
    assert page.model.index(0, 0).data() == "Lò Văn Pao (đã lưu trữ)"
    _select_rows(qtbot, page, 0)
    assert page.archive_button.text() == "Đưa trở lại"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _click(qtbot, page.archive_button)
    assert _scalar(store, "SELECT archived FROM learner WHERE id = :i", i=registry["pao"]) == 0


def _tr(context: str, source: str) -> str:
    """A sentence as the user sees it (Vietnamese once the translations hold it)."""
    return QCoreApplication.translate(context, source)


def _answer_boxes(*answers: str) -> list[str]:
    """Answer the next message boxes in turn (by button text, "" for the only button)."""
    seen: list[str] = []
    pending = list(answers)

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        wanted = pending.pop(0)
        if pending:
            when_modal(answer)
        button = next(b for b in box.buttons() if not wanted or b.text() == wanted)
        button.click()

    when_modal(answer)
    return seen


def test_delete_is_refused_for_a_learner_with_attendance(
    qtbot: QtBot, page: LearnersPage, store: Store, ops: Operations, registry: dict[str, int]
) -> None:
    qtbot.keyClicks(page.search, "nguyen van duc")
    _select_rows(qtbot, page, 0)
    seen = _answer_boxes("Xóa", "")
    _click(qtbot, page.delete_button)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)  # the refusal comes back
    _settle(qtbot, ops)
    assert "Xóa hẳn Nguyễn Văn Đức (1968, Thôn Đông)?" in seen[0]
    assert seen[1] == (
        "Không thể xóa học viên đã có 1 lượt điểm danh. "
        "Hãy chuyển học viên này vào lưu trữ thay vì xóa."
    )
    assert _scalar(store, "SELECT COUNT(*) FROM learner WHERE id = :i", i=registry["duc"]) == 1


def test_delete_after_confirmation_for_a_learner_without_attendance(
    qtbot: QtBot, page: LearnersPage, store: Store, registry: dict[str, int]
) -> None:
    qtbot.keyClicks(page.search, "dang thi mai")
    _select_rows(qtbot, page, 0)
    seen = _answer_boxes("Hủy")
    _click(qtbot, page.delete_button)  # cancelled: nothing happens
    assert len(seen) == 1
    assert _scalar(store, "SELECT COUNT(*) FROM learner WHERE id = :i", i=registry["mai"]) == 1
    _answer_boxes("Xóa")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _click(qtbot, page.delete_button)
    assert _scalar(store, "SELECT COUNT(*) FROM learner WHERE id = :i", i=registry["mai"]) == 0
    assert page.visible_names() == []


def test_merging_two_selected_records_keeps_every_enrolment_and_mark(
    qtbot: QtBot, page: LearnersPage, store: Store, registry: dict[str, int]
) -> None:
    with qtbot.waitSignal(page.duplicates_loaded, timeout=10000):
        _click(qtbot, page.duplicates_button)
    assert page.visible_names() == ["Phạm Thị Lan", "Phạm Thị Lan"]
    _select_rows(qtbot, page, 0, 1)
    assert page.merge_button.isEnabled()
    seen: dict[str, object] = {}

    def merge(dialog: QWidget) -> None:
        assert isinstance(dialog, MergeDialog)
        seen["columns"] = [dialog.table.horizontalHeaderItem(c).text() for c in range(2)]
        seen["keep"] = [dialog.keep_first.text(), dialog.keep_second.text()]
        seen["phones"] = [dialog.table.item(4, c).text() for c in range(2)]
        dialog.keep_first.setChecked(True)
        _click(qtbot, dialog.merge_button)
        qtbot.waitUntil(lambda: not dialog.isVisible())  # closed once merged

    failures = when_modal(merge)
    with qtbot.waitSignals([page.loaded, page.duplicates_loaded], timeout=10000):
        _click(qtbot, page.merge_button)
    wait_handled(qtbot, failures)
    assert failures == []
    lan, lan2 = registry["lan"], registry["lan2"]
    # Each record named by its person, never «Hồ sơ 5».
    assert seen["columns"] == ["Phạm Thị Lan (1980, Xóm Chùa)", "Phạm Thị Lan (1980, 0335111222)"]
    assert seen["keep"] == seen["columns"]
    assert seen["phones"] == ["", "0335111222"]
    assert _scalar(store, "SELECT COUNT(*) FROM learner WHERE id = :i", i=lan2) == 0
    assert _scalar(store, "SELECT phone FROM learner WHERE id = :i", i=lan) == "0335111222"
    assert _scalar(
        store, "SELECT group_concat(class_id) FROM enrolment WHERE learner_id = :i", i=lan
    ) in ("1,2", "2,1")
    assert _scalar(store, "SELECT COUNT(*) FROM attendance_mark WHERE learner_id = :i", i=lan) == 2
    assert page.visible_names() == []  # no duplicates left
    status = page.status.text()
    assert "Phạm Thị Lan (1980, Xóm Chùa)" in status
    assert str(lan) not in status.replace("0335111222", "")


def test_the_preview_model_passes_the_model_tester(qtmodeltester: object) -> None:
    from clc_desktop.services.learner_import import PreviewRow, RowStatus

    rows = [
        PreviewRow(9, ("1", "An"), RowStatus.NEW, LearnerForm("Nguyễn An")),
        PreviewRow(10, ("2", None), RowStatus.REJECTED, None),
    ]
    model = ImportPreviewModel(rows, "vi")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.set_choice(0, RowChoice.SKIP)
    assert not model.set_choice(1, RowChoice.CREATE)  # a rejected row is skipped
    assert model.choices() == {9: RowChoice.SKIP, 10: RowChoice.SKIP}


def test_the_main_window_shows_the_page_and_recounts_the_overview_after_a_change(
    qtbot: QtBot,
    store: Store,
    registry: dict[str, int],
    settings: QSettings,
    translations: Translations,
) -> None:
    window = MainWindow(store, settings, translations, today=TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignals([window.overview_loaded, window.learners_page.loaded], timeout=10000):
        window.show()
    window.show_page("learners")
    page = window.pages.currentWidget()
    assert page is window.learners_page
    assert page.count.text() == "6 / 6 học viên"
    qtbot.keyClicks(page.search, "pao")
    _select_rows(qtbot, page, 0)
    _answer_boxes(_tr("LearnersPage", "Move to the archive"))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        _click(qtbot, page.archive_button)
    assert page.count.text() == "0 / 6 học viên"
    # The overview, off screen meanwhile, recounts when the user comes back to it.
    with qtbot.waitSignal(window.overview_loaded, timeout=10000):
        window.show_page("overview")


def test_sorting_by_age_goes_from_the_youngest_band_to_the_oldest(
    qtbot: QtBot, page: LearnersPage
) -> None:
    _click_header(qtbot, page, LearnerTableModel.COLUMNS.index("age_band"))
    bands = [page.model.item(row).age_band for row in range(page.model.rowCount())]
    assert bands == [AgeBand.UNDER_15] + [AgeBand.FROM_36_TO_60] * 5  # not by the code's text


def test_the_ethnicity_is_found_without_accents_and_an_unknown_one_is_refused(
    qtbot: QtBot, store: Store, ops: Operations, translations: Translations
) -> None:
    dialog = LearnerDialog(ops, "vi", None, TODAY)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Hà Thị Lan")
    line = dialog.ethnicity.lineEdit()
    _settle(qtbot, ops)  # the centre's usual ethnicity is proposed: Kinh, none recorded
    assert dialog.ethnicity.currentText() == "Kinh"
    assert dialog.read_form()[0].ethnicity == "01"
    line.clear()
    qtbot.keyClicks(line, "muong")
    assert dialog.read_form()[0].ethnicity == "06"  # Mường
    line.clear()
    qtbot.keyClicks(line, "08")
    assert dialog.read_form()[0].ethnicity == "08"  # the GSO code: Mông
    line.clear()
    type_text(line, "Sao Hỏa")
    assert not dialog.save()
    assert dialog.errors["ethnicity"].text() == "Dân tộc không có trong danh mục 54 dân tộc."
    _settle(qtbot, ops)
    assert _scalar(store, "SELECT COUNT(*) FROM learner") == 0


def test_the_sexes_are_listed_nam_nu_then_unknown(
    qtbot: QtBot, ops: Operations, translations: Translations
) -> None:
    dialog = LearnerDialog(ops, "vi", None, TODAY)
    qtbot.addWidget(dialog)
    assert [dialog.sex.itemText(i) for i in range(dialog.sex.count())] == [
        "Nam",
        "Nữ",
        "Không rõ",
    ]
    assert dialog.sex.currentText() == "Không rõ"  # until someone says
    _settle(qtbot, ops)


def test_a_disability_column_and_filter(
    qtbot: QtBot, page: LearnersPage, store: Store, ops: Operations, registry: dict[str, int]
) -> None:
    with store.session() as session:
        session.execute(
            text("UPDATE learner SET disability = 1 WHERE id IN (:a, :b)"),
            {"a": registry["mai"], "b": registry["pao"]},
        )
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()
    column = LearnerTableModel.COLUMNS.index("disability")
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == _tr(
        "LearnerTableModel", "Disability"
    )
    shown = {
        page.model.item(row).full_name: page.model.index(row, column).data()
        for row in range(page.model.rowCount())
    }
    yes = _tr("LearnerTableModel", "Yes")
    assert shown["Đặng Thị Mai"] == yes
    assert shown["Nguyễn Văn Đức"] == ""
    page.disability_filter.setCurrentIndex(page.disability_filter.findData(True))
    assert sorted(page.visible_names()) == ["Lò Văn Pao", "Đặng Thị Mai"]
    page.disability_filter.setCurrentIndex(page.disability_filter.findData(False))
    assert "Lò Văn Pao" not in page.visible_names()
    assert len(page.visible_names()) == 4

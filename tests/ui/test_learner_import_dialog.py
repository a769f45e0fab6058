"""Importing a learner list through the dialog: a messy, realistic .xlsx (title rows,
merged cells, a Nam | Nữ header, mixed date formats, NFD names in capitals, a learner
already registered, a person listed twice, bad rows, a footer), the column mapping
changed by the user, choices per row, a class for everyone, the rejected rows saved; and
refused files; each step runs as an ``ops.task`` the dialog's progress row shows, and
closing the dialog cancels it."""

from __future__ import annotations

import datetime as dt
import threading
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, text

from clc_desktop.domain.learner_list import ImportField
from clc_desktop.domain.learners import LearnerForm
from clc_desktop.services.learner_import import RowChoice, RowStatus, commit_import
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import LearningClass
from clc_desktop.ui import files, learner_import_dialog
from clc_desktop.ui.dialogs import run_dialog
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.learner_import_dialog import (
    DONE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    LearnerImportDialog,
    column_letter,
)
from clc_desktop.ui.operations import BackgroundRunner, Operations
from clc_desktop.ui.pages.learners import ClassChoice, LearnersPage, load_classes

from .conftest import TODAY


def messy_list(path: Path) -> Path:
    """A commune's list as it comes: titles, a two-row header, column numbers, then rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet["A1"] = "UBND XÃ TIÊN DƯỢC"
    sheet.merge_cells("A1:D1")
    sheet["A2"] = "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"
    sheet["A3"] = "DANH SÁCH HỌC VIÊN LỚP TRỒNG RAU AN TOÀN"
    sheet.merge_cells("A3:I3")
    sheet.append([])  # row 4
    sheet.append(
        ["TT", "Họ tên", "Năm sinh", "Giới tính", None, "Dân tộc", "Thôn/xóm", "SĐT", "Nghề nghiệp"]
    )  # row 5
    sheet.merge_cells("D5:E5")
    sheet.append([None, None, None, "Nam", "Nữ"])  # row 6
    sheet.append([1, 2, 3, 4, 5, 6, 7, 8, 9])  # row 7: column numbers
    rows = [
        # 8: capitals, a real date cell
        [
            1,
            "NGUYỄN VĂN BÌNH",
            dt.datetime(1966, 7, 2),
            "x",
            None,
            "Kinh",
            "Thôn Đông",
            "0912 000 111",
            "Làm ruộng",
        ],
        # 9: NFD, extra spaces, day-month-year with dashes, the phone as a number
        [
            2,
            unicodedata.normalize("NFD", "  trần   thị   thủy "),
            "2-9-1972",
            None,
            "x",
            "Tày",
            "Xóm  Mới",
            977000222,
            "Buôn bán",
        ],
        # 10: already registered (same folded name and year)
        [3, "Lê Thị Hoa", "1970", None, "x", "Kinh", "Thôn Đoài", None, None],
        # 11: no name
        [4, None, "1980", "x", None, "Kinh", None, None, None],
        # 12: a date that does not exist
        [5, "Phạm Văn Long", "31/02/1975", "x", None, "Kinh", None, None, None],
        # 13: born in the future
        [6, "Vũ Thị Nga", "05/03/2031", None, "x", "Kinh", None, None, None],
        # 14: the person of row 8 again, written differently
        [7, "Nguyễn Văn Bình", "02/07/1966", "x", None, "Kinh", "Thôn Đông", None, None],
        # 15: year alone, H'Mông
        [8, "Giàng A Sử", 1990, "x", None, "H'Mông", "Bản Phố", None, None],
    ]
    for row in rows:
        sheet.append(row)
    sheet.append([])
    sheet["F18"] = "Tiên Dược, ngày 10 tháng 9 năm 2026"
    sheet["F19"] = "NGƯỜI LẬP DANH SÁCH"
    book.save(path)
    return path


EXPECTED = {
    8: (RowStatus.NEW, RowChoice.CREATE),
    9: (RowStatus.NEW, RowChoice.CREATE),
    10: (RowStatus.DUPLICATE, RowChoice.USE_EXISTING),
    11: (RowStatus.REJECTED, RowChoice.SKIP),
    12: (RowStatus.REJECTED, RowChoice.SKIP),
    13: (RowStatus.REJECTED, RowChoice.SKIP),
    14: (RowStatus.DUPLICATE_IN_FILE, RowChoice.SKIP),
    15: (RowStatus.NEW, RowChoice.CREATE),
}


@pytest.fixture
def existing(store: Store) -> dict[str, int]:
    with store.session() as session:
        hoa = add_learner(session, LearnerForm("Lê Thị Hoa", sex="female", birth_year=1970))
        class_id = session.execute(
            insert(LearningClass)
            .values(name="Trồng rau an toàn", topic="agriculture")
            .returning(LearningClass.id)
        ).scalar_one()
    return {"hoa": hoa, "class": class_id}


@pytest.fixture
def ops(store: Store) -> Iterator[Operations]:
    runner = BackgroundRunner()
    yield Operations(runner, store.session, lambda: "vi")
    runner.wait()


@pytest.fixture
def dialog(
    qtbot: QtBot,
    store: Store,
    ops: Operations,
    existing: dict[str, int],
    translations: Translations,
) -> LearnerImportDialog:
    with store.session() as session:
        classes = load_classes(session)
    shown = LearnerImportDialog(ops, "vi", TODAY, classes)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _count(store: Store, sql: str, **params: object) -> object:
    with store.session() as session:
        return session.execute(text(sql), params).scalar()


def _select(dialog: LearnerImportDialog, *excel_rows: int) -> None:
    model = dialog.preview_model
    assert model is not None
    selection = dialog.preview_table.selectionModel()
    selection.clear()
    for row in range(model.rowCount()):
        if model.preview_row(row).row in excel_rows:
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_a_messy_list_is_imported_row_by_row_through_the_dialog(
    qtbot: QtBot,
    dialog: LearnerImportDialog,
    store: Store,
    existing: dict[str, int],
    tmp_path: Path,
) -> None:
    source = messy_list(tmp_path / "danh sach lop rau.xlsx")
    dialog.ask_open_path = lambda: str(source)
    with qtbot.waitSignal(dialog.file_read, timeout=10000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    # 2. The recognised columns: header row 5, a Nam | Nữ second header row, data from 8.
    assert dialog.pages.currentIndex() == MAPPING_PAGE
    assert dialog.header_row.value() == 5
    assert dialog.first_row_label.text() == "dữ liệu từ dòng 8"
    fields = [ImportField(c.currentData()) for c in dialog.field_combos]
    assert fields == [
        ImportField.ROW_NUMBER,
        ImportField.FULL_NAME,
        ImportField.BIRTH_YEAR,
        ImportField.MALE_MARK,
        ImportField.FEMALE_MARK,
        ImportField.ETHNICITY,
        ImportField.ADDRESS,
        ImportField.PHONE,
        ImportField.IGNORE,  # "Nghề nghiệp" (occupation) is not a field
    ]
    assert dialog.columns.item(1, 1).text() == "Họ tên"
    assert dialog.columns.item(1, 2).text().startswith("NGUYỄN VĂN BÌNH · ")
    # The user keeps the occupation, in the notes.
    dialog.set_field(8, ImportField.NOTES)

    # 3. The preview: nothing written yet.
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == PREVIEW_PAGE
    model = dialog.preview_model
    assert model is not None
    outcomes = {
        model.preview_row(r).row: (model.preview_row(r).status, model.choice(r))
        for r in range(model.rowCount())
    }
    assert outcomes == EXPECTED
    by_row = {model.preview_row(r).row: r for r in range(model.rowCount())}
    why = {row: model.index(by_row[row], 9).data() for row in EXPECTED}
    assert why[11] == "Hãy nhập họ và tên."
    assert why[12].startswith("Không đọc được ngày sinh «31/02/1975»")
    assert why[13] == "Ngày sinh không thể ở tương lai."
    assert why[14] == "Cùng một người với dòng 8?"
    assert why[10] == "Đã có trong danh sách: Lê Thị Hoa, 1970"
    assert model.index(by_row[9], 1).data() == "Trần Thị Thủy"
    assert model.index(by_row[9], 2).data() == "02/09/1972"
    assert model.index(by_row[9], 4).data() == "0977000222"
    assert model.index(by_row[10], 7).data() == "Có thể trùng"
    assert dialog.summary.text().startswith("8 dòng: 3 mới, 2 có thể trùng, 3 bị từ chối.")
    assert _count(store, "SELECT COUNT(*) FROM learner") == 1

    # Choices: a rejected row can only be skipped; the repeated row 14 stays skipped;
    # row 15 is skipped by the user with the button.
    _select(dialog, 11)
    assert dialog.choose_for_selected(RowChoice.CREATE) == 0
    assert "không cho phép" in dialog.message.text()
    _select(dialog, 15)
    qtbot.mouseClick(dialog.choice_buttons[RowChoice.SKIP], Qt.MouseButton.LeftButton)
    assert model.choice(by_row[15]) is RowChoice.SKIP
    assert "sẽ tạo 2 học viên, dùng 1 học viên đã có, bỏ qua 5" in dialog.summary.text().lower()

    # The rejected rows, to fix and import again.
    rejected = tmp_path / "chua nhap.xlsx"
    dialog.ask_save_path = lambda _name: str(rejected)
    qtbot.mouseClick(dialog.save_rejected_button, Qt.MouseButton.LeftButton)
    # Written in the background: the dialog says so when the file is there.
    qtbot.waitUntil(lambda: "Đã lưu 3 dòng bị từ chối" in dialog.message.text(), timeout=10000)
    saved = load_workbook(rejected).active
    assert [saved.cell(r, 2).value for r in (2, 3, 4)] == [None, "Phạm Văn Long", "Vũ Thị Nga"]
    assert saved.cell(2, 10).value == "Dòng 11: Hãy nhập họ và tên."

    # 4. Everyone imported is enrolled in the class, in one transaction.
    dialog.class_choice.setCurrentIndex(dialog.class_choice.findData(existing["class"]))
    with qtbot.waitSignal(dialog.import_finished, timeout=10000) as finished:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert (result.created, result.used_existing, result.skipped, result.enrolled) == (
        2,
        1,
        5,
        3,
    )
    assert dialog.pages.currentIndex() == DONE_PAGE
    assert dialog.done_label.text() == dialog.summary_text()
    assert dialog.summary_text().startswith("Đã nhập: 2 học viên mới, 1 học viên đã có")
    with store.session() as session:
        learners = session.execute(
            text(
                "SELECT full_name, sex, birth_date, birth_year, ethnicity, phone, address, notes"
                " FROM learner ORDER BY id"
            )
        ).all()
        enrolled = (
            session.execute(
                text(
                    "SELECT l.full_name FROM enrolment e JOIN learner l ON l.id = e.learner_id"
                    " WHERE e.class_id = :c ORDER BY l.id"
                ),
                {"c": existing["class"]},
            )
            .scalars()
            .all()
        )
    assert [tuple(r) for r in learners] == [
        ("Lê Thị Hoa", "female", None, 1970, None, None, None, None),
        (
            "Nguyễn Văn Bình",
            "male",
            "1966-07-02",
            1966,
            "01",
            "0912000111",
            "Thôn Đông",
            "Làm ruộng",
        ),
        ("Trần Thị Thủy", "female", "1972-09-02", 1972, "02", "0977000222", "Xóm Mới", "Buôn bán"),
    ]
    assert enrolled == ["Lê Thị Hoa", "Nguyễn Văn Bình", "Trần Thị Thủy"]


def test_the_same_list_imported_twice_creates_no_one_new(
    qtbot: QtBot, dialog: LearnerImportDialog, store: Store, tmp_path: Path
) -> None:
    source = messy_list(tmp_path / "ds.xlsx")
    for _ in range(2):
        dialog.read_file(source)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10000)
        with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
            dialog.next()
        with qtbot.waitSignal(dialog.import_finished, timeout=10000):
            dialog.next()
        dialog.sheet = None
        dialog.pages.setCurrentIndex(0)
    assert _count(store, "SELECT COUNT(*) FROM learner") == 4  # Hoa, Bình, Thủy, Sử
    assert dialog.import_result is not None
    assert dialog.import_result.created == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"STT,Ho ten\n1,Nguyen Van A\n", "không phải tệp Excel .xlsx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "là tệp Excel cũ (.xls)"),
    ],
)
def test_a_refused_file_shows_the_reason(
    qtbot: QtBot,
    dialog: LearnerImportDialog,
    store: Store,
    tmp_path: Path,
    content: bytes,
    expected: str,
) -> None:
    fake = tmp_path / "danh-sach.xlsx"
    fake.write_bytes(content)
    with qtbot.waitSignal(dialog.read_failed, timeout=10000) as failed:
        dialog.read_file(fake)
    assert expected in failed.args[0]
    assert expected in dialog.message.text()
    assert dialog.pages.currentIndex() == 0
    assert not dialog.next_button.isEnabled()


def test_too_many_rows_are_refused(
    qtbot: QtBot, dialog: LearnerImportDialog, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Họ và tên"])
    for number in range(1, 20_100):
        sheet.append([number, "Nguyễn Văn A"])
    path = tmp_path / "lon.xlsx"
    book.save(path)
    with qtbot.waitSignal(dialog.read_failed, timeout=30000) as failed:
        dialog.read_file(path)
    assert "quá nhiều cho một danh sách học viên" in failed.args[0]


def test_the_page_opens_the_import_and_reloads_after_it(
    qtbot: QtBot,
    ops: Operations,
    existing: dict[str, int],
    translations: Translations,
    tmp_path: Path,
) -> None:
    source = messy_list(tmp_path / "ds.xlsx")
    page = LearnersPage(ops, "vi", TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    assert page.classes == [
        ClassChoice(existing["class"], "Trồng rau an toàn", "agriculture", False)
    ]

    def run(dialog: object) -> None:
        assert isinstance(dialog, LearnerImportDialog)
        dialog.read_file(source)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == MAPPING_PAGE, timeout=10000)
        with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
            dialog.next()
        with qtbot.waitSignal(dialog.import_finished, timeout=10000):
            dialog.next()

    page.run_import_dialog = run
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert sorted(page.visible_names()) == [
        "Giàng A Sử",
        "Lê Thị Hoa",
        "Nguyễn Văn Bình",
        "Trần Thị Thủy",
    ]
    assert page.status.text().startswith("Đã nhập: 3 học viên mới, 1 học viên đã có")


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 8, 25, 26, 27, 51, 52)] == [
        "A",
        "I",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
    ]


def test_reading_can_be_cancelled(
    qtbot: QtBot, dialog: LearnerImportDialog, store: Store, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Họ và tên", "Năm sinh"])
    for number in range(1, 5001):
        sheet.append([number, f"Nguyễn Văn {number}", 1970])
    path = tmp_path / "dai.xlsx"
    book.save(path)
    cancel = dialog.progress_row.cancel_button
    with qtbot.waitSignal(dialog.busy_cancelled, timeout=30000):
        dialog.read_file(path)
        assert cancel.isVisible()
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Đã hủy. Chưa có gì được nhập."
    assert dialog.sheet is None
    assert dialog.pages.currentIndex() == 0
    assert not cancel.isVisible()


def test_a_zip_bomb_is_refused_before_it_is_parsed(
    qtbot: QtBot, dialog: LearnerImportDialog, tmp_path: Path
) -> None:
    bomb = tmp_path / "danh-sach.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b"\0" * 20_000_000)  # 20 MB in ~20 KB
    with qtbot.waitSignal(dialog.read_failed, timeout=10000) as failed:
        dialog.read_file(bomb)
    assert "bị từ chối vì không an toàn (bomb)" in failed.args[0]
    assert dialog.sheet is None


def test_closing_the_dialog_during_the_import_cancels_it_and_writes_nothing(
    qtbot: QtBot,
    store: Store,
    ops: Operations,
    existing: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = messy_list(tmp_path / "ds.xlsx")
    with store.session() as session:
        classes = load_classes(session)
    shown = LearnerImportDialog(ops, "vi", TODAY, classes)
    finished: list[object] = []
    shown.import_finished.connect(finished.append)
    # The import waits at its start until the dialog is gone, then goes on as it would.
    gone = threading.Event()
    saw_cancelled: list[bool] = []

    def commit_later(*args: Any, **kwargs: Any) -> object:
        gone.wait(10)
        saw_cancelled.append(kwargs["cancelled"]())
        return commit_import(*args, **kwargs)

    monkeypatch.setattr(learner_import_dialog, "commit_import", commit_later)

    def close_while_importing(dialog: QDialog) -> bool:
        assert isinstance(dialog, LearnerImportDialog)
        with qtbot.waitSignal(dialog.file_read, timeout=10000):
            dialog.read_file(source)
        with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
            dialog.next()
        dialog.next()  # the import starts
        assert dialog.busy
        dialog.reject()  # the dialog's Cancel (or its close box) while it imports
        return dialog.result() == QDialog.DialogCode.Accepted

    shown.exec = lambda: close_while_importing(shown)  # type: ignore[method-assign]
    assert not run_dialog(shown)  # as the page runs it: deleted once closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(shown), timeout=5000)
    gone.set()
    qtbot.waitUntil(lambda: ops.runner.pending == 0, timeout=10000)
    assert saw_cancelled == [True]  # the receiver is gone: its work is cancelled
    assert finished == []  # and nothing is called back
    assert _count(store, "SELECT COUNT(*) FROM learner") == 1  # only Hoa: nothing written


def test_a_total_row_is_skipped_and_said_so_and_rejected_rows_go_through_ui_files(
    qtbot: QtBot,
    dialog: LearnerImportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book = Workbook()
    book.active.append(["STT", "Họ và tên", "Năm sinh"])
    book.active.append([1, "Nguyễn Văn Bình", 1968])
    book.active.append([2, "Trần Văn 9", 1970])  # rejected: a digit in the name
    book.active.append([None, "Tổng số: 2 học viên"])
    source = tmp_path / "Danh sách lớp rau.xlsx"
    book.save(source)
    dialog.ask_open_path = lambda: str(source)
    with qtbot.waitSignal(dialog.file_read, timeout=10000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.preview is not None
    assert len(dialog.preview.rows) == 2  # «Tổng số» is not offered as a learner
    said = QCoreApplication.translate(
        "LearnerImportDialog", "Skipped as the list's total, not a learner: row %1."
    ).replace("%1", "4 «Tổng số: 2 học viên»")
    assert said in dialog.summary.text()

    asked: list[str] = []

    def save_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "sua lai"), ""  # typed without the suffix

    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(dialog.save_rejected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written_box is not None, timeout=10000)
    assert Path(asked[0]).name == "danh-sach-lop-rau-chua-nhap.xlsx"  # in words, ASCII
    assert (tmp_path / "sua lai.xlsx").exists()
    assert dialog.written_box is not None
    assert dialog.written_box.objectName() == "fileWritten"
    dialog.written_box.close()

"""Importing a messy, realistic learner list: title rows, merged cells, a two-row header,
mixed date formats, NFD names, capitals, duplicates, bad rows, a signature footer."""

import datetime as dt
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import insert, text

from clc_desktop.domain.learner_list import ColumnMapping, ImportField
from clc_desktop.domain.learners import LearnerForm
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.progress import Cancelled
from clc_desktop.services.learner_import import (
    ImportPreview,
    RowChoice,
    RowStatus,
    commit_import,
    preview_import,
    read_learner_list,
    save_rejected_rows,
)
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import LearningClass

TODAY = dt.date(2026, 11, 23)
NFD_HUONG = unicodedata.normalize("NFD", "Trần  Thị   Hương ")

#: Excel row -> (outcome, detail): detail is the problem code for a rejected row, the
#: earlier row for a duplicate within the file.
EXPECTED = {
    9: (RowStatus.NEW, None),
    10: (RowStatus.NEW, None),
    11: (RowStatus.NEW, None),
    12: (RowStatus.NEW, None),
    13: (RowStatus.REJECTED, "learner.name_required"),
    14: (RowStatus.REJECTED, "import.bad_date"),
    15: (RowStatus.REJECTED, "learner.birth_date_future"),
    16: (RowStatus.REJECTED, "import.both_sexes"),
    17: (RowStatus.REJECTED, "import.bad_phone"),
    18: (RowStatus.REJECTED, "import.bad_ethnicity"),
    19: (RowStatus.DUPLICATE_IN_FILE, 9),
    20: (RowStatus.DUPLICATE, None),
    21: (RowStatus.DUPLICATE, None),
    22: (RowStatus.NEW, None),
}


def messy_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "DS lớp tin học"
    sheet["A1"] = "UBND XÃ SÓC SƠN"
    sheet.merge_cells("A1:C1")
    sheet["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    sheet.merge_cells("F1:I1")
    sheet["A2"] = "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG"
    sheet["F2"] = "Độc lập - Tự do - Hạnh phúc"
    sheet["A4"] = "DANH SÁCH HỌC VIÊN LỚP TIN HỌC CƠ BẢN NĂM 2026"
    sheet.merge_cells("A4:I4")
    sheet["A5"] = "(Kèm theo Quyết định số 12/QĐ-TTHTCĐ ngày 05/9/2026)"
    sheet.merge_cells("A5:I5")
    header = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", None, "Dân tộc", "Địa chỉ"]
    sheet.append([*header, "Số điện thoại", "Ghi chú"])  # row 6
    sheet.merge_cells("D6:E6")
    sheet.append([None, None, None, "Nam", "Nữ"])  # row 7
    sheet.append([f"({i})" for i in range(1, 10)])  # row 8: column numbers
    rows = [
        [
            1,
            "NGUYỄN VĂN ĐỨC",
            dt.datetime(1968, 3, 5),
            "x",
            None,
            "Kinh",
            "Thôn Đông",
            "0912 345 678",
            None,
        ],
        [2, NFD_HUONG, "5-3-1970", None, "X", "Tày", " Thôn  Đoài ", 912345679, None],
        [3, "đặng thị mai", "1975", None, "x", "H'Mông", "Xóm Mới", None, "Hội Phụ nữ"],
        [4, "Lò Văn Pao", 1980, "x", None, "dân tộc Thái", "Bản Mường", None, None],
        [5, None, "12/12/1990", "x", None, "Kinh", "Thôn Đông", None, None],
        [6, "Phạm Văn Nam", "31/02/1970", "x", None, "Kinh", None, None, None],
        [7, "Vũ Thị Lan", "05/03/2030", None, "x", "Kinh", None, None, None],
        [8, "Hoàng Văn Hải", "1965", "x", "x", "Kinh", None, None, None],
        [9, "Lê Thị Hoa", "1972", None, "x", "Kinh", None, "09123", None],
        [10, "Bùi Văn Tùng", "1960", "x", None, "Sao Hỏa", None, None, None],
        [11, "Nguyễn Văn Đức", "05/03/1968", "x", None, "Kinh", "Thôn Đông", None, None],
        [12, "Đỗ Thị Nga", "1985", None, "x", "Kinh", None, "0987.654.321", None],
        [13, "NGUYỄN THỊ HOA", 1970, None, "x", "1", None, None, None],
        [14, "Hà Thị Hồng", "3/1990", None, "x", "06", "Thôn Trung", "+84 335 111 222", None],
        [15],
        [],
    ]
    for row in rows:
        sheet.append(row)
    sheet["G26"] = "Sóc Sơn, ngày 05 tháng 9 năm 2026"
    sheet["G27"] = "NGƯỜI LẬP BIỂU"
    book.save(path)
    return path


def _register_existing(store: Store) -> dict[str, int]:
    with store.session() as session:
        hoa = add_learner(session, LearnerForm("Nguyễn Thị Hoa", birth_year=1970), TODAY)
        khanh = add_learner(session, LearnerForm("Mai Văn Khánh", phone="0987654321"), TODAY)
        class_id = session.execute(
            insert(LearningClass)
            .values(name="Tin học cơ bản", topic="digital")
            .returning(LearningClass.id)
        ).scalar_one()
    return {"hoa": hoa, "khanh": khanh, "class": class_id}


def _preview(store: Store, path: Path) -> ImportPreview:
    sheet = read_learner_list(path)
    with store.session() as session:
        return preview_import(session, sheet, today=TODAY)


def _count(store: Store, sql: str) -> int:
    with store.session() as session:
        return int(session.execute(text(sql)).scalar_one())


def test_the_messy_list_is_read_row_by_row(store: Store, tmp_path: Path) -> None:
    ids = _register_existing(store)
    preview = _preview(store, messy_list(tmp_path / "ds.xlsx"))
    mapping = preview.mapping
    assert (mapping.header_row, mapping.first_data_row) == (6, 9)
    assert mapping.fields[1] is ImportField.FULL_NAME
    assert mapping.fields[3] is ImportField.MALE_MARK
    assert mapping.fields[4] is ImportField.FEMALE_MARK
    assert mapping.fields[7] is ImportField.PHONE
    outcome = {}
    for row in preview.rows:
        status, _ = EXPECTED[row.row]
        if status is RowStatus.REJECTED:
            outcome[row.row] = (row.status, row.problems[0].code)
        elif status is RowStatus.DUPLICATE_IN_FILE:
            outcome[row.row] = (row.status, row.same_as_row)
        else:
            outcome[row.row] = (row.status, None)
    assert outcome == EXPECTED  # rows 23-27 (blank, STT only, signature) are not rows
    assert (preview.new, preview.duplicates, preview.rejected) == (5, 3, 6)

    by_row = {row.row: row for row in preview.rows}
    duc, huong, mai, pao = (by_row[n].form for n in (9, 10, 11, 12))
    assert duc == LearnerForm(
        "Nguyễn Văn Đức",
        sex="male",
        birth_date=dt.date(1968, 3, 5),
        ethnicity="01",
        address="Thôn Đông",
        phone="0912345678",
    )
    assert huong is not None
    assert huong.full_name == "Trần Thị Hương"
    assert unicodedata.is_normalized("NFC", huong.full_name)
    assert (huong.sex, huong.birth_date, huong.ethnicity) == ("female", dt.date(1970, 3, 5), "02")
    assert huong.phone == "0912345679"  # Excel had dropped the leading zero
    assert mai is not None
    assert (mai.full_name, mai.birth_year, mai.ethnicity, mai.notes) == (
        "Đặng Thị Mai",
        1975,
        "08",
        "Hội Phụ nữ",
    )
    assert pao is not None
    assert (pao.sex, pao.birth_year, pao.ethnicity) == ("male", 1980, "03")
    assert by_row[22].form is not None
    assert by_row[22].form.birth_year == 1990
    assert by_row[13].allowed_choices == (RowChoice.SKIP,)
    assert by_row[9].allowed_choices == (RowChoice.CREATE, RowChoice.SKIP)
    assert by_row[19].allowed_choices == (RowChoice.SKIP, RowChoice.CREATE)
    assert by_row[20].allowed_choices == (
        RowChoice.USE_EXISTING,
        RowChoice.CREATE,
        RowChoice.SKIP,
    )
    assert [c.id for c in by_row[20].duplicates] == [ids["khanh"]]
    assert by_row[20].duplicates[0].same_phone
    assert [c.id for c in by_row[21].duplicates] == [ids["hoa"]]
    assert "31/02/1970" in by_row[14].reasons()
    assert "Hãy nhập họ và tên" in by_row[13].reasons()
    assert "Both" in by_row[16].reasons("en")
    assert _count(store, "SELECT COUNT(*) FROM learner") == 2  # the preview wrote nothing


def test_commit_writes_the_defaults_and_enrols_then_reimport_adds_nothing(
    store: Store, tmp_path: Path
) -> None:
    ids = _register_existing(store)
    path = messy_list(tmp_path / "ds.xlsx")
    preview = _preview(store, path)
    with store.session() as session:
        result = commit_import(session, preview, class_id=ids["class"])
    assert (result.created, result.used_existing, result.skipped) == (5, 2, 7)
    assert result.enrolled == 7
    assert _count(store, "SELECT COUNT(*) FROM learner") == 7
    stored = _count(
        store,
        "SELECT COUNT(*) FROM learner WHERE full_name = 'Trần Thị Hương'"
        " AND search_key = 'tran thi huong' AND phone = '0912345679' AND birth_year = 1970",
    )
    assert stored == 1

    again = _preview(store, path)
    assert (again.new, again.duplicates, again.rejected) == (0, 8, 6)
    with store.session() as session:
        second = commit_import(session, again, class_id=ids["class"])
    assert (second.created, second.enrolled, second.already_enrolled) == (0, 0, 8)
    assert _count(store, "SELECT COUNT(*) FROM learner") == 7
    assert _count(store, "SELECT COUNT(*) FROM enrolment") == 7


def test_the_user_overrides_the_defaults(store: Store, tmp_path: Path) -> None:
    ids = _register_existing(store)
    preview = _preview(store, messy_list(tmp_path / "ds.xlsx"))
    with store.session() as session:
        result = commit_import(
            session,
            preview,
            {9: RowChoice.SKIP, 21: RowChoice.CREATE, 19: RowChoice.CREATE},
            use_learner={20: ids["hoa"]},
        )
    assert (result.created, result.used_existing, result.skipped, result.enrolled) == (6, 1, 7, 0)
    assert _count(store, "SELECT COUNT(*) FROM learner WHERE search_key = 'nguyen thi hoa'") == 2
    assert _count(store, "SELECT COUNT(*) FROM learner WHERE search_key = 'nguyen van duc'") == 1


def test_commit_is_all_or_nothing(store: Store, tmp_path: Path) -> None:
    ids = _register_existing(store)
    preview = _preview(store, messy_list(tmp_path / "ds.xlsx"))
    calls = []

    def cancel_after_learners_are_written() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled), store.session() as session:
        commit_import(
            session, preview, class_id=ids["class"], cancelled=cancel_after_learners_are_written
        )
    assert _count(store, "SELECT COUNT(*) FROM learner") == 2
    assert _count(store, "SELECT COUNT(*) FROM enrolment") == 0
    with pytest.raises(Problem) as missing, store.session() as session:
        commit_import(session, preview, class_id=999)
    assert missing.value.code == "import.class_not_found"
    with pytest.raises(ValueError, match="rejected"), store.session() as session:
        commit_import(session, preview, {13: RowChoice.CREATE})
    assert _count(store, "SELECT COUNT(*) FROM learner") == 2


def test_rejected_rows_are_saved_to_fix_and_import_again(store: Store, tmp_path: Path) -> None:
    _register_existing(store)
    preview = _preview(store, messy_list(tmp_path / "ds.xlsx"))
    out = tmp_path / "chua-nhap.xlsx"
    assert save_rejected_rows(preview, out) == 6
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("STT", "Họ và tên", "Ngày sinh", "Nam", "Nữ")
    assert rows[0][-1] == "Lý do chưa nhập được"
    assert rows[2][1] == "Phạm Văn Nam"
    assert rows[2][-1].startswith("Dòng 14: ")
    sheet.cell(row=3, column=3).value = "28/02/1970"  # the user fixes one row
    sheet.cell(row=3, column=4).value = "x"
    fixed = tmp_path / "da-sua.xlsx"
    sheet.parent.save(fixed)
    again = _preview(store, fixed)
    assert (again.new, again.rejected) == (1, 5)
    assert again.mapping.fields.get(len(rows[0]) - 1) is None  # the reason column


# -- unsafe files ------------------------------------------------------------------------------


def _problem(path: Path, **kwargs: object) -> Problem:
    with pytest.raises(Problem) as refused:
        read_learner_list(path, **kwargs)
    return refused.value


def _rewrite(source: Path, target: Path, name: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, change(data) if item.filename == name else data)
    return target


def _small_list(path: Path, rows: int = 3) -> Path:
    book = Workbook()
    book.active.append(["Họ và tên", "Năm sinh"])
    for index in range(rows):
        book.active.append([f"Người Thứ {chr(65 + index % 26)}", 1970])
    book.save(path)
    return path


def test_files_that_are_not_xlsx_are_refused_by_their_bytes(tmp_path: Path) -> None:
    text_file = tmp_path / "danh-sach.xlsx"
    text_file.write_text("Họ và tên;Năm sinh\nNguyễn Văn A;1970\n", encoding="utf-8")
    assert _problem(text_file).code == "import.not_xlsx"
    old = tmp_path / "cu.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    assert _problem(old).code == "import.old_xls"
    plain_zip = tmp_path / "nen.xlsx"
    with zipfile.ZipFile(plain_zip, "w") as archive:
        archive.writestr("readme.txt", "xin chào")
    assert _problem(plain_zip).code == "import.not_xlsx"
    assert _problem(tmp_path / "khong-co.xlsx").code == "import.file_missing"
    good = _small_list(tmp_path / "dung.dat")  # the extension does not matter
    assert read_learner_list(good).mapping is not None


def test_a_zip_bomb_is_refused_from_the_directory(tmp_path: Path) -> None:
    bomb = _rewrite(
        _small_list(tmp_path / "a.xlsx"),
        tmp_path / "bomb.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda data: data + b" " * 20_000_000,
    )
    problem = _problem(bomb)
    assert problem.code == "import.unsafe"
    assert "không an toàn" in problem.text()


def test_a_sheet_too_large_for_a_learner_list_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clc_desktop.services import learner_import

    monkeypatch.setattr(learner_import, "MAX_SHEET_BYTES", 1000)
    problem = _problem(_small_list(tmp_path / "a.xlsx", rows=60))
    assert (problem.code, problem.params["reason"]) == ("import.unsafe", "sheet_too_large")


def test_too_many_rows_by_the_dimension_or_by_counting(tmp_path: Path) -> None:
    source = _small_list(tmp_path / "a.xlsx", rows=60)
    claims_a_million = _rewrite(
        source,
        tmp_path / "million.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda data: data.replace(
            b'<dimension ref="A1:B61" />', b'<dimension ref="A1:B1000000" />'
        ),
    )
    problem = _problem(claims_a_million)
    assert problem.code == "import.too_many_rows"
    assert problem.params["rows"] == 1_000_000
    lies = _rewrite(
        source,
        tmp_path / "lies.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda data: data.replace(b'<dimension ref="A1:B61" />', b'<dimension ref="A1:B2" />'),
    )
    assert _problem(lies, max_rows=20).code == "import.too_many_rows"
    assert len(read_learner_list(lies).rows) == 61  # the dimension does not cut the rows


def test_an_xml_bomb_is_refused_by_defusedxml(tmp_path: Path) -> None:
    # "Billion laughs": nine levels of ten references each, a gigabyte once expanded.
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE worksheet [<!ENTITY lol0 "lol">{entities}]>'.encode()

    def add_bomb(data: bytes) -> bytes:
        return doctype + data.replace(b"<is><t>", b"<is><t>&lol9;", 1)

    bomb = _rewrite(
        _small_list(tmp_path / "a.xlsx"),
        tmp_path / "laughs.xlsx",
        "xl/worksheets/sheet1.xml",
        add_bomb,
    )
    problem = _problem(bomb)
    assert problem.code == "import.unsafe"
    assert problem.params["reason"] in {"EntitiesForbidden", "DTDForbidden"}


def test_no_header_and_no_name_column(store: Store, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Cột 1", "Cột 2"])
    book.active.append(["Nguyễn Văn A", 1970])
    path = tmp_path / "khong-tieu-de.xlsx"
    book.save(path)
    sheet = read_learner_list(path)
    assert sheet.mapping is None
    with pytest.raises(Problem) as no_header, store.session() as session:
        preview_import(session, sheet)
    assert no_header.value.code == "import.no_header"
    assert sheet.mapping_at(1).fields == {}  # the user picks the header row, then the fields
    chosen = ColumnMapping(header_row=1, first_data_row=2, fields={0: ImportField.FULL_NAME})
    with store.session() as session:
        preview = preview_import(session, sheet, chosen, today=TODAY)
    assert [r.form.full_name for r in preview.rows if r.form] == ["Nguyễn Văn A"]


def test_progress_is_reported_and_a_cancelled_preview_stops(store: Store, tmp_path: Path) -> None:
    sheet = read_learner_list(messy_list(tmp_path / "ds.xlsx"))
    steps: list[tuple[int, int]] = []
    with store.session() as session:
        preview_import(session, sheet, today=TODAY, progress=lambda d, t: steps.append((d, t)))
    assert steps
    assert steps[-1][0] == steps[-1][1]
    with pytest.raises(Cancelled), store.session() as session:
        preview_import(session, sheet, today=TODAY, cancelled=lambda: True)
    reading: list[tuple[int, int]] = []
    read_learner_list(sheet.path, progress=lambda d, t: reading.append((d, t)))
    assert reading[-1][0] == reading[-1][1]
    with pytest.raises(Cancelled):
        read_learner_list(_small_list(tmp_path / "b.xlsx", 450), cancelled=lambda: True)
    assert _problem(sheet.path, sheet="Trang 2").code == "import.no_sheet"


def test_rejected_rows_stay_text_even_when_they_look_like_formulas(
    store: Store, tmp_path: Path
) -> None:
    book = Workbook()
    book.active.append(["Họ và tên", "Năm sinh", "Số điện thoại"])
    book.active.append(["=1+1", 1970, None])
    book.active.append(["Lê Văn Tám", 1970, "+84 12"])
    source = tmp_path / "ds.xlsx"
    book.save(source)
    formula = zipfile.ZipFile(source).read("xl/worksheets/sheet1.xml")
    assert b"<f>" in formula  # openpyxl wrote "=1+1" as a formula: Excel would compute it
    preview = _preview(store, source)
    assert [r.status for r in preview.rows] == [RowStatus.REJECTED, RowStatus.REJECTED]
    out = tmp_path / "rejected.xlsx"
    save_rejected_rows(preview, out, "en")
    saved = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in saved
    cells = list(load_workbook(out).active.iter_rows(values_only=True))
    assert cells[0][-1] == "Why it was not imported"
    assert cells[2][2] == "+84 12"
    assert (
        cells[2][-1]
        == "Row 3: The phone number «+84 12» is not valid (10 or 11 digits, starting with 0)."
    )


@pytest.mark.parametrize(
    "footer",
    [
        [None, "Tổng số: 8 học viên"],
        [None, "Tổng cộng"],
        [None, "Cộng", None, 2],
        ["Tổng số", None, None, None],
        [None, "TỔNG SỐ HỌC VIÊN: 2"],
        [None, "Cộng: 2 người"],
    ],
)
def test_a_total_row_is_skipped_not_offered_as_a_learner(
    store: Store, tmp_path: Path, footer: list[object]
) -> None:
    book = Workbook()
    book.active.append(["STT", "Họ và tên", "Năm sinh", "Ghi chú"])
    book.active.append([1, "Nguyễn Văn Đức", 1968])
    book.active.append([2, "Trần Thị Hương", 1970])
    book.active.append(footer)
    book.save(tmp_path / "ds.xlsx")
    preview = _preview(store, tmp_path / "ds.xlsx")
    assert [row.form.full_name for row in preview.rows if row.form] == [
        "Nguyễn Văn Đức",
        "Trần Thị Hương",
    ]
    assert len(preview.rows) == 2
    assert preview.total_rows == (4,)


def test_names_with_invisible_characters_are_imported_clean(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        add_learner(session, LearnerForm("Nguyễn Văn Đức", birth_year=1968), TODAY)
    book = Workbook()
    book.active.append(["Họ và tên", "Năm sinh", "Số điện thoại"])
    book.active.append(["Nguyễn\u200b Văn\u200c Đức\ufeff", 1968, "\u200e0912345678"])
    book.active.append(["\u202aCông Văn Tổng\u202c", 1970, None])  # a name, not a total
    book.save(tmp_path / "ds.xlsx")
    preview = _preview(store, tmp_path / "ds.xlsx")
    first, second = preview.rows
    assert first.status is RowStatus.DUPLICATE
    assert first.form is not None
    assert first.form.full_name == "Nguyễn Văn Đức"
    assert second.form is not None
    assert second.form.full_name == "Công Văn Tổng"
    assert preview.total_rows == ()

import datetime as dt
import unicodedata

import pytest

from clc_desktop.domain.codes import ETHNICITIES
from clc_desktop.domain.learner_list import (
    FIELD_LABELS_EN,
    FIELD_LABELS_VI,
    CellError,
    ImportField,
    guess_mapping,
    parse_birth,
    parse_ethnicity,
    parse_mark,
    parse_phone,
    parse_sex,
    recognise_header,
)
from clc_desktop.domain.learners import (
    fast_name_sort_key,
    is_possible_duplicate,
    normalise_phone,
    stronger_mark,
    title_case_name,
)
from clc_desktop.domain.text import name_sort_key

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Họ và tên", ImportField.FULL_NAME),
        ("HỌ VÀ TÊN", ImportField.FULL_NAME),
        ("Họ tên", ImportField.FULL_NAME),
        ("ho va ten hoc vien", ImportField.FULL_NAME),
        ("Họ và tên đệm", ImportField.FAMILY_NAME),
        ("Tên", ImportField.GIVEN_NAME),
        ("Ngày sinh", ImportField.BIRTH_DATE),
        ("Ngày,\ntháng, năm sinh", ImportField.BIRTH_DATE),
        ("Năm sinh", ImportField.BIRTH_YEAR),
        ("Năm", ImportField.BIRTH_YEAR),
        ("Nam", ImportField.MALE_MARK),
        ("Nữ", ImportField.FEMALE_MARK),
        ("Giới tính", ImportField.SEX),
        ("Dân tộc", ImportField.ETHNICITY),
        ("Địa chỉ", ImportField.ADDRESS),
        ("Thôn/xóm", ImportField.ADDRESS),
        ("Số điện thoại", ImportField.PHONE),
        ("SĐT", ImportField.PHONE),
        ("STT", ImportField.ROW_NUMBER),
        ("Ghi chú", ImportField.NOTES),
        ("DANH SÁCH HỌC VIÊN LỚP XÓA MÙ CHỮ", None),
        (1968, None),
    ],
)
def test_vietnamese_headers_are_recognised(header: object, field: ImportField | None) -> None:
    assert recognise_header(header) is field


def test_every_field_has_both_labels() -> None:
    assert set(FIELD_LABELS_VI) == set(FIELD_LABELS_EN) == set(ImportField)


def test_header_below_titles_with_a_sex_subheader_and_column_numbers() -> None:
    rows = [
        ("DANH SÁCH HỌC VIÊN", None, None, None),
        (None, None, None, None),
        ("TT", "Họ và tên", "Năm sinh", None),
        (None, None, "Nam", "Nữ"),
        ("1", "2", "3", "4"),
        (1, "Lò Văn Pao", 1980, None),
    ]
    mapping = guess_mapping(rows)
    assert mapping is not None
    assert (mapping.header_row, mapping.first_data_row) == (3, 6)
    assert dict(mapping.fields) == {
        0: ImportField.ROW_NUMBER,
        1: ImportField.FULL_NAME,
        2: ImportField.MALE_MARK,
        3: ImportField.FEMALE_MARK,
    }
    assert guess_mapping([("Cột 1", "Cột 2")]) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(1968, 3, 5), (dt.date(1968, 3, 5), 1968)),
        ("05/03/1968", (dt.date(1968, 3, 5), 1968)),
        ("5-3-1968", (dt.date(1968, 3, 5), 1968)),
        ("5.3.68", (dt.date(1968, 3, 5), 1968)),
        ("1968-03-05", (dt.date(1968, 3, 5), 1968)),
        ("03/1968", (None, 1968)),
        ("1968", (None, 1968)),
        (1968, (None, 1968)),
        (1968.0, (None, 1968)),
        (24902, (dt.date(1968, 3, 5), 1968)),  # a date serial that lost its format
        (None, (None, None)),
        ("  ", (None, None)),
    ],
)
def test_birth_dates_as_people_type_them(value: object, expected: tuple[object, object]) -> None:
    assert parse_birth(value, TODAY) == expected


@pytest.mark.parametrize("value", ["31/02/1970", "không rõ", "13/1970", True, -5])
def test_unreadable_birth_dates(value: object) -> None:
    with pytest.raises(CellError) as error:
        parse_birth(value, TODAY)
    assert error.value.code == "import.bad_date"


def test_sex_and_marks() -> None:
    assert [parse_sex(v) for v in ("Nam", "NỮ", "nu", "nữ", None)] == [
        "male",
        "female",
        "female",
        "female",
        "unknown",
    ]
    with pytest.raises(CellError):
        parse_sex("x")
    assert parse_mark("x") == (True, None, None)
    assert parse_mark(" X ") == (True, None, None)
    assert parse_mark(None) == (False, None, None)
    assert parse_mark(1975) == (True, None, 1975)  # Năm sinh | Nam | Nữ forms
    assert parse_mark("05/03/1968") == (True, dt.date(1968, 3, 5), 1968)
    with pytest.raises(CellError):
        parse_mark("có lẽ")


def test_ethnicities_by_name_or_code() -> None:
    assert parse_ethnicity("Kinh") == "01"
    assert parse_ethnicity("Tày") == "02"
    assert parse_ethnicity("Thái") == "03"
    assert parse_ethnicity("H'Mông") == parse_ethnicity("Mông") == parse_ethnicity("HMONG") == "08"
    assert parse_ethnicity("Khơ me") == parse_ethnicity("Khmer") == "05"
    assert parse_ethnicity("Dân tộc Ê Đê") == "12"
    assert parse_ethnicity(8) == parse_ethnicity("08") == parse_ethnicity("8") == "08"
    assert parse_ethnicity(None) is None
    for code, name in ETHNICITIES.items():  # every name reads back to its own code
        assert parse_ethnicity(name) == code
        assert parse_ethnicity(name.upper()) == code
    with pytest.raises(CellError):
        parse_ethnicity("55")


def test_phones_names_and_marks() -> None:
    assert normalise_phone("+84 912 345 678") == "0912345678"
    assert normalise_phone("0912.345.678") == "0912345678"
    assert parse_phone(912345678) == "0912345678"
    assert parse_phone(912345678.0) == "0912345678"
    with pytest.raises(CellError):
        parse_phone("09123")
    nfd = unicodedata.normalize("NFD", "NGUYỄN  VĂN   ĐỨC ")
    assert title_case_name(nfd) == "Nguyễn Văn Đức"
    assert title_case_name("đặng thị mai") == "Đặng Thị Mai"
    assert title_case_name("KSOR H'HEN") == "Ksor H'Hen"
    assert stronger_mark("absent", "late") == "late"
    assert stronger_mark("present", "late") == "present"
    assert stronger_mark("excused", "absent") == "excused"
    assert is_possible_duplicate("nguyen van a", 1970, None, "nguyen van a", None, None)
    assert not is_possible_duplicate("nguyen van a", 1970, None, "nguyen van a", 1971, None)
    assert is_possible_duplicate("a", 1970, "0912345678", "b", 1980, "0912345678")


def test_the_cached_sort_key_is_the_text_module_key() -> None:
    for name in ("Nguyễn Văn Đức", "Bùi Thị Ánh", "An", "Lò Văn Pao"):
        assert fast_name_sort_key(name) == name_sort_key(name)

"""Reading what people type into a learner list in Excel: header names, dates, sex, names,
ethnicities, phone numbers. Plain Python: cells come in as the values openpyxl gives
(``str``, ``int``, ``float``, ``datetime``, ``None``), rows go out as
:class:`~clc_desktop.domain.learners.LearnerForm` or problem codes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, TypeVar

from clc_desktop.domain.codes import ETHNICITIES, Sex
from clc_desktop.domain.learners import (
    LearnerForm,
    form_problems,
    normalise_phone,
    phone_is_valid,
    title_case_name,
)
from clc_desktop.domain.text import clean_name, fold

T = TypeVar("T")


class ImportField(StrEnum):
    """What a column of a learner list holds."""

    IGNORE = "ignore"
    ROW_NUMBER = "row_number"  # STT
    FULL_NAME = "full_name"
    FAMILY_NAME = "family_name"  # "Họ và tên đệm" when the given name has its own column
    GIVEN_NAME = "given_name"
    BIRTH_DATE = "birth_date"
    BIRTH_YEAR = "birth_year"
    SEX = "sex"
    MALE_MARK = "male_mark"  # a "Nam" column with x (or the birth year) in it
    FEMALE_MARK = "female_mark"
    ETHNICITY = "ethnicity"
    ADDRESS = "address"
    PHONE = "phone"
    DISABILITY = "disability"
    NOTES = "notes"


FIELD_LABELS_VI: Final[dict[ImportField, str]] = {
    ImportField.IGNORE: "(bỏ qua)",
    ImportField.ROW_NUMBER: "STT",
    ImportField.FULL_NAME: "Họ và tên",
    ImportField.FAMILY_NAME: "Họ và tên đệm",
    ImportField.GIVEN_NAME: "Tên",
    ImportField.BIRTH_DATE: "Ngày sinh",
    ImportField.BIRTH_YEAR: "Năm sinh",
    ImportField.SEX: "Giới tính",
    ImportField.MALE_MARK: "Nam (đánh dấu x)",
    ImportField.FEMALE_MARK: "Nữ (đánh dấu x)",
    ImportField.ETHNICITY: "Dân tộc",
    ImportField.ADDRESS: "Địa chỉ, thôn/xóm",
    ImportField.PHONE: "Số điện thoại",
    ImportField.DISABILITY: "Khuyết tật",
    ImportField.NOTES: "Ghi chú",
}

FIELD_LABELS_EN: Final[dict[ImportField, str]] = {
    ImportField.IGNORE: "(ignore)",
    ImportField.ROW_NUMBER: "No.",
    ImportField.FULL_NAME: "Full name",
    ImportField.FAMILY_NAME: "Family and middle name",
    ImportField.GIVEN_NAME: "Given name",
    ImportField.BIRTH_DATE: "Birth date",
    ImportField.BIRTH_YEAR: "Birth year",
    ImportField.SEX: "Sex",
    ImportField.MALE_MARK: "Male (marked x)",
    ImportField.FEMALE_MARK: "Female (marked x)",
    ImportField.ETHNICITY: "Ethnicity",
    ImportField.ADDRESS: "Address, village",
    ImportField.PHONE: "Phone",
    ImportField.DISABILITY: "Disability",
    ImportField.NOTES: "Notes",
}

#: Fields a list may hold once; the others (ignore) any number of times.
SINGLE_FIELDS: Final = frozenset(ImportField) - {ImportField.IGNORE}

# Header texts, folded, with punctuation turned into spaces. Exact matches first, then
# prefixes (longest first), so "ho va ten dem" is the family name, "ho va ten" the name.
_EXACT: Final[dict[str, ImportField]] = {
    "stt": ImportField.ROW_NUMBER,
    "tt": ImportField.ROW_NUMBER,
    "so tt": ImportField.ROW_NUMBER,
    "so thu tu": ImportField.ROW_NUMBER,
    "thu tu": ImportField.ROW_NUMBER,
    "ho": ImportField.FAMILY_NAME,
    "ten": ImportField.GIVEN_NAME,
    "nam": ImportField.MALE_MARK,  # "Năm" (year) is told apart before folding
    "nu": ImportField.FEMALE_MARK,
    "nam nu": ImportField.SEX,
    "gioi": ImportField.SEX,
    "ns": ImportField.BIRTH_YEAR,
    "thon": ImportField.ADDRESS,
    "xom": ImportField.ADDRESS,
    "ban": ImportField.ADDRESS,
    "to": ImportField.ADDRESS,
    "sdt": ImportField.PHONE,
    "dt": ImportField.PHONE,
    "so dt": ImportField.PHONE,
    "dtdd": ImportField.PHONE,
    "kt": ImportField.DISABILITY,
}
_PREFIXES: Final[tuple[tuple[str, ImportField], ...]] = tuple(
    sorted(
        {
            "ho va ten dem": ImportField.FAMILY_NAME,
            "ho va dem": ImportField.FAMILY_NAME,
            "ho dem": ImportField.FAMILY_NAME,
            "ho va chu dem": ImportField.FAMILY_NAME,
            "ho va ten": ImportField.FULL_NAME,
            "ho ten": ImportField.FULL_NAME,
            "ten hoc vien": ImportField.FULL_NAME,
            "ten nguoi hoc": ImportField.FULL_NAME,
            "ngay sinh": ImportField.BIRTH_DATE,
            "ngay thang nam sinh": ImportField.BIRTH_DATE,
            "ngay thang sinh": ImportField.BIRTH_DATE,
            "sinh ngay": ImportField.BIRTH_DATE,
            "nam sinh": ImportField.BIRTH_YEAR,
            "gioi tinh": ImportField.SEX,
            "dan toc": ImportField.ETHNICITY,
            "dia chi": ImportField.ADDRESS,
            "noi o": ImportField.ADDRESS,
            "cho o": ImportField.ADDRESS,
            "thon xom": ImportField.ADDRESS,
            "thon to": ImportField.ADDRESS,
            "to dan pho": ImportField.ADDRESS,
            "noi thuong tru": ImportField.ADDRESS,
            "thuong tru": ImportField.ADDRESS,
            "ho khau": ImportField.ADDRESS,
            "so dien thoai": ImportField.PHONE,
            "dien thoai": ImportField.PHONE,
            "so dt": ImportField.PHONE,
            "di dong": ImportField.PHONE,
            "khuyet tat": ImportField.DISABILITY,
            "nguoi khuyet tat": ImportField.DISABILITY,
            "ghi chu": ImportField.NOTES,
        }.items(),
        key=lambda item: -len(item[0]),
    )
)
_PUNCTUATION = re.compile(r"[^\w\s]|_")
_MAX_HEADER_LENGTH = 60


def _header_key(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", fold(text)).split())


def recognise_header(value: object) -> ImportField | None:
    """The field a header cell names, accent- and case-insensitively, or ``None``."""
    if not isinstance(value, str) or len(value) > _MAX_HEADER_LENGTH:
        return None
    key = _header_key(value)
    if not key:
        return None
    if key == "nam" and "ă" in clean_name(value).lower():
        return ImportField.BIRTH_YEAR  # "Năm" is a year; "Nam" (and unaccented "nam") male
    found = _EXACT.get(key)
    if found is not None:
        return found
    for prefix, field_ in _PREFIXES:
        if key == prefix or key.startswith(prefix + " "):
            return field_
    return None


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Where the table is and what each column holds (0-based column index -> field).

    ``header_row`` and ``first_data_row`` are Excel row numbers (1-based). The user can
    change any of it before the preview."""

    header_row: int
    first_data_row: int
    fields: Mapping[int, ImportField]

    def columns(self, wanted: ImportField) -> list[int]:
        return sorted(c for c, f in self.fields.items() if f is wanted)

    @property
    def has_name(self) -> bool:
        found = set(self.fields.values())
        return ImportField.FULL_NAME in found or ImportField.GIVEN_NAME in found


def _row_fields(row: Sequence[object]) -> dict[int, ImportField]:
    fields: dict[int, ImportField] = {}
    seen: set[ImportField] = set()
    for column, value in enumerate(row):
        found = recognise_header(value)
        if found is not None and found not in seen:
            fields[column] = found
            seen.add(found)
    return fields


def guess_mapping(rows: Sequence[Sequence[object]], scan: int = 30) -> ColumnMapping | None:
    """Find the header row among the first ``scan`` rows (titles and merged cells above it
    are common) and what each column holds; ``None`` when no row names a name column.

    A second header row just below (``Giới tính`` or ``Năm sinh`` over ``Nam`` | ``Nữ``)
    refines the columns it names. ``rows[0]`` is Excel row 1.
    """
    best: tuple[int, int] | None = None  # row index, fields recognised
    for index, row in enumerate(rows[:scan]):
        fields = _row_fields(row)
        if not any(f in fields.values() for f in (ImportField.FULL_NAME, ImportField.GIVEN_NAME)):
            continue
        if best is None or len(fields) > best[1]:
            best = (index, len(fields))
    return None if best is None else mapping_at(rows, best[0] + 1)


def mapping_at(rows: Sequence[Sequence[object]], header_row: int) -> ColumnMapping:
    """The mapping when the header is Excel row ``header_row`` (the user may choose it)."""
    index = header_row - 1
    fields = _row_fields(rows[index]) if 0 <= index < len(rows) else {}
    first_data = index + 1
    if first_data < len(rows):
        below = _row_fields(rows[first_data])
        name_columns = [c for c, f in fields.items() if f in _NAME_FIELDS]
        name_empty = all(_blank(_cell(rows[first_data], c)) for c in name_columns)
        if below and name_empty:
            for column, found in below.items():
                fields[column] = found
            first_data += 1
    if first_data < len(rows) and is_column_numbers(rows[first_data]):
        first_data += 1
    return ColumnMapping(header_row=header_row, first_data_row=first_data + 1, fields=fields)


_NAME_FIELDS: Final = (ImportField.FULL_NAME, ImportField.FAMILY_NAME, ImportField.GIVEN_NAME)
_COLUMN_NUMBER = re.compile(r"^\(?[0-9]{1,2}\)?$|^\([A-Za-z]\)$")


def is_column_numbers(row: Sequence[object]) -> bool:
    """A row of column numbers under the header, ``(1) (2) (3)`` or ``1 2 3``, as official
    forms have."""
    cells = [v for v in row if not _blank(v)]
    if len(cells) < 3:
        return False
    return all(
        (isinstance(v, int | float) and 0 < v < 100)
        or (isinstance(v, str) and bool(_COLUMN_NUMBER.match(v.strip())))
        for v in cells
    ) and [v for v in cells if isinstance(v, int | float)] == sorted(
        v for v in cells if isinstance(v, int | float)
    )


def is_outside_table(row: Sequence[object], mapping: ColumnMapping) -> bool:
    """No name and no row number: below a blank row, the table has ended (a footer such as
    ``Sóc Sơn, ngày 05 tháng 9 năm 2026`` or ``Người lập biểu`` follows)."""
    wanted = (*_NAME_FIELDS, ImportField.ROW_NUMBER)
    return all(_blank(_cell(row, c)) for c, f in mapping.fields.items() if f in wanted)


# «Tổng số: 8 học viên», «Tổng cộng», «Cộng: 8 người», «TỔNG SỐ HỌC VIÊN: 8», «Tong cong»:
# the words of a total, then nothing, or a colon, a number, or what is counted.
_TOTAL_WORDS = re.compile(
    r"^(tổng số|tổng cộng|tổng|cộng|tong so|tong cong|total|sum)"
    r"(\s*$|\s*[:.\-=]|\s+\d|\s+(học viên|người|hv|tong|so)\b)"
)


def is_total_row(row: Sequence[object]) -> bool:
    """The footer row of a list that counts its learners («Tổng số: 8 học viên», «Cộng»),
    told by the first cell filled in (a number alone, a row number, is passed over)."""
    for value in row:
        if _blank(value) or isinstance(value, int | float):
            continue
        words = clean_name(str(value)).lower()
        return bool(_TOTAL_WORDS.match(words))
    return False


def _cell(row: Sequence[object], column: int) -> object:
    return row[column] if column < len(row) else None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- cells ---------------------------------------------------------------------------------------


class CellError(ValueError):
    """A cell that cannot be read: a message code and the cell's text."""

    def __init__(self, code: str, value: object) -> None:
        super().__init__(code)
        self.code = code
        self.value = value


_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$")
_YMD = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ T].*)?$")
_MY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_MAX_SERIAL = 73050  # 31/12/2099


def parse_birth(value: object, today: dt.date | None = None) -> tuple[dt.date | None, int | None]:
    """A birth date or year as people type it: a real date cell, ``05/03/1968``,
    ``5-3-1968``, ``5.3.68``, ``1968-03-05``, ``03/1968`` (the year is kept), ``1968``, or a
    date serial number that lost its format. Day first, as in Viet Nam."""
    today = today or dt.date.today()
    if _blank(value):
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), value.year
    if isinstance(value, dt.date):
        return value, value.year
    if isinstance(value, bool):
        raise CellError("import.bad_date", value)
    if isinstance(value, int | float):
        if value == int(value) and 1000 <= value <= 2200:
            return None, int(value)
        if value == int(value) and 0 < value <= _MAX_SERIAL:
            day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
            return day, day.year
        raise CellError("import.bad_date", value)
    text = clean_name(str(value))
    try:
        if match := _YEAR.match(text):
            return None, int(match.group(1))
        if match := _DMY.match(text):
            day_, month, year = (int(g) for g in match.groups())
            if len(match.group(3)) == 2:
                year += 2000 if year <= today.year % 100 else 1900
            date = dt.date(year, month, day_)
            return date, date.year
        if match := _YMD.match(text):
            date = dt.date(*(int(g) for g in match.groups()))
            return date, date.year
        if (match := _MY.match(text)) and 1 <= int(match.group(1)) <= 12:
            return None, int(match.group(2))
    except ValueError:
        pass  # 31/02/1970
    raise CellError("import.bad_date", value)


_MALE_WORDS: Final = frozenset({"nam", "m", "male", "trai", "ong"})
_FEMALE_WORDS: Final = frozenset({"nu", "f", "female", "gai", "ba"})
_MARKS: Final = frozenset({"x", "v", "✓", "✔", "1", "co", "yes", "true"})
_NO_MARKS: Final = frozenset({"", "0", "khong", "no", "false", "-"})


def parse_sex(value: object) -> str:
    if _blank(value):
        return Sex.UNKNOWN.value
    key = _header_key(str(value))
    if key in _MALE_WORDS:
        return Sex.MALE.value
    if key in _FEMALE_WORDS:
        return Sex.FEMALE.value
    raise CellError("import.bad_sex", value)


def parse_mark(
    value: object, today: dt.date | None = None
) -> tuple[bool, dt.date | None, int | None]:
    """A cell of a ``Nam`` or ``Nữ`` column: ``x`` (or ✓, 1) marks it; a birth date or year
    written there (the ``Năm sinh`` | ``Nam`` | ``Nữ`` form) marks it too and is the birth."""
    if _blank(value) or value is False:
        return False, None, None
    if value is True:
        return True, None, None
    key = _header_key(str(value)) if isinstance(value, str) else ""
    if isinstance(value, str) and (key in _MARKS or value.strip() in _MARKS):
        return True, None, None
    if isinstance(value, str) and key in _NO_MARKS:
        return False, None, None
    if isinstance(value, int | float) and value == 1:
        return True, None, None
    try:
        date, year = parse_birth(value, today)
    except CellError:
        raise CellError("import.bad_sex", value) from None
    return True, date, year


def _ethnicity_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


ETHNICITY_ALIASES: Final[dict[str, str]] = {
    "viet": "01",
    "hmong": "08",
    "hmông": "08",
    "khmer": "05",
    "kmer": "05",
    "ede": "12",
    "rhade": "12",
    "jrai": "10",
    "giarai": "10",
    "bahnar": "13",
    "sedang": "14",
    "koho": "16",
    "stieng": "22",
    "vankieu": "23",
    "bru": "23",
    "katu": "26",
    "hnhi": "35",
    "hani": "35",
}
_ETHNICITY_BY_KEY: Final[dict[str, str]] = {
    **{_ethnicity_key(name): code for code, name in ETHNICITIES.items()},
    **{_ethnicity_key(alias): code for alias, code in ETHNICITY_ALIASES.items()},
}


def parse_ethnicity(value: object) -> str | None:
    """A GSO code from a name (``Kinh``, ``Tày``, ``H'Mông``, ``Mông``, ``dân tộc Thái``) or a
    code (``1``, ``01``, ``08``)."""
    if _blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and value == int(value):
        code = f"{int(value):02d}"
        if code in ETHNICITIES:
            return code
        raise CellError("import.bad_ethnicity", value)
    text = str(value).strip()
    if text.isdigit() and f"{int(text):02d}" in ETHNICITIES:
        return f"{int(text):02d}"
    key = _ethnicity_key(text)
    key = key.removeprefix("dantoc") or key
    found = _ETHNICITY_BY_KEY.get(key)
    if found is None:
        raise CellError("import.bad_ethnicity", value)
    return found


def parse_phone(value: object) -> str | None:
    if _blank(value):
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    phone = normalise_phone(str(value))
    if phone is None or not phone_is_valid(phone):
        raise CellError("import.bad_phone", value)
    return phone


def parse_flag(value: object) -> bool:
    if _blank(value) or value is False:
        return False
    if value is True:
        return True
    return _header_key(str(value)) not in _NO_MARKS


def _text(value: object) -> str:
    if _blank(value):
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return clean_name(str(value))


# -- rows ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RowProblem:
    code: str  # see clc_desktop.domain.messages
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """One data row: the learner it describes, or why it cannot be read. A blank row (or
    one with only a row number) is ``blank`` and is not counted."""

    form: LearnerForm | None
    problems: tuple[RowProblem, ...] = ()
    blank: bool = False


def parse_row(
    row: Sequence[object], mapping: ColumnMapping, today: dt.date | None = None
) -> ParsedRow:
    today = today or dt.date.today()
    values = {c: _cell(row, c) for c, f in mapping.fields.items() if f is not ImportField.IGNORE}
    meaningful = [v for c, v in values.items() if mapping.fields[c] is not ImportField.ROW_NUMBER]
    if all(_blank(v) for v in meaningful):
        return ParsedRow(None, blank=True)

    problems: list[RowProblem] = []

    def first(wanted: ImportField) -> object:
        for column in mapping.columns(wanted):
            if not _blank(values[column]):
                return values[column]
        return None

    def read(parser: Callable[[object], T], wanted: ImportField, default: T) -> T:
        try:
            return parser(first(wanted))
        except CellError as error:
            problems.append(RowProblem(error.code, {"value": _text(error.value)}))
            return default

    name = _text(first(ImportField.FULL_NAME))
    if not name:
        name = " ".join(
            part
            for part in (
                _text(first(ImportField.FAMILY_NAME)),
                _text(first(ImportField.GIVEN_NAME)),
            )
            if part
        )
    name = title_case_name(name)

    birth_date: dt.date | None = None
    birth_year: int | None = None
    no_birth: tuple[dt.date | None, int | None] = (None, None)
    no_mark: tuple[bool, dt.date | None, int | None] = (False, None, None)
    for wanted in (ImportField.BIRTH_DATE, ImportField.BIRTH_YEAR):
        parsed = read(lambda v: parse_birth(v, today), wanted, no_birth)
        birth_date = birth_date or parsed[0]
        birth_year = birth_year or parsed[1]

    unknown: str = Sex.UNKNOWN.value
    sex = read(parse_sex, ImportField.SEX, unknown)
    marked: list[str] = []
    for wanted, marked_sex in (
        (ImportField.MALE_MARK, Sex.MALE),
        (ImportField.FEMALE_MARK, Sex.FEMALE),
    ):
        mark = read(lambda v: parse_mark(v, today), wanted, no_mark)
        if mark[0]:
            marked.append(marked_sex.value)
            birth_date = birth_date or mark[1]
            birth_year = birth_year or mark[2]
    if len(marked) == 2:
        problems.append(RowProblem("import.both_sexes"))
    elif marked:
        sex = marked[0]

    form = LearnerForm(
        full_name=name,
        sex=sex,
        birth_date=birth_date,
        birth_year=birth_year if birth_date is None else None,
        ethnicity=read(parse_ethnicity, ImportField.ETHNICITY, None),
        disability=parse_flag(first(ImportField.DISABILITY)),
        phone=read(parse_phone, ImportField.PHONE, None),
        address=_text(first(ImportField.ADDRESS)) or None,
        notes=_text(first(ImportField.NOTES)) or None,
    )
    reported = {p.code for p in problems}
    for field_name, code in form_problems(form, today).items():
        if field_name in ("ethnicity", "phone") and reported:
            continue  # already said, with the cell's text
        problems.append(RowProblem(code))
    if problems:
        return ParsedRow(form, tuple(problems))
    return ParsedRow(form)

"""Reading and validating report workbooks (the spec's "Validation" section).

The file is checked as a zip archive before any XML parser sees it (size, entry count,
uncompressed size and compression ratio), so a zip bomb costs milliseconds, not memory.

Two loaders feed one validator. The fast path hands the file to python-calamine (Rust,
about 25x faster than openpyxl on report files) only after a pre-scan of the raw XML of
every part calamine will parse: no DTD or entity declaration (XML attacks), no formula,
no merged cell, every cell with an explicit reference inside columns A..Z and rows below
1,000,000 (calamine allocates a dense grid up to the last cell: one cell in column XFD
costs gigabytes and aborts the process). Anything the pre-scan does not vouch for goes to
the careful path, openpyxl with defusedxml, which refuses XML attacks and names the sheet,
row and column of each problem. Both paths give the same findings.

calamine itself never expands an entity (it stops at the first custom one with
``XmlError``) and ignores a DTD it does not need: harmless, but a file with a DTD must be
refused, not read, so any ``<!`` sends the file to defusedxml.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from clc_desktop.domain.periods import parse_period
from clc_desktop.reports.cube import (
    ALL,
    CODES,
    DIMENSIONS,
    FORMAT,
    FORMAT_VERSION,
    INDICATORS,
    Cube,
    Key,
    additivity_mismatches,
    content_hash,
)
from clc_desktop.reports.header import REQUIRED_META, ReportHeader, SourceRow
from clc_desktop.reports.workbook import DATA_HEADER, MACHINE_SHEETS, SOURCES_HEADER

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES: Final = 200 * 1024 * 1024
MAX_ENTRIES: Final = 5000
MAX_RATIO: Final = 150
MAX_DATA_ROWS: Final = 200_000
#: Parts calamine parses larger than this (uncompressed) go to the careful path.
MAX_FAST_PART_BYTES: Final = 64 * 1024 * 1024
#: A worksheet larger than this (uncompressed) is refused before any parser sees it:
#: room for MAX_DATA_ROWS rows of ~400 bytes, far beyond any real report.
MAX_SHEET_BYTES: Final = 80 * 1024 * 1024
_UNSAFE_REASONS: Final = ("bomb", "sheet_too_large")
_ID_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")

REJECTED: Final = "rejected"
FLAGGED: Final = "flagged"
WARNING: Final = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a file: a message code, its parameters, and how serious it is."""

    severity: str  # rejected, flagged or warning
    code: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class ReportFile:
    """One file as read: its header, data and sources, and what is wrong with it.

    ``header`` is what the rest of the program uses; it is ``None`` when the ``meta``
    sheet itself is not valid (the file is then rejected). ``meta`` is that sheet as
    written (key -> text), which the checks read and the findings name.
    """

    path: Path
    header: ReportHeader | None = None
    meta: dict[str, str] = field(default_factory=dict)
    cube: Cube = field(default_factory=dict)
    sources: list[SourceRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    #: the hash of the content as read ("" until checked; differs from the stated one
    #: when the file was changed after it was written)
    recomputed_sha256: str = ""

    @property
    def status(self) -> str:
        severities = {f.severity for f in self.findings}
        for status in (REJECTED, FLAGGED):
            if status in severities:
                return status
        return "ok"

    def _add(self, severity: str, code: str, **params: object) -> None:
        self.findings.append(Finding(severity, code, params))

    def reject(self, code: str, **params: object) -> None:
        self._add(REJECTED, code, **params)


def _valid_keys() -> dict[tuple[str, ...], Key]:
    """Every data key the code lists allow, so a well-formed row costs one lookup."""
    keys: dict[tuple[str, ...], Key] = {}
    for indicator, dims in INDICATORS.items():
        choices = [(*CODES[d], ALL) if d in dims else (ALL,) for d in DIMENSIONS]
        for topic in choices[0]:
            for sex in choices[1]:
                for band in choices[2]:
                    for group in choices[3]:
                        key = Key(indicator, topic, sex, band, group)
                        keys[tuple(key)] = key
    return keys


_VALID_KEYS: Final = _valid_keys()


class _Rejected(Exception):
    pass


def check_archive(path: Path) -> str | None:
    """The reason ``path`` cannot be a safe xlsx, or ``None``; reads only the zip directory."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        return f"io:{exc.strerror}"
    if size > MAX_FILE_BYTES:
        return "too_large"
    if magic != b"PK\x03\x04":
        return "not_zip"
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        return "not_zip"
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        return "not_xlsx"
    if len(entries) > MAX_ENTRIES:
        return "bomb"
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.filename.startswith("xl/worksheets/") and entry.file_size > MAX_SHEET_BYTES:
            return "sheet_too_large"
        if entry.file_size > 1_000_000 and entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1
        ):
            return "bomb"
    if total > MAX_UNCOMPRESSED_BYTES:
        return "bomb"
    return None


def read_report(
    path: Path,
    *,
    expected_period: str | None = None,
    known_units: Iterable[str] | None = None,
    fast: bool = True,
) -> ReportFile:
    """Read and validate one report file; problems are in ``findings``, never raised.

    ``fast=False`` skips the calamine path (the tests compare both paths)."""
    report = ReportFile(path)
    reason = check_archive(path)
    if reason is not None:
        unsafe = reason in _UNSAFE_REASONS
        report.reject("file.unsafe" if unsafe else "file.not_xlsx", reason=reason)
        return report
    sheets = _load_fast(path) if fast else None
    if sheets is None:
        try:
            sheets = _load_openpyxl(path)
        except Exception as exc:  # any parser failure, including defusedxml's refusals
            from defusedxml import DefusedXmlException

            root: BaseException = exc
            while (root.__cause__ or root.__context__) is not None:
                root = root.__cause__ or root.__context__  # type: ignore[assignment]
            if isinstance(root, DefusedXmlException):
                report.reject("file.unsafe", reason=type(root).__name__)
            else:
                report.reject("file.not_xlsx", reason=type(root).__name__)
            return report
    try:
        _read_machine_sheets(sheets, report)
    except _Rejected:
        return report
    _check_content(report, expected_period, known_units)
    return report


@dataclass
class _Sheet:
    """A machine sheet as a loader found it: enough for every check of the spec."""

    state: str  # visible, hidden or veryHidden
    merged: str | None  # the first merged range, if any
    max_row: int
    rows: list[tuple[int, list[Any]]]  # (1-based row number, cell values from column A)
    formulas: list[tuple[int, int]]  # (row, 1-based column) of each formula cell


def _load_openpyxl(path: Path) -> dict[str, _Sheet]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=False, data_only=False)
    sheets: dict[str, _Sheet] = {}
    for name in MACHINE_SHEETS:
        if name not in workbook.sheetnames:
            continue
        sheet = workbook[name]
        ranges = sheet.merged_cells.ranges
        content = _Sheet(
            state=sheet.sheet_state,
            merged=str(next(iter(ranges))) if ranges else None,
            max_row=sheet.max_row,
            rows=[],
            formulas=[],
        )
        sheets[name] = content
        if sheet.max_row > MAX_DATA_ROWS:
            continue
        for cells in sheet.iter_rows(min_row=1, min_col=1):
            if not cells:
                continue
            number = cells[0].row
            for cell in cells:
                if cell.data_type == "f":
                    content.formulas.append((number, cell.column))
            content.rows.append((number, [cell.value for cell in cells]))
    return sheets


_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Byte patterns that send a part to the careful path: any declaration, comment or CDATA
# ("<!"), formulas and cells with or without a namespace prefix, merged cells. A false
# alarm costs only speed. Plain substring tests: a regex over every tag is 5x slower.
_SUSPICIOUS_IN_SHEET: Final = (b"<!", b"<f", b":f", b":c", b"mergeCell")
#: any ``r`` attribute (cell or row) in column AA or beyond, or in row 1,000,000 or beyond
_WIDE_OR_DEEP = re.compile(rb' r="(?:[A-Z]{2}|[A-Z]?\d{7})')
_WIDE_OR_DEEP_DIMENSION = re.compile(rb'<dimension ref="[^"]*(?:[A-Z]{2}|\d{7})')
#: Larger values are refused: a float (calamine reads every number as one) loses digits.
MAX_VALUE: Final = 2**53


def _load_fast(path: Path) -> dict[str, _Sheet] | None:
    """The machine sheets through python-calamine, or ``None`` when the pre-scan cannot
    vouch for the file (the careful path then reads it)."""
    try:
        import python_calamine
    except ImportError:  # pragma: no cover - a dependency, but never a hard failure
        return None
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            states = _prescan(archive)
        if states is None:
            return None
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets: dict[str, _Sheet] = {}
        for name, state in states.items():
            sheet = workbook.get_sheet_by_name(name)
            if sheet.merged_cell_ranges:
                return None
            # Empty cells come as "" (the validator reads "" and None alike) and numbers
            # as floats (whole floats read as whole numbers, as the spec says).
            rows = list(enumerate(sheet.to_python(skip_empty_area=False), 1))
            sheets[name] = _Sheet(state, None, len(rows), rows, [])
        workbook.close()
        return sheets
    except Exception:  # the careful path decides what is wrong with the file
        return None


def _prescan(archive: zipfile.ZipFile) -> dict[str, str] | None:
    """Sheet state of each machine sheet present when every part calamine will parse is
    safe for it; ``None`` otherwise."""
    from defusedxml.ElementTree import fromstring

    names = set(archive.namelist())
    rels_part = "xl/_rels/workbook.xml.rels"
    if rels_part not in names:
        return None
    for part in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", rels_part):
        if part in names and not _plain_xml(archive, part):
            return None
    parts: dict[str, str] = {}
    for rel in fromstring(archive.read(rels_part)).iter(f"{_PKG_REL_NS}Relationship"):
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        parts[rel.get("Id", "")] = part
        # Shared strings, styles, theme: everything but the sheets, which are lazy.
        sheet_part = rel.get("Type", "").endswith("/worksheet")
        if not sheet_part and part in names and not _plain_xml(archive, part):
            return None
    states: dict[str, str] = {}
    for sheet in fromstring(archive.read("xl/workbook.xml")).iter(f"{_MAIN_NS}sheet"):
        name = sheet.get("name", "")
        if name not in MACHINE_SHEETS:
            continue
        part = parts.get(sheet.get(f"{_REL_NS}id", ""), "")
        if part not in names or not _plain_sheet(archive, part):
            return None
        states[name] = sheet.get("state", "visible")
    return states


def _plain_xml(archive: zipfile.ZipFile, part: str) -> bool:
    if archive.getinfo(part).file_size > MAX_FAST_PART_BYTES:
        return False
    return b"<!" not in archive.read(part)


def _plain_sheet(archive: zipfile.ZipFile, part: str) -> bool:
    """No DTD, formula or merged cell; every cell referenced explicitly within A1:Z999999."""
    if archive.getinfo(part).file_size > MAX_FAST_PART_BYTES:
        return False
    xml = archive.read(part)
    if any(pattern in xml for pattern in _SUSPICIOUS_IN_SHEET):
        return False
    if _WIDE_OR_DEEP.search(xml) or _WIDE_OR_DEEP_DIMENSION.search(xml, 0, 4096):
        return False
    # Every cell has its reference first (calamine places others by counting).
    return xml.count(b"<c") == xml.count(b'<c r="') + xml.count(b"<col")


def _cell_text(report: ReportFile, sheet: str, row: int, column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # calamine reads every number as a float: name it as written
    if isinstance(value, str):
        if not unicodedata.is_normalized("NFC", value):
            report._add(WARNING, "cell.not_nfc", sheet=sheet, row=row, column=column)
        return value
    report.reject("cell.not_text", sheet=sheet, row=row, column=column, value=str(value))
    return str(value)


def _sheet_rows(
    sheets: dict[str, _Sheet], name: str, header: tuple[str, ...], report: ReportFile
) -> list[tuple[int, tuple[Any, ...]]]:
    sheet = sheets.get(name)
    if sheet is None:
        report.reject("sheet.missing", sheet=name)
        raise _Rejected
    if sheet.state == "veryHidden":
        report.reject("sheet.very_hidden", sheet=name)
    if sheet.merged is not None:
        report.reject("sheet.merged", sheet=name, cells=sheet.merged)
    if sheet.max_row > MAX_DATA_ROWS:
        report.reject("sheet.too_many_rows", sheet=name, rows=sheet.max_row)
        raise _Rejected
    for number, column in sheet.formulas:
        if column <= len(header):
            report.reject("cell.formula", sheet=name, row=number, column=_letter(column))
    rows: list[tuple[int, tuple[Any, ...]]] = []
    width = len(header)
    padding = (None,) * width
    for number, cells in sheet.rows:
        values = tuple(cells[:width])
        if len(values) < width:
            values += padding[len(values) :]
        # ``any`` settles a normal row at its first cell; only blank-looking rows look on.
        if number > 1 and not any(values) and all(v is None or v == "" for v in values):
            continue
        rows.append((number, values))
    if not rows or rows[0][0] != 1 or tuple(rows[0][1]) != header:
        report.reject("sheet.header", sheet=name, expected=", ".join(header))
        raise _Rejected
    return rows[1:]


def _letter(column: int) -> str:
    letters = ""
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _read_machine_sheets(sheets: dict[str, _Sheet], report: ReportFile) -> None:
    _read_meta(sheets, report)
    cube = report.cube
    for number, row in _sheet_rows(sheets, "data", DATA_HEADER, report):
        # The common case in one lookup: known codes, a whole number, a new key.
        key = _VALID_KEYS.get(row[:5])
        value = row[5]
        if type(value) is float and value.is_integer():
            value = int(value)
        if key is not None and type(value) is int and 0 <= value < MAX_VALUE and key not in cube:
            cube[key] = value
            continue
        _read_data_row(report, number, row)
    seen_units: set[str] = set()
    for number, row in _sheet_rows(sheets, "sources", SOURCES_HEADER, report):
        texts = [_cell_text(report, "sources", number, chr(65 + i), v) for i, v in enumerate(row)]
        source = SourceRow(*texts)
        if source.unit_id in seen_units:
            report.reject("sources.duplicate", sheet="sources", row=number, unit=source.unit_id)
        seen_units.add(source.unit_id)
        report.sources.append(source)


def _read_meta(sheets: dict[str, _Sheet], report: ReportFile) -> None:
    """The ``meta`` sheet into ``report.meta``, checked, then into ``report.header``."""
    meta_rows = _sheet_rows(sheets, "meta", ("key", "value"), report)
    for number, (key, value) in meta_rows:
        key_text = _cell_text(report, "meta", number, "A", key)
        if key_text in report.meta:
            report.reject("meta.duplicate_key", sheet="meta", row=number, key=key_text)
        if (
            key_text == "format_version"
            and isinstance(value, int | float)
            and not isinstance(value, bool)
            and value == 1
        ):
            value_text = FORMAT_VERSION
        else:
            value_text = _cell_text(report, "meta", number, "B", value)
        if value_text:
            report.meta[key_text] = value_text
    for key in REQUIRED_META:
        if key not in report.meta:
            report.reject("meta.missing_key", sheet="meta", key=key)
    if report.meta.get("format", FORMAT) != FORMAT:
        report.reject("meta.format", sheet="meta", value=report.meta["format"])
        raise _Rejected
    if report.meta.get("format_version", FORMAT_VERSION) != FORMAT_VERSION:
        report.reject("meta.version", sheet="meta", version=report.meta["format_version"])
        raise _Rejected
    for key in ("unit_id", "level"):
        value = report.meta.get(key, "")
        if value and not set(value) <= _ID_CHARS:
            report.reject("meta.bad_id", sheet="meta", key=key, value=value)
    _check_period(report)
    if report.status != REJECTED:
        # Every key and value that from_meta reads has just been checked.
        report.header = ReportHeader.from_meta(report.meta)


def _check_period(report: ReportFile) -> None:
    code = report.meta.get("period")
    if not code:
        return
    try:
        period = parse_period(code)
    except ValueError:
        report.reject("meta.period", sheet="meta", period=code)
        return
    start, end = report.meta.get("period_start"), report.meta.get("period_end")
    if (start, end) != (period.start.isoformat(), period.end.isoformat()):
        report.reject(
            "meta.period_dates", sheet="meta", period=code, start=start or "", end=end or ""
        )
    generated = report.meta.get("generated_at", "")
    try:
        stamp = dt.datetime.fromisoformat(generated)
    except ValueError:
        stamp = None
    if generated and (stamp is None or stamp.tzinfo is None):
        report.reject("meta.generated_at", sheet="meta", value=generated)


def _read_data_row(report: ReportFile, number: int, row: tuple[Any, ...]) -> None:
    texts = [_cell_text(report, "data", number, chr(65 + i), v) for i, v in enumerate(row[:5])]
    indicator, *dims = texts
    if indicator not in INDICATORS:
        report.reject("data.unknown_code", sheet="data", row=number, value=indicator)
        return
    for dimension, code in zip(DIMENSIONS, dims, strict=True):
        if code != ALL and code not in CODES[dimension]:
            report.reject("data.unknown_code", sheet="data", row=number, value=code)
            return
        if code != ALL and dimension not in INDICATORS[indicator]:
            report.reject(
                "data.dimension_not_allowed",
                sheet="data",
                row=number,
                indicator=indicator,
                dimension=dimension,
            )
            return
    value = row[5]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < MAX_VALUE:
        report.reject("data.bad_value", sheet="data", row=number, value=str(value))
        return
    key = Key(indicator, *dims)
    if key in report.cube:
        report.reject("data.duplicate", sheet="data", row=number)
        return
    report.cube[key] = value


def _check_content(
    report: ReportFile, expected_period: str | None, known_units: Iterable[str] | None
) -> None:
    header = report.header
    if report.status == REJECTED or header is None:
        return
    recomputed = content_hash(
        header.unit_id,
        header.level,
        header.period.code,
        report.cube,
        [source.hash_key for source in report.sources],
    )
    report.recomputed_sha256 = recomputed
    if header.personal_data:
        report._add(WARNING, "report.personal_data")
    if recomputed != header.content_sha256:
        report._add(FLAGGED, "report.hash_mismatch")
    mismatches = additivity_mismatches(report.cube)
    if mismatches:
        first = mismatches[0]
        report._add(
            FLAGGED,
            "report.not_additive",
            count=len(mismatches),
            key=" ".join(first.total_key),
            dimension=first.dimension,
            total=first.total,
            parts=first.parts,
        )
    if expected_period is not None and header.period.code != expected_period:
        report._add(
            FLAGGED, "report.other_period", period=header.period.code, expected=expected_period
        )
    if known_units is not None and header.unit_id not in set(known_units):
        report._add(FLAGGED, "report.unknown_unit", unit=header.unit_id)
    for key, value in report.cube.items():
        if key.indicator == "expected_attendances":
            done = report.cube.get(key._replace(indicator="attendances"), 0) + report.cube.get(
                key._replace(indicator="absences"), 0
            )
            if done > value:
                report._add(WARNING, "report.more_marks_than_expected", topic=key.topic)
        if key.indicator == "learners" and value > report.cube.get(
            key._replace(indicator="enrolments"), 0
        ):
            report._add(WARNING, "report.more_learners_than_enrolments", key=" ".join(key))

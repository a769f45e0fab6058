"""Reading and validating report workbooks (the spec's "Validation" section).

The file is checked as a zip archive before any XML parser sees it (size, entry count,
uncompressed size and compression ratio), so a zip bomb costs milliseconds, not memory.
XML attacks are refused by openpyxl itself because defusedxml is installed.
"""

from __future__ import annotations

import datetime as dt
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
from clc_desktop.reports.workbook import (
    DATA_HEADER,
    META_KEYS,
    SOURCES_HEADER,
    SourceRow,
)

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES: Final = 200 * 1024 * 1024
MAX_ENTRIES: Final = 5000
MAX_RATIO: Final = 150
MAX_DATA_ROWS: Final = 200_000
OPTIONAL_META: Final = ("unit_code", "parent_id", "replaces")
REQUIRED_META: Final = tuple(key for key in META_KEYS if key not in OPTIONAL_META)
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
    path: Path
    meta: dict[str, str] = field(default_factory=dict)
    cube: Cube = field(default_factory=dict)
    sources: list[SourceRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

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
        if entry.file_size > 1_000_000 and entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1
        ):
            return "bomb"
    if total > MAX_UNCOMPRESSED_BYTES:
        return "bomb"
    return None


def read_report(
    path: Path, *, expected_period: str | None = None, known_units: Iterable[str] | None = None
) -> ReportFile:
    """Read and validate one report file; problems are in ``findings``, never raised."""
    report = ReportFile(path)
    reason = check_archive(path)
    if reason is not None:
        report.reject("file.unsafe" if reason == "bomb" else "file.not_xlsx", reason=reason)
        return report
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=False, data_only=False)
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
        _read_machine_sheets(workbook, report)
    except _Rejected:
        return report
    _check_content(report, expected_period, known_units)
    return report


def _cell_text(report: ReportFile, sheet: str, row: int, column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if not unicodedata.is_normalized("NFC", value):
            report._add(WARNING, "cell.not_nfc", sheet=sheet, row=row, column=column)
        return value
    report.reject("cell.not_text", sheet=sheet, row=row, column=column, value=str(value))
    return str(value)


def _sheet_rows(
    workbook: Any, name: str, header: tuple[str, ...], report: ReportFile
) -> list[tuple[int, tuple[Any, ...]]]:
    if name not in workbook.sheetnames:
        report.reject("sheet.missing", sheet=name)
        raise _Rejected
    sheet = workbook[name]
    if sheet.sheet_state == "veryHidden":
        report.reject("sheet.very_hidden", sheet=name)
    if sheet.merged_cells.ranges:
        report.reject("sheet.merged", sheet=name, cells=str(next(iter(sheet.merged_cells.ranges))))
    if sheet.max_row > MAX_DATA_ROWS:
        report.reject("sheet.too_many_rows", sheet=name, rows=sheet.max_row)
        raise _Rejected
    rows: list[tuple[int, tuple[Any, ...]]] = []
    for number, cells in enumerate(sheet.iter_rows(), 1):
        values = []
        for cell in cells[: len(header)]:
            if cell.data_type == "f":
                report.reject("cell.formula", sheet=name, row=number, column=cell.column_letter)
            values.append(cell.value)
        values += [None] * (len(header) - len(values))
        if number > 1 and all(v is None for v in values):
            continue
        rows.append((number, tuple(values)))
    if not rows or tuple(rows[0][1]) != header:
        report.reject("sheet.header", sheet=name, expected=", ".join(header))
        raise _Rejected
    return rows[1:]


def _read_machine_sheets(workbook: Any, report: ReportFile) -> None:
    meta_rows = _sheet_rows(workbook, "meta", ("key", "value"), report)
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

    for number, row in _sheet_rows(workbook, "data", DATA_HEADER, report):
        _read_data_row(report, number, row)
    seen_units: set[str] = set()
    for number, row in _sheet_rows(workbook, "sources", SOURCES_HEADER, report):
        texts = [_cell_text(report, "sources", number, chr(65 + i), v) for i, v in enumerate(row)]
        source = SourceRow(*texts)
        if source.unit_id in seen_units:
            report.reject("sources.duplicate", sheet="sources", row=number, unit=source.unit_id)
        seen_units.add(source.unit_id)
        report.sources.append(source)


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
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
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
    if report.status == REJECTED:
        return
    meta = report.meta
    recomputed = content_hash(
        meta["unit_id"],
        meta["level"],
        meta["period"],
        report.cube,
        [(s.unit_id, s.period, s.content_sha256) for s in report.sources],
    )
    if recomputed != meta["content_sha256"]:
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
    if expected_period is not None and meta["period"] != expected_period:
        report._add(FLAGGED, "report.other_period", period=meta["period"], expected=expected_period)
    if known_units is not None and meta["unit_id"] not in set(known_units):
        report._add(FLAGGED, "report.unknown_unit", unit=meta["unit_id"])
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

"""Writing report workbooks: the machine sheets exactly as the spec says, safe text cells.

openpyxl is imported inside the functions that use it, so it stays out of start-up.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clc_desktop.reports.cube import Key

META_KEYS = (
    "format",
    "format_version",
    "unit_id",
    "unit_code",
    "unit_name",
    "level",
    "parent_id",
    "replaces",
    "period",
    "period_start",
    "period_end",
    "generated_at",
    "generator",
    "content_sha256",
    "personal_data",
)
DATA_HEADER = ("indicator", "topic", "sex", "age_band", "group", "value")
SOURCES_HEADER = (
    "unit_id",
    "unit_code",
    "unit_name",
    "level",
    "period",
    "content_sha256",
    "generated_at",
)
MACHINE_SHEETS = ("meta", "data", "sources")

# Characters Excel refuses in a cell (XML 1.0 forbids them): stripped, never fatal.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@")


def clean_text(value: str) -> str:
    """NFC text without the control characters that a workbook cannot hold."""
    return _ILLEGAL.sub("", unicodedata.normalize("NFC", value))


def set_text(cell: Any, value: str) -> None:
    """Store ``value`` as text, never as a formula, even when it starts with ``=+-@``."""
    text = clean_text(value)
    cell.value = text
    if text.startswith(_FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


@dataclass(frozen=True, slots=True)
class SourceRow:
    unit_id: str
    unit_code: str
    unit_name: str
    level: str
    period: str
    content_sha256: str
    generated_at: str


@dataclass
class ReportContent:
    """Everything the machine sheets hold."""

    meta: dict[str, str]
    cube: Mapping[Key, int]
    sources: Sequence[SourceRow] = field(default_factory=list)


HumanSheets = Callable[[Any], None]  # draws the human sheets into an openpyxl Workbook


def write_workbook(
    path: Path,
    content: ReportContent,
    human: HumanSheets | None = None,
) -> None:
    """Write the workbook to ``path`` atomically (a temporary file, then a rename)."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    if human is not None:
        human(workbook)
    _write_meta(workbook.create_sheet("meta"), content.meta)
    _write_data(workbook.create_sheet("data"), content.cube)
    _write_sources(workbook.create_sheet("sources"), content.sources)
    for name in MACHINE_SHEETS:
        workbook[name].sheet_state = "hidden" if human is not None else "visible"
    workbook.active = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=".xlsx.partial", dir=path.parent
    )
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_meta(sheet: Any, meta: Mapping[str, str]) -> None:
    sheet.append(["key", "value"])
    for key in META_KEYS:
        value = meta.get(key, "")
        if value:
            row = sheet.max_row + 1
            set_text(sheet.cell(row, 1), key)
            set_text(sheet.cell(row, 2), value)
    for key, value in meta.items():  # optional keys a writer may add
        if key not in META_KEYS and value:
            row = sheet.max_row + 1
            set_text(sheet.cell(row, 1), key)
            set_text(sheet.cell(row, 2), value)


def _write_data(sheet: Any, cube: Mapping[Key, int]) -> None:
    sheet.append(list(DATA_HEADER))
    for key in sorted(k for k, v in cube.items() if v):
        sheet.append([*key, int(cube[key])])


def _write_sources(sheet: Any, sources: Sequence[SourceRow]) -> None:
    sheet.append(list(SOURCES_HEADER))
    for source in sorted(sources, key=lambda s: s.unit_id):
        row = sheet.max_row + 1
        for column, value in enumerate(
            (
                source.unit_id,
                source.unit_code,
                source.unit_name,
                source.level,
                source.period,
                source.content_sha256,
                source.generated_at,
            ),
            1,
        ):
            set_text(sheet.cell(row, column), value)

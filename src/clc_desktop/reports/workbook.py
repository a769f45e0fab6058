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

from clc_desktop.domain.progress import Steps
from clc_desktop.reports.cube import Key
from clc_desktop.reports.header import ReportHeader, SourceRow

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
LEARNERS_HEADER = (
    "learner_key",
    "full_name",
    "sex",
    "birth",
    "ethnicity",
    "disability",
    "classes",
    "attendances",
    "expected_attendances",
)
MACHINE_SHEETS = ("meta", "data", "sources")
#: Steps :func:`write_workbook` reports: human sheets, machine sheets, learners, saving.
WRITE_STEPS = 4

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


class SheetPen:
    """Writes the cells of a human sheet in one style (Times New Roman 12, as Vietnamese
    administrative reports are typed): text as safe text, whole numbers as ``#,##0`` and
    decimals as ``#,##0.0`` aligned right, optional merge over ``span`` columns and a box.
    Used by the centre's and the consolidated report sheets."""

    def __init__(self, sheet: Any) -> None:
        from openpyxl.styles import Alignment, Border, Font, Side

        self.sheet = sheet
        self.normal = Font(name="Times New Roman", size=12)
        self.bold = Font(name="Times New Roman", bold=True, size=12)
        self.italic = Font(name="Times New Roman", italic=True, size=12)
        thin = Side(style="thin")
        self.box = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.middle = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.right = Alignment(horizontal="right", vertical="center")
        self.wrap = Alignment(vertical="center", wrap_text=True)

    def put(
        self,
        row: int,
        column: int,
        content: str | int | float,
        font: Any = None,
        span: int = 1,
        align: Any = None,
        border: bool = False,
    ) -> None:
        cell = self.sheet.cell(row, column)
        if isinstance(content, str):
            set_text(cell, content)
        else:
            cell.value = content
            cell.number_format = "#,##0" if isinstance(content, int) else "#,##0.0"
        cell.font = font or self.normal
        cell.alignment = align or (self.wrap if isinstance(content, str) else self.right)
        if span > 1:
            self.sheet.merge_cells(
                start_row=row, start_column=column, end_row=row, end_column=column + span - 1
            )
        if border:
            for offset in range(span):
                self.sheet.cell(row, column + offset).border = self.box


@dataclass(frozen=True, slots=True)
class LearnerRow:
    """A row of the optional ``learners`` sheet (personal data, see the spec's Privacy)."""

    learner_key: str
    full_name: str
    sex: str
    birth: str  # ISO date, a year, or ""
    ethnicity: str  # GSO code or ""
    disability: bool
    classes: int
    attendances: int
    expected_attendances: int


@dataclass
class ReportContent:
    """Everything the machine sheets hold. ``learners`` is ``None`` unless the user asked
    for the personal-data sheet."""

    header: ReportHeader
    cube: Mapping[Key, int]
    sources: Sequence[SourceRow] = field(default_factory=list)
    learners: Sequence[LearnerRow] | None = None


HumanSheets = Callable[[Any], None]  # draws the human sheets into an openpyxl Workbook


def write_workbook(
    path: Path,
    content: ReportContent,
    human: HumanSheets | None = None,
    steps: Steps | None = None,
) -> None:
    """Write the workbook to ``path`` atomically (a temporary file, then a rename).

    ``steps`` (of :data:`WRITE_STEPS`) reports progress and stops at a cancellation;
    a cancelled or failed write leaves ``path`` as it was.
    """
    from openpyxl import Workbook

    steps = steps or Steps(WRITE_STEPS, None, None)
    workbook = Workbook()
    workbook.remove(workbook.active)
    if human is not None:
        human(workbook)
    steps.step()
    _write_meta(workbook.create_sheet("meta"), content.header)
    _write_data(workbook.create_sheet("data"), content.cube)
    _write_sources(workbook.create_sheet("sources"), content.sources)
    for name in MACHINE_SHEETS:
        workbook[name].sheet_state = "hidden" if human is not None else "visible"
    steps.step()
    if content.learners is not None:
        # Visible on purpose: whoever opens the file sees that it holds personal data.
        _write_learners(workbook.create_sheet("learners"), content.learners)
    steps.step()
    workbook.active = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=".xlsx.partial", dir=path.parent
    )
    os.close(handle)
    try:
        os.chmod(temporary, 0o644)  # mkstemp's 0600 would surprise whoever the file goes to
        workbook.save(temporary)
        steps.check()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    steps.step()


def _write_meta(sheet: Any, header: ReportHeader) -> None:
    sheet.append(["key", "value"])
    for key, value in header.to_meta().items():
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


def _write_learners(sheet: Any, learners: Sequence[LearnerRow]) -> None:
    sheet.append(list(LEARNERS_HEADER))
    for row_number, learner in enumerate(learners, 2):
        texts = (
            learner.learner_key,
            learner.full_name,
            learner.sex,
            learner.birth,
            learner.ethnicity,
            "yes" if learner.disability else "no",
        )
        for column, content in enumerate(texts, 1):
            if content:
                set_text(sheet.cell(row_number, column), content)
        for offset, number in enumerate(
            (learner.classes, learner.attendances, learner.expected_attendances), len(texts) + 1
        ):
            sheet.cell(row_number, offset).value = number
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"  # the header on every printed page
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    for letter, width in zip("ABCDEFGHI", (34, 28, 9, 12, 10, 11, 9, 12, 21), strict=True):
        sheet.column_dimensions[letter].width = width

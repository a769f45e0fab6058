"""Importing a centre's learner list from an .xlsx file, in three steps a window can show:

1. :func:`read_learner_list` refuses unsafe files before any parser sees them (the bytes,
   the zip directory with :func:`clc_desktop.reports.reader.check_archive`, the sheet's
   dimension), then reads the rows and guesses the column mapping;
2. :func:`preview_import` (nothing written) says for each row: new, possible duplicate of
   a learner already registered or of an earlier row, or rejected with its reasons;
3. :func:`commit_import` writes the user's choices in the caller's one transaction (all
   or nothing), optionally enrolling everyone in a class.

:func:`save_rejected_rows` writes the rejected rows, with a reason column, to fix and
import again. Importing the same file twice creates no duplicates: the second time every
row is a possible duplicate, and the default is to use the existing learner.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from sqlalchemy import insert, text
from sqlalchemy.orm import Session

from clc_desktop.domain.learner_list import (
    ColumnMapping,
    ImportField,
    RowProblem,
    guess_mapping,
    is_column_numbers,
    is_outside_table,
    is_total_row,
    mapping_at,
    parse_row,
)
from clc_desktop.domain.learners import LearnerForm, is_possible_duplicate, normalised_values
from clc_desktop.domain.messages import DEFAULT_LANGUAGE, Problem, message
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn, Steps
from clc_desktop.services.learners import DuplicateCandidate, new_learner_key
from clc_desktop.storage.models import Enrolment, Learner

#: More rows than a commune's learner list can have: the file is refused unread.
MAX_IMPORT_ROWS: Final = 20_000
MAX_COLUMNS: Final = 60
#: Uncompressed size of one sheet: 20,000 rows of 15 filled cells take about 20 MB.
MAX_SHEET_BYTES: Final = 64 * 1024 * 1024
HEADER_SCAN_ROWS: Final = 30
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97-2003)
_PROGRESS_EVERY = 200


# -- 1. reading the file -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearnerSheet:
    """The rows of one sheet, as values (``rows[0]`` is Excel row 1), with the guessed
    mapping (``None`` when no header row names a name column: the user chooses)."""

    path: Path
    sheet_name: str
    sheet_names: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    mapping: ColumnMapping | None

    def mapping_at(self, header_row: int) -> ColumnMapping:
        """The mapping if the header were Excel row ``header_row`` (the user's choice)."""
        return mapping_at(self.rows, header_row)

    def header_texts(self, mapping: ColumnMapping | None = None) -> list[str]:
        """The header text of each column (a second header row's text where it has one)."""
        mapping = mapping or self.mapping
        width = max((len(r) for r in self.rows), default=0)
        if mapping is None:
            return [""] * width
        texts = ["" for _ in range(width)]
        for row_number in range(mapping.header_row, mapping.first_data_row):
            if is_column_numbers(self.rows[row_number - 1]):
                continue
            for column, value in enumerate(self.rows[row_number - 1]):
                if value is not None and str(value).strip():
                    texts[column] = " ".join(str(value).split())
        return texts


def read_learner_list(
    path: Path,
    sheet: str | None = None,
    *,
    max_rows: int = MAX_IMPORT_ROWS,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> LearnerSheet:
    """Read a learner list. Unsafe or unreadable files raise :class:`Problem` before they
    are parsed: not an xlsx (by its bytes), a zip bomb, more than ``max_rows`` rows by the
    sheet's dimension (and again while reading, if the dimension lied), XML attacks
    (defusedxml, installed, makes openpyxl refuse them)."""
    from clc_desktop.reports.reader import check_archive

    label = str(path)
    if not path.is_file():
        raise Problem("import.file_missing", path=label)
    with open(path, "rb") as handle:
        if handle.read(8) == _OLE2_MAGIC:
            raise Problem("import.old_xls", path=label)
    reason = check_archive(path) or _check_sheet_sizes(path)
    if reason in ("bomb", "too_large", "sheet_too_large"):
        raise Problem("import.unsafe", path=label, reason=reason)
    if reason is not None:
        raise Problem("import.not_xlsx", path=label, reason=reason)
    try:
        return _read(path, sheet, max_rows, progress, cancelled)
    except (Problem, Cancelled):
        raise
    except Exception as exc:  # any parser failure, including defusedxml's refusals
        raise _parser_problem(exc, label) from exc


def _check_sheet_sizes(path: Path) -> str | None:
    """A learner list's sheet is a few megabytes; a much larger one (even within the
    archive limits) would cost the parser its size in memory on one long row."""
    with zipfile.ZipFile(path) as archive:
        for entry in archive.infolist():
            if entry.filename.startswith("xl/worksheets/") and entry.file_size > MAX_SHEET_BYTES:
                return "sheet_too_large"
    return None


def _parser_problem(exc: BaseException, label: str) -> Problem:
    from defusedxml import DefusedXmlException

    root: BaseException = exc
    while (root.__cause__ or root.__context__) is not None:
        root = root.__cause__ or root.__context__  # type: ignore[assignment]
    code = "import.unsafe" if isinstance(root, DefusedXmlException) else "import.not_xlsx"
    return Problem(code, path=label, reason=type(root).__name__)


def _read(
    path: Path,
    sheet: str | None,
    max_rows: int,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> LearnerSheet:
    from openpyxl import load_workbook

    limit = max_rows + HEADER_SCAN_ROWS
    # read_only streams the sheet: memory stays bounded whatever the file claims. A file
    # object, not a path: openpyxl would judge a path by its extension.
    with open(path, "rb") as handle:
        workbook = load_workbook(handle, read_only=True, data_only=True)
        try:
            names = tuple(workbook.sheetnames)
            if sheet is not None and sheet not in names:
                raise Problem("import.no_sheet", path=str(path), sheet=sheet)
            worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
            title = worksheet.title
            too_many = {"path": str(path), "sheet": title, "limit": max_rows}
            declared = worksheet.max_row  # from <dimension>, read before any row
            if declared is not None and declared > limit:
                raise Problem("import.too_many_rows", rows=declared, **too_many)
            steps = Steps(declared or limit, progress, cancelled)
            worksheet.reset_dimensions()  # some writers declare "A1": read what is there
            rows: list[tuple[Any, ...]] = []
            for values in worksheet.iter_rows(values_only=True):
                if len(rows) >= limit:  # the dimension lied
                    raise Problem("import.too_many_rows", rows=f"> {len(rows)}", **too_many)
                rows.append(tuple(values[:MAX_COLUMNS]))
                if len(rows) % _PROGRESS_EVERY == 0:
                    steps.step(_PROGRESS_EVERY)
        finally:
            workbook.close()
    while rows and all(v is None or (isinstance(v, str) and not v.strip()) for v in rows[-1]):
        rows.pop()
    steps.step(steps.total)
    return LearnerSheet(path, title, names, tuple(rows), guess_mapping(rows, HEADER_SCAN_ROWS))


# -- 2. the preview ------------------------------------------------------------------------------


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"  # possibly a learner already registered
    DUPLICATE_IN_FILE = "duplicate_in_file"  # possibly the same person as an earlier row
    REJECTED = "rejected"


class RowChoice(StrEnum):
    CREATE = "create"  # a new learner
    USE_EXISTING = "use_existing"  # the registered learner (enrolled in the class if chosen)
    SKIP = "skip"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int  # Excel row number
    values: tuple[Any, ...]  # the original cells
    status: RowStatus
    form: LearnerForm | None
    problems: tuple[RowProblem, ...] = ()
    duplicates: tuple[DuplicateCandidate, ...] = ()  # registered learners, likeliest first
    same_as_row: int | None = None  # an earlier row of the file describing the same person

    @property
    def default_choice(self) -> RowChoice:
        if self.status is RowStatus.NEW:
            return RowChoice.CREATE
        if self.status is RowStatus.DUPLICATE:
            return RowChoice.USE_EXISTING
        return RowChoice.SKIP

    @property
    def allowed_choices(self) -> tuple[RowChoice, ...]:
        """What the user may choose for this row, the default first."""
        if self.status is RowStatus.REJECTED:
            return (RowChoice.SKIP,)
        others = [RowChoice.CREATE, RowChoice.SKIP]
        if self.duplicates:
            others.append(RowChoice.USE_EXISTING)
        return (self.default_choice, *(c for c in others if c is not self.default_choice))

    def reasons(self, language: str = DEFAULT_LANGUAGE) -> str:
        return "; ".join(message(p.code, language, **p.params) for p in self.problems)


@dataclass(frozen=True, slots=True)
class ImportPreview:
    sheet: LearnerSheet
    mapping: ColumnMapping
    rows: tuple[PreviewRow, ...]
    #: The Excel rows skipped as a list's total («Tổng số: 8 học viên»), not learners.
    total_rows: tuple[int, ...] = ()

    def count(self, *statuses: RowStatus) -> int:
        return sum(row.status in statuses for row in self.rows)

    @property
    def new(self) -> int:
        return self.count(RowStatus.NEW)

    @property
    def duplicates(self) -> int:
        return self.count(RowStatus.DUPLICATE, RowStatus.DUPLICATE_IN_FILE)

    @property
    def rejected(self) -> int:
        return self.count(RowStatus.REJECTED)

    def rejected_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.status is RowStatus.REJECTED]


def preview_import(
    session: Session,
    sheet: LearnerSheet,
    mapping: ColumnMapping | None = None,
    *,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportPreview:
    """What importing ``sheet`` with ``mapping`` (default: the guessed one) would do. Reads
    the registry, writes nothing."""
    mapping = mapping or sheet.mapping
    if mapping is None:
        raise Problem("import.no_header", path=str(sheet.path), rows=HEADER_SCAN_ROWS)
    if not mapping.has_name:
        raise Problem("import.no_name_column")
    today = today or dt.date.today()
    data = sheet.rows[mapping.first_data_row - 1 :]
    steps = Steps(len(data) + 1, progress, cancelled)
    parsed: list[tuple[int, tuple[Any, ...], Any]] = []
    after_blank = False
    totals: list[int] = []
    for offset, values in enumerate(data):
        if offset % _PROGRESS_EVERY == 0:
            steps.step(min(_PROGRESS_EVERY, len(data) - offset))
        if is_total_row(values):
            totals.append(mapping.first_data_row + offset)
            after_blank = True  # the table ends there: a signature footer may follow
            continue
        result = parse_row(values, mapping, today)
        if result.blank:
            after_blank = True
        elif after_blank and is_outside_table(values, mapping):
            break
        else:
            parsed.append((mapping.first_data_row + offset, values, result))
    forms = [r.form for _, _, r in parsed if r.form is not None and not r.problems]
    registered = _registered_matches(session, forms)
    steps.step()

    rows: list[PreviewRow] = []
    earlier = _EarlierRows()
    for row_number, values, result in parsed:
        if result.problems or result.form is None:
            rows.append(
                PreviewRow(row_number, values, RowStatus.REJECTED, result.form, result.problems)
            )
            continue
        norm = normalised_values(result.form)
        same = registered.matches(norm)
        same_row = earlier.first_alike(norm)
        earlier.add(row_number, norm)
        status = (
            RowStatus.DUPLICATE
            if same
            else RowStatus.DUPLICATE_IN_FILE
            if same_row is not None
            else RowStatus.NEW
        )
        rows.append(PreviewRow(row_number, values, status, result.form, (), same, same_row))
    return ImportPreview(sheet, mapping, tuple(rows), tuple(totals))


class _EarlierRows:
    """The rows already previewed, indexed by folded name and by phone."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[tuple[int, int | None]]] = {}
        self.by_phone: dict[str, int] = {}

    def first_alike(self, norm: Mapping[str, Any]) -> int | None:
        key, year, phone = norm["search_key"], norm["birth_year"], norm["phone"]
        found = [
            row
            for row, other_year in self.by_key.get(key, [])
            if is_possible_duplicate(key, year, None, key, other_year, None)
        ]
        if phone in self.by_phone:
            found.append(self.by_phone[phone])
        return min(found, default=None)

    def add(self, row: int, norm: Mapping[str, Any]) -> None:
        self.by_key.setdefault(norm["search_key"], []).append((row, norm["birth_year"]))
        if norm["phone"]:
            self.by_phone.setdefault(norm["phone"], row)


class _Registered:
    """Registered learners sharing a folded name or a phone with some row of the file."""

    def __init__(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.by_key: dict[str, list[tuple[Any, ...]]] = {}
        self.by_phone: dict[str, list[tuple[Any, ...]]] = {}
        for row in rows:
            self.by_key.setdefault(row[6], []).append(row)
            if row[3]:
                self.by_phone.setdefault(row[3], []).append(row)

    def matches(self, norm: Mapping[str, Any]) -> tuple[DuplicateCandidate, ...]:
        key, year, phone = norm["search_key"], norm["birth_year"], norm["phone"]
        rows = {r[0]: r for r in self.by_key.get(key, [])}
        if phone:
            rows.update((r[0], r) for r in self.by_phone.get(phone, []))
        found = []
        for r in rows.values():
            same_name = is_possible_duplicate(key, year, None, r[6], r[2], None)
            same_phone = phone is not None and phone == r[3]
            if same_name or same_phone:
                found.append(
                    DuplicateCandidate(
                        r[0], r[1], r[2], r[3], r[4], bool(r[5]), same_name, same_phone
                    )
                )
        found.sort(key=lambda c: (not c.same_name, c.archived, c.id))
        return tuple(found)


def _registered_matches(session: Session, forms: Sequence[LearnerForm]) -> _Registered:
    """One indexed query per 500 names or phones of the file."""
    wanted = [normalised_values(form) for form in forms]
    keys = sorted({w["search_key"] for w in wanted})
    phones = sorted({w["phone"] for w in wanted if w["phone"]})
    found: dict[int, tuple[Any, ...]] = {}
    for column, values in (("search_key", keys), ("phone", phones)):
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            marks = ", ".join(f":v{i}" for i in range(len(chunk)))
            result = session.execute(
                text(
                    "SELECT id, full_name, birth_year, phone, address, archived, search_key"
                    f" FROM learner WHERE {column} IN ({marks})"
                ),
                {f"v{i}": value for i, value in enumerate(chunk)},
            )
            found.update((r[0], tuple(r)) for r in result)
    return _Registered(list(found.values()))


# -- 3. writing ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: int
    used_existing: int
    skipped: int
    enrolled: int
    already_enrolled: int
    created_ids: tuple[int, ...] = field(default=())


def commit_import(
    session: Session,
    preview: ImportPreview,
    choices: Mapping[int, RowChoice] | None = None,
    *,
    use_learner: Mapping[int, int] | None = None,
    class_id: int | None = None,
    enrolled_on: dt.date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportResult:
    """Write the preview with the user's ``choices`` (Excel row number -> choice; rows not
    named take their :attr:`PreviewRow.default_choice`). ``use_learner`` picks which
    registered learner a ``USE_EXISTING`` row means (default: the likeliest duplicate).

    Everything is written in the caller's transaction: an error or a cancellation raises,
    and the caller's ``with store.session()`` rolls all of it back.
    """
    choices = choices or {}
    use_learner = use_learner or {}
    steps = Steps(4, progress, cancelled)
    if (
        class_id is not None
        and not session.execute(
            text("SELECT 1 FROM learning_class WHERE id = :id"), {"id": class_id}
        ).first()
    ):
        raise Problem("import.class_not_found", id=class_id)

    to_create: list[dict[str, Any]] = []
    existing: list[int] = []
    skipped = 0
    for row in preview.rows:
        choice = RowChoice(choices.get(row.row, row.default_choice))
        if choice is RowChoice.SKIP:
            skipped += 1
        elif choice is RowChoice.CREATE:
            if row.status is RowStatus.REJECTED or row.form is None:
                raise ValueError(f"row {row.row} was rejected and cannot be created")
            to_create.append({"learner_key": new_learner_key(), **normalised_values(row.form)})
        else:
            learner_id = use_learner.get(row.row)
            if learner_id is None:
                if not row.duplicates:
                    raise ValueError(f"row {row.row} has no registered learner to use")
                learner_id = row.duplicates[0].id
            existing.append(learner_id)
    steps.step()

    created_ids: list[int] = []
    if to_create:
        before = session.execute(text("SELECT COALESCE(MAX(id), 0) FROM learner")).scalar_one()
        session.execute(insert(Learner), to_create)
        by_key: dict[str, int] = dict(
            session.execute(
                text("SELECT learner_key, id FROM learner WHERE id > :before"),
                {"before": before},
            ).all()
        )
        created_ids = [by_key[row["learner_key"]] for row in to_create]
    steps.step()

    missing = _missing_learners(session, existing)
    if missing:
        raise Problem("learner.not_found", id=missing[0])
    enrolled = already = 0
    if class_id is not None:
        members = {
            r[0]
            for r in session.execute(
                text("SELECT learner_id FROM enrolment WHERE class_id = :c"), {"c": class_id}
            )
        }
        new_members: list[int] = []
        for learner_id in [*created_ids, *existing]:
            if learner_id in members:
                already += 1
            else:
                members.add(learner_id)
                new_members.append(learner_id)
        if new_members:
            session.execute(
                insert(Enrolment),
                [
                    {"learner_id": i, "class_id": class_id, "enrolled_on": enrolled_on}
                    for i in new_members
                ],
            )
        enrolled = len(new_members)
    steps.step()
    session.flush()
    steps.step()  # a cancellation up to here rolls everything back
    return ImportResult(
        created=len(created_ids),
        used_existing=len(existing),
        skipped=skipped,
        enrolled=enrolled,
        already_enrolled=already,
        created_ids=tuple(created_ids),
    )


def _missing_learners(session: Session, ids: Sequence[int]) -> list[int]:
    wanted = set(ids)
    if not wanted:
        return []
    present: set[int] = set()
    ordered = sorted(wanted)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        marks = ", ".join(str(int(i)) for i in chunk)
        present.update(
            r[0] for r in session.execute(text(f"SELECT id FROM learner WHERE id IN ({marks})"))
        )
    return sorted(wanted - present)


# -- rejected rows -------------------------------------------------------------------------------


def save_rejected_rows(preview: ImportPreview, path: Path, language: str = DEFAULT_LANGUAGE) -> int:
    """Write the rejected rows with their original columns and a reason column to a new
    .xlsx at ``path`` (atomically), to fix and import again; returns how many rows."""
    from openpyxl import Workbook

    from clc_desktop.reports.workbook import set_text

    rejected = preview.rejected_rows()
    headers = preview.sheet.header_texts(preview.mapping)
    width = max([len(headers), *(len(r.values) for r in rejected)])
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = message("import.not_imported_sheet", language)
    header = [*headers, *[""] * (width - len(headers)), message("import.reason_header", language)]
    for column, title in enumerate(header, start=1):
        set_text(sheet.cell(row=1, column=column), title)
    for index, row in enumerate(rejected, start=2):
        for column, value in enumerate(row.values, start=1):
            cell = sheet.cell(row=index, column=column)
            if isinstance(value, str):
                set_text(cell, value)
            else:
                cell.value = value
                if isinstance(value, dt.datetime | dt.date):
                    cell.number_format = "DD/MM/YYYY"
        reason = message("import.row", language, row=row.row, reason=row.reasons(language))
        set_text(sheet.cell(row=index, column=width + 1), reason)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(rejected)


__all__ = [
    "MAX_IMPORT_ROWS",
    "ColumnMapping",
    "ImportField",
    "ImportPreview",
    "ImportResult",
    "LearnerSheet",
    "PreviewRow",
    "RowChoice",
    "RowStatus",
    "commit_import",
    "preview_import",
    "read_learner_list",
    "save_rejected_rows",
]

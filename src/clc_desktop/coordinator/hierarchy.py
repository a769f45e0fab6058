"""The coordinator's hierarchy of units: edit, close, merge, import/export as .xlsx.

Units are never deleted, only closed; a merge closes the old units and records them in
the successor's ``replaces``. The .xlsx exchange file has one sheet with the columns
``unit_id, name, level, parent_id, contact, phone, closed_on, replaces`` (and, optionally,
``unit_code`` and ``opened_on``), so a city can hand the same list to all its districts.
Each function is one use case: it takes a Session and the caller owns the transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from clc_desktop.coordinator.models import Unit
from clc_desktop.domain.communes import HANOI_PROVINCE_CODE, HANOI_PROVINCE_NAME, hanoi_communes
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import Period
from clc_desktop.domain.text import clean_name
from clc_desktop.reports.header import ReportHeader

HIERARCHY_COLUMNS: Final = (
    "unit_id",
    "name",
    "level",
    "parent_id",
    "contact",
    "phone",
    "closed_on",
    "replaces",
)
OPTIONAL_COLUMNS: Final = ("unit_code", "opened_on")
REQUIRED_COLUMNS: Final = ("unit_id", "name", "level")
MAX_UNITS: Final = 100_000
_ID = re.compile(r"^[A-Za-z0-9._-]+$")


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A unit as the services hand it out (plain data, safe to pass to the GUI thread)."""

    unit_id: str
    name: str
    level: str
    parent_id: str | None = None
    unit_code: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    opened_on: dt.date | None = None
    closed_on: dt.date | None = None
    replaces: tuple[str, ...] = ()

    def open_during(self, period: Period) -> bool:
        """Open on at least one day of ``period``."""
        opened = self.opened_on is None or self.opened_on <= period.end
        return opened and (self.closed_on is None or self.closed_on >= period.start)


@dataclass
class HierarchyChanges:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A problem in one row of a hierarchy file: a message code and its parameters."""

    row: int
    code: str
    params: Mapping[str, object]


class HierarchyFileProblems(Problem):
    """The hierarchy file was refused; ``problems`` names each row (nothing was changed)."""

    def __init__(self, path: str, problems: Sequence[RowProblem]) -> None:
        first = problems[0]
        super().__init__("hierarchy.file_refused", path=path, count=len(problems), row=first.row)
        self.problems = list(problems)


def _info(row: Unit) -> UnitInfo:
    return UnitInfo(
        unit_id=row.unit_id,
        name=row.name,
        level=row.level,
        parent_id=row.parent_id,
        unit_code=row.unit_code,
        contact_person=row.contact_person,
        phone=row.phone,
        opened_on=row.opened_on,
        closed_on=row.closed_on,
        replaces=tuple((row.replaces or "").split()),
    )


def list_units(session: Session) -> list[UnitInfo]:
    """Every unit, closed ones included, by unit_id."""
    return [_info(row) for row in session.scalars(select(Unit).order_by(Unit.unit_id))]


def unit_map(session: Session) -> dict[str, UnitInfo]:
    return {unit.unit_id: unit for unit in list_units(session)}


def children_of(units: Mapping[str, UnitInfo], unit_id: str) -> list[UnitInfo]:
    return sorted((u for u in units.values() if u.parent_id == unit_id), key=lambda u: u.unit_id)


def descendants_of(units: Mapping[str, UnitInfo], unit_id: str) -> set[str]:
    """Every unit below ``unit_id`` at any depth (``unit_id`` need not be a unit itself)."""
    below: dict[str, list[str]] = {}
    for unit in units.values():
        if unit.parent_id:
            below.setdefault(unit.parent_id, []).append(unit.unit_id)
    found: set[str] = set()
    stack = list(below.get(unit_id, []))
    while stack:
        current = stack.pop()
        if current in found or current == unit_id:
            continue
        found.add(current)
        stack.extend(below.get(current, []))
    return found


def suggest_unit(header: ReportHeader, units: Mapping[str, UnitInfo]) -> UnitInfo:
    """A unit for a report from outside the hierarchy (to add after the coordinator
    confirms): its parent is the report's ``parent_id`` when that is a known unit, else
    the unit with the report's official code (a centre's commune), else none."""
    parent = header.parent_id
    if parent not in units:
        code = header.unit_code
        parent = next((u.unit_id for u in units.values() if code and u.unit_code == code), None)
    return UnitInfo(
        unit_id=header.unit_id,
        name=header.unit_name or header.unit_id,
        level=header.level or "centre",
        parent_id=parent,
        replaces=header.replaces,
    )


def save_unit(session: Session, unit: UnitInfo) -> bool:
    """Add or update one unit (the edit form); ``True`` when it was new."""
    problems = unit_problems(unit, known=None)
    if problems:
        raise Problem(problems[0][0], **problems[0][1])
    if unit.parent_id is not None:
        units = unit_map(session)
        if unit.parent_id == unit.unit_id or unit.unit_id in _ancestors(units, unit.parent_id):
            raise Problem("hierarchy.cycle", unit=unit.unit_id)
    row = session.scalars(select(Unit).where(Unit.unit_id == unit.unit_id)).first()
    created = row is None
    if row is None:
        row = Unit(unit_id=unit.unit_id)
        session.add(row)
    _copy(unit, row)
    session.flush()
    return created


def close_unit(session: Session, unit_id: str, closed_on: dt.date) -> None:
    """Close a unit (never deleted: its reports and history stay)."""
    row = _row(session, unit_id)
    row.closed_on = closed_on


def merge_units(
    session: Session, successor: UnitInfo, replaced: Iterable[str], on: dt.date
) -> None:
    """Record a merge: the ``replaced`` units close the day before ``on`` and the
    successor (new or existing) lists them in ``replaces``."""
    replaced = list(dict.fromkeys(replaced))
    for unit_id in replaced:
        row = _row(session, unit_id)
        if row.closed_on is None or row.closed_on >= on:
            row.closed_on = on - dt.timedelta(days=1)
    merged = tuple(dict.fromkeys([*successor.replaces, *replaced]))
    save_unit(
        session,
        dataclasses.replace(successor, replaces=merged, opened_on=successor.opened_on or on),
    )


def _row(session: Session, unit_id: str) -> Unit:
    row = session.scalars(select(Unit).where(Unit.unit_id == unit_id)).first()
    if row is None:
        raise Problem("hierarchy.unknown_unit", unit=unit_id)
    return row


def _copy(unit: UnitInfo, row: Unit) -> None:
    row.name = unit.name
    row.level = unit.level
    row.parent_id = unit.parent_id or None
    row.unit_code = unit.unit_code or None
    row.contact_person = unit.contact_person or None
    row.phone = unit.phone or None
    row.opened_on = unit.opened_on
    row.closed_on = unit.closed_on
    row.replaces = " ".join(unit.replaces) or None


def _ancestors(units: Mapping[str, UnitInfo], unit_id: str) -> list[str]:
    chain: list[str] = []
    current: str | None = unit_id
    while current is not None and current in units and current not in chain:
        chain.append(current)
        current = units[current].parent_id
    return chain


def unit_problems(
    unit: UnitInfo, known: Iterable[str] | None
) -> list[tuple[str, dict[str, object]]]:
    """What is wrong with one unit on its own (ids, name, level, parent among ``known``)."""
    problems: list[tuple[str, dict[str, object]]] = []
    if not _ID.match(unit.unit_id):
        problems.append(("hierarchy.bad_id", {"value": unit.unit_id}))
    if not clean_name(unit.name):
        problems.append(("hierarchy.name_required", {"unit": unit.unit_id}))
    if not _ID.match(unit.level):
        problems.append(("hierarchy.bad_id", {"value": unit.level}))
    for other in ([unit.parent_id] if unit.parent_id else []) + list(unit.replaces):
        if not _ID.match(other):
            problems.append(("hierarchy.bad_id", {"value": other}))
    known_set = set(known) if known is not None else None
    if known_set is not None:
        if unit.parent_id and unit.parent_id not in known_set:
            problems.append(("hierarchy.unknown_parent", {"parent": unit.parent_id}))
        for old in unit.replaces:
            if old not in known_set:
                problems.append(("hierarchy.unknown_unit", {"unit": old}))
    if unit.opened_on and unit.closed_on and unit.closed_on < unit.opened_on:
        problems.append(("hierarchy.closed_before_opened", {"unit": unit.unit_id}))
    return problems


# -- the .xlsx exchange file ------------------------------------------------------------


def read_hierarchy_file(path: Path) -> list[UnitInfo]:
    """The units of a hierarchy .xlsx; raises :class:`HierarchyFileProblems` naming rows."""
    return [unit for _, unit in _read_rows(path)]


def _read_rows(path: Path) -> list[tuple[int, UnitInfo]]:
    from clc_desktop.reports.reader import check_archive

    reason = check_archive(path)
    if reason is not None:
        raise Problem("hierarchy.not_xlsx", path=str(path), reason=reason)
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # defusedxml refusals included: never parsed further
        raise Problem("hierarchy.not_xlsx", path=str(path), reason=type(exc).__name__) from exc
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [_text(v) for v in next(rows, ())]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise HierarchyFileProblems(
                str(path), [RowProblem(1, "hierarchy.missing_column", {"column": missing[0]})]
            )
        index = {
            name: header.index(name)
            for name in (*HIERARCHY_COLUMNS, *OPTIONAL_COLUMNS)
            if name in header
        }
        units: list[tuple[int, UnitInfo]] = []
        problems: list[RowProblem] = []
        for number, values in enumerate(rows, 2):
            if number > MAX_UNITS + 1:
                problems.append(RowProblem(number, "hierarchy.too_many", {"count": MAX_UNITS}))
                break
            cells = {name: values[i] if i < len(values) else None for name, i in index.items()}
            if all(v is None or _text(v) == "" for v in cells.values()):
                continue
            numeric = [
                name
                for name in ("unit_id", "parent_id", "unit_code", "replaces")
                if isinstance(cells.get(name), int | float)
            ]
            if numeric:  # 00070 typed as a number is 70: ids are text
                problems.append(RowProblem(number, "hierarchy.numeric_id", {"column": numeric[0]}))
                continue
            try:
                unit = UnitInfo(
                    unit_id=_text(cells.get("unit_id")),
                    name=clean_name(_text(cells.get("name"))),
                    level=_text(cells.get("level")),
                    parent_id=_text(cells.get("parent_id")) or None,
                    unit_code=_text(cells.get("unit_code")) or None,
                    contact_person=clean_name(_text(cells.get("contact"))) or None,
                    phone=_text(cells.get("phone")) or None,
                    opened_on=_date(cells.get("opened_on")),
                    closed_on=_date(cells.get("closed_on")),
                    replaces=tuple(_text(cells.get("replaces")).split()),
                )
            except ValueError as exc:
                problems.append(RowProblem(number, "hierarchy.bad_date", {"value": str(exc)}))
                continue
            units.append((number, unit))
            problems += [RowProblem(number, c, p) for c, p in unit_problems(unit, known=None)]
    finally:
        workbook.close()
    seen: dict[str, int] = {}
    for number, unit in units:
        if unit.unit_id in seen:
            problems.append(RowProblem(number, "hierarchy.duplicate", {"unit": unit.unit_id}))
        seen[unit.unit_id] = number
    if problems:
        raise HierarchyFileProblems(str(path), problems)
    return units


def import_hierarchy(session: Session, path: Path) -> HierarchyChanges:
    """Add or update the units of the file; units missing from it stay (never deleted).

    Parents and replaced units must exist in the file or the store; nothing changes when
    any row has a problem."""
    rows = _read_rows(path)
    return apply_units(session, [u for _, u in rows], str(path), [n for n, _ in rows])


def apply_units(
    session: Session,
    units: Sequence[UnitInfo],
    label: str = "",
    row_numbers: Sequence[int] | None = None,
) -> HierarchyChanges:
    """Add or update ``units`` (one change: all or nothing); ``row_numbers`` name the rows
    of a file in the problems."""
    numbers = list(row_numbers) if row_numbers is not None else list(range(2, len(units) + 2))
    existing = {row.unit_id: row for row in session.scalars(select(Unit))}
    known = set(existing) | {u.unit_id for u in units}
    problems: list[RowProblem] = []
    for number, unit in zip(numbers, units, strict=True):
        for code, params in unit_problems(unit, known):
            if code in ("hierarchy.unknown_parent", "hierarchy.unknown_unit"):
                problems.append(RowProblem(number, code, params))
    merged = {k: _info(v) for k, v in existing.items()} | {u.unit_id: u for u in units}
    for number, unit in zip(numbers, units, strict=True):
        chain = _ancestors(merged, unit.unit_id)
        parent = merged[chain[-1]].parent_id if chain else None
        if parent in chain:
            problems.append(RowProblem(number, "hierarchy.cycle", {"unit": unit.unit_id}))
    if problems:
        raise HierarchyFileProblems(label, problems)
    changes = HierarchyChanges()
    for unit in units:
        row = existing.get(unit.unit_id)
        if row is None:
            row = Unit(unit_id=unit.unit_id)
            session.add(row)
            changes.added.append(unit.unit_id)
        elif _info(row) == unit:
            changes.unchanged += 1
            continue
        else:
            changes.updated.append(unit.unit_id)
        _copy(unit, row)
    session.flush()
    return changes


def export_hierarchy(session: Session, path: Path) -> int:
    """Write every unit (closed ones too) to ``path``; returns how many."""
    from openpyxl import Workbook

    from clc_desktop.reports.workbook import set_text

    units = list_units(session)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "units"
    columns = (*HIERARCHY_COLUMNS, *OPTIONAL_COLUMNS)
    sheet.append(list(columns))
    for number, unit in enumerate(units, 2):
        values: dict[str, str] = {
            "unit_id": unit.unit_id,
            "name": unit.name,
            "level": unit.level,
            "parent_id": unit.parent_id or "",
            "contact": unit.contact_person or "",
            "phone": unit.phone or "",
            "closed_on": unit.closed_on.isoformat() if unit.closed_on else "",
            "replaces": " ".join(unit.replaces),
            "unit_code": unit.unit_code or "",
            "opened_on": unit.opened_on.isoformat() if unit.opened_on else "",
        }
        for column, name in enumerate(columns, 1):
            if values[name]:
                set_text(sheet.cell(number, column), values[name])
    for letter, width in zip("ABCDEFGHIJ", (38, 36, 10, 38, 24, 14, 12, 30, 10, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return len(units)


def load_hanoi_communes(session: Session) -> HierarchyChanges:
    """Hà Nội (``01``, level ``city``) and its 126 communes and wards (level ``commune``,
    id = the GSO code) from the official list; a starting point the coordinator edits."""
    city = UnitInfo(
        unit_id=f"{HANOI_PROVINCE_CODE:02d}",
        name=HANOI_PROVINCE_NAME,
        level="city",
        unit_code=f"{HANOI_PROVINCE_CODE:02d}",
    )
    communes = [
        UnitInfo(
            unit_id=commune.code,
            name=commune.name,
            level="commune",
            parent_id=city.unit_id,
            unit_code=commune.code,
        )
        for commune in hanoi_communes()
    ]
    existing = set(session.scalars(select(Unit.unit_id)))
    return apply_units(
        session, [u for u in (city, *communes) if u.unit_id not in existing], "Hà Nội"
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        raise ValueError(text) from None

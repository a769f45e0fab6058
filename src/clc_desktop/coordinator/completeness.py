"""Completeness: which units below a coordinator reported for a period, and how (on time,
late, inside another unit's report, through the unit that replaced them by a merge, or not
at all), with the list as a workbook to print or send.

Reads only; the list is in the order a coordinator works through it: who needs a call
first (missing, then late), then the others, by name.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy.orm import Session

from clc_desktop.coordinator.hierarchy import UnitInfo, children_of, unit_map
from clc_desktop.coordinator.stored_reports import (
    Coverage,
    StoredReport,
    latest_reports,
    reports_of_period,
)
from clc_desktop.domain.messages import message
from clc_desktop.domain.periods import Period, checked_period
from clc_desktop.domain.text import fold

#: Without a due date, a report made more than this long after the period's end is late.
DEFAULT_GRACE: Final = dt.timedelta(days=15)

ON_TIME: Final = "on_time"
LATE: Final = "late"
COVERED: Final = "covered"  # reported inside another report (e.g. a cluster's)
REPLACED: Final = "replaced"  # merged: its successor reported
MISSING: Final = "missing"
STATES: Final = (ON_TIME, LATE, COVERED, REPLACED, MISSING)


@dataclass(frozen=True, slots=True)
class ExpectedUnit:
    """A unit expected to report for the period, and whether (and how) it did."""

    unit: UnitInfo
    state: str  # on_time, late, covered, replaced or missing
    report: StoredReport | None = None
    via: str | None = None  # the covering report's or the successor's unit_id

    @property
    def reported(self) -> bool:
        return self.state != MISSING


def expected_units(
    units: Mapping[str, UnitInfo],
    unit_id: str,
    period: Period,
    latest: Mapping[str, StoredReport],
    owners: Mapping[str, StoredReport],
    due: dt.date | None,
) -> list[ExpectedUnit]:
    """The unit's children open on at least one day of the period, and how each reported:
    ``latest`` are the latest reports by unit, ``owners`` the report each covered unit is
    counted in."""
    due = due or period.end + DEFAULT_GRACE
    successors: dict[str, list[str]] = defaultdict(list)
    for unit in units.values():
        for old in unit.replaces:
            successors[old].append(unit.unit_id)

    def reported(candidate: str) -> bool:
        return candidate in latest or candidate in owners

    expected: list[ExpectedUnit] = []
    for child in children_of(units, unit_id):
        if not child.open_during(period):
            continue
        report = latest.get(child.unit_id)
        if report is not None:
            made = dt.datetime.fromisoformat(report.generated_at).date()
            expected.append(ExpectedUnit(child, LATE if made > due else ON_TIME, report))
        elif child.unit_id in owners:
            expected.append(ExpectedUnit(child, COVERED, via=owners[child.unit_id].unit_id))
        else:
            pending = list(successors.get(child.unit_id, []))
            seen: set[str] = set()
            via = None
            while pending and via is None:
                successor = pending.pop()
                if successor in seen:
                    continue
                seen.add(successor)
                if reported(successor):
                    via = successor
                pending.extend(successors.get(successor, []))
            expected.append(ExpectedUnit(child, REPLACED if via else MISSING, via=via))
    return expected


def completeness(
    session: Session, unit_id: str, period_code: str, *, due: dt.date | None = None
) -> list[ExpectedUnit]:
    """Which children of ``unit_id`` reported for the period: on time, late, inside
    another report, through a successor, or not at all (with contact and phone)."""
    period = checked_period(period_code)
    units = unit_map(session)
    versions = reports_of_period(session, period.code)
    latest = latest_reports(versions)
    coverage = Coverage(session, versions)
    owners: dict[str, StoredReport] = {}
    for report in latest.values():
        for covered_unit in coverage.of(report.report_id):
            owners.setdefault(covered_unit, report)
    return expected_units(units, unit_id, period, latest, owners, due)


def by_attention(expected: Iterable[ExpectedUnit]) -> list[ExpectedUnit]:
    """Missing units first, then late ones, then the others; by name within each."""
    order = {MISSING: 0, LATE: 1}
    return sorted(expected, key=lambda e: (order.get(e.state, 2), fold(e.unit.name)))


def state_label(expected: ExpectedUnit, language: str = "vi") -> str:
    """How the unit reported, in words (``flagged`` reports accepted by the coordinator
    say so)."""
    text = message(f"completeness.{expected.state}", language, via=expected.via or "")
    if expected.report is not None and expected.report.flagged:
        text += " " + message("completeness.flagged", language)
    return text


def status_label(status: str | None, language: str = "vi") -> str:
    """``received``, ``checked``, ``accepted`` in words; ``None`` (nothing received): "–"."""
    return message(f"report_status.{status or 'none'}", language)


def made_on(expected: ExpectedUnit) -> str:
    """The day the unit's report was made, as ``dd/mm/yyyy`` (``""`` without a report)."""
    if expected.report is None:
        return ""
    return dt.datetime.fromisoformat(expected.report.generated_at).strftime("%d/%m/%Y")


COMPLETENESS_COLUMNS: Final = ("unit", "report", "status", "made_on", "contact", "phone", "id")


def completeness_header(language: str = "vi") -> list[str]:
    """The columns of the completeness list (:data:`COMPLETENESS_COLUMNS`), in words."""
    return [message(f"completeness.column.{name}", language) for name in COMPLETENESS_COLUMNS]


def completeness_row(expected: ExpectedUnit, status: str | None, language: str = "vi") -> list[str]:
    """One unit's line of the completeness list, as the window, the PDF and the workbook
    show it (``status``: its review status, None when nothing was received)."""
    return [
        expected.unit.name,
        state_label(expected, language),
        status_label(status, language),
        made_on(expected),
        expected.unit.contact_person or "",
        expected.unit.phone or "",
        expected.unit.unit_id,
    ]


def write_completeness_sheet(
    path: Path, title: str, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> Path:
    """A completeness list as an .xlsx, ready to print on A4 landscape: the title, the
    header and one line per unit (text cells; columns as wide as their longest text): the
    texts the window's table shows, in the words of :func:`state_label`,
    :func:`status_label` and :func:`made_on`."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from clc_desktop.reports.workbook import set_text

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "completeness"
    set_text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    for column, text in enumerate(header, 1):
        set_text(sheet.cell(3, column), text)
        sheet.cell(3, column).font = Font(bold=True)
    for number, values in enumerate(rows, 4):
        for column, value in enumerate(values, 1):
            if value:
                set_text(sheet.cell(number, column), value)
    for column, text in enumerate(header, 1):
        longest = max([len(text), *(len(row[column - 1]) for row in rows if column <= len(row))])
        sheet.column_dimensions[get_column_letter(column)].width = min(48, max(10, longest + 2))
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path

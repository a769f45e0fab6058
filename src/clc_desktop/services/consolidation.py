"""Consolidation and completeness, per the spec's "Consolidation rules".

The report of unit U for period P sums the latest imported report of each unit below U
(every imported report when the store has no hierarchy) whose period is exactly P,
leaving out each report covered by another one (its unit listed in the other's
``sources``, at any depth: the store keeps the sources of everything it imported). A
covered report whose hash differs from the one listed is reported; two summed reports
covering the same unit refuse the consolidation, naming both. ``sources`` lists exactly
the reports summed, each accepted flagged file with the hash recomputed from its content.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clc_desktop import __version__
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import Period, parse_period
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn, Steps
from clc_desktop.reports.cube import ALL, FORMAT, FORMAT_VERSION, Cube, Key, content_hash
from clc_desktop.reports.workbook import ReportContent, SourceRow
from clc_desktop.services.hierarchy import UnitInfo, children_of, descendants_of, unit_map
from clc_desktop.storage.coordinator.models import ImportedReport, ReportSource, ReportValue

#: Without a due date, a report made more than this long after the period's end is late.
DEFAULT_GRACE: Final = dt.timedelta(days=15)
_CHUNK: Final = 500  # report ids per query (SQLite and PostgreSQL both take this many)

ON_TIME: Final = "on_time"
LATE: Final = "late"
COVERED: Final = "covered"  # reported inside another report (e.g. a cluster's)
REPLACED: Final = "replaced"  # merged: its successor reported
MISSING: Final = "missing"


@dataclass(frozen=True, slots=True)
class StoredReport:
    """One imported report version, as consolidation sees it."""

    report_id: int
    unit_id: str
    unit_code: str
    unit_name: str
    level: str
    period: str
    content_sha256: str  # as stated in the file
    recomputed_sha256: str  # of the content as read (equal unless the file was edited)
    generated_at: str
    generated_at_utc: dt.datetime
    flagged: bool

    def source_row(self) -> SourceRow:
        return SourceRow(
            unit_id=self.unit_id,
            unit_code=self.unit_code,
            unit_name=self.unit_name,
            level=self.level,
            period=self.period,
            content_sha256=self.recomputed_sha256,
            generated_at=self.generated_at,
        )


@dataclass(frozen=True, slots=True)
class CoveredReport:
    """``report`` is already counted inside ``by``, which lists it with ``listed_sha256``."""

    report: StoredReport
    by: StoredReport
    listed_sha256: str

    @property
    def differs(self) -> bool:
        return self.listed_sha256 not in (
            self.report.content_sha256,
            self.report.recomputed_sha256,
        )


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


@dataclass
class Consolidation:
    unit_id: str
    unit_name: str
    level: str
    period: Period
    cube: Cube
    summed: list[StoredReport]
    covered: list[CoveredReport] = field(default_factory=list)
    #: imported for the period but not below the unit (nor covered by what is summed)
    outside: list[StoredReport] = field(default_factory=list)
    expected: list[ExpectedUnit] = field(default_factory=list)
    #: the ``_all`` totals (and female learners) of each summed report, by report id
    totals_by_report: dict[int, Cube] = field(default_factory=dict)
    unit: UnitInfo | None = None

    @property
    def missing(self) -> list[ExpectedUnit]:
        return [e for e in self.expected if e.state == MISSING]

    @property
    def hash_warnings(self) -> list[CoveredReport]:
        return [c for c in self.covered if c.differs]

    def source_rows(self) -> list[SourceRow]:
        return sorted((r.source_row() for r in self.summed), key=lambda s: s.unit_id)

    def content(self, now: dt.datetime) -> ReportContent:
        """Meta, data and sources of the consolidated report, hash included."""
        sources = self.source_rows()
        unit = self.unit
        meta = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "unit_id": self.unit_id,
            "unit_code": (unit.unit_code if unit else None) or "",
            "unit_name": self.unit_name,
            "level": self.level,
            "parent_id": (unit.parent_id if unit else None) or "",
            "replaces": " ".join(unit.replaces) if unit else "",
            "period": self.period.code,
            "period_start": self.period.start.isoformat(),
            "period_end": self.period.end.isoformat(),
            "generated_at": now.isoformat(timespec="seconds"),
            "generator": f"clc-desktop {__version__}",
            "content_sha256": content_hash(
                self.unit_id,
                self.level,
                self.period.code,
                self.cube,
                [(s.unit_id, s.period, s.content_sha256) for s in sources],
            ),
            "personal_data": "none",
        }
        return ReportContent(meta=meta, cube=self.cube, sources=sources)


class DoubleCounting(Problem):
    """Two reports to be summed cover the same unit: consolidation refused."""

    def __init__(self, first: StoredReport, second: StoredReport, unit_id: str) -> None:
        super().__init__(
            "consolidate.double_cover",
            first=f"{first.unit_name} ({first.unit_id})",
            second=f"{second.unit_name} ({second.unit_id})",
            unit=unit_id,
        )
        self.first, self.second, self.unit_id = first, second, unit_id


def _stored(row: ImportedReport) -> StoredReport:
    return StoredReport(
        report_id=row.id,
        unit_id=row.unit_id,
        unit_code=row.unit_code or "",
        unit_name=row.unit_name,
        level=row.level,
        period=row.period,
        content_sha256=row.content_sha256,
        recomputed_sha256=row.recomputed_sha256,
        generated_at=row.generated_at,
        generated_at_utc=row.generated_at_utc,
        flagged=row.flagged,
    )


def reports_of_period(session: Session, period: str) -> list[StoredReport]:
    """Every imported version for ``period`` (history included)."""
    rows = session.scalars(
        select(ImportedReport)
        .where(ImportedReport.period == period)
        .order_by(ImportedReport.unit_id, ImportedReport.id)
    )
    return [_stored(row) for row in rows]


def latest_reports(versions: Iterable[StoredReport]) -> dict[str, StoredReport]:
    """unit_id -> its latest version: greatest ``generated_at``, then the later import."""
    latest: dict[str, StoredReport] = {}
    for report in versions:
        current = latest.get(report.unit_id)
        if current is None or (report.generated_at_utc, report.report_id) > (
            current.generated_at_utc,
            current.report_id,
        ):
            latest[report.unit_id] = report
    return latest


class _Coverage:
    """Which units each report covers at any depth, following stored sources."""

    def __init__(self, session: Session, versions: list[StoredReport]) -> None:
        self.sources: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        ids = [v.report_id for v in versions]
        for chunk in _chunks(ids):
            rows = session.execute(
                select(
                    ReportSource.report_id,
                    ReportSource.unit_id,
                    ReportSource.period,
                    ReportSource.content_sha256,
                ).where(ReportSource.report_id.in_(chunk))
            )
            for report_id, unit_id, period, sha in rows:
                self.sources[report_id].append((unit_id, period, sha))
        self.by_hash: dict[tuple[str, str, str], int] = {}
        for v in versions:
            self.by_hash.setdefault((v.unit_id, v.period, v.recomputed_sha256), v.report_id)
            self.by_hash.setdefault((v.unit_id, v.period, v.content_sha256), v.report_id)
        self.latest = {
            (r.unit_id, r.period): r.report_id for r in latest_reports(versions).values()
        }
        self._memo: dict[int, dict[str, str]] = {}

    def of(self, report_id: int) -> dict[str, str]:
        """unit_id -> the hash listed for it, for every unit ``report_id`` covers."""
        if report_id in self._memo:
            return self._memo[report_id]
        covered: dict[str, str] = {}
        seen = {report_id}
        stack = [report_id]
        while stack:
            current = stack.pop()
            for unit_id, period, sha in self.sources.get(current, []):
                covered.setdefault(unit_id, sha)
                below = self.by_hash.get((unit_id, period, sha)) or self.latest.get(
                    (unit_id, period)
                )
                if below is not None and below not in seen:
                    seen.add(below)
                    stack.append(below)
        self._memo[report_id] = covered
        return covered


def _period(code: str) -> Period:
    try:
        return parse_period(code)
    except ValueError:
        raise Problem("report.bad_period", period=code) from None


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def consolidate(
    session: Session,
    unit_id: str,
    period_code: str,
    *,
    unit_name: str | None = None,
    level: str | None = None,
    due: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: CancelFn | None = None,
) -> Consolidation:
    """The report of ``unit_id`` for ``period_code`` from the store (reads only).

    ``unit_name`` and ``level`` default to the hierarchy's. Raises :class:`DoubleCounting`
    when two summed reports cover one unit, ``Problem("consolidate.nothing")`` when
    there is nothing to sum; :class:`~clc_desktop.domain.progress.Cancelled` when
    ``cancelled()`` turns true (between chunks of the sum)."""
    period = _period(period_code)
    units = unit_map(session)
    unit = units.get(unit_id)
    name = unit_name or (unit.name if unit else "") or unit_id
    unit_level = level or (unit.level if unit else "")
    if not unit_level:
        raise Problem("consolidate.level_required", unit=unit_id)
    versions = reports_of_period(session, period.code)
    latest = latest_reports(versions)
    latest.pop(unit_id, None)  # the unit's own earlier consolidations are not summed
    scope = descendants_of(units, unit_id) if units else None
    coverage = _Coverage(session, versions)

    candidates = [r for r in latest.values() if scope is None or r.unit_id in scope]
    covering: dict[str, list[tuple[StoredReport, str]]] = defaultdict(list)
    for other in candidates:
        for covered_unit, listed in coverage.of(other.report_id).items():
            covering[covered_unit].append((other, listed))
    covered: list[CoveredReport] = []
    covered_ids: set[int] = set()
    for report in candidates:
        for other, listed in covering.get(report.unit_id, []):
            if other is not report:
                covered.append(CoveredReport(report, other, listed))
                covered_ids.add(report.report_id)
    summed = sorted(
        (r for r in candidates if r.report_id not in covered_ids), key=lambda r: r.unit_id
    )
    owners: dict[str, StoredReport] = {}
    for report in summed:
        for covered_unit in coverage.of(report.report_id):
            if covered_unit in owners:
                raise DoubleCounting(owners[covered_unit], report, covered_unit)
            owners[covered_unit] = report
    if not summed:
        raise Problem("consolidate.nothing", unit=name, period=period.code)
    covered = [c for c in covered if c.by.report_id not in covered_ids]
    reached = set(owners) | {r.unit_id for r in summed}
    outside = sorted(
        (r for r in latest.values() if r not in candidates and r.unit_id not in reached),
        key=lambda r: r.unit_id,
    )
    cube, totals = _sum_values(session, [r.report_id for r in summed], progress, cancelled)
    result = Consolidation(
        unit_id=unit_id,
        unit_name=name,
        level=unit_level,
        period=period,
        cube=cube,
        summed=summed,
        covered=sorted(covered, key=lambda c: (c.report.unit_id, c.by.unit_id)),
        outside=outside,
        totals_by_report=totals,
        unit=unit,
    )
    result.expected = _expected(units, unit_id, period, latest, owners, due)
    return result


_TOTAL_FILTER = (
    (ReportValue.topic == ALL) & (ReportValue.age_band == ALL) & (ReportValue.group_code == ALL)
)


def _sum_values(
    session: Session,
    report_ids: list[int],
    progress: Callable[[int, int], None] | None,
    cancelled: CancelFn | None = None,
) -> tuple[Cube, dict[int, Cube]]:
    """The sum of the reports' data (one GROUP BY per chunk) and each one's totals."""
    cube: Cube = {}
    totals: dict[int, Cube] = defaultdict(dict)
    done = 0
    for chunk in _chunks(report_ids):
        if cancelled is not None and cancelled():
            raise Cancelled
        rows = session.execute(
            select(
                ReportValue.indicator,
                ReportValue.topic,
                ReportValue.sex,
                ReportValue.age_band,
                ReportValue.group_code,
                func.sum(ReportValue.value),
            )
            .where(ReportValue.report_id.in_(chunk))
            .group_by(
                ReportValue.indicator,
                ReportValue.topic,
                ReportValue.sex,
                ReportValue.age_band,
                ReportValue.group_code,
            )
        )
        for indicator, topic, sex, band, group, value in rows:
            key = Key(indicator, topic, sex, band, group)
            cube[key] = cube.get(key, 0) + int(value)
        per_report = session.execute(
            select(
                ReportValue.report_id,
                ReportValue.indicator,
                ReportValue.sex,
                ReportValue.value,
            ).where(ReportValue.report_id.in_(chunk), _TOTAL_FILTER)
        )
        for report_id, indicator, sex, value in per_report:
            totals[report_id][Key(indicator, ALL, sex)] = int(value)
        done += len(chunk)
        if progress is not None:
            progress(done, len(report_ids))
    return {k: v for k, v in cube.items() if v}, dict(totals)


def _expected(
    units: Mapping[str, UnitInfo],
    unit_id: str,
    period: Period,
    latest: Mapping[str, StoredReport],
    owners: Mapping[str, StoredReport],
    due: dt.date | None,
) -> list[ExpectedUnit]:
    """The unit's children open on at least one day of the period, and how each reported."""
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
    period = _period(period_code)
    units = unit_map(session)
    versions = reports_of_period(session, period.code)
    latest = latest_reports(versions)
    coverage = _Coverage(session, versions)
    owners: dict[str, StoredReport] = {}
    for report in latest.values():
        for covered_unit in coverage.of(report.report_id):
            owners.setdefault(covered_unit, report)
    return _expected(units, unit_id, period, latest, owners, due)


def write_consolidation(
    consolidation: Consolidation,
    path: Path,
    *,
    now: dt.datetime | None = None,
    language: str = "vi",
    parent_name: str = "",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ReportContent:
    """Write the consolidated report (machine sheets + a human sheet) atomically; a
    cancelled write (:class:`~clc_desktop.domain.progress.Cancelled`) leaves ``path`` as
    it was."""
    from clc_desktop.reports.consolidated_sheet import ChildRow, ConsolidatedView, MissingRow
    from clc_desktop.reports.consolidated_sheet import consolidated_sheet as draw
    from clc_desktop.reports.workbook import WRITE_STEPS, write_workbook

    now = now or dt.datetime.now().astimezone()
    if now.tzinfo is None:
        now = now.astimezone()
    content = consolidation.content(now)
    view = ConsolidatedView(
        unit_name=consolidation.unit_name,
        parent_name=parent_name,
        period=consolidation.period,
        cube=consolidation.cube,
        children=[
            ChildRow(r.unit_name, r.level, consolidation.totals_by_report.get(r.report_id, {}))
            for r in consolidation.summed
        ],
        missing=[
            MissingRow(e.unit.name, e.unit.contact_person or "", e.unit.phone or "")
            for e in consolidation.missing
        ],
        late=[e.unit.name for e in consolidation.expected if e.state == LATE],
        warnings=[
            (c.report.unit_name, c.by.unit_name, c.listed_sha256[:12], c.report.content_sha256[:12])
            for c in consolidation.hash_warnings
        ],
        expected_count=len(consolidation.expected),
    )
    steps = Steps(WRITE_STEPS, progress, cancelled)
    steps.check()
    write_workbook(
        path, content, human=lambda workbook: draw(workbook, view, now, language), steps=steps
    )
    return content


# -- numbers by unit and topic, with the previous period (the Views screen) ---------------


@dataclass(frozen=True, slots=True)
class UnitNumbers:
    """One indicator by topic (``_all`` included) for one summed unit, and the same
    numbers from that unit's latest report for the previous period (``None``: none)."""

    unit_id: str
    unit_name: str
    values: dict[str, int]
    previous: dict[str, int] | None

    def change(self, topic: str = ALL) -> int | None:
        if self.previous is None:
            return None
        return self.values.get(topic, 0) - self.previous.get(topic, 0)


def previous_period(code: str) -> str:
    """The period of the same kind just before ``code`` (2026-Q1 -> 2025-Q4, ...)."""
    period = parse_period(code)
    year = period.start.year
    if len(code) == 4:
        return str(year - 1)
    if "-H" in code:
        return f"{year - 1}-H2" if code.endswith("H1") else f"{year}-H1"
    if "-Q" in code:
        quarter = int(code[-1])
        return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"
    if len(code) == 7:
        month = period.start.month
        return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    return f"{year - 1}-{year}"  # a school year


def numbers_by_unit(
    session: Session, consolidation: Consolidation, indicator: str
) -> list[UnitNumbers]:
    """``indicator`` by topic for each report ``consolidation`` summed, next to the same
    unit's latest report of the previous period (one query per period)."""
    before = latest_reports(reports_of_period(session, previous_period(consolidation.period.code)))
    current_ids = {r.report_id: r for r in consolidation.summed}
    previous_ids = {
        before[r.unit_id].report_id: r.unit_id for r in consolidation.summed if r.unit_id in before
    }
    found: dict[int, dict[str, int]] = defaultdict(dict)
    ids = [*current_ids, *previous_ids]
    for chunk in _chunks(ids):
        rows = session.execute(
            select(ReportValue.report_id, ReportValue.topic, ReportValue.value).where(
                ReportValue.report_id.in_(chunk),
                ReportValue.indicator == indicator,
                ReportValue.sex == ALL,
                ReportValue.age_band == ALL,
                ReportValue.group_code == ALL,
            )
        )
        for report_id, topic, value in rows:
            found[report_id][topic] = int(value)
    previous_of = {unit_id: found.get(rid, {}) for rid, unit_id in previous_ids.items()}
    return [
        UnitNumbers(
            report.unit_id,
            report.unit_name,
            found.get(report.report_id, {}),
            previous_of.get(report.unit_id),
        )
        for report in consolidation.summed
    ]


# -- the completeness list as a workbook (printable, exportable) --------------------------

_STATE_LABELS: Final = {
    "vi": {
        ON_TIME: "Đã báo cáo đúng hạn",
        LATE: "Báo cáo muộn",
        COVERED: "Đã có trong báo cáo của đơn vị khác",
        REPLACED: "Đã sáp nhập; đơn vị mới đã báo cáo",
        MISSING: "Chưa báo cáo",
    },
    "en": {
        ON_TIME: "Reported on time",
        LATE: "Reported late",
        COVERED: "Included in another unit's report",
        REPLACED: "Merged; the new unit has reported",
        MISSING: "Not reported",
    },
}
_COMPLETENESS_HEADER: Final = {
    "vi": (
        "STT",
        "Mã đơn vị",
        "Đơn vị",
        "Cấp",
        "Tình trạng",
        "Ngày lập báo cáo",
        "Người liên hệ",
        "Điện thoại",
    ),
    "en": ("No.", "Unit id", "Unit", "Level", "Status", "Report made on", "Contact", "Phone"),
}


def state_label(state: str, language: str = "vi") -> str:
    return _STATE_LABELS.get(language, _STATE_LABELS["vi"])[state]


def export_completeness(
    expected: list[ExpectedUnit], path: Path, *, title: str, language: str = "vi"
) -> None:
    """The completeness list as an .xlsx (missing units first), ready to print."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from clc_desktop.reports.workbook import set_text

    order = {MISSING: 0, LATE: 1, ON_TIME: 2, COVERED: 3, REPLACED: 4}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tình hình báo cáo" if language == "vi" else "Completeness"
    set_text(sheet.cell(1, 1), title)
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    header = _COMPLETENESS_HEADER.get(language, _COMPLETENESS_HEADER["vi"])
    for column, text in enumerate(header, 1):
        set_text(sheet.cell(3, column), text)
        sheet.cell(3, column).font = Font(bold=True)
    rows = sorted(expected, key=lambda e: (order[e.state], e.unit.name))
    for number, item in enumerate(rows, 1):
        made = item.report.generated_at[:10] if item.report else ""
        values = (
            item.unit.unit_id,
            item.unit.name,
            item.unit.level,
            state_label(item.state, language),
            made,
            item.unit.contact_person or "",
            item.unit.phone or "",
        )
        sheet.cell(3 + number, 1).value = number
        for column, text in enumerate(values, 2):
            if text:
                set_text(sheet.cell(3 + number, column), text)
    for letter, width in zip("ABCDEFGH", (6, 38, 34, 12, 34, 16, 26, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)

"""Consolidation, per the spec's "Consolidation rules" (completeness is
:mod:`clc_desktop.coordinator.completeness`).

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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clc_desktop.coordinator.completeness import LATE, MISSING, ExpectedUnit, expected_units
from clc_desktop.coordinator.hierarchy import UnitInfo, descendants_of, unit_map
from clc_desktop.coordinator.models import ReportValue
from clc_desktop.coordinator.stored_reports import (
    Coverage,
    StoredReport,
    in_chunks,
    latest_reports,
    reports_of_period,
)
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import Period, checked_period, previous_period
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn, Steps
from clc_desktop.reports.cube import ALL, Cube, Key
from clc_desktop.reports.header import ReportHeader, SourceRow
from clc_desktop.reports.workbook import ReportContent


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
        """Header, data and sources of the consolidated report, hash included."""
        sources = self.source_rows()
        unit = self.unit
        header = ReportHeader.for_content(
            unit_id=self.unit_id,
            unit_code=unit.unit_code if unit else None,
            unit_name=self.unit_name,
            level=self.level,
            parent_id=unit.parent_id if unit else None,
            replaces=unit.replaces if unit else (),
            period=self.period,
            cube=self.cube,
            sources=sources,
            generated_at=now,
        )
        return ReportContent(header=header, cube=self.cube, sources=sources)


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
    period = checked_period(period_code)
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
    coverage = Coverage(session, versions)

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
    result.expected = expected_units(units, unit_id, period, latest, owners, due)
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
    for chunk in in_chunks(report_ids):
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
    for chunk in in_chunks(ids):
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

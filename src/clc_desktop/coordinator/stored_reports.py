"""The imported report versions as consolidation and completeness see them: each
version, the latest per unit, and which units each report covers through its sources.
Reads only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from clc_desktop.coordinator.models import ImportedReport, ReportSource
from clc_desktop.reports.header import SourceRow

CHUNK: Final = 500  # report ids per query (SQLite and PostgreSQL both take this many)


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


class Coverage:
    """Which units each report covers at any depth, following stored sources."""

    def __init__(self, session: Session, versions: list[StoredReport]) -> None:
        self.sources: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
        ids = [v.report_id for v in versions]
        for chunk in in_chunks(ids):
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


def in_chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]

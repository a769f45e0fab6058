"""Exporting a centre's period report: compute the cube, write the workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from clc_desktop import __version__
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import Period, parse_period
from clc_desktop.reports.cube import FORMAT, FORMAT_VERSION, Cube, content_hash
from clc_desktop.reports.human import centre_sheet
from clc_desktop.reports.indicators import compute_cube
from clc_desktop.reports.workbook import ReportContent, write_workbook
from clc_desktop.services.centre import CentreProfile, get_centre


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    period: Period
    cube: Cube
    content_sha256: str


def centre_meta(
    centre: CentreProfile, period: Period, cube: Cube, now: dt.datetime
) -> dict[str, str]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "unit_id": centre.unit_id,
        "unit_code": centre.commune_code or "",
        "unit_name": centre.name,
        "level": "centre",
        "parent_id": centre.parent_unit_id or "",
        "period": period.code,
        "period_start": period.start.isoformat(),
        "period_end": period.end.isoformat(),
        "generated_at": now.isoformat(timespec="seconds"),
        "generator": f"clc-desktop {__version__}",
        "content_sha256": content_hash(centre.unit_id, "centre", period.code, cube),
        "personal_data": "none",
    }


def export_centre_report(
    session: Session,
    period_code: str,
    path: Path,
    *,
    now: dt.datetime | None = None,
    language: str = "vi",
    db_label: str = "",
) -> ExportResult:
    """Write the centre's report for ``period_code`` to ``path`` (an .xlsx file)."""
    now = now or dt.datetime.now().astimezone()
    if now.tzinfo is None:
        now = now.astimezone()
    try:
        period = parse_period(period_code)
    except ValueError:
        raise Problem("report.bad_period", period=period_code) from None
    centre = get_centre(session)
    if centre is None:
        raise Problem("centre.missing", path=db_label)
    cube = compute_cube(session, period, now.date())
    meta = centre_meta(centre, period, cube, now)
    write_workbook(
        path,
        ReportContent(meta=meta, cube=cube),
        human=lambda workbook: centre_sheet(workbook, centre, period, cube, now, language),
    )
    return ExportResult(path, period, cube, meta["content_sha256"])

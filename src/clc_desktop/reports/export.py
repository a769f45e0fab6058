"""Exporting a centre's period report: compute the indicators, write the workbook."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from clc_desktop import __version__
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import Period, parse_period
from clc_desktop.domain.progress import CancelFn, ProgressFn, Steps
from clc_desktop.domain.text import name_sort_key
from clc_desktop.reports.cube import FORMAT, FORMAT_VERSION, Cube, content_hash
from clc_desktop.reports.human import centre_sheet
from clc_desktop.reports.indicators import (
    LearnerShare,
    UncountedMarks,
    compute_indicators,
    uncounted_marks,
)
from clc_desktop.reports.workbook import WRITE_STEPS, LearnerRow, ReportContent, write_workbook
from clc_desktop.services.centre import CentreProfile, get_centre


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    period: Period
    cube: Cube
    content_sha256: str
    learners_written: int | None  # rows of the personal-data sheet, None when not asked for
    uncounted: tuple[UncountedMarks, ...]


@dataclass(frozen=True, slots=True)
class ReportPreview:
    """What the Reports page shows before exporting: the numbers as they would be sent."""

    centre: CentreProfile
    period: Period
    generated_on: dt.date
    cube: Cube
    uncounted: tuple[UncountedMarks, ...]


def centre_meta(
    centre: CentreProfile,
    period: Period,
    cube: Cube,
    now: dt.datetime,
    *,
    personal_data: bool = False,
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
        "personal_data": "learners" if personal_data else "none",
    }


def _period(code: str) -> Period:
    try:
        return parse_period(code)
    except ValueError:
        raise Problem("report.bad_period", period=code) from None


def _centre(session: Session, db_label: str) -> CentreProfile:
    centre = get_centre(session)
    if centre is None:
        raise Problem("centre.missing", path=db_label)
    return centre


def preview_centre_report(
    session: Session, period_code: str, generated_on: dt.date | None = None, db_label: str = ""
) -> ReportPreview:
    """The report's numbers for ``period_code`` as an export made on ``generated_on``
    (today by default) would carry them; nothing is written."""
    period = _period(period_code)
    centre = _centre(session, db_label)
    generated_on = generated_on or dt.date.today()
    indicators = compute_indicators(session, period, generated_on)
    uncounted = tuple(uncounted_marks(session, period, generated_on))
    return ReportPreview(centre, period, generated_on, indicators.cube, uncounted)


def export_centre_report(
    session: Session,
    period_code: str,
    path: Path,
    *,
    now: dt.datetime | None = None,
    language: str = "vi",
    db_label: str = "",
    with_learners: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ExportResult:
    """Write the centre's report for ``period_code`` to ``path`` (an .xlsx file).

    ``with_learners`` adds the personal-data sheet ``learners``: only on the user's
    explicit request. ``progress``/``cancelled`` see :mod:`clc_desktop.domain.progress`;
    a cancelled export leaves ``path`` untouched.
    """
    now = now or dt.datetime.now().astimezone()
    if now.tzinfo is None:
        now = now.astimezone()
    period = _period(period_code)
    centre = _centre(session, db_label)
    steps = Steps(2 + WRITE_STEPS, progress, cancelled)
    steps.check()
    indicators = compute_indicators(session, period, now.date())
    uncounted = tuple(uncounted_marks(session, period, now.date()))
    steps.step()
    learners = learner_rows(session, indicators.shares) if with_learners else None
    steps.step()
    meta = centre_meta(centre, period, indicators.cube, now, personal_data=with_learners)
    write_workbook(
        path,
        ReportContent(meta=meta, cube=indicators.cube, learners=learners),
        human=lambda workbook: centre_sheet(
            workbook, centre, period, indicators.cube, now, language, uncounted
        ),
        steps=steps,
    )
    return ExportResult(
        path,
        period,
        indicators.cube,
        meta["content_sha256"],
        None if learners is None else len(learners),
        uncounted,
    )


def learner_rows(session: Session, shares: Mapping[int, LearnerShare]) -> list[LearnerRow]:
    """The ``learners`` sheet: every learner counted in ``learners`` (topic ``_all``), in
    Vietnamese list order (given name, then family name)."""
    rows: list[LearnerRow] = []
    for (
        learner_id,
        key,
        name,
        sex,
        birth_date,
        birth_year,
        ethnicity,
        disability,
    ) in session.execute(
        text(
            "SELECT id, learner_key, full_name, sex, birth_date, birth_year, ethnicity,"
            " disability FROM learner"
        )
    ):
        share = shares.get(learner_id)
        if share is None:
            continue
        birth = str(birth_date) if birth_date else (str(birth_year) if birth_year else "")
        rows.append(
            LearnerRow(
                learner_key=key,
                full_name=name,
                sex=sex,
                birth=birth,
                ethnicity=ethnicity or "",
                disability=bool(disability),
                classes=share.classes,
                attendances=share.attendances,
                expected_attendances=share.expected_attendances,
            )
        )
    rows.sort(key=lambda row: name_sort_key(row.full_name))
    return rows

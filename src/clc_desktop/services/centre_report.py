"""The centre's period report: preview its numbers, export the workbook.

The use case of the Reports page and of ``clc-desktop export``: the indicators come from
:mod:`clc_desktop.services.indicators`, the file from :mod:`clc_desktop.reports` (the
exchange format). Nothing is written by a preview.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from clc_desktop.domain.attendance import UncountedMarks
from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import Period, checked_period
from clc_desktop.domain.progress import CancelFn, ProgressFn, Steps
from clc_desktop.domain.text import name_sort_key
from clc_desktop.reports.cube import Cube
from clc_desktop.reports.header import ReportHeader
from clc_desktop.reports.human import centre_sheet
from clc_desktop.reports.workbook import WRITE_STEPS, LearnerRow, ReportContent, write_workbook
from clc_desktop.services.centre import get_centre
from clc_desktop.services.indicators import LearnerShare, compute_indicators, uncounted_marks
from clc_desktop.storage.models import Learner


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


def centre_header(
    centre: CentreProfile,
    period: Period,
    cube: Cube,
    now: dt.datetime,
    *,
    personal_data: bool = False,
) -> ReportHeader:
    """The header of the centre's report: the centre is its own unit, under its parent."""
    return ReportHeader.for_content(
        unit_id=centre.unit_id,
        unit_code=centre.commune_code,
        unit_name=centre.name,
        level="centre",
        parent_id=centre.parent_unit_id,
        period=period,
        cube=cube,
        generated_at=now,
        personal_data=personal_data,
    )


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
    period = checked_period(period_code)
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
    period = checked_period(period_code)
    centre = _centre(session, db_label)
    steps = Steps(2 + WRITE_STEPS, progress, cancelled)
    steps.check()
    indicators = compute_indicators(session, period, now.date())
    uncounted = tuple(uncounted_marks(session, period, now.date()))
    steps.step()
    learners = learner_rows(session, indicators.shares) if with_learners else None
    steps.step()
    header = centre_header(centre, period, indicators.cube, now, personal_data=with_learners)
    write_workbook(
        path,
        ReportContent(header=header, cube=indicators.cube, learners=learners),
        human=lambda workbook: centre_sheet(
            workbook, centre, period, indicators.cube, now, language, uncounted
        ),
        steps=steps,
    )
    return ExportResult(
        path,
        period,
        indicators.cube,
        header.content_sha256,
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
        select(
            Learner.id,
            Learner.learner_key,
            Learner.full_name,
            Learner.sex,
            Learner.birth_date,
            Learner.birth_year,
            Learner.ethnicity,
            Learner.disability,
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

"""Real exported centre reports for the coordinator tests, made once per test run.

Three demo centres (seeds 1-3, different sizes of data) export their school-year report;
the expected sums come from each centre's own database through ``compute_cube``, not
from the files.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from clc_desktop.domain.periods import parse_period
from clc_desktop.reports.cube import Cube, Key, content_hash
from clc_desktop.reports.reader import read_report
from clc_desktop.reports.workbook import ReportContent, SourceRow, write_workbook
from clc_desktop.services.centre_report import export_centre_report
from clc_desktop.services.demo_data import generate_demo
from clc_desktop.services.indicators import compute_cube
from clc_desktop.storage.database import open_store

TODAY = dt.date(2026, 9, 15)
NOW = dt.datetime(2026, 9, 15, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
PERIOD = "2025-2026"
SEEDS = (1, 2, 3)


@dataclass(frozen=True)
class CentreReport:
    seed: int
    path: Path
    unit_id: str
    name: str
    cube: Cube  # from the centre's database
    sha256: str


@pytest.fixture(scope="session")
def centre_reports(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> dict[int, CentreReport]:
    folder = tmp_path_factory.mktemp("centres")
    made: dict[int, CentreReport] = {}
    for seed in SEEDS:
        db = folder / f"centre-{seed}.db"
        shutil.copyfile(migrated_template, db)
        with open_store(db) as store:
            summary = generate_demo(store.engine, seed=seed, today=TODAY)
            with store.session() as session:
                result = export_centre_report(
                    session, PERIOD, folder / f"report-{seed}.xlsx", now=NOW
                )
                cube = compute_cube(session, parse_period(PERIOD), NOW.date())
        made[seed] = CentreReport(
            seed, result.path, summary.unit_id, summary.centre_name, cube, result.content_sha256
        )
    return made


def copy_reports(reports: dict[int, CentreReport], seeds: tuple[int, ...], to: Path) -> Path:
    to.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        shutil.copyfile(reports[seed].path, to / reports[seed].path.name)
    return to


def summed(cubes: list[Cube]) -> Cube:
    total: Counter[Key] = Counter()
    for cube in cubes:
        total.update(cube)
    return {k: v for k, v in total.items() if v}


def rewrite(
    source: Path,
    target: Path,
    *,
    generated_at: str | None = None,
    change: dict[Key, int] | None = None,
    sources: list[SourceRow] | None = None,
    unit_id: str | None = None,
    level: str | None = None,
    period: str | None = None,
) -> Path:
    """Another version of a report, written properly (hash recomputed): a later
    ``generated_at``, changed values, or other sources."""
    report = read_report(source)
    assert report.header is not None, report.findings
    header = report.header
    cube = dict(report.cube)
    cube.update(change or {})
    rows = list(report.sources if sources is None else sources)
    header = replace(
        header,
        unit_id=unit_id or header.unit_id,
        level=level or header.level,
        period=parse_period(period) if period is not None else header.period,
        generated_at=(
            dt.datetime.fromisoformat(generated_at) if generated_at else header.generated_at
        ),
    )
    header = replace(
        header,
        content_sha256=content_hash(
            header.unit_id,
            header.level,
            header.period.code,
            cube,
            [s.hash_key for s in rows],
        ),
    )
    write_workbook(target, ReportContent(header=header, cube=cube, sources=rows))
    return target


def more_minutes(path: Path, extra: int) -> dict[Key, int]:
    """A change that keeps the parts adding up: ``extra`` minutes in one topic and in total."""
    cube = read_report(path).cube
    part = next(k for k in sorted(cube) if k.indicator == "minutes_held" and k.topic != "_all")
    total = Key("minutes_held")
    return {part: cube[part] + extra, total: cube[total] + extra}

"""Helpers of the coordinator tests: import files into a store, count its rows, make a
district's consolidated report of some centres."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from clc_desktop.coordinator import report_import as ri
from clc_desktop.coordinator.consolidation import consolidate, write_consolidation
from clc_desktop.coordinator.models import (
    ImportedReport,
    ReportSource,
    ReportStatus,
    ReportValue,
    StatusEvent,
)
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.storage.database import Store
from tests.report_files import NOW, PERIOD, CentreReport

Reports = dict[int, CentreReport]
CITY = "01"


def import_files(
    store: Store, inputs: list[Path], accept: tuple[Path, ...] = (), period: str | None = PERIOD
) -> tuple[ri.ImportPreview, ri.ImportResult]:
    with store.session() as session:
        preview = ri.preview_import(session, inputs, expected_period=period)
        result = ri.commit_import(session, preview, accept_flagged=accept)
    return preview, result


def counts(store: Store) -> tuple[int, ...]:
    with store.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (ImportedReport, ReportValue, ReportSource, ReportStatus, StatusEvent)
        )


def edit_value(path: Path, target: Path) -> Path:
    """The report with one value changed by hand (its stated hash no longer matches)."""
    workbook = load_workbook(path)
    data = workbook["data"]
    row = next(r for r in data.iter_rows(min_row=2) if r[0].value == "sessions_held")
    row[5].value = int(row[5].value) + 10
    workbook.save(target)
    return target


def district_report(
    reports: Reports, seeds: tuple[int, ...], folder: Path, unit_id: str = "D1"
) -> Path:
    """The district's own consolidated report of the given centres."""
    with open_coordinator_store(folder / f"{unit_id}.db") as store:
        import_files(store, [reports[s].path for s in seeds])
        with store.session() as session:
            result = consolidate(
                session, unit_id, PERIOD, unit_name=f"Quận {unit_id}", level="district"
            )
        write_consolidation(result, folder / f"{unit_id}.xlsx", now=NOW)
    return folder / f"{unit_id}.xlsx"

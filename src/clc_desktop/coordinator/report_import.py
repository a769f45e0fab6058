"""Importing report files into the coordinator store: a dry run first, then one commit.

:func:`preview_import` reads and validates every file (the spec's Validation) and says,
per file, what importing it would do; it writes nothing. :func:`commit_import` then
stores the importable files in the caller's transaction (one user action): a flagged
file only when the coordinator accepted it by name, and it stays marked. A bad file
never stops the others and never changes anything stored.

Both take ``progress(done, total)`` (called at most about 100 times) and ``cancelled()``
(checked before each file) so the GUI can run them in the background.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from clc_desktop.coordinator.models import (
    CoordinatorBase,
    ImportedReport,
    ReportSource,
    ReportStatus,
    ReportValue,
    StatusEvent,
    Unit,
)
from clc_desktop.domain.messages import message
from clc_desktop.reports.header import ReportHeader
from clc_desktop.reports.reader import FLAGGED, REJECTED, Finding, ReportFile, read_report

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Outcomes of one file, as the preview shows them.
NEW: Final = "new"  # the first report of this unit and period
NEW_VERSION: Final = "new_version"  # a newer version of a report already imported
OLDER_VERSION: Final = "older_version"  # older than the latest: kept in history only
UNCHANGED: Final = "unchanged"  # the same content is already imported
DUPLICATE: Final = "duplicate"  # the same content as another file of this import
LOCKED: Final = "locked"  # the unit's report for the period is accepted (reopen first)
REJECTED_OUTCOME: Final = REJECTED  # the file is not a valid report
IMPORTABLE: Final = (NEW, NEW_VERSION, OLDER_VERSION)

REPORT_SUFFIXES: Final = (".xlsx", ".xlsm")


@dataclass
class FileOutcome:
    """What importing one file does (preview) or did (after the commit). ``report`` is
    the file as read (``None`` for a rejected file): its header is what gets stored."""

    path: Path
    outcome: str
    flagged: bool = False
    findings: tuple[Finding, ...] = ()
    #: when the same content was imported before (``unchanged``)
    imported_on: dt.datetime | None = None
    #: the file this one repeats (``duplicate``)
    same_as: Path | None = None
    report: ReportFile | None = field(default=None, repr=False)

    @property
    def header(self) -> ReportHeader | None:
        return None if self.report is None else self.report.header

    @property
    def unit_id(self) -> str:
        return "" if self.header is None else self.header.unit_id

    @property
    def unit_name(self) -> str:
        return "" if self.header is None else self.header.unit_name

    @property
    def level(self) -> str:
        return "" if self.header is None else self.header.level

    @property
    def period(self) -> str:
        return "" if self.header is None else self.header.period.code

    @property
    def content_sha256(self) -> str:
        """The hash recomputed from the content (``""`` for a rejected file)."""
        return "" if self.report is None else self.report.recomputed_sha256

    @property
    def importable(self) -> bool:
        return self.outcome in IMPORTABLE

    @property
    def needs_acceptance(self) -> bool:
        return self.importable and self.flagged

    @property
    def flags(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == FLAGGED]

    @property
    def rejections(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == REJECTED]

    def describe(self, language: str = "vi") -> str:
        """One line for people: the outcome, then each flag or rejection reason."""
        params: dict[str, object] = {
            "unit": self.unit_name or self.unit_id,
            "period": self.period,
            "date": self.imported_on.strftime("%d/%m/%Y %H:%M") if self.imported_on else "",
            "file": self.same_as.name if self.same_as else "",
        }
        text = message(f"import.{self.outcome}", language, **params)
        reasons = self.rejections if self.outcome == REJECTED else self.flags
        if self.flagged and self.outcome != REJECTED:
            text = f"{message('import.flagged', language)}; {text}"
        details = [message(f.code, language, **f.params) for f in reasons]
        return "; ".join([text, *details])


@dataclass
class ImportPreview:
    outcomes: list[FileOutcome]
    expected_period: str | None = None
    cancelled: bool = False

    def count(self, outcome: str) -> int:
        return sum(o.outcome == outcome for o in self.outcomes)

    @property
    def flagged(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.needs_acceptance]


@dataclass
class ImportResult:
    imported: list[FileOutcome] = field(default_factory=list)
    #: flagged files the coordinator did not accept: not imported
    not_accepted: list[FileOutcome] = field(default_factory=list)
    #: importable in the preview, but the store changed since (same content arrived)
    already_there: list[FileOutcome] = field(default_factory=list)
    report_ids: list[int] = field(default_factory=list)


class ImportCancelled(Exception):
    """Raised by :func:`commit_import` when ``cancelled()`` turned true: leaving the
    session's ``with`` block by it rolls everything back."""


def expand_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files as given; folders walked (sorted) for ``.xlsx``/``.xlsm`` files, skipping
    Excel's ``~$`` lock files and hidden files. A given file is judged by its bytes."""
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            for root, dirs, names in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith(("~$", ".")):
                        continue
                    if name.lower().endswith(REPORT_SUFFIXES):
                        files.append(Path(root) / name)
        else:
            files.append(item)
    return list(dict.fromkeys(files))


def _ticker(total: int, progress: Progress | None) -> Callable[[int], None]:
    step = max(1, total // 100)

    def tick(done: int) -> None:
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)

    return tick


@dataclass(frozen=True, slots=True)
class _Stored:
    report_id: int
    recomputed_sha256: str
    generated_at_utc: dt.datetime
    imported_at: dt.datetime


def _stored_versions(session: Session) -> dict[tuple[str, str], list[_Stored]]:
    versions: dict[tuple[str, str], list[_Stored]] = {}
    rows = session.execute(
        select(
            ImportedReport.unit_id,
            ImportedReport.period,
            ImportedReport.id,
            ImportedReport.recomputed_sha256,
            ImportedReport.generated_at_utc,
            ImportedReport.imported_at,
        )
    )
    for unit_id, period, report_id, sha, generated, imported in rows:
        versions.setdefault((unit_id, period), []).append(
            _Stored(report_id, sha, generated, imported)
        )
    return versions


def preview_import(
    session: Session,
    inputs: Sequence[Path],
    *,
    expected_period: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> ImportPreview:
    """Read and validate each file and say what importing it would do; writes nothing.

    With ``expected_period`` a report for another period is flagged; with units in the
    store's hierarchy a report of a unit outside it is flagged. ``workers`` processes
    read the files (``None``: one per core for many files, see :func:`reading_workers`)."""
    files = expand_inputs(inputs)
    known = list(session.scalars(select(Unit.unit_id)))
    known_units = set(known) if known else None
    stored = _stored_versions(session)
    locked = {
        (unit_id, period)
        for unit_id, period in session.execute(
            select(ReportStatus.unit_id, ReportStatus.period).where(
                ReportStatus.status == "accepted"
            )
        )
    }
    preview = ImportPreview([], expected_period)
    tick = _ticker(len(files), progress)
    read: list[FileOutcome] = []
    workers = reading_workers(len(files)) if workers is None else max(1, workers)
    with _Readers(workers, expected_period, known_units) as readers:
        for done, (path, report) in enumerate(readers.read(files), 1):
            if cancelled is not None and cancelled():
                preview.cancelled = True
                break
            read.append(_outcome_of(path, report))
            tick(done)
    _judge_versions(read, stored, locked)
    preview.outcomes = read
    return preview


#: Below this many files one process reads them all (starting readers costs ~0.5 s).
PARALLEL_FROM: Final = 40
MAX_WORKERS: Final = 4


def reading_workers(files: int) -> int:
    """How many processes read ``files`` files: one per core (at most 4) for many files.

    A frozen (PyInstaller) program reads in one process: starting readers there needs
    ``multiprocessing.freeze_support()`` in its entry point."""
    if files < PARALLEL_FROM or getattr(sys, "frozen", False):
        return 1
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


class _Readers:
    """Reads report files in this process or in a pool of ``spawn``ed processes (safe to
    start from a GUI's worker thread), in order, one result at a time."""

    def __init__(
        self, workers: int, expected_period: str | None, known_units: set[str] | None
    ) -> None:
        self.workers = workers
        self.options = (expected_period, known_units)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Readers:
        if self.workers > 1:
            import multiprocessing

            self.pool = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def read(self, files: list[Path]) -> Iterator[tuple[Path, ReportFile]]:
        # The reader's own function: a worker process imports the reports package only.
        read = functools.partial(
            read_report, expected_period=self.options[0], known_units=self.options[1]
        )
        if self.pool is None:
            for path in files:
                yield path, read(path)
            return
        chunk = max(1, min(32, len(files) // (self.workers * 8)))
        yield from zip(files, self.pool.map(read, files, chunksize=chunk), strict=True)


def _outcome_of(path: Path, report: ReportFile) -> FileOutcome:
    if report.status == REJECTED or report.header is None:
        return FileOutcome(path, REJECTED, findings=tuple(report.findings))
    return FileOutcome(
        path,
        NEW,
        flagged=report.status == FLAGGED,
        findings=tuple(report.findings),
        report=report,
    )


def _judge_versions(
    outcomes: list[FileOutcome],
    stored: dict[tuple[str, str], list[_Stored]],
    locked: Collection[tuple[str, str]],
) -> None:
    """Label each readable file new / new version / older version / unchanged /
    duplicate / locked, against the store and the other files of the same import."""
    first_of: dict[tuple[str, str, str], Path] = {}
    candidates: dict[tuple[str, str], list[FileOutcome]] = {}
    for item in outcomes:
        if item.outcome == REJECTED:
            continue
        identity = (item.unit_id, item.period)
        earlier = next(
            (s for s in stored.get(identity, []) if s.recomputed_sha256 == item.content_sha256),
            None,
        )
        if earlier is not None:
            item.outcome, item.imported_on = UNCHANGED, earlier.imported_at
            continue
        key = (*identity, item.content_sha256)
        if key in first_of:
            item.outcome, item.same_as = DUPLICATE, first_of[key]
            continue
        first_of[key] = item.path
        if identity in locked:
            item.outcome = LOCKED
            continue
        candidates.setdefault(identity, []).append(item)
    for identity, items in candidates.items():
        versions = stored.get(identity, [])
        stored_latest = max((s.generated_at_utc for s in versions), default=None)
        newest = max(items, key=_generated_utc)
        for item in items:
            stamp = _generated_utc(item)
            is_latest = item is newest and (stored_latest is None or stamp > stored_latest)
            if not is_latest:
                item.outcome = OLDER_VERSION
            else:
                item.outcome = NEW if not versions else NEW_VERSION


def _generated_utc(item: FileOutcome) -> dt.datetime:
    assert item.header is not None  # only readable files are judged
    return item.header.generated_at_utc


def commit_import(
    session: Session,
    preview: ImportPreview,
    *,
    accept_flagged: Collection[Path] = (),
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Store the importable files of ``preview`` in the caller's transaction.

    A flagged file is stored only when its path is in ``accept_flagged`` (the
    coordinator's explicit choice); it stays marked. When ``cancelled()`` turns true it
    raises :class:`ImportCancelled`, so the transaction rolls back: nothing is
    half-imported.
    Rows are written with bulk inserts (one statement per table)."""
    now = now or dt.datetime.now()
    accepted = {Path(p) for p in accept_flagged}
    result = ImportResult()
    stored = _stored_versions(session)
    present = {
        (identity, s.recomputed_sha256) for identity, versions in stored.items() for s in versions
    }
    todo: list[FileOutcome] = []
    for item in preview.outcomes:
        if not item.importable:
            continue
        if item.flagged and item.path not in accepted:
            result.not_accepted.append(item)
            continue
        key = ((item.unit_id, item.period), item.content_sha256)
        if key in present:
            result.already_there.append(item)
            continue
        present.add(key)
        todo.append(item)
    if not todo:
        return result
    if cancelled is not None and cancelled():
        raise ImportCancelled
    # Core inserts on the tables: the ORM's per-row bookkeeping costs more than SQLite.
    reports = _table(ImportedReport)
    ids = list(
        session.scalars(
            insert(reports).returning(reports.c.id, sort_by_parameter_order=True),
            [_report_row(item, now) for item in todo],
        )
    )
    tick = _ticker(len(todo), progress)
    values: list[tuple[object, ...]] = []
    sources: list[dict[str, object]] = []
    received: dict[tuple[str, str], int] = {}
    for done, (item, report_id) in enumerate(zip(todo, ids, strict=True), 1):
        if cancelled is not None and cancelled():
            raise ImportCancelled
        assert item.report is not None
        values += [(report_id, *key, value) for key, value in item.report.cube.items() if value]
        sources += [
            {"report_id": report_id, **dataclasses.asdict(source)} for source in item.report.sources
        ]
        if item.outcome != OLDER_VERSION:
            received[(item.unit_id, item.period)] = report_id
        result.imported.append(item)
        result.report_ids.append(report_id)
        tick(done)
    _insert_many(session, _table(ReportValue), _VALUE_COLUMNS, values)
    if sources:
        session.execute(insert(_table(ReportSource)), sources)
    _mark_received(session, received, now)
    return result


_VALUE_COLUMNS: Final = (
    "report_id",
    "indicator",
    "topic",
    "sex",
    "age_band",
    "group_code",
    "value",
)


def _insert_many(
    session: Session, table: Table, columns: Sequence[str], rows: list[tuple[object, ...]]
) -> None:
    """``executemany`` of plain tuples: ~2x faster than Core with dicts for the ~800 data
    rows of each report. Other drivers than SQLite's get the portable Core insert."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.paramstyle != "qmark":
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    connection.exec_driver_sql(sql, rows)


def _table(model: type[CoordinatorBase]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _report_row(item: FileOutcome, now: dt.datetime) -> dict[str, object]:
    header, report = item.header, item.report
    assert header is not None
    assert report is not None
    return {
        "unit_id": header.unit_id,
        "unit_code": header.unit_code,
        "unit_name": header.unit_name,
        "level": header.level,
        "parent_id": header.parent_id,
        "replaces": " ".join(header.replaces) or None,
        "period": header.period.code,
        "period_start": header.period.start,
        "period_end": header.period.end,
        "content_sha256": header.content_sha256,
        "recomputed_sha256": item.content_sha256,
        # As the file wrote them (the consolidated ``sources`` sheet quotes them back).
        "generated_at": report.meta["generated_at"],
        "generated_at_utc": header.generated_at_utc,
        "meta_json": json.dumps(report.meta, ensure_ascii=False, sort_keys=True),
        "imported_at": now,
        "file_name": item.path.name[:400],
        "flagged": item.flagged,
        "accepted": item.flagged,
        "findings_json": json.dumps(
            [{"severity": f.severity, "code": f.code, "params": f.params} for f in item.findings],
            ensure_ascii=False,
            default=str,
        ),
    }


# -- status per unit and period -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: str
    previous: str | None
    reason: str | None
    at: dt.datetime


def _mark_received(
    session: Session, received: dict[tuple[str, str], int], now: dt.datetime
) -> None:
    """Each (unit, period) with a newly imported latest version is ``received`` again."""
    if not received:
        return
    previous: dict[tuple[str, str], str] = {}
    units = sorted({unit_id for unit_id, _ in received})
    for start in range(0, len(units), 500):
        rows = session.execute(
            select(ReportStatus.unit_id, ReportStatus.period, ReportStatus.status).where(
                ReportStatus.unit_id.in_(units[start : start + 500])
            )
        )
        for unit_id, period, status in rows:
            previous[(unit_id, period)] = status
    statuses = _table(ReportStatus)
    for (unit_id, period), status in previous.items():
        if (unit_id, period) in received and status != "received":
            session.execute(
                update(statuses)
                .where(statuses.c.unit_id == unit_id, statuses.c.period == period)
                .values(status="received", updated_at=now)
            )
    new = [identity for identity in received if identity not in previous]
    if new:
        session.execute(
            insert(statuses),
            [{"unit_id": u, "period": p, "status": "received", "updated_at": now} for u, p in new],
        )
    session.execute(
        insert(_table(StatusEvent)),
        [
            {
                "unit_id": unit_id,
                "period": period,
                "status": "received",
                "previous": previous.get((unit_id, period)),
                "reason": None,
                "at": now,
                "report_id": report_id,
            }
            for (unit_id, period), report_id in received.items()
        ],
    )


def set_status(
    session: Session,
    unit_id: str,
    period: str,
    status: str,
    *,
    reason: str | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Move a unit's report for a period to ``received``, ``checked`` or ``accepted``.

    ``accepted`` locks it: new versions are not imported and leaving ``accepted``
    (reopening) needs a reason, which the history keeps."""
    from clc_desktop.coordinator.models import STATUSES
    from clc_desktop.domain.messages import Problem

    if status not in STATUSES:
        raise Problem("status.unknown", status=status)
    now = now or dt.datetime.now()
    row = session.scalars(
        select(ReportStatus).where(ReportStatus.unit_id == unit_id, ReportStatus.period == period)
    ).first()
    if row is None:
        raise Problem("status.no_report", unit=unit_id, period=period)
    reason = (reason or "").strip() or None
    if row.status == "accepted" and status != "accepted" and reason is None:
        raise Problem("status.reopen_needs_reason", unit=unit_id, period=period)
    if row.status == status:
        return
    session.add(
        StatusEvent(
            unit_id=unit_id,
            period=period,
            status=status,
            previous=row.status,
            reason=reason,
            at=now,
        )
    )
    row.status, row.updated_at = status, now


def statuses(session: Session, period: str) -> dict[str, str]:
    """unit_id -> status of its report for ``period``."""
    return dict(
        session.execute(
            select(ReportStatus.unit_id, ReportStatus.status).where(ReportStatus.period == period)
        ).all()
    )


def status_history(session: Session, unit_id: str, period: str) -> list[StatusChange]:
    rows = session.scalars(
        select(StatusEvent)
        .where(StatusEvent.unit_id == unit_id, StatusEvent.period == period)
        .order_by(StatusEvent.id)
    )
    return [StatusChange(r.status, r.previous, r.reason, r.at) for r in rows]

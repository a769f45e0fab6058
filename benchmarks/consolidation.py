"""Benchmark: import and consolidate hundreds of centre reports, against two baselines.

    python -m benchmarks.consolidation [--files N] [--runs R] [--cache DIR]

The reports come from demo centres of varied sizes (small and large demo centres,
different seeds), exported by the real exporter; each file then gets its own centre id
(and a recomputed hash), so N files are N distinct centres. They are made once and kept
in a cache folder. Three things are timed on the same files in the same run:

* ``import + consolidate``: a new coordinator store, the import preview (every file read
  and validated), the commit (one transaction), the consolidation and the written
  workbook: what a coordinator waits for;
* ``plain openpyxl sum``: a script that opens each file with openpyxl and sums its
  ``data`` sheet, validating nothing;
* ``bare unzip + XML parse``: unzipping each file and parsing the XML of its sheets with
  expat, building nothing: the floor for any reader in Python.

Compare ratios measured in the same run, not absolute times (machines differ a lot).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_FILES = 579
#: (seed, size) of the demo centres the files are made from
CENTRES: tuple[tuple[int, str], ...] = tuple(
    [(seed, "small") for seed in range(101, 117)] + [(seed, "large") for seed in (201, 202)]
)


@dataclass
class Timing:
    """One benchmark row: its samples in seconds and what it measures."""

    name: str
    samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


def _school_year(today: dt.date) -> str:
    from clc_desktop.domain.periods import school_year_of

    current = school_year_of(today)
    return f"{current.start.year - 1}-{current.start.year}"


def make_reports(
    files: int,
    cache: Path,
    today: dt.date | None = None,
    centres: Sequence[tuple[int, str]] = CENTRES,
) -> tuple[Path, str]:
    """``files`` distinct centre reports in ``cache`` (made once) from the demo
    ``centres`` (seed, size); returns the folder and the period."""
    today = today or dt.date.today()
    period = _school_year(today)
    folder = cache / f"reports-{period}-{files}-{len(centres)}"
    if folder.is_dir() and len(list(folder.glob("*.xlsx"))) == files:
        return folder, period
    bases = _export_bases(cache / f"bases-{period}", period, today, centres)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for number in range(files):
        base = bases[number % len(bases)]
        unit_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"clc-bench-centre-{number}"))
        _with_unit_id(base, unit_id, partial / f"centre-{number:04d}.xlsx")
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return folder, period


def _export_bases(
    folder: Path, period: str, today: dt.date, centres: Sequence[tuple[int, str]]
) -> list[Path]:
    from clc_desktop.services.centre_report import export_centre_report
    from clc_desktop.services.demo_data import generate_demo
    from clc_desktop.storage.database import open_store

    folder.mkdir(parents=True, exist_ok=True)
    made = []
    now = dt.datetime.combine(today, dt.time(9, 0)).astimezone()
    for seed, size in centres:
        target = folder / f"base-{seed}-{size}.xlsx"
        if not target.exists():
            db = folder / f"centre-{seed}.db"
            db.unlink(missing_ok=True)
            with open_store(db) as store:
                generate_demo(store.engine, seed=seed, size=size, today=today)
                with store.session() as session:
                    export_centre_report(session, period, target, now=now)
            for side in folder.glob(f"centre-{seed}.db*"):
                side.unlink()
            shutil.rmtree(folder / "backups", ignore_errors=True)
        made.append(target)
    return made


def _with_unit_id(base: Path, unit_id: str, target: Path) -> None:
    """A copy of ``base`` as another centre: its unit_id and hash changed in the meta XML."""
    from clc_desktop.reports.cube import content_hash
    from clc_desktop.reports.reader import read_report

    report = read_report(base)
    header = report.header
    assert header is not None, f"{base} is not a valid report"
    new_hash = content_hash(unit_id, header.level, header.period.code, report.cube)
    replacements = {
        header.unit_id.encode(): unit_id.encode(),
        header.content_sha256.encode(): new_hash.encode(),
    }
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                for old, new in replacements.items():
                    data = data.replace(old, new)
            out.writestr(item, data)


def time_clc(folder: Path, period: str, workdir: Path) -> float:
    """Import every file into a new coordinator store and write the consolidation."""
    from clc_desktop.coordinator.consolidation import consolidate, write_consolidation
    from clc_desktop.coordinator.report_import import commit_import, preview_import
    from clc_desktop.coordinator.store import open_coordinator_store

    store_path = workdir / f"coordinator-{time.monotonic_ns()}.db"
    started = time.perf_counter()
    with open_coordinator_store(store_path) as store:
        with store.session() as session:
            preview = preview_import(session, [folder], expected_period=period)
            result = commit_import(session, preview)
        with store.session() as session:
            consolidation = consolidate(session, "01", period, unit_name="Hà Nội", level="city")
        write_consolidation(consolidation, workdir / "city.xlsx")
    elapsed = time.perf_counter() - started
    assert len(result.imported) == len(preview.outcomes), "every file should import"
    return elapsed


def time_read_only(folder: Path) -> float:
    """The CLC reader alone (validation included), no store."""
    from clc_desktop.reports.reader import read_report

    files = sorted(folder.glob("*.xlsx"))
    started = time.perf_counter()
    for path in files:
        read_report(path)
    return time.perf_counter() - started


def time_openpyxl(folder: Path) -> float:
    """The plain script a coordinator might write: open each file, sum its data sheet."""
    from openpyxl import load_workbook

    files = sorted(folder.glob("*.xlsx"))
    started = time.perf_counter()
    totals: dict[tuple[object, ...], float] = {}
    for path in files:
        workbook = load_workbook(path)
        for row in workbook["data"].iter_rows(min_row=2, values_only=True):
            key = row[:5]
            totals[key] = totals.get(key, 0) + (row[5] or 0)
    return time.perf_counter() - started


_SHEET = re.compile(r"^xl/worksheets/sheet\d+\.xml$")


def time_bare(folder: Path) -> float:
    """Unzip each file and parse the XML of its workbook and sheets (expat, no tree)."""
    import xml.parsers.expat

    files = sorted(folder.glob("*.xlsx"))
    started = time.perf_counter()
    for path in files:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name == "xl/workbook.xml" or _SHEET.match(name):
                    parser = xml.parsers.expat.ParserCreate()
                    parser.Parse(archive.read(name), True)
    return time.perf_counter() - started


def bench_consolidation(
    files: int = DEFAULT_FILES,
    runs: int = 1,
    cache: Path | None = None,
    centres: Sequence[tuple[int, str]] = CENTRES,
) -> list[Timing]:
    """Make (or reuse) ``files`` reports and time the ways to sum them ``runs`` times
    each, interleaved. Rows: CLC Desktop's whole import-and-consolidate, its reading
    alone, the plain openpyxl script, the bare unzip + XML parse."""
    cache = cache or Path(tempfile.gettempdir()) / "clc-desktop-bench-cache"
    folder, period = make_reports(files, cache, centres=centres)
    size_mb = sum(p.stat().st_size for p in folder.glob("*.xlsx")) / 1e6
    digest = hashlib.sha256(str(sorted(p.name for p in folder.iterdir())).encode()).hexdigest()
    rows = [
        Timing(
            f"import + consolidate ({files} files)",
            note="CLC Desktop: read + validate (a process per core), store (1 transaction), "
            "sum, write workbook",
        ),
        Timing(
            "  reading + validating alone",
            note="read_report on every file in one process, no store",
        ),
        Timing("plain openpyxl sum", note="load_workbook + sum the data sheet, no checks"),
        Timing("bare unzip + XML parse", note="zipfile + expat over workbook and sheets"),
    ]
    steps: list[Callable[[], float]]
    with tempfile.TemporaryDirectory(prefix="clc-bench-consolidation-") as tmp:
        steps = [
            lambda: time_clc(folder, period, Path(tmp)),
            lambda: time_read_only(folder),
            lambda: time_openpyxl(folder),
            lambda: time_bare(folder),
        ]
        for _ in range(runs):
            for row, step in zip(rows, steps, strict=True):
                row.samples.append(step())
    rows[0].note += f"; {size_mb:.1f} MB of files, set {digest[:8]}"
    return rows


def print_table(rows: list[Timing]) -> None:
    openpyxl_s = rows[2].median
    bare_s = rows[3].median
    header = ["benchmark", "runs", "median s", "vs openpyxl", "vs bare", "what"]
    lines = [header] + [
        [
            row.name,
            str(len(row.samples)),
            f"{row.median:.2f}",
            f"{openpyxl_s / row.median:.1f}x faster" if row is not rows[2] else "",
            f"{row.median / bare_s:.1f}x" if row is not rows[3] else "",
            row.note,
        ]
        for row in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.consolidation")
    parser.add_argument("--files", type=int, default=DEFAULT_FILES)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=None, help="where generated files stay")
    args = parser.parse_args(argv)
    rows = bench_consolidation(args.files, args.runs, args.cache)
    import os

    print(
        f"Consolidation of {args.files} centre reports (Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores)"
    )
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the benchmarks and print one table: median, worst, peak memory, baseline ratio.

Each measurement runs in a fresh child process, as a user would start the program, so
start-up costs and peak memory are real. Timings vary between machines: compare the ratio
to the baseline measured in the same run, not the absolute numbers.

    python -m benchmarks [--runs N] [--size small|large] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# A child that runs a snippet and reports its wall time and peak memory as JSON.
_CHILD = """
import json, resource, sys, time
started = time.perf_counter()
exec(compile(sys.argv[1], "<bench>", "exec"))
elapsed = time.perf_counter() - started
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("BENCH " + json.dumps({"seconds": elapsed, "peak_mb": peak_kb / 1024}))
"""

_BASELINE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Nguyễn Văn Đức")
label.show()
app.processEvents()
print(f"shown_at={time.time():.3f}")
"""


@dataclass
class Result:
    name: str
    samples: list[float]
    peak_mb: float | None = None
    baseline: list[float] | None = None
    note: str = ""

    def row(self) -> list[str]:
        median = statistics.median(self.samples)
        ratio = f"{median / statistics.median(self.baseline):.2f}x" if self.baseline else ""
        peak = f"{self.peak_mb:.0f}" if self.peak_mb is not None else ""
        return [
            self.name,
            str(len(self.samples)),
            _ms(median),
            _ms(max(self.samples)),
            peak,
            ratio,
            self.note,
        ]


def _ms(seconds: float) -> str:
    """Milliseconds, with a decimal where they are few."""
    if seconds < 0.001:
        return f"{seconds * 1000:.2f}"
    return f"{seconds * 1000:.1f}" if seconds < 0.01 else f"{seconds * 1000:.0f}"


def _run_child(code: str, env: dict[str, str] | None = None) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, code], capture_output=True, text=True, check=True, env=env
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("BENCH "))
    return json.loads(line[6:])


def _time_to_window(args: list[str]) -> float:
    """Seconds from launching a process to the moment it reports its window shown."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    launched = time.time()
    out = subprocess.run(args, capture_output=True, text=True, check=True, env=env)
    shown = next(
        float(part.split("=")[1].rstrip(","))
        for part in out.stdout.split()
        if part.startswith("shown_at=")
    )
    return shown - launched


def bench_demo(size: str, runs: int, workdir: Path) -> tuple[Result, Path]:
    samples: list[float] = []
    peak = 0.0
    db = workdir / f"demo-{size}.db"
    for run in range(runs):
        target = workdir / f"demo-{size}-{run}.db"
        code = (
            "from clc_desktop.services.demo_data import generate_demo\n"
            "from clc_desktop.storage.database import open_store\n"
            f"store = open_store({str(target)!r})\n"
            "started = time.perf_counter()\n"
            f"generate_demo(store.engine, seed=1, size={size!r})\n"
            "store.close()\n"
        )
        measured = _run_child(code)
        samples.append(measured["seconds"])
        peak = max(peak, measured["peak_mb"])
        if run == 0:
            target.rename(db)
        else:
            target.unlink()
    return Result(
        f"demo generation ({size})",
        samples,
        peak,
        note="generate + one bulk transaction (timed after open)",
    ), db


def bench_startup(db: Path, runs: int) -> Result:
    command = [sys.executable, "-m", "clc_desktop", "--db", str(db), "--smoke"]
    baseline_cmd = [sys.executable, "-c", _BASELINE_WINDOW]
    samples, baseline = [], []
    for _ in range(runs):
        samples.append(_time_to_window(command))
        baseline.append(_time_to_window(baseline_cmd))
    return Result(
        "start-up to shown window",
        samples,
        baseline=baseline,
        note="baseline: a bare PySide6 window with one label",
    )


def bench_overview(db: Path, runs: int, today: str | None, label: str) -> Result:
    code = (
        "import datetime as dt\n"
        "from clc_desktop.services.overview import load_overview\n"
        "from clc_desktop.storage.database import open_store\n"
        f"store = open_store({str(db)!r})\n"
        f"today = dt.date.fromisoformat({today!r}) if {today!r} else None\n"
        "started = time.perf_counter()\n"
        "with store.session() as session:\n"
        "    overview = load_overview(session, today)\n"
        "store.close()\n"
    )
    samples = []
    peak = 0.0
    for _ in range(runs):
        measured = _run_child(code)
        samples.append(measured["seconds"])
        peak = max(peak, measured["peak_mb"])
    return Result(
        f"overview numbers ({label})",
        samples,
        peak,
        note="aggregate queries, timed after open; runs off the GUI thread",
    )


def bench_backup(db: Path, runs: int) -> Result:
    code = (
        "from clc_desktop.storage.database import open_store\n"
        f"store = open_store({str(db)!r})\n"
        "store.backup_now()\n"
        "store.close()\n"
    )
    samples = [_run_child(code)["seconds"] for _ in range(runs)]
    size_mb = db.stat().st_size / 1e6
    return Result(
        "verified backup",
        samples,
        note=f"database of {size_mb:.1f} MB, backup API + integrity_check",
    )


def bench_export(db: Path, runs: int, workdir: Path, *, with_learners: bool) -> Result:
    """The demo's main school year exported as the commune receives it (openpyxl's import
    included: the app loads it only when a report is made)."""
    period = _demo_school_year()
    out = workdir / "export.xlsx"
    code = (
        "import datetime as dt\n"
        "from pathlib import Path\n"
        "from clc_desktop.storage.database import open_store\n"
        f"store = open_store({str(db)!r})\n"
        "started = time.perf_counter()\n"
        "from clc_desktop.services.centre_report import export_centre_report\n"
        "with store.session() as session:\n"
        f"    result = export_centre_report(session, {period!r}, Path({str(out)!r}),"
        f" with_learners={with_learners!r})\n"
        "store.close()\n"
        "print('learners_written', result.learners_written)\n"
    )
    samples, peak = [], 0.0
    for _ in range(runs):
        measured = _run_child(code)
        samples.append(measured["seconds"])
        peak = max(peak, measured["peak_mb"])
    size_kb = out.stat().st_size / 1024
    what = "with the learners sheet (personal data)" if with_learners else "counts only"
    return Result(
        f"export {period} report{' + learners' if with_learners else ''}",
        samples,
        peak,
        note=f"{what}; {size_kb:.0f} KB; indicators + workbook, timed after open",
    )


def bench_check(db: Path, runs: int, workdir: Path) -> Result:
    """Reading back and validating the exported report, as `clc-desktop check` does."""
    out = workdir / "export.xlsx"
    code = (
        "from pathlib import Path\n"
        "from clc_desktop.reports.reader import read_report\n"
        f"report = read_report(Path({str(out)!r}))\n"
        "assert report.status == 'ok', report.findings\n"
    )
    samples = [_run_child(code)["seconds"] for _ in range(runs)]
    return Result("check the exported report", samples, note="read + validate one file")


def bench_search(size: str) -> Result:
    """Search as you type over the learner list (benchmarks/search.py)."""
    from benchmarks.search import measure_search

    timings = measure_search(100_000 if size == "large" else 2_000)
    return Result(
        f"learner search per keystroke ({timings.learners:,} learners)",
        timings.samples,
        baseline=timings.baseline,
        note=f"{len(timings.samples)} keystrokes, search + filter; baseline: one substring "
        f"scan of the folded names; list load + index {timings.load_seconds * 1000:.0f} ms",
    )


def _child_samples(code: str) -> dict[str, list[float]]:
    """Run ``code`` in a fresh process (Qt offscreen); it prints ``SAMPLES {json}``."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("SAMPLES "))
    samples: dict[str, list[float]] = json.loads(line[8:])
    return samples


def bench_learners_page(size: str) -> Result:
    """Typing in the Learners page's search box: search + model reset + repaint
    (benchmarks/learners_ui.py)."""
    count = 100_000 if size == "large" else 2_000
    got = _child_samples(
        "import json\n"
        "from benchmarks.learners_ui import measure_learners_ui\n"
        f"t = measure_learners_ui({count})\n"
        "print('SAMPLES ' + json.dumps({'samples': t.samples, 'baseline': t.baseline}))\n"
    )
    return Result(
        f"  through the Learners page ({count:,})",
        got["samples"],
        baseline=got["baseline"],
        note="keystroke in the search box: search + model reset + repaint; "
        "baseline: the search alone",
    )


def bench_attendance(db: Path, size: str) -> list[Result]:
    """Roll call key presses and the 40 x 40 whole-class grid (benchmarks/attendance.py)."""
    marks, opens = (200, 20) if size == "large" else (40, 3)
    got = _child_samples(
        "import json\n"
        "from pathlib import Path\n"
        "from benchmarks.attendance import measure_attendance\n"
        f"t = measure_attendance({marks}, {opens}, Path({str(db)!r}))\n"
        "print('SAMPLES ' + json.dumps("
        "{'marks': t.mark_samples, 'keys': t.key_samples, 'grid': t.grid_samples}))\n"
    )
    return [
        Result(
            "mark save (roll call key press)",
            got["marks"],
            note="key press -> upsert in its own transaction (synchronous=FULL) on the "
            "background lane -> model -> saved label, repainted; a frame is 16.7 ms",
        ),
        Result(
            "  GUI thread busy per key press",
            got["keys"],
            note="the key's handling on the GUI thread; the save runs on the background lane",
        ),
        Result(
            "whole-class grid open (40 x 40)",
            got["grid"],
            note=f"a class of 40 learners x 40 sessions added to the {size} demo",
        ),
    ]


def bench_consolidate(size: str, runs: int) -> list[Result]:
    """Import and consolidate many centre reports (benchmarks/consolidation.py), next to a
    plain openpyxl script summing the same data sheets and a bare unzip + XML parse."""
    from benchmarks.consolidation import CENTRES, bench_consolidation

    if size == "large":
        files, centres = 579, CENTRES
    else:
        files, centres = 8, CENTRES[:2]
    clc, _reading, plain, bare = bench_consolidation(files, runs, centres=centres)
    ratio = statistics.median(plain.samples) / statistics.median(clc.samples)
    return [
        Result(
            clc.name,
            clc.samples,
            baseline=bare.samples,
            note=f"vs baseline: the bare unzip + XML parse; {ratio:.1f}x faster than the "
            "plain openpyxl script",
        ),
        Result(f"  {plain.name}", plain.samples, note=plain.note),
        Result(f"  {bare.name}", bare.samples, note=bare.note),
    ]


def _demo_school_year() -> str:
    """The demo's main school year: the latest one that has ended."""
    from clc_desktop.domain.periods import school_year_of

    current = school_year_of(dt.date.today())
    return f"{current.start.year - 1}-{current.start.year}"


def _end_of_demo_year() -> str:
    """The last day of the demo's main school year: every one of its sessions counts."""
    from clc_desktop.domain.periods import school_year_of

    current = school_year_of(dt.date.today())
    return current.start.replace(day=31, month=8).isoformat()


def print_table(results: list[Result]) -> None:
    header = ["benchmark", "runs", "median ms", "worst ms", "peak MB", "vs baseline", "what"]
    rows = [header, *[r.row() for r in results]]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", choices=("small", "large"), default="large")
    args = parser.parse_args(argv)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="clc-bench-") as tmp:
        workdir = Path(tmp)
        steps: list[Callable[[], Result]] = []
        demo, db = bench_demo(args.size, max(1, min(args.runs, 3)), workdir)
        results.append(demo)
        steps = [
            lambda: bench_startup(db, args.runs),
            lambda: bench_overview(db, args.runs, None, "today"),
            lambda: bench_overview(db, args.runs, _end_of_demo_year(), "whole demo year"),
            lambda: bench_backup(db, max(1, min(args.runs, 3))),
            lambda: bench_export(db, args.runs, workdir, with_learners=True),
            lambda: bench_export(db, args.runs, workdir, with_learners=False),
            lambda: bench_check(db, args.runs, workdir),
        ]
        for step in steps:
            results.append(step())
        results.extend(bench_attendance(db, args.size))
        results.append(bench_search(args.size))
        results.append(bench_learners_page(args.size))
        results.extend(bench_consolidate(args.size, max(1, min(args.runs, 3))))
    print(
        f"CLC Desktop benchmarks ({args.size} demo centre, Python "
        f"{sys.version.split()[0]}, {os.cpu_count()} cores)"
    )
    print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())

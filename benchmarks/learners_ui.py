"""Per-keystroke latency of the Learners page over 100,000 learners: the UI path.

    python -m benchmarks.learners_ui [--learners N] [--seed S]

Generates N learners (as :mod:`benchmarks.search` does) into a new migrated database,
opens the real :class:`~clc_desktop.ui.pages.learners.LearnersPage` (offscreen, shown,
1200 x 800) and types the queries of :data:`benchmarks.search.QUERIES` into its search
box one character at a time. Each sample is one keystroke as the user gets it: the text
change, the search with the filters' mask, the model reset with the new positions in the
sorted order, and the repaint of the table (``processEvents``). The baseline, measured in
the same run on the same keystrokes, is :meth:`LearnerSearch.search` alone (what the UI
adds is the difference). Clicking a column header to sort and clearing the search are
timed too.

:func:`measure_learners_ui` returns the samples.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.search import QUERIES, generate_learners


@dataclass(frozen=True, slots=True)
class UITimings:
    learners: int
    load_seconds: float  # from the page's construction to the list shown
    samples: list[float]  # seconds per keystroke: search + model reset + repaint
    baseline: list[float]  # the search alone (with the filters' mask), same keystrokes
    clears: list[float]  # clearing the search box: every learner shown again
    sorts: list[float]  # a click on a column header: sort 100,000 positions + repaint
    shown: list[int]  # rows shown after each keystroke

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    @property
    def worst_ms(self) -> float:
        return max(self.samples) * 1000


def measure_learners_ui(count: int = 100_000, seed: int = 1) -> UITimings:
    """Generate ``count`` learners and time the page's keystrokes (see the module doc)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from clc_desktop.storage.database import open_store
    from clc_desktop.ui.operations import BackgroundRunner, Operations
    from clc_desktop.ui.pages.learners import LearnersPage

    app = QApplication.instance() or QApplication([])
    today = dt.date(2026, 11, 23)
    with tempfile.TemporaryDirectory(prefix="clc-learners-ui-") as tmp:
        db = Path(tmp) / "learners.db"
        generate_learners(db, count, seed)
        with open_store(db) as store:
            runner = BackgroundRunner()
            ops = Operations(runner, store.session, lambda: "vi")
            started = time.perf_counter()
            page = LearnersPage(ops, "vi", today)
            page.resize(1200, 800)
            page.show()
            loop = QEventLoop()
            page.loaded.connect(loop.quit)
            loop.exec()
            app.processEvents()
            load_seconds = time.perf_counter() - started

            search = page._search
            assert search is not None
            samples: list[float] = []
            baseline: list[float] = []
            clears: list[float] = []
            shown: list[int] = []
            for query in QUERIES:
                for end in range(1, len(query) + 1):
                    started = time.perf_counter()
                    page.search.setText(query[:end])
                    app.processEvents()
                    samples.append(time.perf_counter() - started)
                    shown.append(page.model.rowCount())
                for end in range(1, len(query) + 1):
                    started = time.perf_counter()
                    search.search(query[:end], page._mask)
                    baseline.append(time.perf_counter() - started)
                started = time.perf_counter()
                page.search.clear()
                app.processEvents()
                clears.append(time.perf_counter() - started)
            sorts: list[float] = []
            for column in (2, 0, 5, 0):
                started = time.perf_counter()
                page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
                app.processEvents()
                sorts.append(time.perf_counter() - started)
            page.close()
            runner.wait()
            page.deleteLater()
            app.processEvents()
    return UITimings(count, load_seconds, samples, baseline, clears, sorts, shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.learners_ui")
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    timings = measure_learners_ui(args.learners, args.seed)
    base_median = statistics.median(timings.baseline) * 1000
    print(
        f"Learners page, {timings.learners:,} learners, {len(timings.samples)} keystrokes "
        f"of {len(QUERIES)} queries (Python {sys.version.split()[0]}, offscreen)"
    )
    print(f"  open the page until the list is shown: {timings.load_seconds * 1000:.0f} ms")
    print(
        f"  per keystroke (search + model reset + repaint): median {timings.median_ms:.1f} ms, "
        f"worst {timings.worst_ms:.1f} ms"
    )
    print(
        f"  baseline (the search alone, same keystrokes): median {base_median:.1f} ms, "
        f"worst {max(timings.baseline) * 1000:.1f} ms"
    )
    print(f"  ratio of medians: {timings.median_ms / base_median:.2f}x")
    clear_median = statistics.median(timings.clears) * 1000
    print(
        f"  clearing the search (every learner again): median {clear_median:.1f} ms, "
        f"worst {max(timings.clears) * 1000:.1f} ms"
    )
    print(
        f"  sorting by a header click: median {statistics.median(timings.sorts) * 1000:.1f} ms, "
        f"worst {max(timings.sorts) * 1000:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

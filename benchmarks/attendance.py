"""Attendance: mark-save latency through the UI path, and the whole-class grid's open time.

    python -m benchmarks.attendance [--marks N] [--opens N] [--db PATH]

Generates the large demo centre (or copies ``--db``), adds a class of 40 learners x 40
weekly sessions ending today (the demo's classes have at most 36 learners) with marks at
the past sessions, and opens the Attendance page on it, offscreen:

* mark-save: one status key pressed on the roll call (``QTest.keyClick``): the view's key
  handling, the upsert in its own transaction (``synchronous=FULL``, WAL) on the background
  lane, the model update and the "saved" label, timed from the key press until the saved
  mark is shown (repaint included); and, apart, how long the key press itself keeps the
  GUI thread busy;
* grid open: the whole-class grid's load (five queries on the background lane, the model
  reset, the view's layout) plus one paint of the page.

For the main table: :func:`measure_attendance` returns the samples (seconds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CLASS_LEARNERS = 40
CLASS_SESSIONS = 40


@dataclass(frozen=True, slots=True)
class AttendanceTimings:
    mark_samples: list[float]  # seconds per key press until the saved mark is on screen
    grid_samples: list[float]  # seconds per whole-class grid open (40 x 40)
    key_samples: list[float]  # seconds the GUI thread is busy with the key press itself
    learners: int
    sessions: int

    @staticmethod
    def _ms(samples: list[float]) -> tuple[float, float]:
        return statistics.median(samples) * 1000, max(samples) * 1000


def build_class(db: Path, today: dt.date, seed: int = 1) -> tuple[int, int]:
    """Add the 40 x 40 class to the centre at ``db``; returns (class id, today's session)."""
    from sqlalchemy import func, insert, select

    from clc_desktop.storage.database import open_store
    from clc_desktop.storage.models import (
        AttendanceMark,
        ClassSession,
        Enrolment,
        Learner,
        LearningClass,
    )

    rng = random.Random(seed)
    first = today - dt.timedelta(weeks=CLASS_SESSIONS - 1)
    with open_store(db) as store, store.session() as session:
        learner_ids = list(
            session.execute(select(Learner.id).where(~Learner.archived).order_by(Learner.id))
            .scalars()
            .all()
        )
        chosen = rng.sample(learner_ids, CLASS_LEARNERS)
        class_id = int(session.execute(select(func.max(LearningClass.id))).scalar() or 0) + 1
        session.execute(
            insert(LearningClass),
            [
                {
                    "id": class_id,
                    "name": "Lớp tin học 40 học viên (benchmark)",
                    "topic": "digital",
                    "facilitator": "Nguyễn Thị Hương",
                    "start_date": first,
                    "end_date": today,
                }
            ],
        )
        base = int(session.execute(select(func.max(ClassSession.id))).scalar() or 0)
        days = [first + dt.timedelta(weeks=w) for w in range(CLASS_SESSIONS)]
        session.execute(
            insert(ClassSession),
            [{"id": base + n + 1, "class_id": class_id, "date": d} for n, d in enumerate(days)],
        )
        session.execute(
            insert(Enrolment),
            [{"learner_id": lid, "class_id": class_id} for lid in chosen],
        )
        statuses = ["present"] * 16 + ["late", "excused", "absent"]
        session.execute(
            insert(AttendanceMark),
            [
                {"session_id": base + n + 1, "learner_id": lid, "status": rng.choice(statuses)}
                for n in range(CLASS_SESSIONS - 1)
                for lid in chosen
            ],
        )
    return class_id, base + CLASS_SESSIONS


def measure_attendance(
    marks: int = 200, opens: int = 20, db: Path | None = None, today: dt.date | None = None
) -> AttendanceTimings:
    """Samples of the mark-save latency and of the grid open time (seconds)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from clc_desktop.services.demo_data import generate_demo
    from clc_desktop.storage.database import open_store
    from clc_desktop.ui.operations import BackgroundRunner, Operations
    from clc_desktop.ui.pages.attendance import AttendancePage
    from clc_desktop.ui.style import STYLE_SHEET

    today = today or dt.date.today()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "attendance.db"
        if db is not None:
            shutil.copyfile(db, path)
        else:
            with open_store(path) as store:
                generate_demo(store.engine, seed=1, size="large", today=today)
        class_id, session_id = build_class(path, today)
        store = open_store(path)
        try:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            ops = Operations(BackgroundRunner(), store.session, lambda: "vi")

            def settle() -> None:
                """Wait in Qt's event loop, as the app does, until the lane is idle (a
                Python loop of processEvents() would hold the GIL the worker needs)."""
                if ops.runner.pending:
                    loop = QEventLoop()
                    ops.runner.idle.connect(loop.quit)
                    loop.exec()
                    ops.runner.idle.disconnect(loop.quit)
                app.processEvents()  # the repaint, as the event loop would do next

            page = AttendancePage(ops, "vi", settings, today)
            page.setStyleSheet(STYLE_SHEET)
            page.resize(1200, 800)
            page.show()
            page.open_session(session_id)
            settle()
            session = page.roll_call.session
            assert session is not None
            assert session.class_id == class_id
            app.processEvents()
            view = page.roll_call.view
            keys = [Qt.Key.Key_C, Qt.Key.Key_M, Qt.Key.Key_P, Qt.Key.Key_K]
            mark_samples: list[float] = []
            key_samples: list[float] = []
            for n in range(marks):
                if n % CLASS_LEARNERS == 0:
                    view.setCurrentIndex(page.roll_call.model.index(0, 2))
                started = time.perf_counter()
                QTest.keyClick(view, keys[(n // CLASS_LEARNERS) % len(keys)])
                key_samples.append(time.perf_counter() - started)
                settle()
                mark_samples.append(time.perf_counter() - started)
                app.processEvents()  # the repaint, as the event loop would do next
            page.tabs.setCurrentIndex(1)
            app.processEvents()
            grid_samples: list[float] = []
            for _ in range(opens):
                started = time.perf_counter()
                page.grid.load()
                settle()
                grid = page.grid.model.grid
                page.repaint()
                grid_samples.append(time.perf_counter() - started)
                assert grid is not None
                assert (len(grid.learners), len(grid.sessions)) == (40, 40)
            page.close()
            page.deleteLater()
            app.processEvents()
            return AttendanceTimings(
                mark_samples, grid_samples, key_samples, CLASS_LEARNERS, CLASS_SESSIONS
            )
        finally:
            store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.attendance")
    parser.add_argument("--marks", type=int, default=200, help="key presses to time")
    parser.add_argument("--opens", type=int, default=20, help="grid opens to time")
    parser.add_argument("--db", type=Path, help="a centre to copy instead of the large demo")
    args = parser.parse_args(argv)
    timings = measure_attendance(args.marks, args.opens, args.db)
    mark_median, mark_worst = timings._ms(timings.mark_samples)
    ranked = sorted(timings.mark_samples)
    mark_p95 = ranked[int(len(ranked) * 0.95)] * 1000
    grid_median, grid_worst = timings._ms(timings.grid_samples)
    print(f"class of {timings.learners} learners x {timings.sessions} sessions (large demo)")
    print(
        f"mark save through the UI path: median {mark_median:.2f} ms, p95 {mark_p95:.2f} ms, "
        f"worst {mark_worst:.2f} ms "
        f"({len(timings.mark_samples)} key presses; a frame is 16.7 ms)"
    )
    key_median, key_worst = timings._ms(timings.key_samples)
    print(
        f"GUI thread busy per key press: median {key_median:.2f} ms, worst {key_worst:.2f} ms "
        "(the save itself runs on the background lane)"
    )
    print(
        f"whole-class grid open:         median {grid_median:.1f} ms, worst {grid_worst:.1f} ms "
        f"({len(timings.grid_samples)} opens)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

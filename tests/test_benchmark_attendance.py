"""The attendance benchmark keeps working (on the small demo; its timings are not checked)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from benchmarks.attendance import measure_attendance

from clc_desktop.services.demo_data import generate_demo
from clc_desktop.storage.database import open_store


@pytest.mark.slow
def test_the_attendance_benchmark_times_marks_and_grid_opens(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    today = dt.date(2026, 11, 23)
    with open_store(db) as store:
        generate_demo(store.engine, seed=2, size="small", today=today)
    timings = measure_attendance(marks=45, opens=2, db=db, today=today)
    assert len(timings.mark_samples) == 45
    assert len(timings.grid_samples) == 2
    assert (timings.learners, timings.sessions) == (40, 40)

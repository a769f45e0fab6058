"""The benchmark command keeps working (run at the small size; its timings are not checked)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_benchmark_table_prints_at_a_small_size() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--runs", "1", "--size", "small"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    for name in (
        "demo generation (small)",
        "start-up to shown window",
        "overview numbers (today)",
        "overview numbers (whole demo year)",
        "verified backup",
        "report + learners",
        "check the exported report",
        "learner search per keystroke",
        "through the Learners page",
        "mark save (roll call key press)",
        "whole-class grid open (40 x 40)",
        "import + consolidate (8 files)",
        "plain openpyxl sum",
    ):
        assert name in result.stdout

"""The Learners page benchmark keeps working (at a tiny size; its timings are not checked)."""

from benchmarks.learners_ui import measure_learners_ui
from benchmarks.search import QUERIES
from pytestqt.qtbot import QtBot


def test_the_page_benchmark_times_every_keystroke(qtbot: QtBot) -> None:
    timings = measure_learners_ui(300, seed=3)
    keystrokes = sum(len(q) for q in QUERIES)
    assert len(timings.samples) == len(timings.baseline) == len(timings.shown) == keystrokes
    assert len(timings.clears) == len(QUERIES)
    assert len(timings.sorts) == 4
    assert timings.shown[0] > timings.shown[len(QUERIES[0]) - 1]  # typing narrows the list
    assert timings.worst_ms >= timings.median_ms >= 0

"""The search benchmark keeps working (at a tiny size; its timings are not checked)."""

from benchmarks.search import QUERIES, measure_search


def test_the_search_benchmark_measures_every_keystroke() -> None:
    timings = measure_search(500, seed=3)
    keystrokes = sum(len(q) for q in QUERIES)
    assert len(timings.samples) == len(timings.search_only) == len(timings.baseline) == keystrokes
    assert timings.median_ms >= 0
    assert timings.worst_ms >= timings.median_ms

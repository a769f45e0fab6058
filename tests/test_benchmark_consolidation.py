"""The consolidation benchmark keeps working (a few files; its timings are not checked)."""

from pathlib import Path

from benchmarks.consolidation import bench_consolidation, print_table


def test_the_consolidation_benchmark_runs_on_a_few_files(tmp_path: Path, capsys: object) -> None:
    rows = bench_consolidation(files=4, cache=tmp_path, centres=((1, "small"), (2, "small")))
    assert [len(r.samples) for r in rows] == [1, 1, 1, 1]
    assert all(s > 0 for r in rows for s in r.samples)
    print_table(rows)
    assert len(list((tmp_path).glob("reports-*/*.xlsx"))) == 4

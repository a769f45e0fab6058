"""Consolidating imported reports: sums, coverage at any depth, double counting."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from clc_desktop.coordinator import report_import as ri
from clc_desktop.coordinator.consolidation import (
    DoubleCounting,
    consolidate,
    numbers_by_unit,
    write_consolidation,
)
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.domain.messages import Problem
from clc_desktop.reports.cube import Key
from clc_desktop.reports.header import SourceRow
from clc_desktop.reports.reader import read_report
from clc_desktop.storage.database import Store
from tests.coordinator.helpers import (
    CITY,
    Reports,
    district_report,
    import_files,
)
from tests.report_files import (
    NOW,
    PERIOD,
    copy_reports,
    more_minutes,
    rewrite,
    summed,
)


def test_every_consolidated_value_is_the_sum_of_the_centres_databases(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    folder = copy_reports(centre_reports, (1, 2, 3), tmp_path / "inbox")
    progress: list[tuple[int, int]] = []
    with coordinator.session() as session:
        preview = ri.preview_import(
            session, [folder], expected_period=PERIOD, progress=lambda *a: progress.append(a)
        )
        assert [o.outcome for o in preview.outcomes] == [ri.NEW] * 3
        assert progress[-1] == (3, 3)
        assert "mới" in preview.outcomes[0].describe()
        ri.commit_import(session, preview)
    with coordinator.session() as session:
        result = consolidate(session, CITY, PERIOD, unit_name="Thành phố Hà Nội", level="city")
    expected = summed([r.cube for r in centre_reports.values()])
    assert result.cube == expected
    assert result.cube[Key("centres")] == 3
    assert {r.unit_id for r in result.summed} == {r.unit_id for r in centre_reports.values()}

    output = tmp_path / "city.xlsx"
    content = write_consolidation(result, output, now=NOW)
    back = read_report(output)
    assert back.status == "ok", back.findings
    assert back.cube == expected
    assert back.header is not None
    assert back.header.level == "city"
    assert back.header.content_sha256 == content.header.content_sha256
    assert [(s.unit_id, s.content_sha256) for s in back.sources] == sorted(
        (r.unit_id, r.sha256) for r in centre_reports.values()
    )
    assert load_workbook(output).sheetnames[0] == "Tổng hợp"


def test_a_district_report_and_one_of_its_centres_count_that_centre_once(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    district = district_report(centre_reports, (1, 2), tmp_path)
    import_files(coordinator, [district, centre_reports[1].path, centre_reports[3].path])
    with coordinator.session() as session:
        result = consolidate(session, CITY, PERIOD, unit_name="Hà Nội", level="city")
    assert result.cube == summed([r.cube for r in centre_reports.values()])
    assert [r.unit_id for r in result.summed] == sorted(["D1", centre_reports[3].unit_id])
    [covered] = result.covered
    assert covered.report.unit_id == centre_reports[1].unit_id
    assert covered.by.unit_id == "D1"
    assert not covered.differs
    assert result.hash_warnings == []


def test_a_covered_report_that_differs_from_the_one_listed_is_reported(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    district = district_report(centre_reports, (1, 2), tmp_path)
    changed = rewrite(
        centre_reports[1].path,
        tmp_path / "centre-1-v2.xlsx",
        generated_at="2026-09-25T08:00:00+07:00",
        change=more_minutes(centre_reports[1].path, 5),
    )
    import_files(coordinator, [district, changed])
    with coordinator.session() as session:
        result = consolidate(session, CITY, PERIOD, level="city")
    [warning] = result.hash_warnings
    assert warning.report.unit_id == centre_reports[1].unit_id
    assert warning.by.unit_id == "D1"
    # The district's numbers are used, so nothing counts twice.
    assert result.cube == summed([centre_reports[1].cube, centre_reports[2].cube])


def test_two_reports_covering_one_unit_refuse_and_name_both(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    first = district_report(centre_reports, (1, 2), tmp_path, "D1")
    second = district_report(centre_reports, (1, 3), tmp_path, "D2")
    import_files(coordinator, [first, second])
    with coordinator.session() as session, pytest.raises(DoubleCounting) as refused:
        consolidate(session, CITY, PERIOD, level="city")
    assert {refused.value.first.unit_id, refused.value.second.unit_id} == {"D1", "D2"}
    assert refused.value.unit_id == centre_reports[1].unit_id
    assert "D1" in refused.value.text()
    assert "D2" in refused.value.text()


def test_coverage_is_followed_at_any_depth(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    """A city report lists a district; the district (imported too) lists the centre."""
    district = district_report(centre_reports, (1, 2), tmp_path)
    with open_coordinator_store(tmp_path / "region.db") as region_store:
        import_files(region_store, [district])
        with region_store.session() as session:
            region = consolidate(session, "R1", PERIOD, unit_name="Vùng", level="region")
        write_consolidation(region, tmp_path / "R1.xlsx", now=NOW)
    import_files(coordinator, [tmp_path / "R1.xlsx", district, centre_reports[1].path])
    with coordinator.session() as session:
        result = consolidate(session, "00", PERIOD, level="country")
    assert [r.unit_id for r in result.summed] == ["R1"]
    assert {c.report.unit_id for c in result.covered} == {"D1", centre_reports[1].unit_id}
    assert result.cube == summed([centre_reports[1].cube, centre_reports[2].cube])


def test_nothing_to_sum_is_a_problem(coordinator: Store) -> None:
    with coordinator.session() as session, pytest.raises(Problem) as caught:
        consolidate(session, CITY, PERIOD, level="city")
    assert caught.value.code == "consolidate.nothing"


def test_sources_rows_are_exactly_the_reports_summed(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    district = district_report(centre_reports, (1, 2), tmp_path)
    back = read_report(district)
    assert sorted(s.unit_id for s in back.sources) == sorted(
        centre_reports[s].unit_id for s in (1, 2)
    )
    assert all(isinstance(s, SourceRow) and s.period == PERIOD for s in back.sources)


def test_numbers_by_unit_and_topic_with_the_previous_period(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    c1, c2 = centre_reports[1], centre_reports[2]
    earlier = rewrite(c1.path, tmp_path / "earlier.xlsx", period="2024-2025")
    import_files(coordinator, [c1.path, c2.path, earlier], period=None)
    with coordinator.session() as session:
        result = consolidate(session, CITY, PERIOD, level="city")
        rows = {r.unit_id: r for r in numbers_by_unit(session, result, "sessions_held")}
    assert rows[c1.unit_id].values["_all"] == c1.cube[Key("sessions_held")]
    assert rows[c1.unit_id].change() == 0
    assert rows[c2.unit_id].previous is None


def test_cancelling_the_consolidation_and_its_export(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    from clc_desktop.domain.progress import Cancelled

    import_files(coordinator, [r.path for r in centre_reports.values()])
    with pytest.raises(Cancelled), coordinator.session() as session:
        consolidate(session, CITY, PERIOD, level="city", cancelled=lambda: True)
    with coordinator.session() as session:
        result = consolidate(session, CITY, PERIOD, level="city")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "city.xlsx"
    target.write_bytes(b"last month's file")
    for after in (0, 1, 3):  # before anything, after the human sheet, after saving
        calls: list[int] = []
        with pytest.raises(Cancelled):
            write_consolidation(
                result,
                target,
                now=NOW,
                progress=lambda done, total, calls=calls: calls.append(done),
                cancelled=lambda calls=calls, after=after: len(calls) >= after,
            )
        assert target.read_bytes() == b"last month's file"
        assert [p.name for p in out.iterdir()] == ["city.xlsx"]
    write_consolidation(result, target, now=NOW)
    assert read_report(target).status == "ok"

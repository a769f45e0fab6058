"""Importing real centre reports into a coordinator store and consolidating them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from clc_desktop.domain.messages import Problem
from clc_desktop.reports.cube import Key
from clc_desktop.reports.reader import read_report
from clc_desktop.reports.workbook import SourceRow
from clc_desktop.services import report_import as ri
from clc_desktop.services.consolidation import (
    COVERED,
    LATE,
    MISSING,
    ON_TIME,
    REPLACED,
    DoubleCounting,
    completeness,
    consolidate,
    write_consolidation,
)
from clc_desktop.services.hierarchy import UnitInfo, apply_units, merge_units
from clc_desktop.storage.coordinator import open_coordinator_store
from clc_desktop.storage.coordinator.models import (
    ImportedReport,
    ReportSource,
    ReportStatus,
    ReportValue,
    StatusEvent,
)
from clc_desktop.storage.database import Store
from tests.report_files import (
    NOW,
    PERIOD,
    CentreReport,
    copy_reports,
    more_minutes,
    rewrite,
    summed,
)

Reports = dict[int, CentreReport]
CITY = "01"


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Store]:
    with open_coordinator_store(tmp_path / "coordinator.db") as store:
        yield store


def _import(
    store: Store, inputs: list[Path], accept: tuple[Path, ...] = (), period: str | None = PERIOD
) -> tuple[ri.ImportPreview, ri.ImportResult]:
    with store.session() as session:
        preview = ri.preview_import(session, inputs, expected_period=period)
        result = ri.commit_import(session, preview, accept_flagged=accept)
    return preview, result


def _counts(store: Store) -> tuple[int, ...]:
    with store.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (ImportedReport, ReportValue, ReportSource, ReportStatus, StatusEvent)
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
    assert back.meta["level"] == "city"
    assert back.meta["content_sha256"] == content.meta["content_sha256"]
    assert [(s.unit_id, s.content_sha256) for s in back.sources] == sorted(
        (r.unit_id, r.sha256) for r in centre_reports.values()
    )
    assert load_workbook(output).sheetnames[0] == "Tổng hợp"


def test_importing_again_changes_nothing_and_says_when(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    folder = copy_reports(centre_reports, (1, 2), tmp_path / "inbox")
    _import(coordinator, [folder])
    before = _counts(coordinator)
    preview, result = _import(coordinator, [folder])
    assert [o.outcome for o in preview.outcomes] == [ri.UNCHANGED] * 2
    assert all(o.imported_on is not None for o in preview.outcomes)
    assert "already imported on" in preview.outcomes[0].describe("en")
    assert result.imported == []
    assert _counts(coordinator) == before


def test_the_same_file_twice_in_one_import_is_stored_once(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes(centre_reports[1].path.read_bytes())
    preview, result = _import(coordinator, [centre_reports[1].path, copy])
    assert [o.outcome for o in preview.outcomes] == [ri.NEW, ri.DUPLICATE]
    assert len(result.imported) == 1


def _edit_value(path: Path, target: Path) -> Path:
    workbook = load_workbook(path)
    data = workbook["data"]
    row = next(r for r in data.iter_rows(min_row=2) if r[0].value == "sessions_held")
    row[5].value = int(row[5].value) + 10
    workbook.save(target)
    return target


def test_an_edited_file_is_flagged_and_imported_only_when_accepted(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    edited = _edit_value(centre_reports[2].path, tmp_path / "edited.xlsx")
    before = _counts(coordinator)
    preview, result = _import(coordinator, [edited])
    [outcome] = preview.outcomes
    assert outcome.flagged
    assert outcome.needs_acceptance
    assert {f.code for f in outcome.flags} >= {"report.hash_mismatch"}
    assert result.not_accepted == [outcome]
    assert result.imported == []
    assert _counts(coordinator) == before

    _, result = _import(coordinator, [edited], accept=(edited,))
    assert len(result.imported) == 1
    with coordinator.session() as session:
        stored = session.scalars(select(ImportedReport)).one()
        assert stored.flagged
        assert stored.accepted
        assert stored.recomputed_sha256 != stored.content_sha256
        consolidation = consolidate(session, CITY, PERIOD, level="city")
    # An accepted flagged file enters sources with the hash of its content.
    [source] = consolidation.source_rows()
    assert source.content_sha256 == stored.recomputed_sha256


def test_an_older_file_imported_after_a_newer_one_goes_to_history(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    original = centre_reports[1]
    newer = rewrite(
        original.path,
        tmp_path / "newer.xlsx",
        generated_at="2026-09-20T08:00:00+07:00",
        change=more_minutes(original.path, 60),
    )
    preview, _ = _import(coordinator, [newer])
    assert preview.outcomes[0].outcome == ri.NEW
    preview, _ = _import(coordinator, [original.path])
    assert preview.outcomes[0].outcome == ri.OLDER_VERSION
    with coordinator.session() as session:
        result = consolidate(session, CITY, PERIOD, level="city")
        versions = session.scalar(select(func.count()).select_from(ImportedReport))
    assert versions == 2
    assert result.cube[Key("minutes_held")] == original.cube[Key("minutes_held")] + 60
    # Both in one import: the newer is the report, the older goes to history.
    with open_coordinator_store(tmp_path / "batch.db") as batch:
        preview, _ = _import(batch, [original.path, newer])
        assert [o.outcome for o in preview.outcomes] == [ri.OLDER_VERSION, ri.NEW]
    # And the other way round: a newer file after an older one is a new version.
    with open_coordinator_store(tmp_path / "other.db") as other:
        _import(other, [original.path])
        preview, _ = _import(other, [newer])
        assert preview.outcomes[0].outcome == ri.NEW_VERSION


def _district(reports: Reports, seeds: tuple[int, ...], folder: Path, unit_id: str = "D1") -> Path:
    """The district's own consolidated report of the given centres."""
    with open_coordinator_store(folder / f"{unit_id}.db") as store:
        _import(store, [reports[s].path for s in seeds])
        with store.session() as session:
            result = consolidate(
                session, unit_id, PERIOD, unit_name=f"Quận {unit_id}", level="district"
            )
        write_consolidation(result, folder / f"{unit_id}.xlsx", now=NOW)
    return folder / f"{unit_id}.xlsx"


def test_a_district_report_and_one_of_its_centres_count_that_centre_once(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    district = _district(centre_reports, (1, 2), tmp_path)
    _import(coordinator, [district, centre_reports[1].path, centre_reports[3].path])
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
    district = _district(centre_reports, (1, 2), tmp_path)
    changed = rewrite(
        centre_reports[1].path,
        tmp_path / "centre-1-v2.xlsx",
        generated_at="2026-09-25T08:00:00+07:00",
        change=more_minutes(centre_reports[1].path, 5),
    )
    _import(coordinator, [district, changed])
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
    first = _district(centre_reports, (1, 2), tmp_path, "D1")
    second = _district(centre_reports, (1, 3), tmp_path, "D2")
    _import(coordinator, [first, second])
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
    district = _district(centre_reports, (1, 2), tmp_path)
    with open_coordinator_store(tmp_path / "region.db") as region_store:
        _import(region_store, [district])
        with region_store.session() as session:
            region = consolidate(session, "R1", PERIOD, unit_name="Vùng", level="region")
        write_consolidation(region, tmp_path / "R1.xlsx", now=NOW)
    _import(coordinator, [tmp_path / "R1.xlsx", district, centre_reports[1].path])
    with coordinator.session() as session:
        result = consolidate(session, "00", PERIOD, level="country")
    assert [r.unit_id for r in result.summed] == ["R1"]
    assert {c.report.unit_id for c in result.covered} == {"D1", centre_reports[1].unit_id}
    assert result.cube == summed([centre_reports[1].cube, centre_reports[2].cube])


def test_completeness_lists_on_time_late_merged_and_missing_units(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    c1, c2, c3 = (centre_reports[s] for s in (1, 2, 3))
    late = rewrite(c3.path, tmp_path / "late.xlsx", generated_at="2026-10-30T08:00:00+07:00")
    with coordinator.session() as session:
        apply_units(
            session,
            [
                UnitInfo(CITY, "Hà Nội", "city"),
                UnitInfo(c1.unit_id, c1.name, "centre", CITY),
                UnitInfo(c3.unit_id, c3.name, "centre", CITY),
                UnitInfo("gone", "Đã giải thể", "centre", CITY, closed_on=dt.date(2025, 6, 1)),
                UnitInfo("old-a", "Cũ A", "centre", CITY),
                UnitInfo(
                    "silent",
                    "Im lặng",
                    "centre",
                    CITY,
                    contact_person="Chị Lan",
                    phone="0912 345 678",
                ),
            ],
        )
        merge_units(
            session, UnitInfo(c2.unit_id, c2.name, "centre", CITY), ["old-a"], dt.date(2026, 1, 1)
        )
    preview, _ = _import(coordinator, [c1.path, c2.path, late])
    assert not any(o.flagged for o in preview.outcomes)
    with coordinator.session() as session:
        states = {e.unit.unit_id: e.state for e in completeness(session, CITY, PERIOD)}
        result = consolidate(session, CITY, PERIOD)
    assert states == {
        c1.unit_id: ON_TIME,
        c2.unit_id: ON_TIME,
        c3.unit_id: LATE,
        "old-a": REPLACED,
        "silent": MISSING,
    }
    assert [(m.unit.name, m.unit.phone) for m in result.missing] == [("Im lặng", "0912 345 678")]
    from clc_desktop.services.consolidation import export_completeness

    with coordinator.session() as session:
        expected = completeness(session, CITY, PERIOD)
    export_completeness(expected, tmp_path / "completeness.xlsx", title="Kỳ 2025-2026")
    listed = list(load_workbook(tmp_path / "completeness.xlsx").active.iter_rows(values_only=True))
    assert listed[3][2:5] == ("Im lặng", "centre", "Chưa báo cáo")  # missing units first
    assert listed[3][6:8] == ("Chị Lan", "0912 345 678")
    write_consolidation(result, tmp_path / "city.xlsx", now=NOW)
    texts = [
        c.value
        for row in load_workbook(tmp_path / "city.xlsx").worksheets[0].iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    assert "Im lặng" in texts
    assert "0912 345 678" in texts


def test_a_unit_inside_another_report_is_not_missing(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    district = _district(centre_reports, (1,), tmp_path)
    c1 = centre_reports[1]
    with coordinator.session() as session:
        apply_units(
            session,
            [
                UnitInfo(CITY, "Hà Nội", "city"),
                UnitInfo("D1", "Quận D1", "district", CITY),
                UnitInfo(c1.unit_id, c1.name, "centre", CITY),
            ],
        )
    _import(coordinator, [district])
    with coordinator.session() as session:
        states = {e.unit.unit_id: e.state for e in completeness(session, CITY, PERIOD)}
    assert states == {"D1": ON_TIME, c1.unit_id: COVERED}


def test_reports_outside_the_hierarchy_are_flagged_and_other_periods_too(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    with coordinator.session() as session:
        apply_units(session, [UnitInfo(CITY, "Hà Nội", "city")])
    preview, result = _import(coordinator, [centre_reports[1].path], period="2026-Q1")
    assert {f.code for f in preview.outcomes[0].flags} == {
        "report.unknown_unit",
        "report.other_period",
    }
    assert result.imported == []


def test_nothing_to_sum_is_a_problem(coordinator: Store) -> None:
    with coordinator.session() as session, pytest.raises(Problem) as caught:
        consolidate(session, CITY, PERIOD, level="city")
    assert caught.value.code == "consolidate.nothing"


def test_accepted_reports_are_locked_and_reopening_needs_a_reason(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    c1 = centre_reports[1]
    _import(coordinator, [c1.path])
    with coordinator.session() as session:
        assert ri.statuses(session, PERIOD) == {c1.unit_id: "received"}
        ri.set_status(session, c1.unit_id, PERIOD, "checked")
        ri.set_status(session, c1.unit_id, PERIOD, "accepted")
    newer = rewrite(
        c1.path,
        tmp_path / "v2.xlsx",
        generated_at="2026-09-30T08:00:00+07:00",
        change=more_minutes(c1.path, 2),
    )
    preview, result = _import(coordinator, [newer])
    assert preview.outcomes[0].outcome == ri.LOCKED
    assert result.imported == []
    with coordinator.session() as session, pytest.raises(Problem) as caught:
        ri.set_status(session, c1.unit_id, PERIOD, "checked")
    assert caught.value.code == "status.reopen_needs_reason"
    with coordinator.session() as session:
        ri.set_status(session, c1.unit_id, PERIOD, "checked", reason="Sai số giờ học")
    preview, result = _import(coordinator, [newer])
    assert preview.outcomes[0].outcome == ri.NEW_VERSION
    assert len(result.imported) == 1
    with coordinator.session() as session:
        history = ri.status_history(session, c1.unit_id, PERIOD)
    assert [h.status for h in history] == ["received", "checked", "accepted", "checked", "received"]
    assert history[3].reason == "Sai số giờ học"


def test_a_bad_file_never_stops_the_others_and_changes_nothing(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    _import(coordinator, [centre_reports[1].path])
    before = _counts(coordinator)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    version2 = tmp_path / "v2.xlsx"
    workbook = load_workbook(centre_reports[2].path)
    meta = workbook["meta"]
    next(r for r in meta.iter_rows() if r[0].value == "format_version")[1].value = "2"
    workbook.save(version2)
    preview, result = _import(coordinator, [fake, version2, centre_reports[3].path])
    assert [o.outcome for o in preview.outcomes] == [ri.REJECTED, ri.REJECTED, ri.NEW]
    assert "phiên bản 2" in preview.outcomes[1].describe()
    assert len(result.imported) == 1
    after = _counts(coordinator)
    assert after[0] == before[0] + 1


def test_cancelling_the_preview_stops_early(coordinator: Store, centre_reports: Reports) -> None:
    paths = [r.path for r in centre_reports.values()]
    calls = iter([False, True, True])
    with coordinator.session() as session:
        preview = ri.preview_import(session, paths, cancelled=lambda: next(calls))
    assert preview.cancelled
    assert len(preview.outcomes) == 1


def test_sources_rows_are_exactly_the_reports_summed(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    district = _district(centre_reports, (1, 2), tmp_path)
    back = read_report(district)
    assert sorted(s.unit_id for s in back.sources) == sorted(
        centre_reports[s].unit_id for s in (1, 2)
    )
    assert all(isinstance(s, SourceRow) and s.period == PERIOD for s in back.sources)


def test_reading_in_several_processes_gives_the_same_preview(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("x")
    inputs = [*(r.path for r in centre_reports.values()), fake]
    with coordinator.session() as session:
        alone = ri.preview_import(session, inputs, expected_period=PERIOD, workers=1)
        pooled = ri.preview_import(session, inputs, expected_period=PERIOD, workers=2)
    assert [(o.path, o.outcome, o.content_sha256, o.findings) for o in alone.outcomes] == [
        (o.path, o.outcome, o.content_sha256, o.findings) for o in pooled.outcomes
    ]
    assert ri.reading_workers(3) == 1


def test_numbers_by_unit_and_topic_with_the_previous_period(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    from clc_desktop.services.consolidation import numbers_by_unit, previous_period

    assert [previous_period(p) for p in ("2026", "2026-H1", "2026-Q1", "2026-03", "2025-2026")] == [
        "2025",
        "2025-H2",
        "2025-Q4",
        "2026-02",
        "2024-2025",
    ]
    c1, c2 = centre_reports[1], centre_reports[2]
    earlier = rewrite(c1.path, tmp_path / "earlier.xlsx", period="2024-2025")
    _import(coordinator, [c1.path, c2.path, earlier], period=None)
    with coordinator.session() as session:
        result = consolidate(session, CITY, PERIOD, level="city")
        rows = {r.unit_id: r for r in numbers_by_unit(session, result, "sessions_held")}
    assert rows[c1.unit_id].values["_all"] == c1.cube[Key("sessions_held")]
    assert rows[c1.unit_id].change() == 0
    assert rows[c2.unit_id].previous is None


def test_cancelling_the_commit_rolls_everything_back(
    coordinator: Store, centre_reports: Reports
) -> None:
    with coordinator.session() as session:
        preview = ri.preview_import(session, [r.path for r in centre_reports.values()])
    before = _counts(coordinator)
    calls = iter([False, False, True, True, True])
    with pytest.raises(ri.ImportCancelled), coordinator.session() as session:
        ri.commit_import(session, preview, cancelled=lambda: next(calls))
    assert _counts(coordinator) == before


def test_cancelling_the_consolidation_and_its_export(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    from clc_desktop.domain.progress import Cancelled

    _import(coordinator, [r.path for r in centre_reports.values()])
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

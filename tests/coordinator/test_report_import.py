"""Importing real centre reports into a coordinator store: versions, flags, status."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from clc_desktop.coordinator import report_import as ri
from clc_desktop.coordinator.consolidation import (
    consolidate,
)
from clc_desktop.coordinator.hierarchy import UnitInfo, apply_units
from clc_desktop.coordinator.models import ImportedReport
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.domain.messages import Problem
from clc_desktop.reports.cube import Key
from clc_desktop.storage.database import Store
from tests.coordinator.helpers import (
    CITY,
    Reports,
    counts,
    edit_value,
    import_files,
)
from tests.report_files import (
    PERIOD,
    copy_reports,
    more_minutes,
    rewrite,
)


def test_importing_again_changes_nothing_and_says_when(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    folder = copy_reports(centre_reports, (1, 2), tmp_path / "inbox")
    import_files(coordinator, [folder])
    before = counts(coordinator)
    preview, result = import_files(coordinator, [folder])
    assert [o.outcome for o in preview.outcomes] == [ri.UNCHANGED] * 2
    assert all(o.imported_on is not None for o in preview.outcomes)
    assert "already imported on" in preview.outcomes[0].describe("en")
    assert result.imported == []
    assert counts(coordinator) == before


def test_the_same_file_twice_in_one_import_is_stored_once(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes(centre_reports[1].path.read_bytes())
    preview, result = import_files(coordinator, [centre_reports[1].path, copy])
    assert [o.outcome for o in preview.outcomes] == [ri.NEW, ri.DUPLICATE]
    assert len(result.imported) == 1


def test_an_edited_file_is_flagged_and_imported_only_when_accepted(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    edited = edit_value(centre_reports[2].path, tmp_path / "edited.xlsx")
    before = counts(coordinator)
    preview, result = import_files(coordinator, [edited])
    [outcome] = preview.outcomes
    assert outcome.flagged
    assert outcome.needs_acceptance
    assert {f.code for f in outcome.flags} >= {"report.hash_mismatch"}
    assert result.not_accepted == [outcome]
    assert result.imported == []
    assert counts(coordinator) == before

    _, result = import_files(coordinator, [edited], accept=(edited,))
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
    preview, _ = import_files(coordinator, [newer])
    assert preview.outcomes[0].outcome == ri.NEW
    preview, _ = import_files(coordinator, [original.path])
    assert preview.outcomes[0].outcome == ri.OLDER_VERSION
    with coordinator.session() as session:
        result = consolidate(session, CITY, PERIOD, level="city")
        versions = session.scalar(select(func.count()).select_from(ImportedReport))
    assert versions == 2
    assert result.cube[Key("minutes_held")] == original.cube[Key("minutes_held")] + 60
    # Both in one import: the newer is the report, the older goes to history.
    with open_coordinator_store(tmp_path / "batch.db") as batch:
        preview, _ = import_files(batch, [original.path, newer])
        assert [o.outcome for o in preview.outcomes] == [ri.OLDER_VERSION, ri.NEW]
    # And the other way round: a newer file after an older one is a new version.
    with open_coordinator_store(tmp_path / "other.db") as other:
        import_files(other, [original.path])
        preview, _ = import_files(other, [newer])
        assert preview.outcomes[0].outcome == ri.NEW_VERSION


def test_reports_outside_the_hierarchy_are_flagged_and_other_periods_too(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    with coordinator.session() as session:
        apply_units(session, [UnitInfo(CITY, "Hà Nội", "city")])
    preview, result = import_files(coordinator, [centre_reports[1].path], period="2026-Q1")
    assert {f.code for f in preview.outcomes[0].flags} == {
        "report.unknown_unit",
        "report.other_period",
    }
    assert result.imported == []


def test_accepted_reports_are_locked_and_reopening_needs_a_reason(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    c1 = centre_reports[1]
    import_files(coordinator, [c1.path])
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
    preview, result = import_files(coordinator, [newer])
    assert preview.outcomes[0].outcome == ri.LOCKED
    assert result.imported == []
    with coordinator.session() as session, pytest.raises(Problem) as caught:
        ri.set_status(session, c1.unit_id, PERIOD, "checked")
    assert caught.value.code == "status.reopen_needs_reason"
    with coordinator.session() as session:
        ri.set_status(session, c1.unit_id, PERIOD, "checked", reason="Sai số giờ học")
    preview, result = import_files(coordinator, [newer])
    assert preview.outcomes[0].outcome == ri.NEW_VERSION
    assert len(result.imported) == 1
    with coordinator.session() as session:
        history = ri.status_history(session, c1.unit_id, PERIOD)
    assert [h.status for h in history] == ["received", "checked", "accepted", "checked", "received"]
    assert history[3].reason == "Sai số giờ học"


def test_a_bad_file_never_stops_the_others_and_changes_nothing(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    import_files(coordinator, [centre_reports[1].path])
    before = counts(coordinator)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    version2 = tmp_path / "v2.xlsx"
    workbook = load_workbook(centre_reports[2].path)
    meta = workbook["meta"]
    next(r for r in meta.iter_rows() if r[0].value == "format_version")[1].value = "2"
    workbook.save(version2)
    preview, result = import_files(coordinator, [fake, version2, centre_reports[3].path])
    assert [o.outcome for o in preview.outcomes] == [ri.REJECTED, ri.REJECTED, ri.NEW]
    assert "phiên bản 2" in preview.outcomes[1].describe()
    assert len(result.imported) == 1
    after = counts(coordinator)
    assert after[0] == before[0] + 1


def test_cancelling_the_preview_stops_early(coordinator: Store, centre_reports: Reports) -> None:
    paths = [r.path for r in centre_reports.values()]
    calls = iter([False, True, True])
    with coordinator.session() as session:
        preview = ri.preview_import(session, paths, cancelled=lambda: next(calls))
    assert preview.cancelled
    assert len(preview.outcomes) == 1


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


def test_cancelling_the_commit_rolls_everything_back(
    coordinator: Store, centre_reports: Reports
) -> None:
    with coordinator.session() as session:
        preview = ri.preview_import(session, [r.path for r in centre_reports.values()])
    before = counts(coordinator)
    calls = iter([False, False, True, True, True])
    with pytest.raises(ri.ImportCancelled), coordinator.session() as session:
        ri.commit_import(session, preview, cancelled=lambda: next(calls))
    assert counts(coordinator) == before


def test_the_store_keeps_the_meta_as_the_file_wrote_it(
    coordinator: Store, centre_reports: Reports, tmp_path: Path
) -> None:
    """A timestamp written to the minute (valid ISO 8601 with an offset) is kept as it was
    written, not rewritten with seconds: the consolidated ``sources`` sheet quotes it."""
    import json

    from clc_desktop.reports.reader import read_report

    source = tmp_path / "minute.xlsx"
    workbook = load_workbook(centre_reports[1].path)
    meta = workbook["meta"]
    row = next(r for r in meta.iter_rows() if r[0].value == "generated_at")
    row[1].value = "2026-09-15T09:00+07:00"
    workbook.save(source)
    read = read_report(source)
    assert read.meta["generated_at"] == "2026-09-15T09:00+07:00"
    import_files(coordinator, [source])
    with coordinator.session() as session:
        stored = session.scalars(select(ImportedReport)).one()
        assert stored.generated_at == "2026-09-15T09:00+07:00"
        assert json.loads(stored.meta_json) == read.meta

"""Who has reported to a coordinator, and the list as a workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from clc_desktop.coordinator import report_import as ri
from clc_desktop.coordinator.completeness import (
    COVERED,
    LATE,
    MISSING,
    ON_TIME,
    REPLACED,
    by_attention,
    completeness,
    completeness_header,
    completeness_row,
    write_completeness_sheet,
)
from clc_desktop.coordinator.consolidation import (
    consolidate,
    write_consolidation,
)
from clc_desktop.coordinator.hierarchy import UnitInfo, apply_units, merge_units
from clc_desktop.domain.messages import message
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
    rewrite,
)


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
    preview, _ = import_files(coordinator, [c1.path, c2.path, late])
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
    with coordinator.session() as session:
        expected = completeness(session, CITY, PERIOD)
        known = ri.statuses(session, PERIOD)
    target = tmp_path / "completeness.xlsx"
    title = message("completeness.title", "vi", unit="Hà Nội", period=PERIOD)
    lines = [completeness_row(e, known.get(e.unit.unit_id)) for e in by_attention(expected)]
    write_completeness_sheet(target, title, completeness_header(), lines)
    listed = list(load_workbook(target).active.iter_rows(values_only=True))
    assert listed[0][0] == "Tình hình nhận báo cáo của Hà Nội, kỳ 2025-2026"
    assert listed[2][:3] == ("Đơn vị", "Báo cáo", "Trạng thái")
    # Missing units first, with whom to call; then the late ones.
    assert listed[3] == ("Im lặng", "chưa báo cáo", "–", None, "Chị Lan", "0912 345 678", "silent")
    assert listed[4][:4] == (c3.name, "nộp muộn", "đã nhận", "30/10/2026")
    merged = next(row for row in listed[5:] if row[6] == "old-a")
    assert merged[1] == f"đã sáp nhập: {c2.unit_id} báo cáo thay"
    header = completeness_header("en")
    rows = [completeness_row(e, known.get(e.unit.unit_id), "en") for e in by_attention(expected)]
    assert header == ["Unit", "Report", "Status", "Made on", "Contact person", "Phone", "ID"]
    assert rows[0][:3] == ["Im lặng", "missing", "–"]
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
    district = district_report(centre_reports, (1,), tmp_path)
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
    import_files(coordinator, [district])
    with coordinator.session() as session:
        states = {e.unit.unit_id: e.state for e in completeness(session, CITY, PERIOD)}
    assert states == {"D1": ON_TIME, c1.unit_id: COVERED}

"""The coordinator's hierarchy: .xlsx round trip, never deleted, merges, Hà Nội's list."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from clc_desktop.coordinator.hierarchy import (
    HIERARCHY_COLUMNS,
    HierarchyFileProblems,
    UnitInfo,
    close_unit,
    descendants_of,
    export_hierarchy,
    import_hierarchy,
    list_units,
    load_hanoi_communes,
    merge_units,
    save_unit,
    unit_map,
)
from clc_desktop.coordinator.models import Unit
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import parse_period
from clc_desktop.reports.header import ReportHeader
from clc_desktop.storage.database import Store


def _sheet(
    path: Path, rows: list[list[object]], header: tuple[str, ...] = HIERARCHY_COLUMNS
) -> Path:
    workbook = Workbook()
    workbook.active.append(list(header))
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_hanoi_communes_are_a_starting_point(coordinator: Store) -> None:
    with coordinator.session() as session:
        changes = load_hanoi_communes(session)
        units = unit_map(session)
        again = load_hanoi_communes(session)
    assert len(changes.added) == 127  # the city and its 126 communes and wards
    assert again.added == []
    assert units["01"].level == "city"
    assert len(descendants_of(units, "01")) == 126
    assert all(u.parent_id == "01" for u in units.values() if u.level == "commune")


def test_the_xlsx_round_trip_keeps_every_field(coordinator: Store, tmp_path: Path) -> None:
    units = [
        UnitInfo("01", "Thành phố Hà Nội", "city"),
        UnitInfo(
            "D1", "Quận Ba Đình", "district", "01", contact_person="Chị Hoa", phone="024 3823 4567"
        ),
        UnitInfo("c-old", "TTHTCĐ cũ", "centre", "D1", closed_on=dt.date(2025, 6, 30)),
        UnitInfo(
            "c-new",
            "TTHTCĐ mới",
            "centre",
            "D1",
            opened_on=dt.date(2025, 7, 1),
            replaces=("c-old",),
        ),
    ]
    with coordinator.session() as session:
        for unit in units:
            save_unit(session, unit)
        assert export_hierarchy(session, tmp_path / "units.xlsx") == 4
    with open_coordinator_store(tmp_path / "other.db") as other, other.session() as session:
        changes = import_hierarchy(session, tmp_path / "units.xlsx")
        assert sorted(changes.added) == sorted(u.unit_id for u in units)
        assert sorted(list_units(session), key=lambda u: u.unit_id) == sorted(
            units, key=lambda u: u.unit_id
        )
        assert import_hierarchy(session, tmp_path / "units.xlsx").unchanged == 4


def test_a_bad_file_names_each_row_and_changes_nothing(coordinator: Store, tmp_path: Path) -> None:
    path = _sheet(
        tmp_path / "bad.xlsx",
        [
            ["01", "Hà Nội", "city", None, None, None, None, None],
            ["D1", "Ba Đình", "district", "99", None, None, None, None],
            [70, "Số", "centre", "01", None, None, None, None],
            ["c 1", "Có dấu cách", "centre", "01", None, None, None, None],
            ["c2", "Ngày sai", "centre", "01", None, None, "30/06/2025", None],
            ["01", "Trùng", "city", None, None, None, None, None],
        ],
    )
    with coordinator.session() as session, pytest.raises(HierarchyFileProblems) as refused:
        import_hierarchy(session, path)
    rows = {(p.row, p.code) for p in refused.value.problems}
    assert rows >= {
        (4, "hierarchy.numeric_id"),
        (5, "hierarchy.bad_id"),
        (6, "hierarchy.bad_date"),
        (7, "hierarchy.duplicate"),
    }
    with coordinator.session() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 0
    # The parent check runs on a file whose rows are otherwise fine.
    path = _sheet(tmp_path / "parent.xlsx", [["D1", "Ba Đình", "district", "99"]])
    with coordinator.session() as session, pytest.raises(HierarchyFileProblems) as refused:
        import_hierarchy(session, path)
    assert [(p.row, p.code) for p in refused.value.problems] == [(2, "hierarchy.unknown_parent")]


def test_a_missing_column_and_a_file_that_is_not_xlsx(coordinator: Store, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "cols.xlsx", [["01", "Hà Nội"]], header=("unit_id", "name"))
    with coordinator.session() as session, pytest.raises(HierarchyFileProblems) as refused:
        import_hierarchy(session, path)
    assert refused.value.problems[0].code == "hierarchy.missing_column"
    fake = tmp_path / "fake.xlsx"
    fake.write_text("unit_id,name")
    with coordinator.session() as session, pytest.raises(Problem) as caught:
        import_hierarchy(session, fake)
    assert caught.value.code == "hierarchy.not_xlsx"


def test_units_are_closed_never_deleted_and_merges_are_recorded(
    coordinator: Store, tmp_path: Path
) -> None:
    with coordinator.session() as session:
        save_unit(session, UnitInfo("01", "Hà Nội", "city"))
        save_unit(session, UnitInfo("a", "A", "centre", "01"))
        save_unit(session, UnitInfo("b", "B", "centre", "01"))
        close_unit(session, "a", dt.date(2025, 12, 31))
        merge_units(session, UnitInfo("ab", "A và B", "centre", "01"), ["b"], dt.date(2026, 1, 1))
        units = unit_map(session)
        export_hierarchy(session, tmp_path / "units.xlsx")
        # A file without the closed units leaves them in the store.
        _sheet(tmp_path / "short.xlsx", [["01", "Hà Nội", "city"]])
        import_hierarchy(session, tmp_path / "short.xlsx")
        assert len(list_units(session)) == 4
    assert units["a"].closed_on == dt.date(2025, 12, 31)
    assert units["b"].closed_on == dt.date(2025, 12, 31)
    assert units["ab"].replaces == ("b",)
    assert units["ab"].opened_on == dt.date(2026, 1, 1)
    assert units["b"].open_during(parse_period("2025"))
    assert not units["b"].open_during(parse_period("2026"))


def test_a_unit_cannot_sit_below_itself(coordinator: Store) -> None:
    with coordinator.session() as session:
        save_unit(session, UnitInfo("01", "Hà Nội", "city"))
        save_unit(session, UnitInfo("D1", "Ba Đình", "district", "01"))
        with pytest.raises(Problem) as caught:
            save_unit(session, UnitInfo("01", "Hà Nội", "city", "D1"))
    assert caught.value.code == "hierarchy.cycle"


def test_a_unit_is_suggested_for_a_report_from_outside(coordinator: Store) -> None:
    from clc_desktop.coordinator.hierarchy import suggest_unit

    with coordinator.session() as session:
        load_hanoi_communes(session)
        units = unit_map(session)
    header = ReportHeader.for_content(
        unit_id="u-1",
        unit_name="TTHTCĐ phường Hoàn Kiếm",
        level="centre",
        unit_code="00070",
        parent_id="99",
        period=parse_period("2026"),
        cube={},
        generated_at=dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC),
    )
    unit = suggest_unit(header, units)
    assert (unit.unit_id, unit.name, unit.level) == ("u-1", "TTHTCĐ phường Hoàn Kiếm", "centre")
    assert unit.parent_id == "00070"
    assert suggest_unit(replace(header, parent_id="01"), units).parent_id == "01"
    assert suggest_unit(replace(header, parent_id=None, unit_code=None), units).parent_id is None

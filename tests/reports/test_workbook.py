"""Export, read back, tamper: the workbook follows the spec and the reader catches edits."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from clc_desktop.__main__ import main
from clc_desktop.domain.centre import CentreProfile
from clc_desktop.reports.reader import check_archive, read_report
from clc_desktop.services.centre import save_centre
from clc_desktop.services.centre_report import export_centre_report
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import ClassSession, LearningClass

NOW = dt.datetime(2026, 9, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    with store.session() as session:
        save_centre(
            session,
            CentreProfile(
                name='=HYPERLINK("http://x") TTHTCĐ\x07 xã Sóc Sơn',
                commune_code="04930",
                commune_name="Xã Sóc Sơn",
                province_code="01",
                province_name="Thành phố Hà Nội",
                parent_unit_id="01",
                parent_unit_name="Thành phố Hà Nội",
            ),
        )
        session.execute(
            insert(LearningClass),
            [
                {
                    "id": 1,
                    "name": "+Lớp tin học",
                    "topic": "digital",
                    "kind": "course",
                    "start_date": dt.date(2026, 1, 5),
                }
            ],
        )
        session.execute(
            insert(ClassSession),
            [{"class_id": 1, "date": dt.date(2026, 1, 5), "minutes": 90, "walk_ins_female": 4}],
        )
    path = tmp_path / "report.xlsx"
    with store.session() as session:
        export_centre_report(session, "2025-2026", path, now=NOW)
    return path


def test_an_exported_report_reads_back_valid(exported: Path) -> None:
    report = read_report(exported)
    assert report.status == "ok", report.findings
    assert report.meta["period_start"] == "2025-09-01"
    assert report.meta["generated_at"] == "2026-09-05T09:30:00+07:00"
    assert report.meta["level"] == "centre"
    assert report.meta["unit_code"] == "04930"
    header = report.header
    assert header is not None
    assert (header.period.code, header.period.start) == ("2025-2026", dt.date(2025, 9, 1))
    assert header.generated_at == NOW
    assert (header.level, header.unit_code, header.personal_data) == ("centre", "04930", False)
    assert report.cube[("walk_ins", "digital", "female", "_all", "_all")] == 4
    workbook = load_workbook(exported)
    assert workbook.sheetnames == ["Báo cáo", "Biểu đồ", "meta", "data", "sources"]
    assert [workbook[n].sheet_state for n in ("meta", "data", "sources")] == ["hidden"] * 3
    human = workbook["Báo cáo"]
    texts = [c.value for row in human.iter_rows() for c in row if isinstance(c.value, str)]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "Độc lập - Tự do - Hạnh phúc" in texts
    assert "GIÁM ĐỐC TRUNG TÂM" in texts


def test_user_text_never_becomes_a_formula_and_control_characters_go(exported: Path) -> None:
    workbook = load_workbook(exported)
    cells = [
        c
        for name in workbook.sheetnames
        for row in workbook[name].iter_rows()
        for c in row
        if c.value is not None
    ]
    assert all(c.data_type != "f" for c in cells)
    meta = dict(workbook["meta"].iter_rows(values_only=True))
    assert meta["unit_name"] == '=HYPERLINK("http://x") TTHTCĐ xã Sóc Sơn'


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    workbook = load_workbook(path)
    workbook[sheet][cell] = value
    workbook.save(path)


def _codes(path: Path) -> set[str]:
    return {f.code for f in read_report(path).findings}


def test_an_edited_number_is_flagged(exported: Path) -> None:
    data = load_workbook(exported)["data"]
    row = next(
        r[0].row
        for r in data.iter_rows(min_row=2)
        if r[0].value == "sessions_held" and r[1].value == "digital"
    )
    _edit(exported, "data", f"F{row}", 5)
    report = read_report(exported)
    assert report.status == "flagged"
    assert {f.code for f in report.findings} >= {"report.hash_mismatch", "report.not_additive"}


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "code"),
    [
        ("data", "F2", "1", "data.bad_value"),
        ("data", "F2", -1, "data.bad_value"),
        ("data", "F2", 1.5, "data.bad_value"),
        ("data", "F2", True, "data.bad_value"),
        ("data", "F2", "=1+1", "cell.formula"),
        ("data", "B2", "knitting", "data.unknown_code"),
        ("data", "C2", "female", "data.dimension_not_allowed"),
        ("data", "A1", "indicatr", "sheet.header"),
        ("meta", "B4", 12345, "cell.not_text"),
        ("sources", "A1", "unit", "sheet.header"),
    ],
)
def test_wrong_cells_are_rejected_with_their_place(
    exported: Path, sheet: str, cell: str, value: object, code: str
) -> None:
    _edit(exported, sheet, cell, value)
    report = read_report(exported)
    assert report.status == "rejected"
    assert code in {f.code for f in report.findings}


def test_a_newer_format_version_is_refused_naming_it(exported: Path) -> None:
    workbook = load_workbook(exported)
    meta = workbook["meta"]
    row = next(r[0].row for r in meta.iter_rows() if r[0].value == "format_version")
    meta[f"B{row}"] = "2"
    workbook.save(exported)
    report = read_report(exported)
    assert [f.params for f in report.findings if f.code == "meta.version"] == [
        {"sheet": "meta", "version": "2"}
    ]


def test_a_format_version_written_as_a_number_is_accepted(exported: Path) -> None:
    workbook = load_workbook(exported)
    meta = workbook["meta"]
    row = next(r[0].row for r in meta.iter_rows() if r[0].value == "format_version")
    meta[f"B{row}"] = 1.0
    workbook.save(exported)
    assert read_report(exported).status == "ok"


def test_merged_cells_duplicates_and_very_hidden_sheets_are_rejected(exported: Path) -> None:
    workbook = load_workbook(exported)
    workbook["meta"].merge_cells("C1:D1")
    workbook["data"].append(list(next(workbook["data"].iter_rows(min_row=2, values_only=True))))
    workbook["sources"].sheet_state = "veryHidden"
    workbook.save(exported)
    assert _codes(exported) >= {"sheet.merged", "data.duplicate", "sheet.very_hidden"}


def test_a_missing_machine_sheet_is_rejected(exported: Path) -> None:
    workbook = load_workbook(exported)
    del workbook["sources"]
    workbook.save(exported)
    assert _codes(exported) == {"sheet.missing"}


def test_a_zip_bomb_is_refused_from_the_zip_directory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 50_000_000)
    assert bomb.stat().st_size < 100_000
    assert check_archive(bomb) == "bomb"
    assert _codes(bomb) == {"file.unsafe"}


def test_an_xml_entity_attack_is_refused(exported: Path, tmp_path: Path) -> None:
    attack = tmp_path / "attack.xlsx"
    with zipfile.ZipFile(exported) as source, zipfile.ZipFile(attack, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = (
                    b'<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa">'
                    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>' + data
                )
            target.writestr(item, data)
    findings = read_report(attack).findings
    assert [(f.code, f.params) for f in findings] == [
        ("file.unsafe", {"reason": "EntitiesForbidden"})  # defusedxml said no
    ]


def test_a_renamed_file_is_judged_by_its_bytes(tmp_path: Path) -> None:
    fake = tmp_path / "report.xlsx"
    fake.write_bytes(b"%PDF-1.4 not a workbook")
    assert check_archive(fake) == "not_zip"
    plain_zip = tmp_path / "photos.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"jpeg")
    plain_zip.write_bytes(buffer.getvalue())
    assert check_archive(plain_zip) == "not_xlsx"


def test_check_prints_each_problem_and_exits_1(
    exported: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(exported)]) == 0
    assert "hợp lệ" in capsys.readouterr().out
    _edit(exported, "data", "F2", "7")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("x")
    assert main(["check", str(exported), str(fake)]) == 1
    out = capsys.readouterr().out
    assert "trang «data», dòng 2" in out
    assert "không phải tệp Excel" in out

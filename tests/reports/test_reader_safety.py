"""The fast path (python-calamine) sees only files its pre-scan vouches for, and both
paths give the same verdicts. calamine aborts the process on a zip bomb and allocates a
dense grid up to the last cell, so these files must never reach it."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clc_desktop.reports import reader
from clc_desktop.reports.reader import read_report
from tests.report_files import CentreReport

DATA = "data"  # the machine sheet whose XML these tests change


@pytest.fixture
def report(centre_reports: dict[int, CentreReport], tmp_path: Path) -> Path:
    path = tmp_path / "report.xlsx"
    shutil.copyfile(centre_reports[1].path, path)
    return path


@pytest.fixture
def calamine_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every file handed to calamine."""
    import python_calamine

    calls: list[str] = []
    original = python_calamine.CalamineWorkbook.from_filelike

    def spy(handle: object) -> object:
        calls.append("called")
        return original(handle)

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", spy)
    return calls


def _part_of(path: Path, sheet: str) -> str:
    """The zip member holding ``sheet`` (through workbook.xml and its relationships)."""
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    rel_id = re.search(rf'<sheet name="{sheet}"[^>]*r:id="(\w+)"', workbook)
    assert rel_id is not None
    target = re.search(rf'Target="([^"]+)" Id="{rel_id[1]}"', rels)
    assert target is not None
    return target[1].lstrip("/")


def _rewrite_part(path: Path, part: str, change: Callable[[bytes], bytes], target: Path) -> Path:
    if part == DATA:
        part = _part_of(path, DATA)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            out.writestr(item, change(data) if item.filename == part else data)
    return target


def _codes(path: Path, fast: bool = True) -> set[str]:
    return {f.code for f in read_report(path, fast=fast).findings}


def test_a_valid_report_takes_the_fast_path_and_reads_as_the_careful_one(
    report: Path, calamine_calls: list[str]
) -> None:
    fast, careful = read_report(report), read_report(report, fast=False)
    assert calamine_calls == ["called"]
    assert fast.status == "ok"
    assert fast.header is not None
    assert (fast.meta, fast.header, fast.cube, fast.sources, fast.findings) == (
        careful.meta,
        careful.header,
        careful.cube,
        careful.sources,
        careful.findings,
    )


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "code"),
    [
        ("data", "F2", "7", "data.bad_value"),
        ("data", "F2", True, "data.bad_value"),
        ("data", "F2", -1, "data.bad_value"),
        ("data", "F2", 2.5, "data.bad_value"),
        ("data", "B2", "astrology", "data.unknown_code"),
        ("meta", "B4", 70, "cell.not_text"),
        ("meta", "B3", "2", "meta.version"),
        ("data", "A1", "indicators", "sheet.header"),
    ],
)
def test_both_paths_reject_the_same_cells(
    report: Path, sheet: str, cell: str, value: object, code: str, calamine_calls: list[str]
) -> None:
    workbook = load_workbook(report)
    workbook[sheet][cell] = value
    workbook.save(report)
    assert code in _codes(report)
    assert calamine_calls == ["called"]
    assert _codes(report) == _codes(report, fast=False)


def test_extra_columns_and_a_very_hidden_sheet_agree(report: Path) -> None:
    workbook = load_workbook(report)
    workbook["data"]["H2"] = "a note"
    workbook["sources"].sheet_state = "veryHidden"
    workbook.save(report)
    assert _codes(report) == _codes(report, fast=False) == {"sheet.very_hidden"}


def test_a_formula_never_reaches_calamine_and_is_named(
    report: Path, tmp_path: Path, calamine_calls: list[str]
) -> None:
    def formula(xml: bytes) -> bytes:
        return re.sub(
            rb'<c r="F2" t="n"><v>(\d+)</v></c>', rb'<c r="F2"><f>1+1</f><v>\1</v></c>', xml
        )

    changed = _rewrite_part(report, DATA, formula, tmp_path / "formula.xlsx")
    findings = read_report(changed).findings
    assert calamine_calls == []
    assert ("cell.formula", {"sheet": "data", "row": 2, "column": "F"}) in [
        (f.code, f.params) for f in findings
    ]


def test_merged_cells_never_reach_calamine(
    report: Path, tmp_path: Path, calamine_calls: list[str]
) -> None:
    def merge(xml: bytes) -> bytes:
        return xml.replace(
            b"</sheetData>",
            b'</sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>',
        )

    changed = _rewrite_part(report, DATA, merge, tmp_path / "merged.xlsx")
    assert "sheet.merged" in _codes(changed)
    assert calamine_calls == []


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


@pytest.mark.parametrize("part", [DATA, "xl/styles.xml", "xl/workbook.xml"])
def test_xml_entity_bombs_are_refused_and_never_reach_calamine(
    report: Path, tmp_path: Path, part: str, calamine_calls: list[str]
) -> None:
    changed = _rewrite_part(
        report,
        part,
        lambda xml: BILLION_LAUGHS + re.sub(rb"^<\?xml[^>]*\?>", b"", xml),
        tmp_path / "bomb.xlsx",
    )
    findings = read_report(changed).findings
    assert calamine_calls == []
    assert [(f.code, f.params) for f in findings] == [
        ("file.unsafe", {"reason": "EntitiesForbidden"})
    ]


def test_an_external_entity_is_refused(report: Path, tmp_path: Path) -> None:
    attack = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    changed = _rewrite_part(
        report,
        DATA,
        lambda xml: attack + xml.replace(b"<v>2224</v>", b"<v>&e;</v>"),
        tmp_path / "xxe.xlsx",
    )
    assert _codes(changed) == {"file.unsafe"}


def test_a_cell_in_the_last_column_and_row_never_reaches_calamine(
    report: Path, tmp_path: Path, calamine_calls: list[str]
) -> None:
    """One cell at XFD1048576 would make calamine allocate ~17 billion cells and abort."""

    def far(xml: bytes) -> bytes:
        return xml.replace(
            b"</sheetData>",
            b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>',
        )

    changed = _rewrite_part(report, DATA, far, tmp_path / "far.xlsx")
    assert "sheet.too_many_rows" in _codes(changed)
    assert calamine_calls == []


def test_a_huge_dimension_never_reaches_calamine_but_the_file_is_fine(
    report: Path, tmp_path: Path, calamine_calls: list[str]
) -> None:
    changed = _rewrite_part(
        report,
        DATA,
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml),
        tmp_path / "dimension.xlsx",
    )
    assert read_report(changed).status == "ok"
    assert calamine_calls == []


def test_a_false_alarm_only_costs_speed(report: Path) -> None:
    """Text that looks like markup to the byte scan sends the file the careful way."""
    workbook = load_workbook(report)
    meta = workbook["meta"]
    row = next(r for r in meta.iter_rows() if r[0].value == "unit_name")
    row[1].value = "TTHTCĐ a:c b <!-- x"
    workbook.save(report)
    assert reader._load_fast(report) is None
    assert read_report(report).meta["unit_name"] == "TTHTCĐ a:c b <!-- x"


def test_a_zip_bomb_never_reaches_calamine(tmp_path: Path, calamine_calls: list[str]) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 50_000_000)
    assert bomb.stat().st_size < 100_000
    assert _codes(bomb) == {"file.unsafe"}
    assert calamine_calls == []


def _with_shared_strings(path: Path, target: Path) -> Path:
    """The same workbook with its text in a shared-strings table, as Excel writes it."""
    strings: dict[bytes, int] = {}

    def to_shared(match: re.Match[bytes]) -> bytes:
        index = strings.setdefault(match[2], len(strings))
        return match[1] + b' t="s"><v>' + str(index).encode() + b"</v></c>"

    inline = re.compile(
        rb'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"><is><t>([^<]*)</t></is></c>'
    )
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = inline.sub(to_shared, data)
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" '
                    b'Target="sharedStrings.xml"/></Relationships>',
                )
            elif item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            out.writestr(item, data)
        table = b"".join(b"<si><t>" + text + b"</t></si>" for text in strings)
        out.writestr(
            "xl/sharedStrings.xml",
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + table
            + b"</sst>",
        )
    return target


def test_shared_strings_read_the_same_on_both_paths(
    report: Path, tmp_path: Path, calamine_calls: list[str]
) -> None:
    shared = _with_shared_strings(report, tmp_path / "shared.xlsx")
    with zipfile.ZipFile(shared) as archive:
        assert b"inlineStr" not in archive.read(_part_of(shared, DATA))
    fast, careful, original = (
        read_report(shared),
        read_report(shared, fast=False),
        read_report(report),
    )
    assert calamine_calls == ["called", "called"]
    assert fast.status == "ok"
    assert (fast.meta, fast.cube, fast.sources) == (careful.meta, careful.cube, careful.sources)
    assert (fast.meta, fast.cube) == (original.meta, original.cube)
    assert fast.header == careful.header == original.header


def test_an_oversized_sheet_is_refused_from_the_zip_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sheet too large for any real report is refused before parsing, whatever its
    compression ratio (the limit is lowered here so the test writes 2 MB, not 80)."""
    import random

    monkeypatch.setattr(reader, "MAX_SHEET_BYTES", 1_000_000)
    digits = random.Random(1).randbytes(2_000_000).translate(bytes(48 + i % 10 for i in range(256)))
    big = tmp_path / "big.xlsx"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", digits)
    assert reader.check_archive(big) == "sheet_too_large"
    assert _codes(big) == {"file.unsafe"}

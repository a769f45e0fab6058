"""The report header: one typed value from the meta sheet to the store and back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from clc_desktop.domain.periods import parse_period
from clc_desktop.reports.cube import Key, content_hash
from clc_desktop.reports.header import GENERATOR, META_KEYS, ReportHeader, SourceRow
from clc_desktop.reports.reader import read_report
from clc_desktop.reports.workbook import ReportContent, write_workbook

ICT = dt.timezone(dt.timedelta(hours=7))
CUBE = {Key("centres"): 2, Key("classes"): 3, Key("classes", "digital"): 3}
SOURCES = [
    SourceRow("c-1", "00070", "TTHTCĐ A", "centre", "2026", "a" * 64, "2027-01-05T08:00:00+07:00"),
    SourceRow("c-2", "", "TTHTCĐ B", "centre", "2026", "b" * 64, "2027-01-06T08:00:00+07:00"),
]


def _header(**changes: object) -> ReportHeader:
    header = ReportHeader.for_content(
        unit_id="D1",
        unit_code="001",
        unit_name="Quận Ba Đình",
        level="district",
        parent_id="01",
        replaces=("D0", "D9"),
        period=parse_period("2026"),
        cube=CUBE,
        sources=SOURCES,
        generated_at=dt.datetime(2027, 1, 10, 9, 30, 15, 123456, tzinfo=ICT),
    )
    return replace(header, **changes)  # type: ignore[arg-type]


def test_a_written_report_gets_its_hash_its_generator_and_whole_seconds() -> None:
    header = _header()
    assert header.content_sha256 == content_hash(
        "D1", "district", "2026", CUBE, [s.hash_key for s in SOURCES]
    )
    assert header.generator == GENERATOR
    assert header.generated_at == dt.datetime(2027, 1, 10, 9, 30, 15, tzinfo=ICT)
    assert header.generated_at_utc == dt.datetime(2027, 1, 10, 2, 30, 15)
    assert header.identity == ("D1", "2026")
    local = ReportHeader.for_content(
        unit_id="c",
        unit_name="c",
        level="centre",
        period=parse_period("2026"),
        cube={},
        generated_at=dt.datetime(2027, 1, 10, 9, 30),
    )
    assert local.generated_at.tzinfo is not None  # a time without offset is local time


def test_the_meta_sheet_round_trips_in_the_spec_order() -> None:
    header = _header()
    meta = header.to_meta()
    assert list(meta) == list(META_KEYS)
    assert meta["replaces"] == "D0 D9"
    assert meta["period_start"] == "2026-01-01"
    assert meta["generated_at"] == "2027-01-10T09:30:15+07:00"
    assert meta["personal_data"] == "none"
    assert ReportHeader.from_meta(meta) == header
    plain = _header(unit_code=None, parent_id=None, replaces=(), personal_data=True)
    meta = plain.to_meta()
    assert "unit_code" not in meta
    assert "parent_id" not in meta
    assert "replaces" not in meta
    assert meta["personal_data"] == "learners"
    assert ReportHeader.from_meta(meta) == plain


def test_a_meta_sheet_that_does_not_parse_is_refused() -> None:
    meta = _header().to_meta()
    with pytest.raises(ValueError, match="disagree"):
        ReportHeader.from_meta({**meta, "period_end": "2026-12-30"})
    with pytest.raises(ValueError, match="offset"):
        ReportHeader.from_meta({**meta, "generated_at": "2027-01-10T09:30:15"})
    with pytest.raises(ValueError, match="not a period"):
        ReportHeader.from_meta({**meta, "period": "2026-Q5"})
    without = dict(meta)
    del without["unit_name"]
    with pytest.raises(KeyError):
        ReportHeader.from_meta(without)


def test_the_reader_gives_back_the_header_the_writer_wrote(tmp_path: Path) -> None:
    header = _header()
    path = tmp_path / "district.xlsx"
    write_workbook(path, ReportContent(header=header, cube=CUBE, sources=SOURCES))
    report = read_report(path)
    assert report.status == "ok", report.findings
    assert report.header == header
    assert report.meta == header.to_meta()
    assert report.sources == SOURCES
    assert report.recomputed_sha256 == header.content_sha256


def test_a_rejected_meta_sheet_gives_no_header(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "report.xlsx"
    write_workbook(path, ReportContent(header=_header(), cube=CUBE, sources=SOURCES))
    workbook = load_workbook(path)
    sheet = workbook["meta"]
    row = next(r for r in sheet.iter_rows() if r[0].value == "period_end")
    row[1].value = "2026-12-30"
    workbook.save(path)
    report = read_report(path)
    assert report.status == "rejected"
    assert report.header is None
    assert report.meta["period_end"] == "2026-12-30"  # what the file says, for the message

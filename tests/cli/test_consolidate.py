"""``clc-desktop consolidate``: exit codes, the per-file summary, flagged files refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clc_desktop.__main__ import main
from clc_desktop.coordinator.hierarchy import UnitInfo, apply_units, export_hierarchy
from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.reports.reader import read_report
from tests.report_files import PERIOD, CentreReport, summed

Reports = dict[int, CentreReport]


def _args(inputs: list[Path], tmp_path: Path, *extra: str) -> list[str]:
    return [
        "consolidate",
        *map(str, inputs),
        "--store",
        str(tmp_path / "city.db"),
        "--unit-id",
        "01",
        "--unit-name",
        "Thành phố Hà Nội",
        "--level",
        "city",
        "--period",
        PERIOD,
        "-o",
        str(tmp_path / "out.xlsx"),
        *extra,
    ]


def test_a_folder_is_consolidated_and_rejected_files_are_listed(
    centre_reports: Reports, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for report in centre_reports.values():
        shutil.copyfile(report.path, inbox / report.path.name)
    (inbox / "photo.xlsx").write_bytes(b"\xff\xd8 not a workbook")
    (inbox / "notes.txt").write_text("ignored: not a report file name")
    assert main(_args([inbox], tmp_path)) == 0
    out = capsys.readouterr().out
    assert out.count("mới: báo cáo đầu tiên") == 3
    assert "photo.xlsx: bị từ chối; không phải tệp Excel" in out
    assert "Tệp bị từ chối:" in out
    assert "notes.txt" not in out
    written = read_report(tmp_path / "out.xlsx")
    assert written.status == "ok"
    assert written.cube == summed([r.cube for r in centre_reports.values()])
    # Again, in English: nothing new, the same output.
    assert main([*_args([inbox], tmp_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.count("unchanged: already imported on") == 3
    assert read_report(tmp_path / "out.xlsx").cube == written.cube


def test_flagged_files_are_never_accepted(
    centre_reports: Reports, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "edited.xlsx"
    workbook = load_workbook(centre_reports[1].path)
    workbook["data"]["F2"] = int(workbook["data"]["F2"].value) + 1
    workbook.save(edited)
    assert main([*_args([edited, centre_reports[2].path], tmp_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "NOT imported: this command never accepts flagged files" in out
    assert read_report(tmp_path / "out.xlsx").cube == centre_reports[2].cube


def test_english_counts_one_file_and_one_report(
    centre_reports: Reports, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*_args([centre_reports[1].path], tmp_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Imported 1 file; 0 files flagged and not imported; 0 files rejected." in out
    assert ": 1 report summed, hash " in out
    assert main([*_args([centre_reports[2].path, centre_reports[3].path], tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 2 tệp; 0 tệp cần xem lại không được nhập; 0 tệp bị từ chối." in out
    assert ": 3 báo cáo được cộng, mã kiểm tra " in out


def test_nothing_to_write_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("x")
    assert main(_args([fake], tmp_path)) == 1
    assert "Không có báo cáo nào để tổng hợp" in capsys.readouterr().err
    assert not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize(
    "change", [("--period", "2026-Q5"), ("--unit-id", "mã có dấu"), ("--level", "a b")]
)
def test_usage_errors_exit_2(
    centre_reports: Reports,
    tmp_path: Path,
    change: tuple[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = _args([centre_reports[1].path], tmp_path)
    args[args.index(change[0]) + 1] = change[1]
    assert main(args) == 2
    if change[0] != "--period":  # the message names the option that is wrong
        key = change[0].removeprefix("--").replace("-", "_")
        assert f"«{key}» = «{change[1]}»" in capsys.readouterr().err


def test_a_missing_option_is_a_usage_error(centre_reports: Reports) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["consolidate", str(centre_reports[1].path)])
    assert exited.value.code == 2


def test_a_hierarchy_file_flags_units_outside_it(
    centre_reports: Reports, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c1, c2 = centre_reports[1], centre_reports[2]
    with open_coordinator_store(tmp_path / "units.db") as store, store.session() as session:
        apply_units(
            session,
            [
                UnitInfo("01", "Thành phố Hà Nội", "city"),
                UnitInfo(c1.unit_id, c1.name, "centre", "01"),
                UnitInfo("quiet", "TTHTCĐ im lặng", "centre", "01", phone="0912 000 111"),
            ],
        )
        export_hierarchy(session, tmp_path / "units.xlsx")
    args = _args([c1.path, c2.path], tmp_path, "--hierarchy", str(tmp_path / "units.xlsx"))
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "không có trong danh sách đơn vị" in out  # c2 is outside: flagged, not imported
    assert "chưa báo cáo: TTHTCĐ im lặng (0912 000 111)" in out
    assert read_report(tmp_path / "out.xlsx").cube == c1.cube

"""Exporting the hand-worked scenario: the personal-data sheet, the notes on marks that
count nowhere, the charts, the English sheet, progress and cancellation."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert

from clc_desktop.__main__ import main
from clc_desktop.domain.attendance import UncountedMarks
from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.progress import Cancelled
from clc_desktop.reports.reader import read_report
from clc_desktop.reports.workbook import LEARNERS_HEADER
from clc_desktop.services.centre import save_centre
from clc_desktop.services.centre_report import export_centre_report, preview_centre_report
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import Enrolment, Learner

NOW = dt.datetime(2026, 3, 20, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


@pytest.fixture
def centre(scenario: Store) -> Store:
    with scenario.session() as session:
        save_centre(
            session,
            CentreProfile(
                name="TTHTCĐ phường Ba Đình",
                commune_name="Phường Ba Đình",
                province_code="01",
                province_name="Thành phố Hà Nội",
            ),
        )
    return scenario


def _export(store: Store, path: Path, **options: object) -> None:
    with store.session() as session:
        export_centre_report(session, "2026-Q1", path, now=NOW, **options)  # type: ignore[arg-type]


def _texts(sheet: object) -> list[str]:
    return [
        c.value
        for row in sheet.iter_rows()  # type: ignore[attr-defined]
        for c in row
        if isinstance(c.value, str)
    ]


def test_the_learners_sheet_holds_each_counted_learners_share(
    centre: Store, tmp_path: Path
) -> None:
    path = tmp_path / "with-learners.xlsx"
    _export(centre, path, with_learners=True)
    workbook = load_workbook(path)
    sheet = workbook["learners"]
    assert sheet.sheet_state == "visible"  # whoever opens the file sees the personal data
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == LEARNERS_HEADER
    # Worked out on paper (see conftest): An is in three classes, expected at s1, s2, s5
    # and s6, attended s1, s5 (late) and s6; Bình is expected only from 12/01 (s2,
    # excused); Cúc withdrew on 05/01, the day of s1 (late); Dũng is unmarked at s6 and
    # his class 1 has no held session after his enrolment yet. Given-name order.
    assert [row[1:] for row in rows[1:]] == [
        ("Nguyễn Thị An", "female", "1990-06-15", "01", "no", 3, 3, 4),
        ("Hoàng Văn Bình", "male", "2010", "02", "no", 1, 0, 1),
        ("Lê Thị Cúc", "female", None, None, "yes", 1, 1, 1),
        ("Trần Văn Dũng", "male", "1960-04-01", "01", "no", 1, 0, 1),
    ]
    assert [row[0] for row in rows[1:]] == ["a", "b", "c", "d"]
    assert all(isinstance(v, int) for row in rows[1:] for v in row[6:])
    report = read_report(path)
    assert report.status == "ok", report.findings
    assert report.meta["personal_data"] == "learners"
    # `check` tells whoever receives the file that it holds personal data.
    assert [f.code for f in report.findings] == ["report.personal_data"]


def test_without_the_choice_no_personal_data_leaves_and_the_hash_is_the_same(
    centre: Store, tmp_path: Path
) -> None:
    plain, personal = tmp_path / "plain.xlsx", tmp_path / "personal.xlsx"
    _export(centre, plain)
    _export(centre, personal, with_learners=True)
    workbook = load_workbook(plain)
    assert "learners" not in workbook.sheetnames
    names = {"Nguyễn Thị An", "Hoàng Văn Bình", "Lê Thị Cúc", "Trần Văn Dũng"}
    for name in workbook.sheetnames:
        assert not names & set(_texts(workbook[name])), name
    plain_meta, personal_meta = read_report(plain).meta, read_report(personal).meta
    assert plain_meta["personal_data"] == "none"
    assert read_report(plain).findings == []
    # The learners sheet is not part of the content hash.
    assert plain_meta["content_sha256"] == personal_meta["content_sha256"]


def test_a_learner_name_that_looks_like_a_formula_stays_text(centre: Store, tmp_path: Path) -> None:
    with centre.session() as session:
        session.execute(
            insert(Learner),
            [{"id": 9, "learner_key": "z", "full_name": "=1+1 Hà", "search_key": "z"}],
        )
        session.execute(
            insert(Enrolment),
            [{"learner_id": 9, "class_id": 3}],
        )
    path = tmp_path / "r.xlsx"
    _export(centre, path, with_learners=True)
    sheet = load_workbook(path)["learners"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "=1+1 Hà")
    assert cell.data_type == "s"


def test_marks_of_people_not_enrolled_are_listed_as_notes(centre: Store, tmp_path: Path) -> None:
    with centre.session() as session:
        preview = preview_centre_report(session, "2026-Q1", NOW.date())
    # Bình was marked at s1 (05/01) before his enrolment (12/01). An's mark at the
    # cancelled s3 and at s4 (after the report date) are not notes: those sessions count
    # nowhere anyway.
    assert preview.uncounted == (UncountedMarks("Tin học cơ bản", dt.date(2026, 1, 5), 1),)
    path = tmp_path / "r.xlsx"
    _export(centre, path)
    texts = _texts(load_workbook(path)["Báo cáo"])
    assert "VI. GHI CHÚ" in texts
    assert any(
        "Tin học cơ bản" in t and "05/01/2026" in t and "không được tính" in t for t in texts
    )


def test_the_report_has_two_charts_drawn_from_its_tables(centre: Store, tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    _export(centre, path)
    with zipfile.ZipFile(path) as archive:
        charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
        assert len(charts) == 2
        xml = "".join(archive.read(n).decode() for n in charts)
    assert "'Báo cáo'!" in xml  # the series point at the report sheet's cells
    assert load_workbook(path).sheetnames[:2] == ["Báo cáo", "Biểu đồ"]


def test_the_human_sheets_speak_english_when_asked(centre: Store, tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    _export(centre, path, language="en")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Report", "Charts", "meta", "data", "sources"]
    texts = _texts(workbook["Report"])
    for expected in ("SOCIALIST REPUBLIC OF VIET NAM", "V. ATTENDANCE", "CENTRE DIRECTOR"):
        assert expected in texts
    assert read_report(path).status == "ok"


def test_progress_rises_to_the_total(centre: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    _export(centre, tmp_path / "r.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert len(seen) >= 5


@pytest.mark.parametrize("after", [0, 1, 3, 5])
def test_a_cancelled_export_leaves_the_old_file_and_no_leftovers(
    centre: Store, tmp_path: Path, after: int
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    path = folder / "r.xlsx"
    path.write_bytes(b"the report sent last month")
    calls = 0

    def progress(done: int, total: int) -> None:
        nonlocal calls
        calls += 1

    with pytest.raises(Cancelled):
        _export(centre, path, progress=progress, cancelled=lambda: calls >= after)
    assert path.read_bytes() == b"the report sent last month"
    assert sorted(p.name for p in folder.iterdir()) == ["r.xlsx"]


def test_cli_export_with_learners_warns_about_personal_data(
    centre: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = centre.path
    centre.close()
    out = tmp_path / "r.xlsx"
    code = main(
        ["export", "--db", str(db), "--period", "2026-Q1", "-o", str(out), "--with-learners"]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "dữ liệu cá nhân" in printed
    assert "learners" in load_workbook(out).sheetnames

"""``clc-desktop import-learners``: the same summary as the window, exit codes 0/1/2."""

from pathlib import Path

import pytest
from sqlalchemy import insert, text

from clc_desktop.__main__ import main
from clc_desktop.storage.database import open_store
from clc_desktop.storage.models import LearningClass
from tests.services.test_learner_import import messy_list


def _learners(db: Path) -> tuple[int, int]:
    with open_store(db) as store, store.session() as session:
        learners = session.execute(text("SELECT COUNT(*) FROM learner")).scalar_one()
        enrolments = session.execute(text("SELECT COUNT(*) FROM enrolment")).scalar_one()
    return learners, enrolments


def test_import_prints_the_summary_and_reimport_adds_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as store, store.session() as session:
        class_id = session.execute(
            insert(LearningClass)
            .values(name="Tin học", topic="digital")
            .returning(LearningClass.id)
        ).scalar_one()
    listing = messy_list(tmp_path / "danh sách.xlsx")
    rejected = tmp_path / "chua-nhap.xlsx"
    args = [str(listing), "--db", str(db_path), "--class", str(class_id)]
    assert main(["import-learners", *args, "--rejected", str(rejected)]) == 0
    out = capsys.readouterr().out
    assert "dòng tiêu đề 6, dữ liệu từ dòng 9" in out
    assert "  Mới: 7\n  Có thể trùng: 1\n  Bị từ chối: 6\n" in out
    assert "Dòng 14: Không đọc được ngày sinh «31/02/1970»" in out
    assert "Dòng 19: giống dòng 9 trong tệp; bỏ qua" in out
    assert "Ghi danh vào lớp 1: 7 học viên" in out
    assert rejected.exists()
    assert _learners(db_path) == (7, 7)

    assert main(["--lang", "en", "import-learners", *args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "  New: 0\n  Possible duplicates: 8\n  Rejected: 6\n" in out
    assert "Row 16: Both the Nam (male) and the Nữ (female) columns are marked." in out
    assert "Dry run" in out
    assert main(["import-learners", *args]) == 0
    assert "Đã nhập: 0 học viên mới, 8 dùng hồ sơ có sẵn" in capsys.readouterr().out
    assert _learners(db_path) == (7, 7)


def test_refused_files_and_usage_errors(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "ds.xlsx"
    fake.write_text("STT,Họ và tên\n1,Nguyễn Văn A\n", encoding="utf-8")
    assert main(["import-learners", str(fake), "--db", str(db_path)]) == 1
    assert "không phải tệp Excel .xlsx" in capsys.readouterr().err
    assert main(["--lang", "en", "import-learners", str(fake), "--db", str(db_path)]) == 1
    assert "is not an Excel .xlsx file" in capsys.readouterr().err
    listing = messy_list(tmp_path / "ds2.xlsx")
    assert main(["import-learners", str(listing), "--db", str(db_path), "--class", "42"]) == 1
    assert "Không có lớp số 42" in capsys.readouterr().err
    assert _learners(db_path) == (0, 0)  # all or nothing
    with pytest.raises(SystemExit) as usage:
        main(["import-learners", str(listing)])
    assert usage.value.code == 2

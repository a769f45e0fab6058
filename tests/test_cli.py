import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from clc_desktop.__main__ import main
from clc_desktop.storage.database import open_store


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clc_desktop", *args], capture_output=True, text=True, timeout=300
    )


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["backup", "--db"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        main(["no-such-command"])
    assert exited.value.code == 2


def test_backup_and_restore_round_trip(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(db_path) as store, store.session() as session:
        session.execute(
            __import__("sqlalchemy").text(
                "INSERT INTO centre (unit_id, name) VALUES ('u-1', 'TTHTCĐ xã Sóc Sơn')"
            )
        )
    copy = tmp_path / "usb" / "copy.db"
    assert main(["backup", "--db", str(db_path), "-o", str(copy)]) == 0
    assert "Đã sao lưu" in capsys.readouterr().out
    assert main(["restore", str(copy), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Tệp cũ được giữ lại" in out
    assert list(tmp_path.glob("centre.replaced-*.db"))
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT name FROM centre").fetchone()[0] == "TTHTCĐ xã Sóc Sơn"
    conn.close()


def test_failures_exit_1_with_a_message_in_the_chosen_language(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    result = run_cli("backup", "--db", str(missing), "-o", str(tmp_path / "b.db"))
    assert result.returncode == 1
    assert "Không tìm thấy tệp dữ liệu" in result.stderr
    result = run_cli("--lang", "en", "backup", "--db", str(missing), "-o", str(tmp_path / "b.db"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_restoring_a_non_database_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    junk = tmp_path / "photo.db"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    before = db_path.read_bytes()
    result = run_cli("restore", str(junk), "--db", str(db_path))
    assert result.returncode == 1
    assert "Không thể khôi phục" in result.stderr
    assert db_path.read_bytes() == before


def test_a_second_writer_from_another_process_is_refused(db_path: Path) -> None:
    with open_store(db_path):
        result = run_cli("restore", str(db_path), "--db", str(db_path))
    assert result.returncode == 1
    assert "đang được mở" in result.stderr

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy

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


def test_demo_then_smoke_start_the_window(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run_cli("demo", "--db", str(db), "--size", "small", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert "Đã tạo trung tâm mẫu" in result.stdout
    again = run_cli("demo", "--db", str(db))
    assert again.returncode == 1
    assert "đã có dữ liệu" in again.stderr
    shown = subprocess.run(
        [sys.executable, "-m", "clc_desktop", "--db", str(db), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
    )
    assert shown.returncode == 0, shown.stderr
    assert "smoke ok" in shown.stdout


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_the_demo_killed_mid_write_leaves_all_or_nothing(tmp_path: Path) -> None:
    import signal
    import time

    from clc_desktop.storage.backup import check_integrity

    db = tmp_path / "killed.db"
    open_store(db).close()  # migrated first, so the kill lands in the demo's transaction
    child = subprocess.Popen(
        [sys.executable, "-m", "clc_desktop", "demo", "--db", str(db), "--size", "large"]
    )
    deadline = time.monotonic() + 30
    while not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size < 1_000_000:
        assert time.monotonic() < deadline, "the demo never started writing"
        assert child.poll() is None, "the demo finished before it could be killed"
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert check_integrity(db) == "ok"
    with open_store(db) as store, store.session() as session:
        learners = session.execute(sqlalchemy.text("SELECT COUNT(*) FROM learner")).scalar()
        centres = session.execute(sqlalchemy.text("SELECT COUNT(*) FROM centre")).scalar()
    assert (learners, centres) in ((0, 0), (3000, 1))


def test_the_commands_alone_never_open_the_window(capsys: pytest.CaptureFixture[str]) -> None:
    from clc_desktop import cli

    assert cli.main(["gui"]) == 2
    assert "cửa sổ được mở bằng `clc-desktop`" in capsys.readouterr().err
    assert cli.main(["--lang", "en"]) == 2
    assert "the window is started by `clc-desktop`" in capsys.readouterr().err

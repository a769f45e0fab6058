"""The data file alone holds the data (the WAL folded in), and a verified copy of it goes
to a USB stick under a name in words (defect 4)."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from clc_desktop.domain.learners import LearnerForm
from clc_desktop.domain.messages import Problem
from clc_desktop.services.learners import add_learner
from clc_desktop.storage import backup as backups
from clc_desktop.storage.database import Store


def _names_in_copy_of(db_file: Path, folder: Path) -> list[str]:
    folder.mkdir(exist_ok=True)
    copy = folder / "copy.db"
    shutil.copyfile(db_file, copy)  # the data file alone, as a person copies it
    conn = sqlite3.connect(copy)
    try:
        return [row[0] for row in conn.execute("SELECT full_name FROM learner")]
    finally:
        conn.close()


def test_after_a_checkpoint_the_data_file_alone_holds_the_change(
    store: Store, tmp_path: Path
) -> None:
    with store.session() as session:
        add_learner(session, LearnerForm("Lò Thị Mai", sex="female"))
    assert store.changed_since_checkpoint
    assert "Lò Thị Mai" not in _names_in_copy_of(store.path, tmp_path / "before")
    assert store.checkpoint()
    assert not store.changed_since_checkpoint
    assert "Lò Thị Mai" in _names_in_copy_of(store.path, tmp_path / "after")
    assert Path(f"{store.path}-wal").stat().st_size == 0  # the log emptied too


def test_a_checkpoint_never_creates_a_file_that_is_gone(store: Store) -> None:
    store.close()
    store.path.unlink()
    assert not store.checkpoint()
    assert not store.path.exists()


def test_the_copy_is_named_in_words_with_the_date() -> None:
    day = dt.date(2026, 12, 4)
    name = backups.copy_name("TTHTCĐ phường Khương Đình", day)
    assert name == "tthtcd-phuong-khuong-dinh-2026-12-04.db"
    assert backups.copy_name(None, day) == "clc-desktop-2026-12-04.db"
    assert backups.copy_name("Xã Đông Anh / thôn 3", day) == "xa-dong-anh-thon-3-2026-12-04.db"


def test_a_copy_is_whole_verified_and_one_file(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        add_learner(session, LearnerForm("Lò Thị Mai", sex="female"))
    usb = tmp_path / "usb"
    usb.mkdir()
    steps: list[tuple[int, int]] = []
    made = store.copy_to(usb / "c.db", lambda done, total: steps.append((done, total)))
    assert sorted(p.name for p in usb.iterdir()) == ["c.db"]
    assert steps
    assert steps[-1][0] == steps[-1][1]
    assert backups.check_integrity(made) == "ok"
    assert "Lò Thị Mai" in _names_in_copy_of(made, tmp_path / "read")
    with sqlite3.connect(made) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    with store.session() as session:  # the store is still open and usable
        assert session.execute(text("SELECT COUNT(*) FROM learner")).scalar() == 1


def test_a_copy_is_refused_when_the_target_is_full(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = shutil._ntuple_diskusage(8 << 30, 8 << 30, 1000)  # type: ignore[attr-defined]
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: full)
    with pytest.raises(Problem) as refused:
        store.copy_to(tmp_path / "c.db")
    assert refused.value.code == "store.disk_full"
    assert refused.value.params["free"] == 1000
    assert int(str(refused.value.params["needed"])) > 1000
    assert not list(tmp_path.glob("c.db*"))


def test_a_copy_is_refused_when_the_target_is_read_only(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.setattr(os, "access", lambda _path, _mode: False)
    with pytest.raises(Problem) as refused:
        store.copy_to(tmp_path / "c.db")
    assert refused.value.code == "store.read_only"


def test_a_copy_that_runs_out_of_room_midway_leaves_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_done: int, _total: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(Problem) as refused:
        store.copy_to(tmp_path / "c.db", fail)
    assert refused.value.code == "store.disk_full"
    assert not list(tmp_path.glob("c.db*"))


def test_a_copy_never_overwrites(store: Store, tmp_path: Path) -> None:
    (tmp_path / "c.db").write_bytes(b"kept")
    with pytest.raises(Problem) as refused:
        store.copy_to(tmp_path / "c.db")
    assert refused.value.code == "backup.target_exists"
    assert (tmp_path / "c.db").read_bytes() == b"kept"

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from clc_desktop.domain.messages import Problem
from clc_desktop.storage import backup as backups
from clc_desktop.storage.database import Store, backup_to, open_store, restore
from clc_desktop.storage.models import Learner
from tests.damage import damage_pages

NOON = dt.datetime(2026, 11, 22, 12, 0, 0)


def _learners(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM learner").fetchone()[0])
    finally:
        conn.close()


def _add(store: Store, count: int, start: int = 0) -> None:
    with store.session() as session:
        session.execute(
            insert(Learner),
            [
                {"learner_key": f"k{n}", "full_name": f"Lê Thị Hoa {n}", "search_key": "le thi hoa"}
                for n in range(start, start + count)
            ],
        )


def test_a_backup_is_a_verified_copy(store: Store) -> None:
    _add(store, 25)
    made = store.backup_now(NOON)
    assert made.parent == store.backup_dir
    assert made.name == "centre-20261122-120000.db"
    assert backups.check_integrity(made) == "ok"
    assert _learners(made) == 25
    assert not list(store.backup_dir.glob("*.partial"))
    assert [b.path for b in backups.list_backups(store.backup_dir, "centre")] == [made]


def test_backups_in_the_same_second_get_distinct_names(store: Store) -> None:
    first = store.backup_now(NOON)
    second = store.backup_now(NOON)
    assert first != second
    assert len(backups.list_backups(store.backup_dir, "centre")) == 2


def test_a_periodic_backup_waits_for_changes_and_30_minutes(store: Store) -> None:
    store.backup_now(NOON)
    assert store.backup_if_due(NOON + dt.timedelta(hours=2)) is None  # nothing changed
    _add(store, 1)
    assert store.changed_since_backup
    assert store.backup_if_due(NOON + dt.timedelta(minutes=10)) is None  # too soon
    made = store.backup_if_due(NOON + dt.timedelta(minutes=31))
    assert made is not None
    assert _learners(made) == 1
    assert not store.changed_since_backup


def test_reading_is_not_a_change(store: Store) -> None:
    store.backup_now(NOON)
    with store.session() as session:
        session.execute(text("SELECT COUNT(*) FROM learner")).scalar()
    assert not store.changed_since_backup


def test_a_backup_taken_during_writes_is_sound(store: Store) -> None:
    stop = threading.Event()

    def write() -> None:
        n = 0
        while not stop.is_set():
            _add(store, 50, start=n)
            n += 50

    writer = threading.Thread(target=write)
    writer.start()
    try:
        made = [store.backup_now(NOON + dt.timedelta(seconds=i)) for i in range(5)]
    finally:
        stop.set()
        writer.join()
    for path in made:
        assert backups.check_integrity(path) == "ok"
        assert _learners(path) % 50 == 0  # whole transactions only


def test_retention_keeps_recent_daily_weekly_monthly() -> None:
    start = dt.datetime(2025, 1, 1, 8, 0)
    hourly = [start + dt.timedelta(hours=h) for h in range(0, 24 * 500, 5)]
    keep = backups.backups_to_keep(hourly)
    newest = sorted(hourly, reverse=True)
    assert set(newest[: backups.KEEP_LAST]) <= keep
    days = {t.date() for t in keep}
    assert len({t.date() for t in newest[:200]} & days) >= backups.KEEP_DAILY
    months = {(t.year, t.month) for t in keep}
    assert len(months) == backups.KEEP_MONTHLY
    assert len(keep) <= (
        backups.KEEP_LAST + backups.KEEP_DAILY + backups.KEEP_WEEKLY + backups.KEEP_MONTHLY
    )
    assert min(keep) > start  # the oldest are let go


def test_pruning_deletes_what_retention_lets_go(tmp_path: Path) -> None:
    source = sqlite3.connect(":memory:")
    source.execute("CREATE TABLE t (x)")
    for day in range(40):
        backups.write_backup(
            source, tmp_path, "c", dt.datetime(2026, 1, 1) + dt.timedelta(days=day)
        )
    removed = backups.prune_backups(tmp_path, "c")
    kept = backups.list_backups(tmp_path, "c")
    assert len(kept) + len(removed) == 40
    assert kept[0].taken_at == dt.datetime(2026, 2, 9)
    assert all(not path.exists() for path in removed)


def test_restore_replaces_the_database_and_keeps_the_replaced_file(store: Store) -> None:
    _add(store, 10)
    made = store.backup_now(NOON)
    _add(store, 5, start=10)
    path = store.path
    store.close()
    replaced = restore(made, path, now=NOON)
    assert replaced is not None
    assert _learners(replaced) == 15
    assert _learners(path) == 10
    with open_store(path) as reopened, reopened.session() as session:
        assert session.execute(text("SELECT COUNT(*) FROM learner")).scalar() == 10


def test_a_damaged_backup_is_not_restored(db_path: Path, tmp_path: Path) -> None:
    with open_store(db_path) as store:
        _add(store, 300)
        made = store.backup_now(NOON)
    damage_pages(made, range(2, 3))
    before = db_path.read_bytes()
    with pytest.raises(Problem) as refused:
        restore(made, db_path)
    assert refused.value.code == "restore.invalid"
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("*.restoring"))


def test_another_programs_database_is_not_restored(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(Problem) as refused:
        restore(other, db_path)
    assert refused.value.code == "restore.invalid"


def test_restore_is_refused_while_the_database_is_open(store: Store) -> None:
    made = store.backup_now(NOON)
    with pytest.raises(Problem) as refused:
        restore(made, store.path)
    assert refused.value.code == "store.in_use"


def test_backup_to_writes_a_new_file_and_never_overwrites(store: Store, tmp_path: Path) -> None:
    _add(store, 3)
    target = tmp_path / "copy" / "usb.db"
    backup_to(store.path, target)  # works while the database is open
    assert _learners(target) == 3
    with pytest.raises(Problem) as refused:
        backup_to(store.path, target)
    assert refused.value.code == "backup.target_exists"

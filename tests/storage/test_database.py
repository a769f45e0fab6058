import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, text
from sqlalchemy.exc import OperationalError

from clc_desktop.domain.messages import Problem
from clc_desktop.storage import database
from clc_desktop.storage.database import (
    APPLICATION_ID,
    HEAD_REVISION,
    LOCK_TIMEOUT_S,
    Store,
    classify_sqlite_error,
    open_store,
)
from clc_desktop.storage.models import Base, Learner
from tests.damage import damage_pages


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_learner(store: Store, name: str = "Nguyễn Văn An", key: str = "k1") -> None:
    with store.session() as session:
        session.execute(
            insert(Learner), [{"learner_key": key, "full_name": name, "search_key": name.lower()}]
        )


def test_a_new_database_is_migrated_and_marked_as_ours(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db") as store:
        assert store.created
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            assert version == HEAD_REVISION


def test_every_connection_has_the_safety_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), store.session() as session:
        session.execute(
            text("INSERT INTO enrolment (learner_id, class_id, completed) VALUES (999, 999, 0)")
        )


def test_head_revision_constant_is_alembics_head() -> None:
    assert database.head_revision() == HEAD_REVISION


def test_the_models_and_the_migrations_agree(store: Store) -> None:
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_a_failed_migration_leaves_nothing_behind(tmp_path: Path) -> None:
    """DDL is transactional (SQLAlchemy's SQLite recipe): a failing step rolls back all."""
    engine = database.make_engine(tmp_path / "half.db")
    with pytest.raises(OperationalError), engine.begin() as conn:  # noqa: PT012 (one transaction)
        conn.exec_driver_sql("CREATE TABLE first_table (id INTEGER)")
        conn.exec_driver_sql("CREATE TABLE broken (")
    with engine.connect() as conn:
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master").all()
    engine.dispose()
    assert tables == []


def test_a_second_writer_is_refused_without_touching_the_file(db_path: Path) -> None:
    assert LOCK_TIMEOUT_S <= 2
    with open_store(db_path) as first:
        _add_learner(first)
        with pytest.raises(Problem) as refused:
            open_store(db_path)
        assert refused.value.code == "store.in_use"
        assert "đang được mở" in refused.value.text("vi")
        with first.session() as session:
            assert session.execute(text("SELECT COUNT(*) FROM learner")).scalar() == 1


def test_the_lock_is_released_on_close(db_path: Path) -> None:
    open_store(db_path).close()
    open_store(db_path).close()


def test_a_text_file_is_not_a_database_and_stays_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Danh sách học viên\n", encoding="utf-8")
    before = _digest(path)
    with pytest.raises(Problem) as refused:
        open_store(path)
    assert refused.value.code == "store.not_a_database"
    assert _digest(path) == before


def test_another_programs_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(Problem) as refused:
        open_store(path)
    assert refused.value.code == "store.foreign"
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_database_from_a_newer_version_is_refused_and_unchanged(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(Problem) as refused:
        open_store(db_path)
    assert refused.value.code == "store.too_new"
    assert "9999_future" in refused.value.text("vi")
    assert _digest(db_path) == before


def test_a_damaged_file_is_reported_with_the_backup_to_offer(db_path: Path) -> None:
    with open_store(db_path) as store:
        for n in range(400):
            _add_learner(store, f"Học viên số {n} " + "x" * 150, key=f"k{n}")
        store.backup_now()
    damage_pages(db_path)
    with pytest.raises(Problem) as refused:
        open_store(db_path)
    assert refused.value.code == "store.damaged"
    latest = database.latest_backup(db_path)
    assert latest is not None
    database.restore(latest.path, db_path)
    with open_store(db_path) as store, store.session() as session:
        assert session.execute(text("SELECT COUNT(*) FROM learner")).scalar() == 400


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(Problem) as refused:
        open_store(tmp_path)
    assert refused.value.code == "store.is_directory"


def test_writing_to_a_read_only_database_gives_a_clear_message(db_path: Path) -> None:
    # As root chmod cannot make a file unwritable to the test, so open it read-only.
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("INSERT INTO centre (unit_id, name) VALUES ('u', 'n')")
    conn.close()
    problem = classify_sqlite_error(raised.value, db_path)
    assert problem.code == "store.read_only"
    assert "chỉ cho phép đọc" in problem.text("vi")


def test_a_full_disk_loses_nothing_saved_before(store: Store) -> None:
    """SQLITE_FULL, as a full disk gives it, simulated with a page limit."""
    _add_learner(store)
    with pytest.raises(OperationalError) as raised, store.session() as session:  # noqa: PT012
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.execute(
            insert(Learner),
            [
                {"learner_key": f"big{n}", "full_name": "x" * 200, "search_key": "x"}
                for n in range(5000)
            ],
        )
    assert classify_sqlite_error(raised.value, store.path).code == "store.disk_full"
    store.engine.dispose()  # the page limit was on that connection
    with store.session() as session:
        assert session.execute(text("SELECT COUNT(*) FROM learner")).scalar() == 1
    assert database.backups.check_integrity(store.path) == "ok"

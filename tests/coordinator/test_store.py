"""The coordinator store: its own migrations, the centre store's safety, never confused."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from clc_desktop.coordinator.models import CoordinatorBase
from clc_desktop.coordinator.store import (
    COORDINATOR_APPLICATION_ID,
    COORDINATOR_HEAD_REVISION,
    COORDINATOR_SCHEMA,
    open_coordinator_store,
)
from clc_desktop.domain.messages import Problem
from clc_desktop.storage import database
from clc_desktop.storage.database import open_store


def test_a_new_store_is_migrated_and_marked(tmp_path: Path) -> None:
    with open_coordinator_store(tmp_path / "coord.db") as store:
        assert store.created
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == (
                COORDINATOR_APPLICATION_ID
            )
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            diffs = compare_metadata(MigrationContext.configure(conn), CoordinatorBase.metadata)
    assert diffs == []
    assert database.head_revision(COORDINATOR_SCHEMA) == COORDINATOR_HEAD_REVISION


def test_centre_and_coordinator_files_never_open_as_each_other(tmp_path: Path) -> None:
    open_coordinator_store(tmp_path / "coord.db").close()
    open_store(tmp_path / "centre.db").close()
    with pytest.raises(Problem) as caught:
        open_store(tmp_path / "coord.db")
    assert caught.value.code == "store.foreign"
    with pytest.raises(Problem) as caught:
        open_coordinator_store(tmp_path / "centre.db")
    assert caught.value.code == "store.foreign"


def test_a_second_writer_is_refused(tmp_path: Path) -> None:
    with open_coordinator_store(tmp_path / "coord.db"), pytest.raises(Problem) as caught:
        open_coordinator_store(tmp_path / "coord.db", lock_timeout=0.1)
    assert caught.value.code == "store.in_use"


def test_the_tables_compile_for_postgresql_too() -> None:
    """Nothing SQLite-only in the models: a city could point the store at PostgreSQL."""
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex, CreateTable

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    for table in CoordinatorBase.metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=dialect))
        for index in table.indexes:
            assert "CREATE INDEX" in str(CreateIndex(index).compile(dialect=dialect))

"""Upgrades: a database written by an older version opens in this one with every row kept.

Two kinds of test:

* ``test_a_database_from_an_older_version_is_backed_up_and_upgraded`` runs once for every
  revision older than the head, so each new migration is covered without touching this
  file: the database is built at that revision with Alembic, filled with rows in every
  table (a demo centre copied in with plain SQL, so it works whatever the models say
  today), then opened with :func:`open_store`.
* ``test_an_upgrade_that_rebuilds_every_table_keeps_every_row`` adds a test-only revision
  on top of the real head (in a copy of the migrations folder) that rebuilds every table
  the way Alembic's batch mode does on SQLite. It exercises the upgrade path of
  :func:`open_store` today, while there is a single migration, and guards the
  foreign-key handling that such rebuilds need.

The downgrade case (an older app refusing a newer database with a message) is in
``test_database.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from clc_desktop.domain.messages import Problem
from clc_desktop.services.demo_data import generate_demo
from clc_desktop.storage import database
from clc_desktop.storage.backup import check_integrity, list_backups
from clc_desktop.storage.database import CENTRE_SCHEMA, Schema, open_store
from clc_desktop.storage.locations import backup_dir_for
from clc_desktop.storage.models import Base

MIGRATIONS = CENTRE_SCHEMA.migrations
NOW = dt.datetime(2026, 11, 23, 9, 30)
Rows = dict[str, list[tuple[Any, ...]]]


def revisions_oldest_first() -> list[str]:
    script = ScriptDirectory(str(MIGRATIONS))
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def older_revisions() -> list[str]:
    """Every revision but the head: each is a schema some installed version may have."""
    return revisions_oldest_first()[:-1]


# -- helpers -----------------------------------------------------------------------------


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
        )
    ]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _revision(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _rows(path: Path, columns: dict[str, list[str]]) -> Rows:
    """The rows of each table, in the given columns, in primary-key order."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: conn.execute(
                f'SELECT {_quoted(names)} FROM "{table}" ORDER BY {_quoted(names)}'
            ).fetchall()
            for table, names in columns.items()
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo centre at the head revision: the rows to copy into older schemas."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_store(path).close()
    engine = database.make_engine(path)
    try:
        generate_demo(engine, seed=7, size="small", today=dt.date(2026, 11, 23))
    finally:
        engine.dispose()
    return path


def build_at(revision: str, path: Path, source: Path) -> dict[str, list[str]]:
    """A database at ``revision`` (built by Alembic), filled from ``source`` with plain SQL.

    Only the columns both schemas have are copied, so this works at any revision. Every
    table must get rows: returns each table's columns at ``revision``.
    """
    engine = database.make_engine(path)
    try:
        database.migrate(engine, revision)
    finally:
        engine.dispose()
    assert _revision(path) == revision
    target = sqlite3.connect(path)
    try:
        target.execute("ATTACH DATABASE ? AS source", (f"{source.as_uri()}?mode=ro",))
        columns: dict[str, list[str]] = {}
        with target:
            for table in _tables(target):
                theirs = [row[1] for row in target.execute(f'PRAGMA source.table_info("{table}")')]
                names = [c for c in _columns(target, table) if c in theirs]
                listed = _quoted(names)
                target.execute(
                    f'INSERT INTO main."{table}" ({listed}) SELECT {listed} FROM source."{table}"'
                )
                columns[table] = names
        target.execute("DETACH DATABASE source")
        for table in columns:
            count = target.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            assert count > 0, f"no rows for table {table}: give the demo data some"
    finally:
        target.close()
    return columns


def assert_upgraded_intact(path: Path, before: Rows, columns: dict[str, list[str]]) -> None:
    """Every row of every table is there after the upgrade, and the file is sound."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables_after = set(_tables(conn))
        missing = set(columns) - tables_after
        assert not missing, f"tables lost in the upgrade: {missing}"
        for table, names in columns.items():
            lost = set(names) - set(_columns(conn, table))
            assert not lost, f"columns of {table} lost (say here how they map): {lost}"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA application_id").fetchone()[0] == CENTRE_SCHEMA.application_id
    finally:
        conn.close()
    after = _rows(path, columns)
    for table in columns:
        assert len(after[table]) == len(before[table]), table
        assert after[table] == before[table], f"rows of {table} changed in the upgrade"
    assert check_integrity(path) == "ok"


def assert_backed_up_before(path: Path, revision: str, before: Rows, columns: Any) -> None:
    """One backup, taken before migrating: it is at the old revision with the old rows."""
    backups = list_backups(backup_dir_for(path), path.stem)
    assert len(backups) == 1
    assert backups[0].taken_at == NOW
    assert _revision(backups[0].path) == revision
    assert check_integrity(backups[0].path) == "ok"
    assert _rows(backups[0].path, columns) == before


# -- every real revision older than the head ---------------------------------------------


def test_the_revision_history_is_one_line_from_the_first_to_the_head() -> None:
    script = ScriptDirectory(str(MIGRATIONS))
    assert script.get_heads() == [CENTRE_SCHEMA.head_revision]
    assert revisions_oldest_first()[-1] == CENTRE_SCHEMA.head_revision
    assert len(script.get_bases()) == 1


def check_upgrade(
    start: str, path: Path, source: Path, schema: Schema = CENTRE_SCHEMA
) -> dict[str, list[str]]:
    """Build at ``start``, fill, open with :func:`open_store`: backed up, migrated, intact."""
    columns = build_at(start, path, source)
    before = _rows(path, columns)
    with open_store(path, now=NOW, schema=schema) as store:
        assert store.migrated_from == start
        assert not store.created
    assert _revision(path) == schema.head_revision
    assert_backed_up_before(path, start, before, columns)
    assert_upgraded_intact(path, before, columns)
    return columns


NO_OLDER_REVISION = pytest.param(
    "",
    marks=pytest.mark.skip(
        reason="one migration so far, nothing older to upgrade from: "
        "test_an_upgrade_that_rebuilds_every_table_keeps_every_row covers the upgrade path"
    ),
    id="none-yet",
)


@pytest.mark.parametrize("start", older_revisions() or [NO_OLDER_REVISION])
def test_a_database_from_an_older_version_is_backed_up_and_upgraded(
    start: str, tmp_path: Path, demo_source: Path
) -> None:
    check_upgrade(start, tmp_path / "centre.db", demo_source)


def test_the_first_revision_can_be_built_and_filled(tmp_path: Path, demo_source: Path) -> None:
    """The oldest schema a centre can have: built by Alembic, with rows in every table.

    While the first revision is also the head this is the whole check for it (opening it
    migrates nothing); the rebuild test below exercises the upgrade itself.
    """
    path = tmp_path / "centre.db"
    first = revisions_oldest_first()[0]
    columns = build_at(first, path, demo_source)
    if first == CENTRE_SCHEMA.head_revision:
        assert set(columns) == {table.name for table in Base.metadata.sorted_tables}
    before = _rows(path, columns)
    with open_store(path, now=NOW) as store:
        assert store.migrated_from == (None if first == CENTRE_SCHEMA.head_revision else first)
    assert_upgraded_intact(path, before, columns)


# -- a test-only revision on top of the head ---------------------------------------------

PROBE = "9999_upgrade_probe"


@pytest.fixture
def probe_schema(tmp_path: Path) -> Schema:
    """The centre schema plus one revision that rebuilds every table (batch mode).

    Adding a column to a table in batch mode with ``recreate="always"`` is what Alembic
    does on SQLite for most schema changes: copy the rows into a new table, drop the old
    one, rename the new one.
    """
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    tables = [table.name for table in Base.metadata.sorted_tables]
    (folder / "versions" / f"{PROBE}.py").write_text(
        textwrap.dedent(
            f'''\
            """test only: rebuild every table"""
            import sqlalchemy as sa
            from alembic import op

            revision = "{PROBE}"
            down_revision = "{CENTRE_SCHEMA.head_revision}"
            branch_labels = None
            depends_on = None


            def upgrade() -> None:
                for name in {tables!r}:
                    with op.batch_alter_table(name, recreate="always") as batch:
                        batch.add_column(sa.Column("upgrade_probe", sa.Integer(), nullable=True))
            '''
        ),
        encoding="utf-8",
    )
    return Schema(CENTRE_SCHEMA.application_id, PROBE, folder)


def test_an_upgrade_that_rebuilds_every_table_keeps_every_row(
    tmp_path: Path, demo_source: Path, probe_schema: Schema
) -> None:
    path = tmp_path / "centre.db"
    columns = check_upgrade(CENTRE_SCHEMA.head_revision, path, demo_source, probe_schema)
    assert _revision(path) == PROBE
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert all("upgrade_probe" in _columns(conn, table) for table in columns)
    finally:
        conn.close()
    with open_store(path, schema=probe_schema) as store:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            connection.rollback()
        # The rebuilt tables still enforce their links.
        with pytest.raises(Exception, match="FOREIGN KEY"), store.session() as session:
            session.execute(
                text("INSERT INTO enrolment (learner_id, class_id, completed) VALUES (-1, -1, 0)")
            )


def test_a_failed_upgrade_leaves_the_file_as_it_was_and_says_so(
    tmp_path: Path, demo_source: Path, probe_schema: Schema
) -> None:
    """A migration that breaks the links between records is rolled back, with a message."""
    breaking = probe_schema.migrations / "versions" / f"{PROBE}.py"
    breaking.write_text(
        breaking.read_text(encoding="utf-8")
        + '    op.execute("DELETE FROM learner WHERE id = (SELECT MIN(learner_id) '
        'FROM attendance_mark)")\n',
        encoding="utf-8",
    )
    path = tmp_path / "centre.db"
    real_head = CENTRE_SCHEMA.head_revision
    columns = build_at(real_head, path, demo_source)
    before = _rows(path, columns)
    with pytest.raises(Problem) as refused:
        open_store(path, now=NOW, schema=probe_schema)
    assert refused.value.code == "store.io_error"
    assert "nothing was changed" in refused.value.text("en")
    assert _revision(path) == real_head
    assert _rows(path, columns) == before
    assert_backed_up_before(path, real_head, before, columns)
    database.acquire_lock(path).release()  # the failed open let go of the lock


# -- the other way round: a newer database and this (older) program ------------------------


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["--smoke"], id="window"),
        pytest.param(["export", "--period", "2025-2026", "-o", "report.xlsx"], id="export"),
    ],
)
def test_an_older_program_refuses_a_newer_database_with_a_message(
    command: list[str], db_path: Path, tmp_path: Path
) -> None:
    """The storage-level refusal is in test_database.py; here the whole program says it on
    stderr and exits 1, with no traceback, from the window and from a command alike."""
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = db_path.read_bytes()
    head, *rest = command
    args = [head, "--db", str(db_path), *rest] if head == "export" else ["--db", str(db_path), head]
    result = subprocess.run(
        [sys.executable, "-m", "clc_desktop", *args, "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "newer version of CLC Desktop" in result.stderr
    assert "9999_future" in result.stderr
    assert "Traceback" not in result.stderr
    assert db_path.read_bytes() == before

"""Opening a centre's database safely.

:func:`open_store` is the only way in. Before SQLite touches the file it takes the
single-writer lock and checks the file's header; then it runs ``quick_check``,
recognises the file as ours (``PRAGMA application_id``), refuses a schema newer than
this program, backs up and migrates an older one, and hands back a :class:`Store`
whose engine has the pragmas that make a shown save survive a power cut.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from clc_desktop.domain.messages import Problem
from clc_desktop.storage import backup as backups
from clc_desktop.storage.locations import backup_dir_for as backup_dir_for  # the app's, too
from clc_desktop.storage.locations import lock_path_for

#: ``PRAGMA application_id`` of every CLC Desktop database: "CLCD".
APPLICATION_ID: Final = 0x434C4344
#: The newest migration. ``tests/storage/test_migrations.py`` checks it is Alembic's head.
HEAD_REVISION: Final = "0001"
#: A second writer gives up after this long (the requirement is a refusal within 2 s).
LOCK_TIMEOUT_S: Final = 1.0
BUSY_TIMEOUT_MS: Final = 5000
#: At most one automatic backup per this interval while the data changes.
BACKUP_INTERVAL: Final = dt.timedelta(minutes=30)
#: A checkpoint waits at most this long for a reader to finish (it runs again later).
CHECKPOINT_BUSY_MS: Final = 200
#: A copy needs the database's size and this much more free space at its target.
COPY_MARGIN_BYTES: Final = 1 << 20

_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class Schema:
    """What kind of database a file holds: its ``application_id``, its own Alembic
    migrations and their head. The centre store and the coordinator store share every
    mechanism here (lock, header check, pragmas, backup before migrating) but no tables."""

    application_id: int
    head_revision: str
    migrations: Path  # Alembic's script location


#: A centre's records (``storage/models.py``, ``storage/migrations``).
CENTRE_SCHEMA: Final = Schema(APPLICATION_ID, HEAD_REVISION, Path(__file__).parent / "migrations")


@dataclass
class Store:
    """An open database: its engine, a session factory, and the lock that makes it ours."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    _lock: FileLock | None = field(repr=False)
    created: bool = False
    migrated_from: str | None = None
    last_backup_at: dt.datetime | None = None
    _changes: int = 0
    _changes_at_backup: int = 0
    _changes_at_checkpoint: int = 0
    _mutex: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def backup_dir(self) -> Path:
        return backup_dir_for(self.path)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error (one user action)."""
        with self.sessions.begin() as session:
            yield session

    def note_changes(self, count: int) -> None:
        with self._mutex:
            self._changes += count

    @property
    def changed_since_backup(self) -> bool:
        return self._changes != self._changes_at_backup

    def backup_now(self, now: dt.datetime | None = None) -> Path:
        """Write a verified backup and prune old ones (safe from any thread)."""
        now = now or dt.datetime.now()
        with self._mutex:
            changes = self._changes
        try:
            source = sqlite3.connect(self.path)
            try:
                made = backups.write_backup(source, self.backup_dir, self.path.stem, now)
            finally:
                source.close()
        except sqlite3.Error as exc:
            raise classify_sqlite_error(exc, self.backup_dir) from exc
        except OSError as exc:
            raise _problem_for_os_error(exc, self.backup_dir) from exc
        backups.prune_backups(self.backup_dir, self.path.stem)
        with self._mutex:
            self._changes_at_backup = changes
            self.last_backup_at = now
        return made

    def backup_if_due(self, now: dt.datetime | None = None) -> Path | None:
        """A backup when there were changes and the last one is older than 30 minutes."""
        now = now or dt.datetime.now()
        if not self.changed_since_backup:
            return None
        if self.last_backup_at is not None and now - self.last_backup_at < BACKUP_INTERVAL:
            return None
        return self.backup_now(now)

    @property
    def changed_since_checkpoint(self) -> bool:
        """True when a change may still be in the ``-wal`` file only."""
        return self._changes != self._changes_at_checkpoint

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the data file, so the data file alone holds every
        saved change (a person copies "the data file" with the app open). Safe from any
        thread; never waits long for a reader: ``False`` when the log could not be folded
        in whole (it is tried again after the next change, and at close)."""
        with self._mutex:
            changes = self._changes
        try:
            # mode=rw: never creates a file that is gone (restored over, moved away).
            uri = f"{self.path.as_uri()}?mode=rw"
            conn = sqlite3.connect(uri, uri=True, timeout=CHECKPOINT_BUSY_MS / 1000)
        except sqlite3.Error:
            return False
        try:
            conn.execute(f"PRAGMA busy_timeout={CHECKPOINT_BUSY_MS}")
            # PASSIVE copies what it can without waiting; TRUNCATE then empties the log
            # (its file stays, 0 bytes) when no reader needs it.
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if busy == 0:
                busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            return False
        finally:
            conn.close()
        whole = busy == 0
        if whole:
            with self._mutex:
                self._changes_at_checkpoint = changes
        return bool(whole)

    def copy_to(self, target: Path, progress: Callable[[int, int], None] | None = None) -> Path:
        """A verified copy of the data in one file at ``target``: :func:`copy_data_file`."""
        return copy_data_file(self.path, target, progress)

    def close(self) -> None:
        """Fold the log into the data file, then let go of the file and its lock."""
        self.checkpoint()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def copy_data_file(
    db_path: Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """A verified copy of the data at ``db_path`` in one file at ``target`` (a USB stick,
    another folder), through SQLite's backup API, also while the app has it open.

    Refuses with ``backup.target_exists``, ``store.read_only`` or ``store.disk_full``
    (``needed`` and ``free`` in bytes) before writing anything. ``progress(done, total)``
    counts pages; it may raise to stop the copy, which then leaves no file.
    """
    target = target.absolute()
    folder = target.parent
    if target.exists():
        raise Problem("backup.target_exists", path=str(target))
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise Problem("store.read_only", path=str(folder))
    try:
        source = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, db_path) from exc
    try:
        pages = int(source.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
        size = pages * page_size  # what the copy will take (said so when it does not fit)
        free = shutil.disk_usage(folder).free
        if free < size + COPY_MARGIN_BYTES:
            raise Problem("store.disk_full", path=str(folder), needed=size, free=free)
        backups.copy_verified(source, target, progress)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, target) from exc
    except OSError as exc:
        raise _problem_for_os_error(exc, target) from exc
    finally:
        source.close()
    return target


def acquire_lock(path: Path, timeout: float = LOCK_TIMEOUT_S) -> FileLock:
    """The single-writer lock of ``path``; an OS lock, so a crashed holder releases it."""
    lock = FileLock(lock_path_for(path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise Problem("store.in_use", path=str(path)) from None
    except OSError as exc:
        raise _problem_for_os_error(exc, path) from exc
    return lock


def open_store(
    path: Path | str,
    *,
    lock_timeout: float = LOCK_TIMEOUT_S,
    now: dt.datetime | None = None,
    schema: Schema = CENTRE_SCHEMA,
) -> Store:
    """Open (or create) the database at ``path`` for reading and writing.

    Raises :class:`Problem` with a code from :mod:`clc_desktop.domain.messages`; when it
    does, the file has not been written.
    """
    path = Path(path).absolute()
    if path.is_dir():
        raise Problem("store.is_directory", path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _problem_for_os_error(exc, path) from exc
    lock = acquire_lock(path, lock_timeout)
    try:
        return _open_locked(path, lock, now, schema)
    except BaseException:
        lock.release()
        raise


def _open_locked(
    path: Path, lock: FileLock, now: dt.datetime | None, schema: Schema = CENTRE_SCHEMA
) -> Store:
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        _check_header(path)
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise Problem("store.read_only", path=str(path))
    revision: str | None = None
    if exists:
        revision = _inspect_existing(path, schema.application_id)
    store = Store(path=path, engine=make_engine(path), sessions=_sessionmaker(), _lock=lock)
    store.sessions.configure(bind=store.engine)
    _watch_changes(store)
    try:
        if revision != schema.head_revision:
            if revision is not None:
                if revision not in known_revisions(schema):
                    raise Problem("store.too_new", path=str(path), revision=revision)
                # An older schema: keep a copy of the data as it was before migrating.
                store.backup_now(now)
                store.migrated_from = revision
            store.created = revision is None
            try:
                migrate(store.engine, schema=schema)
            except DBAPIError as exc:  # rolled back: the file is as it was (and backed up)
                raise classify_sqlite_error(exc, path) from exc
    except BaseException:
        store.engine.dispose()
        raise
    return store


def make_engine(path: Path) -> Engine:
    """An engine with WAL, ``synchronous=FULL``, foreign keys and transactional DDL."""
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, say where transactions begin, so DDL in a
        # migration is transactional too (SQLAlchemy's documented SQLite recipe).
        dbapi_connection.isolation_level = None
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA foreign_keys=ON",
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
            "PRAGMA secure_delete=ON",
        ):
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _sessionmaker() -> sessionmaker[Session]:
    return sessionmaker(expire_on_commit=False)


def _watch_changes(store: Store) -> None:
    """Count committed changes (``total_changes``) so periodic backups run only when needed."""

    @event.listens_for(store.engine, "commit")
    def _on_commit(conn: Any) -> None:
        dbapi = conn.connection.dbapi_connection
        info = conn.connection.info
        before = info.get("clc_total_changes", 0)
        info["clc_total_changes"] = dbapi.total_changes
        if dbapi.total_changes != before:
            store.note_changes(dbapi.total_changes - before)


def migrate(engine: Engine, revision: str = "head", *, schema: Schema = CENTRE_SCHEMA) -> None:
    """Run the Alembic migrations up to ``revision`` in one transaction.

    Foreign keys are off while the migrations run and checked before the commit, as
    SQLite's procedure for schema changes says (``lang_altertable.html``) and Alembic's
    batch mode needs: a batch migration drops and recreates a table, and with foreign keys
    on, that drop refuses (``RESTRICT``) or deletes (``CASCADE``) the rows pointing at it.
    """
    from alembic import command

    config = _alembic_config(schema)
    with engine.connect() as connection:
        # A no-op inside a transaction: set it on the raw connection before BEGIN.
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise Problem(
                        "store.io_error",
                        path=str(engine.url.database),
                        detail=f"the upgrade to {revision} would leave {len(broken)} records "
                        f"pointing at nothing (first in table {broken[0][0]}); "
                        "nothing was changed",
                    )
                connection.exec_driver_sql(f"PRAGMA application_id={schema.application_id}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _alembic_config(schema: Schema = CENTRE_SCHEMA) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(schema.migrations))
    return config


def known_revisions(schema: Schema = CENTRE_SCHEMA) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(schema))
    return {rev.revision for rev in script.walk_revisions()}


def head_revision(schema: Schema = CENTRE_SCHEMA) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config(schema)).get_current_head()
    assert head is not None
    return head


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise _problem_for_os_error(exc, path) from exc
    if header != _SQLITE_HEADER:
        raise Problem("store.not_a_database", path=str(path))


def _inspect_existing(path: Path, application_id: int = APPLICATION_ID) -> str | None:
    """Check an existing file read-only: sound, ours, and at which schema revision."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) from exc
    try:
        verdict = str(conn.execute("PRAGMA quick_check").fetchone()[0])
        if verdict != "ok":
            raise Problem("store.damaged", path=str(path), detail=verdict)
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if app_id not in (0, application_id) or (app_id == 0 and tables):
            raise Problem("store.foreign", path=str(path))
        if "alembic_version" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        # "file is not a database" past a valid header, "malformed" and the like.
        raise Problem("store.damaged", path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()


def classify_sqlite_error(exc: BaseException, path: Path) -> Problem:
    """Turn an SQLite error (raw or wrapped by SQLAlchemy) into a message for people."""
    raw = exc.orig if isinstance(exc, DBAPIError) else exc
    name = getattr(raw, "sqlite_errorname", "") or ""
    text = str(raw)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return Problem("store.disk_full", path=str(path))
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return Problem("store.read_only", path=str(path))
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return Problem("store.not_a_database", path=str(path))
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return Problem("store.damaged", path=str(path), detail=text)
    if name.startswith("SQLITE_BUSY") or "database is locked" in text:
        return Problem("store.in_use", path=str(path))
    return Problem("store.io_error", path=str(path), detail=text)


def _problem_for_os_error(exc: OSError, path: Path) -> Problem:
    import errno

    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Problem("store.read_only", path=str(path))
    if exc.errno == errno.ENOSPC:
        return Problem("store.disk_full", path=str(path))
    return Problem("store.io_error", path=str(path), detail=exc.strerror or str(exc))


def latest_backup(db_path: Path) -> backups.BackupInfo | None:
    found = backups.list_backups(backup_dir_for(db_path), db_path.stem)
    return found[0] if found else None


def restore(
    backup_path: Path,
    db_path: Path,
    *,
    now: dt.datetime | None = None,
    lock_timeout: float = LOCK_TIMEOUT_S,
) -> Path | None:
    """Replace the database at ``db_path`` with the backup at ``backup_path``.

    The backup is copied beside the database and the copy must pass ``integrity_check``
    and be a CLC Desktop database before anything is replaced. The replaced file is
    kept as ``<name>.replaced-<time>.db`` (returned; ``None`` when there was none).
    """
    db_path = db_path.absolute()
    backup_path = backup_path.absolute()
    if not backup_path.is_file():
        raise Problem("restore.invalid", path=str(backup_path), detail="file not found")
    _check_backup_header(backup_path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    lock = acquire_lock(db_path, lock_timeout)
    try:
        staged = db_path.with_name(f"{db_path.name}.restoring")
        staged.unlink(missing_ok=True)
        try:
            _copy_database(backup_path, staged)
            verdict = backups.check_integrity(staged)
            if verdict != "ok":
                raise Problem("restore.invalid", path=str(backup_path), detail=verdict)
            _check_ours(staged, backup_path)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        replaced: Path | None = None
        if db_path.exists():
            _checkpoint(db_path)
            replaced = db_path.with_name(f"{db_path.stem}.replaced-{stamp}{db_path.suffix}")
            os.replace(db_path, replaced)
            for suffix in ("-wal", "-shm"):
                side = Path(f"{db_path}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{replaced}{suffix}"))
        os.replace(staged, db_path)
        return replaced
    finally:
        lock.release()


def _check_backup_header(path: Path) -> None:
    with open(path, "rb") as handle:
        if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise Problem("restore.invalid", path=str(path), detail="not an SQLite database")


def _copy_database(source_path: Path, target_path: Path) -> None:
    source = sqlite3.connect(f"{source_path.as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(target_path)
    try:
        source.backup(target, pages=-1)
        target.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.DatabaseError as exc:
        raise Problem("restore.invalid", path=str(source_path), detail=str(exc)) from exc
    finally:
        target.close()
        source.close()


def _check_ours(staged: Path, shown_as: Path) -> None:
    conn = sqlite3.connect(f"{staged.as_uri()}?mode=ro", uri=True)
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        raise Problem("restore.invalid", path=str(shown_as), detail="not a CLC Desktop database")


def _checkpoint(db_path: Path) -> None:
    """Fold the WAL into the main file so the replaced file is whole on its own."""
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def backup_to(db_path: Path, target: Path) -> None:
    """Write a verified copy of the database at ``db_path`` to ``target`` (a new file).

    Reads only: it works while the app has the database open.
    """
    db_path = db_path.absolute()
    if not db_path.is_file():
        raise Problem("store.not_found", path=str(db_path))
    if target.exists():
        raise Problem("backup.target_exists", path=str(target))
    _check_header(db_path)
    _inspect_existing(db_path)
    source = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        backups.copy_verified(source, target.absolute())
    except OSError as exc:
        raise _problem_for_os_error(exc, target) from exc
    finally:
        source.close()

"""Shared fixtures. Every test database comes from the real migrations: one migrated
template per run, copied per test (as Anki's test suite does)."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite never reads or writes the developer's own settings (the window's language,
# which the CLI follows too): a settings folder of its own, and no language from outside.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="clc-desktop-tests-")
os.environ.pop("CLC_DESKTOP_LANG", None)

# As in the app (clc_desktop.ui.collector): the cycle collector never runs on its own, so
# it cannot run on a worker thread and free Qt objects there; it runs after each test, on
# the main thread.
gc.disable()

from clc_desktop.storage.database import Store, open_store  # noqa: E402

# Real exported centre reports for the coordinator tests (session-scoped, made on first use).
pytest_plugins = ("tests.report_files",)


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_store(path).close()
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    """A fresh, migrated, empty database file (not open)."""
    path = tmp_path / "centre.db"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with open_store(db_path) as opened:
        yield opened

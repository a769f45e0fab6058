"""The coordinator store, opened by the composition root: once per path however many
times it is asked for, in the background, and closed by its owner (lock released)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.domain.messages import Problem
from clc_desktop.ui.coordinator_stores import CoordinatorOperations, CoordinatorStores
from clc_desktop.ui.operations import BackgroundRunner

WAIT = 10000


@pytest.fixture
def stores(qapp: QApplication) -> Iterator[CoordinatorStores]:
    opened = CoordinatorStores(BackgroundRunner(), lambda: "vi")
    yield opened
    opened.close()


@pytest.fixture
def asker(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _open(
    qtbot: QtBot, stores: CoordinatorStores, asker: QObject, path: Path
) -> CoordinatorOperations:
    got: list[CoordinatorOperations] = []
    errors: list[Exception] = []
    task = stores.open(asker, path, got.append, errors.append)
    assert task is not None  # opened in the background, not in the slot that asked
    qtbot.waitUntil(lambda: bool(got or errors), timeout=WAIT)
    assert errors == []
    return got[0]


def _lock_is_free(path: Path) -> bool:
    try:
        open_coordinator_store(path, lock_timeout=0.1).close()
    except Problem:
        return False
    return True


def test_the_same_path_asked_twice_is_one_open_store(
    qtbot: QtBot, stores: CoordinatorStores, asker: QWidget, tmp_path: Path
) -> None:
    path = tmp_path / "dieu-phoi.clcc"
    first = _open(qtbot, stores, asker, path)
    again: list[CoordinatorOperations] = []
    assert stores.open(asker, path, again.append, pytest.fail) is None  # nothing to open
    assert again == [first]  # at once: the same operations over the same Store
    assert stores.store is first.store
    assert not _lock_is_free(path)  # it stays open (and locked) between requests
    with qtbot.waitSignal(stores.closed, timeout=WAIT):
        stores.close()
    assert stores.store is None
    assert stores.ops is None
    assert _lock_is_free(path)


def test_another_path_closes_the_first_store(
    qtbot: QtBot, stores: CoordinatorStores, asker: QWidget, tmp_path: Path
) -> None:
    first = _open(qtbot, stores, asker, tmp_path / "a.clcc")
    with qtbot.waitSignal(stores.closed, timeout=WAIT):
        second = _open(qtbot, stores, asker, tmp_path / "b.clcc")
    assert second.store is not first.store
    assert second.store.path == tmp_path / "b.clcc"
    assert _lock_is_free(tmp_path / "a.clcc")


def test_a_store_asked_for_by_a_page_deleted_meanwhile_stays_open(
    qtbot: QtBot, stores: CoordinatorStores, tmp_path: Path
) -> None:
    gone = QObject()
    called: list[object] = []
    stores.open(gone, tmp_path / "dieu-phoi.clcc", called.append, called.append)
    shiboken6.delete(gone)  # the page went (the window rebuilt its pages)
    qtbot.waitUntil(lambda: stores.runner.pending == 0, timeout=WAIT)
    assert called == []  # no callback for a deleted receiver
    assert stores.store is not None  # the next page that asks gets it at once


def test_a_missing_file_is_not_created_unless_asked(
    qtbot: QtBot, stores: CoordinatorStores, asker: QWidget, tmp_path: Path
) -> None:
    errors: list[Exception] = []
    stores.open(asker, tmp_path / "gone.clcc", pytest.fail, errors.append, create=False)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    assert isinstance(errors[0], FileNotFoundError)
    assert not (tmp_path / "gone.clcc").exists()
    assert stores.store is None

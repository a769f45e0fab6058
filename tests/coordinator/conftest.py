from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.storage.database import Store


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Store]:
    """A new, empty coordinator store."""
    with open_coordinator_store(tmp_path / "coordinator.db") as store:
        yield store

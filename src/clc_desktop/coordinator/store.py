"""Opening a coordinator's store: its own file, models (:mod:`.models`) and migrations
(``coordinator/migrations``), the centre store's safety.

The coordinator store goes through :func:`clc_desktop.storage.database.open_store` with
its own :class:`~clc_desktop.storage.database.Schema`: the same single-writer lock,
header check, ``quick_check``, pragmas, refusal of a newer schema and backup before a
migration. Its ``application_id`` differs from a centre's, so neither kind of file opens
as the other.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Final

from clc_desktop.storage.database import LOCK_TIMEOUT_S, Schema, Store, open_store

#: ``PRAGMA application_id`` of a coordinator store: "CLCC".
COORDINATOR_APPLICATION_ID: Final = 0x434C4343
#: The newest coordinator migration (``tests/coordinator/test_store.py`` checks it).
COORDINATOR_HEAD_REVISION: Final = "c0001"
COORDINATOR_SCHEMA: Final = Schema(
    COORDINATOR_APPLICATION_ID,
    COORDINATOR_HEAD_REVISION,
    Path(__file__).parent / "migrations",
)


def open_coordinator_store(
    path: Path | str,
    *,
    lock_timeout: float = LOCK_TIMEOUT_S,
    now: dt.datetime | None = None,
) -> Store:
    """Open (or create) the coordinator store at ``path``; raises ``Problem`` like
    :func:`~clc_desktop.storage.database.open_store`, leaving the file unwritten."""
    return open_store(path, lock_timeout=lock_timeout, now=now, schema=COORDINATOR_SCHEMA)

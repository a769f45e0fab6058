"""The coordinator's store, opened and closed by the composition root (as the centre's is).

A coordinator keeps a second store, beside the centre's own database: the list of units
and every report imported. :class:`CoordinatorStores` opens it when a page asks for a
path (in the background: opening reads and may migrate the file), hands the page the
:class:`CoordinatorOperations` over it, reuses the open store when the same path is asked
again (a rebuilt page, another window) and closes it when its owner closes, after the
background lane is idle. Only one coordinator store is open at a time: asking for another
path closes the current one first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from clc_desktop.coordinator.store import open_coordinator_store
from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.storage.database import Store
from clc_desktop.ui.operations import BackgroundRunner, Operations, Task


def _ignore() -> None:
    pass


class CoordinatorOperations(Operations):
    """The operations over one open coordinator store (``store``)."""

    def __init__(
        self,
        runner: BackgroundRunner,
        store: Store,
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(runner, store.session, language, parent)
        self.store = store


class CoordinatorStores(QObject):
    """Opens, reuses and closes the coordinator store; owned by the composition root."""

    closed = Signal()  # the open store was closed (another is being opened, or the app ends)

    def __init__(
        self,
        runner: BackgroundRunner,
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._language = language
        self._ops: CoordinatorOperations | None = None
        self._asked: Path | None = None  # the path of the latest request
        # The store the background lane last opened: only jobs on the lane (one at a
        # time) and close(), once the lane is idle, touch it.
        self._current: Store | None = None

    @property
    def ops(self) -> CoordinatorOperations | None:
        """The operations over the open store, None while none is open."""
        return self._ops

    @property
    def store(self) -> Store | None:
        return self._ops.store if self._ops is not None else None

    def open(
        self,
        receiver: QObject,
        path: Path,
        on_done: Callable[[CoordinatorOperations], None],
        on_error: Callable[[Exception], None],
        *,
        create: bool = True,
    ) -> Task | None:
        """Open (or, with ``create``, create) the store at ``path`` in the background and
        hand ``on_done`` its operations; at once when it is the store already open. A
        failure (a damaged file, one in use, a missing one without ``create``) goes to
        ``on_error``. The receiver's callbacks are dropped when it is deleted meanwhile;
        the store it asked for stays open all the same."""
        path = Path(path).absolute()
        self._asked = path
        if self._ops is not None and self._ops.store.path == path:
            on_done(self._ops)
            return None
        self._detach()

        def work(_progress: ProgressFn, _cancelled: CancelFn) -> Store:
            current = self._current
            if current is not None and current.path == path:
                return current
            if not create and not path.exists():
                raise FileNotFoundError(2, "No such file", str(path))
            self._current = None
            if current is not None:
                current.close()
            self._current = open_coordinator_store(path)
            return self._current

        def opened(store: Store) -> None:
            if store is not self._current or store.path != self._asked:
                return  # closed meanwhile, or another store was asked for since
            if self._ops is None or self._ops.store is not store:
                self._detach()
                # No parent: it lives as long as a page or a job still holds it.
                self._ops = CoordinatorOperations(self.runner, store, self._language)
            if shiboken6.isValid(receiver):
                on_done(self._ops)

        def failed(error: Exception) -> None:
            if shiboken6.isValid(receiver):
                on_error(error)

        return self.runner.start(work, receiver=self, on_done=opened, on_error=failed)

    def _detach(self) -> None:
        """Forget the operations of the open store (its jobs already queued still run)."""
        ops, self._ops = self._ops, None
        if ops is not None:
            self.closed.emit()

    def close(self) -> None:
        """Close the open store once no background job may still use it."""
        self.runner.wait()
        self._detach()
        self._asked = None
        store, self._current = self._current, None
        if store is not None:
            store.close()

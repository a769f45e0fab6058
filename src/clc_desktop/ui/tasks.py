"""Work off the GUI thread: run a function in the thread pool, get its result on the GUI
thread.

Workers never touch widgets; they return a value (or raise), and the callbacks run on the
GUI thread. Long work goes through :meth:`BackgroundRunner.start`, which hands the
function a throttled ``progress(done, total)`` and a ``cancelled()`` check (see
:mod:`clc_desktop.domain.progress`) and returns a :class:`Task` the window can cancel.

The result is kept on the task (a plain Python reference, alive until delivered) and an
argument-free signal tells the GUI thread to pick it up; callbacks of widgets deleted in
the meantime are dropped.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn

#: At most this many progress signals per second reach the GUI (Picard froze on hundreds).
PROGRESS_INTERVAL_S = 0.05


def _ignore(*_: object) -> None:
    pass


def _alive(callback: Callable[..., object]) -> bool:
    """False for a bound method of a widget that was deleted while the job ran (a window
    closed before its numbers arrived): such callbacks are dropped, as Qt drops the
    connections of a destroyed receiver."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Task(QObject):
    """A job in the background. Exactly one of ``on_done(result)``, ``on_error(exception)``
    and ``on_cancelled()`` is called, on the GUI thread; ``on_progress(done, total)``
    before it, at most every :data:`PROGRESS_INTERVAL_S`."""

    _progressed = Signal(int, int)
    _ended = Signal()

    def __init__(
        self,
        parent: BackgroundRunner,
        on_progress: Callable[[int, int], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_cancelled: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._runner = parent
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self._callbacks = (on_progress, on_done, on_error, on_cancelled)
        self._outcome: tuple[str, Any] = ("running", None)
        # Bound methods of an object of the GUI thread: queued, so they run there.
        self._progressed.connect(self._deliver_progress)
        self._ended.connect(self._deliver_end)

    def cancel(self) -> None:
        """Ask the job to stop at its next safe point (it then reports ``on_cancelled``)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- called on the worker thread -----------------------------------------------------
    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self._progressed.emit(done, total)

    def end(self, kind: str, value: Any = None) -> None:
        self._outcome = (kind, value)
        self._ended.emit()

    # -- on the GUI thread ---------------------------------------------------------------
    def _deliver_progress(self, done: int, total: int) -> None:
        # After the end was delivered the callbacks are no-ops: no late progress.
        if _alive(self._callbacks[0]):
            self._callbacks[0](done, total)

    def _deliver_end(self) -> None:
        kind, value = self._outcome
        _, on_done, on_error, on_cancelled = self._callbacks
        self._callbacks = (_ignore, _ignore, _ignore, _ignore)
        self._runner._tasks.discard(self)
        self.deleteLater()
        callback: Callable[..., None]
        args: tuple[Any, ...]
        if kind == "done":
            callback, args = on_done, (value,)
        elif kind == "failed":
            callback, args = on_error, (value,)
        else:
            callback, args = on_cancelled, ()
        if _alive(callback):
            callback(*args)


class _TaskJob(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn, CancelFn], Any], task: Task) -> None:
        super().__init__()
        self._fn = fn
        self._task = task

    def run(self) -> None:
        task = self._task
        try:
            result = self._fn(task.report, task.is_cancelled)
        except Cancelled:
            task.end("cancelled")
        except Exception as exc:  # handed to the GUI thread, shown there
            task.end("failed", exc)
        else:
            task.end("done", result)


class BackgroundRunner(QObject):
    """Runs jobs in a thread pool and calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer-friendly lane for background work
        # Python references until each task's end is delivered: the Qt parent keeps the
        # C++ object, this keeps its Python side (result, callbacks).
        self._tasks: set[Task] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Task:
        """Run ``fn()`` in the background (short jobs: no progress, no cancel)."""
        return self.start(
            lambda _progress, _cancelled: fn(),
            on_done=on_done or _ignore,
            on_error=on_error or _ignore,
        )

    def start(
        self,
        fn: Callable[[ProgressFn, CancelFn], Any],
        *,
        on_progress: Callable[[int, int], None] = _ignore,
        on_done: Callable[[Any], None] = _ignore,
        on_error: Callable[[Exception], None] = _ignore,
        on_cancelled: Callable[[], None] = _ignore,
    ) -> Task:
        """Run ``fn(progress, cancelled)`` in the background; the task, a child of the
        runner, lives until its end has been delivered."""
        task = Task(self, on_progress, on_done, on_error, on_cancelled)
        self._tasks.add(task)
        self._pool.start(_TaskJob(fn, task))
        return task

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)

"""The one way work leaves the GUI thread (in the manner of Anki's ``CollectionOp`` and
``QueryOp``, ``qt/aqt/operations/__init__.py``).

A page never opens a database session or a file in a slot. It asks its
:class:`Operations`:

- :meth:`Operations.query` runs ``read(session)`` in the background, in a session of its
  own, and hands the result to ``on_done`` on the GUI thread;
- :meth:`Operations.change` runs ``write(session)`` in **one transaction** and hands the
  service's summary of what changed to ``on_done``; then every page hears it through
  :attr:`Operations.changed`, as a :class:`~clc_desktop.domain.changes.Change` with the
  kinds it touched, and reloads what it shows of those kinds (a :class:`Refresher`
  does that for a view: at once when it is on screen, else when it is next shown);
- :meth:`Operations.task` runs long work ``work(progress, cancelled)`` (an export, an
  import, a consolidation) with throttled progress and cancellation; a
  :class:`~clc_desktop.ui.progress_row.ProgressRow` shows it.

Every call names a **receiver** (the page or dialog that asked). Its callbacks are dropped
when the receiver was deleted meanwhile, and its deletion cancels the work at its next
safe point. A failure goes to ``on_error`` when given, otherwise it is shown once, here,
as a message in the user's language. Jobs run one at a time, in order, on one background
lane, so a change is never overtaken by a read queued after it.

Qt objects are freed only on the GUI thread: the work function, its result and its
error are released there (see also :mod:`clc_desktop.ui.collector`).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from clc_desktop.domain.changes import Change, ChangeKind
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn

T = TypeVar("T")

#: At most this many progress signals per second reach the GUI (Picard froze on hundreds).
PROGRESS_INTERVAL_S = 0.05
#: :class:`WhenIdle` waits this long after the lane's last job before its own work.
IDLE_DELAY_MS = 1000

SessionSource = Callable[[], contextlib.AbstractContextManager[Session]]
Work = Callable[[ProgressFn, CancelFn], Any]


def _ignore(*_: object) -> None:
    pass


def _alive(listener: Callable[..., object]) -> bool:
    """False for a bound method of a Qt object deleted meanwhile."""
    owner = getattr(listener, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Task:
    """One job in the background. Exactly one of ``on_done(result)``,
    ``on_error(exception)`` and ``on_cancelled()`` is called, on the GUI thread, unless
    the receiver was deleted meanwhile; just before it, the listeners added with
    :meth:`when_ended` run; :meth:`when_progressed` listeners get ``(done, total)`` at
    most every :data:`PROGRESS_INTERVAL_S`.

    A plain Python object, not a ``QObject``: the runner carries it to the GUI thread in
    a queued signal, and everything it holds (the work, its callbacks, the result) is
    released there when the end is delivered."""

    def __init__(
        self,
        runner: BackgroundRunner,
        work: Work,
        receiver: QObject | None,
        callbacks: tuple[Callable[..., None], ...],
    ) -> None:
        self._runner = runner
        self._work: Work | None = work
        self._receiver = receiver
        self._callbacks = callbacks  # on_done, on_error, on_cancelled, announce
        self._progress_listeners: list[Callable[[int, int], None]] = []
        self._end_listeners: list[Callable[[], None]] = []
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self._outcome: tuple[str, Any] = ("running", None)
        self.running = True

    def cancel(self) -> None:
        """Ask the job to stop at its next safe point (it then ends as cancelled)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once cancelled, or once its receiver was deleted (nobody wants it)."""
        receiver = self._receiver
        return self._cancel.is_set() or (receiver is not None and not shiboken6.isValid(receiver))

    def when_progressed(self, listener: Callable[[int, int], None]) -> None:
        self._progress_listeners.append(listener)

    def when_ended(self, listener: Callable[[], None]) -> None:
        self._end_listeners.append(listener)

    # -- on the worker thread ------------------------------------------------------------
    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            with contextlib.suppress(RuntimeError):  # the runner was deleted meanwhile
                self._runner._progress_ready.emit(self, done, total)

    def execute(self) -> None:
        # No local name keeps the work, its result or its error: they are released on
        # the GUI thread when the end is delivered, never here.
        self._outcome = self._call()
        # A runner deleted with its window while the job ran: nobody is left to tell (an
        # exception here would escape the worker thread and abort the process).
        with contextlib.suppress(RuntimeError):
            self._runner._end_ready.emit(self)

    def _call(self) -> tuple[str, Any]:
        assert self._work is not None
        try:
            return ("done", self._work(self.report, self.is_cancelled))
        except Cancelled:
            return ("cancelled", None)
        except Exception as exc:  # handed to the GUI thread, shown there
            return ("failed", exc)

    # -- on the GUI thread ---------------------------------------------------------------
    def _receiver_alive(self) -> bool:
        return self._receiver is None or shiboken6.isValid(self._receiver)

    def _deliver_progress(self, done: int, total: int) -> None:
        if self.running and self._receiver_alive():
            for listener in list(self._progress_listeners):
                if _alive(listener):
                    listener(done, total)

    def _deliver_end(self) -> None:
        (kind, value), self._outcome = self._outcome, ("ended", None)
        on_done, on_error, on_cancelled, announce = self._callbacks
        alive = self._receiver_alive()
        ended = self._end_listeners
        self._callbacks, self._work, self._receiver = (), None, None
        self._progress_listeners, self._end_listeners = [], []
        self.running = False
        try:
            for listener in ended:  # first: a progress row is idle before the callbacks
                if _alive(listener):
                    listener()
            if alive:
                if kind == "done":
                    on_done(value)
                elif kind == "failed":
                    on_error(value)
                else:
                    on_cancelled()
            if kind == "done":
                announce(value)  # the change happened, whether or not its asker still exists
        finally:
            self._runner._finished(self)


class _Job(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.execute()


class BackgroundRunner(QObject):
    """One background lane: jobs run one after another, in the order they were asked."""

    idle = Signal()  # no job is queued or running

    # From the worker thread; queued to the runner's own thread (the GUI thread).
    _progress_ready = Signal(object, int, int)
    _end_ready = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer-friendly lane for background work
        self._tasks: set[Task] = set()  # until each task's end is delivered
        self._progress_ready.connect(self._deliver_progress)
        self._end_ready.connect(self._deliver_end)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def start(
        self,
        work: Work,
        *,
        receiver: QObject | None = None,
        on_done: Callable[[Any], None] = _ignore,
        on_error: Callable[[Exception], None] = _ignore,
        on_cancelled: Callable[[], None] = _ignore,
        announce: Callable[[Any], None] = _ignore,
    ) -> Task:
        """Run ``work(progress, cancelled)`` in the background. ``announce(result)`` runs
        after a success even when the receiver is gone (the change broadcast)."""
        task = Task(self, work, receiver, (on_done, on_error, on_cancelled, announce))
        self._tasks.add(task)
        self._pool.start(_Job(task))
        return task

    def _deliver_progress(self, task: Task, done: int, total: int) -> None:
        task._deliver_progress(done, total)

    def _deliver_end(self, task: Task) -> None:
        task._deliver_end()

    def _finished(self, task: Task) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self.idle.emit()

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


class WhenIdle(QObject):
    """Runs ``work()`` on the runner's lane when the lane has been idle for ``delay_ms``
    and ``due()`` (asked on the GUI thread) says there is something to do: the store's
    checkpoint after a change, so the data file alone holds every saved change.

    Its own job ending makes the lane idle again: that one idle is not an invitation to run
    again (a checkpoint that could not finish waits for the next change)."""

    def __init__(
        self,
        runner: BackgroundRunner,
        due: Callable[[], bool],
        work: Callable[[], object],
        *,
        delay_ms: int = IDLE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._due = due
        self._work = work
        self._own_job_ended = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        runner.idle.connect(self._lane_idle)

    def _lane_idle(self) -> None:
        if self._own_job_ended:
            self._own_job_ended = False
        else:
            self._timer.start()  # again from the start: the lane must stay idle that long

    def _run(self) -> None:
        if self._runner.pending or not self._due():
            return  # busy again (its idle restarts the timer), or nothing to do
        work = self._work

        def ended(_result: object = None) -> None:
            # The idle that follows is ours only when no other job was queued meanwhile.
            self._own_job_ended = self._runner.pending <= 1

        self._runner.start(
            lambda _progress, _cancelled: work(), receiver=self, on_done=ended, on_error=ended
        )

    def stop(self) -> None:
        """No more runs (the store is being closed or replaced)."""
        self._timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self._runner.idle.disconnect(self._lane_idle)


class Operations(QObject):
    """Reads and changes of one store, and the broadcast of what changed.

    ``sessions`` opens one unit of work (``Store.session``: commits on success, rolls
    back on error); ``language`` tells the language of the error messages.
    """

    changed = Signal(object)  # Change: something was saved; pages reload what it touched

    def __init__(
        self,
        runner: BackgroundRunner,
        sessions: SessionSource,
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._sessions = sessions
        self._language = language

    @property
    def language(self) -> str:
        return self._language()

    def session(self) -> contextlib.AbstractContextManager[Session]:
        """One unit of work of the store, for the work function of a :meth:`task` that
        needs the database and progress or cancel (an export): it runs on the background
        lane. Never in a slot: a slot asks :meth:`query` or :meth:`change`."""
        return self._sessions()

    def query(
        self,
        receiver: QObject,
        read: Callable[[Session], T],
        on_done: Callable[[T], None],
        *,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Task:
        """``read(session)`` in the background; ``on_done(result)`` on the GUI thread."""
        return self.session_task(
            receiver, lambda session, _p, _c: read(session), on_done, on_error=on_error
        )

    def change(
        self,
        receiver: QObject,
        kinds: ChangeKind | Iterable[ChangeKind],
        write: Callable[[Session], T],
        on_done: Callable[[T], None] = _ignore,
        *,
        on_error: Callable[[Exception], None] | None = None,
    ) -> Task:
        """``write(session)`` in one transaction; ``on_done(summary)``, then the change is
        broadcast on :attr:`changed` (also when the receiver is gone: it did happen)."""
        return self.session_task(
            receiver,
            lambda session, _p, _c: write(session),
            on_done,
            on_error=on_error,
            kinds=kinds,
        )

    def task(
        self,
        receiver: QObject,
        work: Callable[[ProgressFn, CancelFn], T],
        on_done: Callable[[T], None] = _ignore,
        *,
        on_error: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] = _ignore,
        kinds: ChangeKind | Iterable[ChangeKind] = (),
    ) -> Task:
        """Long work with progress and cancel (files, many reports); when it changes the
        store, ``kinds`` says what it touched and the change is broadcast."""
        return self._with_broadcast(kinds, receiver, work, on_done, on_error, on_cancelled)

    def session_task(
        self,
        receiver: QObject,
        work: Callable[[Session, ProgressFn, CancelFn], T],
        on_done: Callable[[T], None] = _ignore,
        *,
        on_error: Callable[[Exception], None] | None = None,
        on_cancelled: Callable[[], None] = _ignore,
        kinds: ChangeKind | Iterable[ChangeKind] = (),
    ) -> Task:
        """Long work with progress and cancel in **one transaction** of the store (an
        import of many rows or files, a consolidation): committed when ``work`` returns,
        rolled back when it fails or is cancelled."""
        sessions = self._sessions

        def run(progress: ProgressFn, cancelled: CancelFn) -> T:
            with sessions() as session:
                return work(session, progress, cancelled)

        return self.task(
            receiver, run, on_done, on_error=on_error, on_cancelled=on_cancelled, kinds=kinds
        )

    def broadcast(self, change: Change) -> None:
        self.changed.emit(change)

    def _with_broadcast(
        self,
        kinds: ChangeKind | Iterable[ChangeKind],
        receiver: QObject,
        work: Callable[[ProgressFn, CancelFn], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None,
        on_cancelled: Callable[[], None],
    ) -> Task:
        touched = Change.of(kinds).kinds

        def announce(summary: object) -> None:
            if touched:
                self.changed.emit(Change(touched, summary))

        return self.runner.start(
            work,
            receiver=receiver,
            on_done=on_done,
            on_error=on_error or self._error_shower(receiver),
            on_cancelled=on_cancelled,
            announce=announce,
        )

    def _error_shower(self, receiver: QObject) -> Callable[[Exception], None]:
        def show(error: Exception) -> None:
            from clc_desktop.ui.dialogs import show_error

            show_error(receiver, error, self.language)

        return show


class Refresher(QObject):
    """Keeps one view up to date with the changes it shows.

    ``refresh()`` runs when a change touches one of ``kinds``: at once when ``widget`` is
    visible, otherwise the next time it is shown (a page in the stack that is not on
    screen recounts when the user comes to it, not at every mark saved elsewhere).
    """

    def __init__(
        self,
        widget: QWidget,
        ops: Operations,
        kinds: Iterable[ChangeKind],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._kinds = frozenset(kinds)
        self._refresh = refresh
        self.stale = False
        ops.changed.connect(self._changed)
        widget.installEventFilter(self)

    def _changed(self, change: Change) -> None:
        if not change.touches(self._kinds):
            return
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False

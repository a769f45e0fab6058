"""The operation layer: results arrive whole on the GUI thread, progress is throttled,
cancellation and failures are told apart, a deleted receiver is not called back (and its
work is cancelled), a change is broadcast with its kinds, and the cycle collector runs on
the GUI thread only."""

from __future__ import annotations

import gc
import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clc_desktop.domain.changes import Change, ChangeKind
from clc_desktop.domain.learners import LearnerForm
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn
from clc_desktop.services.learners import LearnerRecord, add_learner, get_learner
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import Learner
from clc_desktop.ui.collector import GarbageCollector
from clc_desktop.ui.dialogs import run_dialog
from clc_desktop.ui.operations import BackgroundRunner, Operations, Refresher


@dataclass
class Outcome:
    number: int


class Receiver(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[object, ...]] = []
        self.threads: set[object] = set()

    def progress(self, done: int, total: int) -> None:
        self.events.append(("progress", done, total))

    def done(self, result: object) -> None:
        self.threads.add(QThread.currentThread())
        self.events.append(("done", result))

    def error(self, error: Exception) -> None:
        self.events.append(("error", str(error)))

    def cancelled(self) -> None:
        self.events.append(("cancelled",))


def _start(runner: BackgroundRunner, receiver: Receiver, fn: object) -> None:
    task = runner.start(
        fn,  # type: ignore[arg-type]
        receiver=receiver,
        on_done=receiver.done,
        on_error=receiver.error,
        on_cancelled=receiver.cancelled,
    )
    task.when_progressed(receiver.progress)


def test_many_results_arrive_whole_on_the_gui_thread(qtbot: QtBot) -> None:
    runner, receiver = BackgroundRunner(), Receiver()
    qtbot.addWidget(receiver)
    for n in range(50):
        _start(runner, receiver, lambda _p, _c, n=n: Outcome(n))
    qtbot.waitUntil(lambda: len(receiver.events) == 50, timeout=10000)
    assert receiver.events == [("done", Outcome(n)) for n in range(50)]
    assert receiver.threads == {QApplication.instance().thread()}


def test_progress_is_throttled_but_the_last_step_always_arrives(qtbot: QtBot) -> None:
    runner, receiver = BackgroundRunner(), Receiver()
    qtbot.addWidget(receiver)

    def work(progress: ProgressFn, cancelled: CancelFn) -> str:
        for done in range(1, 10_001):
            progress(done, 10_000)
        return "ok"

    _start(runner, receiver, work)
    qtbot.waitUntil(lambda: bool(receiver.events) and receiver.events[-1][0] == "done")
    steps = [e for e in receiver.events if e[0] == "progress"]
    assert 1 <= len(steps) < 100
    assert steps[-1] == ("progress", 10_000, 10_000)


def test_cancel_and_failure_are_told_apart(qtbot: QtBot) -> None:
    runner, receiver = BackgroundRunner(), Receiver()
    qtbot.addWidget(receiver)
    started = threading.Event()

    def slow(progress: ProgressFn, cancelled: CancelFn) -> None:
        started.set()
        while not cancelled():
            time.sleep(0.005)
        raise Cancelled

    task = runner.start(slow, receiver=receiver, on_cancelled=receiver.cancelled)
    started.wait(5)
    task.cancel()
    _start(runner, receiver, lambda _p, _c: 1 / 0)
    qtbot.waitUntil(lambda: len(receiver.events) == 2, timeout=10000)
    assert receiver.events == [("cancelled",), ("error", "division by zero")]


def test_a_widget_deleted_before_the_result_is_not_called(qtbot: QtBot) -> None:
    runner, receiver = BackgroundRunner(), Receiver()
    release = threading.Event()
    _start(runner, receiver, lambda _p, _c: release.wait(5))
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not _valid(receiver))
    release.set()
    assert runner.wait(5000)
    later = Receiver()
    qtbot.addWidget(later)
    _start(runner, later, lambda _p, _c: "after")  # the lane still works, nothing raised
    qtbot.waitUntil(lambda: later.events == [("done", "after")])
    assert receiver.events == []  # the first job's end was delivered, but not to it


def _valid(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_emitting_a_signal_keeps_the_interpreter_sound(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to ``True`` at every ``Signal.emit()``: after a
    few hundred emits the interpreter aborted ("deallocating True or False"). pyproject
    excludes that release; this fails on it."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        changed = Signal(int)

    emitter, seen = Emitter(), []
    emitter.changed.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(300):
        emitter.changed.emit(n)
    assert len(seen) == 300
    assert sys.getrefcount(True) >= before


# -- Operations over a real store ------------------------------------------------------


def _ops(store: Store) -> Operations:
    return Operations(BackgroundRunner(), store.session, lambda: "vi")


def _learners(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Learner)) or 0


def _add_learner(session: Session, name: str) -> LearnerRecord:
    return get_learner(session, add_learner(session, LearnerForm(full_name=name, sex="female")))


def test_a_page_freed_while_its_job_runs_gets_no_callback_and_crashes_nothing(
    qtbot: QtBot, store: Store
) -> None:
    ops, page = _ops(store), Receiver()
    started, release, saw_cancel = threading.Event(), threading.Event(), []

    def slow_read(session: Session) -> int:
        started.set()
        release.wait(5)
        return _learners(session)

    def watch(progress: ProgressFn, cancelled: CancelFn) -> None:
        release.wait(5)
        saw_cancel.append(cancelled())

    ops.query(page, slow_read, page.done)
    ops.task(page, watch, page.done)
    assert started.wait(5)
    page.deleteLater()  # the window closed while its numbers were being counted
    qtbot.waitUntil(lambda: not _valid(page))
    gc.collect()
    release.set()
    qtbot.waitUntil(lambda: ops.runner.pending == 0, timeout=10000)
    assert page.events == []  # neither callback reached the deleted page
    assert saw_cancel == [True]  # its deletion cancelled the work still queued
    later = Receiver()
    qtbot.addWidget(later)
    ops.query(later, _learners, later.done)
    qtbot.waitUntil(lambda: later.events == [("done", 0)])


def test_a_change_runs_in_one_transaction_and_is_broadcast_with_its_kinds(
    qtbot: QtBot, store: Store
) -> None:
    ops, page, other = _ops(store), Receiver(), Receiver()
    qtbot.addWidget(page)
    qtbot.addWidget(other)
    heard: list[Change] = []
    ops.changed.connect(heard.append)

    def add_two_then_fail(session: Session) -> None:
        _add_learner(session, "Nguyễn Thị Hương")
        _add_learner(session, "Trần Văn Đức")
        raise Problem("learner.name_required")

    ops.change(page, ChangeKind.LEARNERS, add_two_then_fail, page.done, on_error=page.error)
    qtbot.waitUntil(lambda: len(page.events) == 1)
    assert page.events[0][0] == "error"
    assert heard == []  # nothing changed: nothing is announced
    with store.session() as session:
        assert _learners(session) == 0  # the transaction was rolled back whole

    with qtbot.waitSignal(ops.changed, timeout=10000) as signal:
        ops.change(page, [ChangeKind.LEARNERS], lambda s: _add_learner(s, "Lê Thị Ánh"))
    change = signal.args[0]
    assert change.kinds == frozenset({ChangeKind.LEARNERS})
    assert isinstance(change.summary, LearnerRecord)
    assert change.summary.form.full_name == "Lê Thị Ánh"
    assert change.touches([ChangeKind.LEARNERS, ChangeKind.CLASSES])
    assert not change.touches([ChangeKind.ATTENDANCE])


def test_a_change_is_broadcast_even_when_its_page_is_gone(qtbot: QtBot, store: Store) -> None:
    ops, page = _ops(store), Receiver()
    release = threading.Event()
    heard: list[Change] = []
    ops.changed.connect(heard.append)

    def write(session: Session) -> LearnerRecord:
        release.wait(5)
        return _add_learner(session, "Phạm Văn Bình")

    ops.change(page, ChangeKind.LEARNERS, write, page.done)
    page.deleteLater()
    qtbot.waitUntil(lambda: not _valid(page))
    release.set()
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=10000)
    assert page.events == []
    with store.session() as session:
        assert _learners(session) == 1


def test_an_error_without_a_handler_is_shown_once_in_the_users_language(
    qtbot: QtBot, store: Store, translations: object
) -> None:
    ops, page = _ops(store), Receiver()
    qtbot.addWidget(page)
    page.show()

    def fail(_session: Session) -> None:
        raise Problem("learner.name_required")

    ops.change(page, ChangeKind.LEARNERS, fail)
    qtbot.waitUntil(lambda: _error_box() is not None, timeout=10000)
    box = _error_box()
    assert box is not None
    assert box.text() == Problem("learner.name_required").text("vi")
    box.close()


def _error_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


def test_the_collector_runs_on_the_gui_thread_only(qtbot: QtBot) -> None:
    """Automatic collection is off (here and in the app); cycles made on a worker thread
    are collected by the GUI thread's timer."""
    assert not gc.isenabled()
    collector = GarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        collected_on: list[object] = []

        class Cycle:
            def __init__(self) -> None:
                self.me = self

            def __del__(self) -> None:
                collected_on.append(threading.current_thread())

        def make_cycles() -> None:
            for _ in range(5000):
                Cycle()

        worker = threading.Thread(target=make_cycles)
        worker.start()
        worker.join()
        assert collected_on == []  # nothing was collected on the worker thread
        qtbot.waitUntil(lambda: len(collected_on) >= 5000, timeout=5000)
        assert set(collected_on) == {threading.main_thread()}
    finally:
        collector.timer.stop()


def test_a_dialog_run_through_the_helper_is_freed_when_it_closes(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    for _ in range(20):
        dialog = QDialog(page)
        QTimer.singleShot(0, dialog.accept)
        assert run_dialog(dialog)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert page.findChildren(QDialog) == []


def test_a_view_refreshes_at_once_when_shown_and_later_when_hidden(
    qtbot: QtBot, store: Store
) -> None:
    ops, view = _ops(store), QWidget()
    qtbot.addWidget(view)
    refreshed: list[int] = []
    refresher = Refresher(view, ops, [ChangeKind.ATTENDANCE], lambda: refreshed.append(1))
    view.show()
    ops.broadcast(Change.of(ChangeKind.LEARNERS))
    assert refreshed == []  # a change it does not show
    ops.broadcast(Change.of(ChangeKind.ATTENDANCE))
    assert refreshed == [1]
    view.hide()
    ops.broadcast(Change.of([ChangeKind.ATTENDANCE, ChangeKind.ENROLMENTS]))
    ops.broadcast(Change.of(ChangeKind.ATTENDANCE))
    assert refreshed == [1]
    assert refresher.stale
    view.show()
    assert refreshed == [1, 1]  # once, when it came back on screen
    assert not refresher.stale

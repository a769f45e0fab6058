"""The background runner: results arrive whole on the GUI thread, progress is throttled,
cancellation and failures are told apart, and a deleted widget is not called back."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from clc_desktop.domain.progress import CancelFn, Cancelled, ProgressFn
from clc_desktop.ui.tasks import BackgroundRunner


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
    runner.start(
        fn,  # type: ignore[arg-type]
        on_progress=receiver.progress,
        on_done=receiver.done,
        on_error=receiver.error,
        on_cancelled=receiver.cancelled,
    )


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

    task = runner.start(slow, on_cancelled=receiver.cancelled)
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

"""WhenIdle: work (the store's checkpoint) runs on the background lane once the lane has
been idle a moment after other jobs, only when due, and its own end does not start it
again."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.ui.operations import BackgroundRunner, WhenIdle


def _job(_progress: ProgressFn, _cancelled: CancelFn) -> None:
    return None


def test_work_runs_on_the_lane_after_the_lane_is_idle_and_only_when_due(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    due = {"now": True}
    ran: list[bool] = []

    def work() -> None:
        ran.append(threading.current_thread() is threading.main_thread())
        due["now"] = False

    idle = WhenIdle(runner, lambda: due["now"], work, delay_ms=50)
    runner.start(_job)
    qtbot.waitUntil(lambda: bool(ran), timeout=3000)
    assert ran == [False]  # once, and not on the GUI thread
    runner.start(_job)  # nothing due: nothing runs
    qtbot.wait(200)
    assert ran == [False]
    idle.stop()
    runner.wait()


def test_work_that_stays_due_is_not_started_again_by_its_own_end(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    ran: list[int] = []
    idle = WhenIdle(runner, lambda: True, lambda: ran.append(1), delay_ms=30)
    runner.start(_job)
    qtbot.waitUntil(lambda: bool(ran), timeout=3000)
    qtbot.wait(300)
    assert ran == [1]  # a checkpoint that could not finish waits for the next change
    runner.start(_job)
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=3000)
    idle.stop()
    runner.start(_job)
    qtbot.wait(200)
    assert len(ran) == 2  # stopped
    runner.wait()


def test_a_busy_lane_puts_the_work_off(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    ran: list[int] = []
    idle = WhenIdle(runner, lambda: True, lambda: ran.append(runner.pending), delay_ms=500)
    for _ in range(5):
        runner.start(_job)
        qtbot.wait(40)  # the lane idles for less than the delay each time
    assert ran == []
    qtbot.waitUntil(lambda: bool(ran), timeout=3000)
    assert ran == [1]  # alone on the lane
    idle.stop()
    runner.wait()

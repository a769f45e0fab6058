"""A roll call killed (SIGKILL) right after a save was shown: nothing shown as saved is
lost. The child takes the roll call through the page's key handling, lets the event loop
deliver the answer of each save (the saves run on the background lane) and reports each
mark the page showed as saved; the parent kills it at once after reading some of them."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from clc_desktop.storage.backup import check_integrity
from clc_desktop.storage.database import open_store
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)

TODAY = dt.date(2026, 11, 23)
LEARNERS = 30
ORDER = ["present", "late", "excused", "absent"]  # one pass of the class per status

CHILD = textwrap.dedent("""
    import datetime as dt, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from clc_desktop.storage.database import open_store
    from clc_desktop.ui.operations import BackgroundRunner, Operations
    from clc_desktop.ui.pages.attendance import AttendancePage
    app = QApplication([])
    store = open_store(sys.argv[1])
    ops = Operations(BackgroundRunner(), store.session, lambda: "vi")
    def settle():
        while ops.runner.pending:
            QTest.qWait(1)
    page = AttendancePage(ops, "vi", None, dt.date(2026, 11, 23))
    page.show()
    page.open_session(1)
    settle()
    roll_call = page.roll_call
    view, model = roll_call.view, roll_call.model
    keys = [Qt.Key.Key_C, Qt.Key.Key_M, Qt.Key.Key_P, Qt.Key.Key_K]
    for number, key in enumerate(keys):
        view.setCurrentIndex(model.index(0, 2))
        for row in range(model.rowCount()):
            learner = model.entries[row].learner_id
            QTest.keyClick(view, key)
            settle()  # the answer of the save reaches the page
            entry = model.entries[row]
            if roll_call.saved_state.startswith("✓") and entry.status is not None:
                print(f"saved {learner} {number}", flush=True)
    print("done", flush=True)
    input()
""")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")


def _centre(db: Path) -> None:
    with open_store(db) as store, store.session() as session:
        session.execute(
            insert(Learner),
            [
                {
                    "id": n,
                    "learner_key": f"k{n}",
                    "full_name": f"Nguyễn Văn Đức {n}",
                    "search_key": "",
                }
                for n in range(1, LEARNERS + 1)
            ],
        )
        session.execute(insert(LearningClass), [{"id": 1, "name": "Lớp", "topic": "health"}])
        session.execute(insert(ClassSession), [{"id": 1, "class_id": 1, "date": TODAY}])
        session.execute(
            insert(Enrolment), [{"learner_id": n, "class_id": 1} for n in range(1, LEARNERS + 1)]
        )


@pytest.mark.slow
@pytest.mark.parametrize("lines", [1, 37, 2 * LEARNERS + 5])
def test_a_kill_right_after_a_shown_save_loses_nothing(db_path: Path, lines: int) -> None:
    _centre(db_path)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    reported: dict[int, int] = {}
    for _ in range(lines):
        line = child.stdout.readline()
        assert line.startswith("saved "), line
        _, learner, number = line.split()
        reported[int(learner)] = int(number)
    child.send_signal(signal.SIGKILL)  # at once: the child is mid-way through the next keys
    child.wait()
    assert check_integrity(db_path) == "ok"
    with open_store(db_path, lock_timeout=0.5) as store, store.session() as session:
        rows = session.execute(select(AttendanceMark.learner_id, AttendanceMark.status))
        stored = {learner: status for learner, status in rows}
    assert len(reported) == min(lines, LEARNERS)
    for learner, number in reported.items():
        # What was shown as saved is there (or a later pass's mark, made after the report).
        assert learner in stored
        assert ORDER.index(stored[learner]) >= number

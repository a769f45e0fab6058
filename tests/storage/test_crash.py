"""A process killed (SIGKILL) in the middle of a large write: the file stays sound and
holds all of that write or none of it, and the lock it held does not block the next start."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from clc_desktop.storage.backup import check_integrity
from clc_desktop.storage.database import open_store

ROWS = 200_000

WRITER = textwrap.dedent(f"""
    import sys
    from sqlalchemy import insert
    from clc_desktop.storage.database import open_store
    from clc_desktop.storage.models import Learner
    store = open_store(sys.argv[1])
    with store.session() as session:
        for chunk in range(0, {ROWS}, 5000):
            session.execute(insert(Learner), [
                {{"learner_key": f"k{{n}}", "full_name": f"Phạm Văn Nam {{n}}",
                  "search_key": "pham van nam"}} for n in range(chunk, chunk + 5000)])
            if chunk == 10000:
                print("writing", flush=True)
    print("committed", flush=True)
    input()  # hold the lock until killed
""")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")


def _kill_while(db: Path, after_line: str, delay: float) -> str:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    seen = ""
    while after_line not in seen:
        line = child.stdout.readline()
        assert line, "the writer stopped before it got going"
        seen += line
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    return seen


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.15, 0.4])
def test_killed_mid_write_keeps_all_or_nothing(db_path: Path, delay: float) -> None:
    _kill_while(db_path, "writing", delay)
    assert check_integrity(db_path) == "ok"
    with open_store(db_path, lock_timeout=0.5) as store, store.session() as session:
        count = session.execute(text("SELECT COUNT(*) FROM learner")).scalar()
    assert count in (0, ROWS)


@pytest.mark.slow
def test_a_committed_write_survives_a_kill_and_the_dead_lock_is_ignored(db_path: Path) -> None:
    _kill_while(db_path, "committed", 0.0)
    with open_store(db_path, lock_timeout=0.5) as store, store.session() as session:
        assert session.execute(text("SELECT COUNT(*) FROM learner")).scalar() == ROWS

"""The core (domain, storage, services, coordinator, reports, cli) must work where Qt
cannot load."""

import subprocess
import sys
import textwrap
from pathlib import Path

BLOCKED_RUN = textwrap.dedent("""
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt is blocked in the core: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    import clc_desktop
    core = ["clc_desktop.domain", "clc_desktop.storage", "clc_desktop.services",
            "clc_desktop.coordinator", "clc_desktop.reports", "clc_desktop.cli"]
    imported = []
    for name in core:
        module = importlib.import_module(name)
        imported.append(name)
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
            if ".migrations" in info.name:
                continue  # Alembic's env.py only runs inside a migration
            importlib.import_module(info.name)
            imported.append(info.name)
    assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
    from clc_desktop.__main__ import main
    code = main(sys.argv[1:])
    print("imported", len(imported), "modules; exit", code)
    sys.exit(code)
""")


def test_core_modules_import_and_run_with_qt_blocked(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    from clc_desktop.storage.database import open_store

    open_store(db).close()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            BLOCKED_RUN,
            "backup",
            "--db",
            str(db),
            "-o",
            str(tmp_path / "b.db"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "exit 0" in result.stdout
    assert (tmp_path / "b.db").exists()


def test_the_gui_path_does_need_qt(tmp_path: Path) -> None:
    """The blocker really blocks: the window path fails under it (so the test above can fail)."""
    result = subprocess.run(
        [sys.executable, "-c", BLOCKED_RUN, "--db", str(tmp_path / "c.db"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "Qt is blocked" in result.stderr

"""Start-up stays light: the report libraries load only when a report is made or read."""

import subprocess
import sys

HEAVY = ("openpyxl", "python_calamine", "alembic", "defusedxml")


def test_the_window_modules_do_not_import_the_report_libraries() -> None:
    code = (
        "import sys\n"
        "import clc_desktop.app, clc_desktop.ui.pages.reports\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.stdout.strip() == ""


def test_the_check_finds_a_library_when_it_is_imported() -> None:
    code = (
        "import sys\n"
        "import clc_desktop.reports.workbook, openpyxl\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "openpyxl" in result.stdout

"""Save screenshots of the window's pages (offscreen) to look at what users see.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py DB OUT_DIR [--lang vi|en]
        [--school-year FIRST_YEAR]

The Reports page shows ``--school-year`` (default: the latest ended school year).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from clc_desktop.storage.database import open_store
from clc_desktop.ui.i18n import Translations
from clc_desktop.ui.main_window import PAGES, MainWindow


def _wait(signal: object, ms: int = 20000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="vi")
    parser.add_argument("--school-year", type=int, default=0)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    translations = Translations(app)
    translations.install(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(args.out / "settings.ini"), QSettings.Format.IniFormat)
    with open_store(args.db) as store:
        window = MainWindow(store, settings, translations)
        window.resize(1200, 800)
        window.show()
        _wait(window.overview_loaded)
        if args.school_year:
            window.reports.set_period("school_year", args.school_year)
        _wait(window.reports.preview_shown, 5000)
        for key in PAGES:
            window.show_page(key)
            app.processEvents()
            path = args.out / f"{key}-{args.lang}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        window.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())

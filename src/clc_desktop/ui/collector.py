"""Python's cycle collector runs on the GUI thread only.

Left automatic, the collector runs on whichever thread happens to allocate, so a page or
dialog kept alive only by a reference cycle could be destroyed on the background lane,
and the process crashed later, elsewhere. As Anki (``qt/aqt/main.py``) and pyqtgraph
(``util/garbage_collector.py``) do, automatic collection is turned off and a timer on the
GUI thread collects, generation by generation, as the counts pass the usual thresholds;
:func:`clc_desktop.ui.dialogs.run_dialog` collects after each dialog closes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
CHECK_INTERVAL_MS = 1000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (pyqtgraph's rule)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()

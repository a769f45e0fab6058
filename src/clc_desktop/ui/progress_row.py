"""A progress bar with a Cancel button for one long background job at a time.

A page puts the row in its layout and calls :meth:`ProgressRow.start`; the row shows a
busy bar until the first step is reported, then ``done / total``, and hides again when
the job ends. Exactly one of the callbacks runs, on the GUI thread, after the row is idle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from clc_desktop.domain.progress import CancelFn, ProgressFn
from clc_desktop.ui.tasks import BackgroundRunner, Task


def _ignore(*_: object) -> None:
    pass


class ProgressRow(QWidget):
    busy_changed = Signal(bool)
    cancelling = Signal()  # Cancel was pressed; the job stops at its next safe point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        self._callbacks: tuple[
            Callable[[Any], None], Callable[[Exception], None], Callable[[], None]
        ]
        self._callbacks = (_ignore, _ignore, _ignore)
        self.hide()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(
        self,
        runner: BackgroundRunner,
        work: Callable[[ProgressFn, CancelFn], object],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        on_cancelled: Callable[[], None],
    ) -> None:
        self._callbacks = (on_done, on_error, on_cancelled)
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.cancel_button.setEnabled(True)
        self.show()
        self._task = runner.start(
            work,
            on_progress=self._progressed,
            on_done=self._finished,
            on_error=self._failed,
            on_cancelled=self._cancelled,
        )
        self.busy_changed.emit(True)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancelling.emit()

    def _idle(
        self,
    ) -> tuple[Callable[[Any], None], Callable[[Exception], None], Callable[[], None]]:
        callbacks = self._callbacks
        self._callbacks = (_ignore, _ignore, _ignore)
        self._task = None
        self.hide()
        self.busy_changed.emit(False)
        return callbacks

    def _finished(self, result: object) -> None:
        self._idle()[0](result)

    def _failed(self, error: Exception) -> None:
        self._idle()[1](error)

    def _cancelled(self) -> None:
        self._idle()[2]()

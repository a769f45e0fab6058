"""A progress bar with a Cancel button that shows one operation
(:class:`~clc_desktop.ui.operations.Task`) at a time.

A page puts the row in its layout and hands it the task an operation returned
(:meth:`ProgressRow.track`): the row shows a busy bar until the first step is reported,
then ``done / total``; Cancel asks the task to stop; the row hides when the task ends.
The operation's own callbacks say what came of it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from clc_desktop.ui.operations import Task


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
        self.hide()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def track(self, task: Task) -> Task:
        """Show ``task`` until it ends."""
        self._task = task
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.cancel_button.setEnabled(True)
        self.show()
        task.when_progressed(self._progressed)
        task.when_ended(self._ended)
        self.busy_changed.emit(True)
        return task

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancelling.emit()

    def _ended(self) -> None:
        self._task = None
        self.hide()
        self.busy_changed.emit(False)

"""Progress and cancellation of long work (export, import, consolidation), without Qt.

Long functions of the core take ``progress(done, total)`` and ``cancelled() -> bool``;
they call ``progress`` at steps they choose and stop with :class:`Cancelled` at the next
safe point after ``cancelled()`` turns true, leaving nothing half-written. The window
passes callables that talk to its progress bar; the CLI passes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""


def no_progress(done: int, total: int) -> None:
    """The default ``progress``: report nothing."""


def never_cancelled() -> bool:
    """The default ``cancelled``: run to the end."""
    return False


class Steps:
    """Numbered steps of one job: ``step()`` checks for cancellation, then reports."""

    def __init__(self, total: int, progress: ProgressFn | None, cancelled: CancelFn | None):
        self.total = total
        self.done = 0
        self._progress = progress or no_progress
        self._cancelled = cancelled or never_cancelled

    def check(self) -> None:
        if self._cancelled():
            raise Cancelled

    def step(self, count: int = 1) -> None:
        self.check()
        self.done = min(self.total, self.done + count)
        self._progress(self.done, self.total)

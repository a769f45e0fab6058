"""What the parts of the Attendance page share, and the one way they save.

The shell (:mod:`.page`) makes one :class:`AttendanceContext` and hands it to each part
(roll call, session status, whole-class grid, paper). It holds the operations over the
centre's store, the UI language, the app's settings, the day, the labels of the marks and
the centre (read with the class list), and it saves:

- every mark, "all present" and undo is one ``ops.change`` of kind ATTENDANCE, in one
  transaction; the runner is one lane, so they are saved in the order they were asked;
- :attr:`AttendanceContext.saved` carries the service's summary (its
  :class:`~clc_desktop.services.attendance.MarkChange` values) once the store has
  committed it: only then do the models show the marks and the parts say "✓ Saved at …";
- the undo stack is kept by the writes themselves, on the lane, in the order they run
  (as the old page kept it, one entry per action that changed something): Ctrl+Z pressed
  right after a key undoes that key, whether or not its save has been answered yet;
- Space pressed on a cell whose last mark is still being saved cycles from the mark asked
  for, not from the one shown.

The page hears its own changes on ``ops.changed`` too: :meth:`AttendanceContext.is_own`
tells them apart (the summary object of the change this context saved last; ``on_done``
runs just before the broadcast), so the page reloads only for changes made elsewhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QLocale, QObject, QSettings, Signal
from sqlalchemy.orm import Session

from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.changes import Change, ChangeKind
from clc_desktop.domain.codes import MarkStatus
from clc_desktop.services import attendance as service
from clc_desktop.services.attendance import MarkChange, SessionInfo
from clc_desktop.ui.dialogs import error_text
from clc_desktop.ui.operations import Operations, Task

Cell = tuple[int, int]  # (session_id, learner_id)


class _UndoEntry:
    """What one write did to the undo stack (on the lane, inside its transaction), so
    that a write whose transaction then fails takes it back."""

    def __init__(self) -> None:
        self.pushed: list[MarkChange] | None = None
        self.popped: list[MarkChange] | None = None

    def push(self, undo: list[list[MarkChange]], changes: list[MarkChange]) -> None:
        self.pushed = changes
        undo.append(changes)

    def pop(self, undo: list[list[MarkChange]]) -> list[MarkChange]:
        self.popped = undo.pop()
        return self.popped

    def revert(self, undo: list[list[MarkChange]]) -> None:
        if self.pushed is not None and any(e is self.pushed for e in undo):
            undo[:] = [e for e in undo if e is not self.pushed]
        if self.popped is not None:
            undo.append(self.popped)


class AttendanceContext(QObject):
    saving = Signal()  # a mark change was asked
    saved = Signal(object)  # list[MarkChange], once the store has committed them
    undone = Signal(object)  # list[MarkChange] an undo put back (right after ``saved``)
    failed = Signal(str)  # why a change was not saved, in the user's language

    def __init__(
        self,
        ops: Operations,
        language: str,
        settings: QSettings | None,
        today: dt.date | None,
        labels: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.language = language
        self.settings = settings
        self.labels = labels  # mark code -> label in the UI language
        self.locale = QLocale()
        self.centre: CentreProfile | None = None
        self._today = today
        self._undo: list[list[MarkChange]] = []  # touched by the writes only, on the lane
        self._asked: dict[Cell, tuple[str | None, int]] = {}  # mark asked, saves pending
        self._pending = 0
        self._own: object = None

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def busy(self) -> bool:
        """Marks asked for and not saved (or refused) yet."""
        return self._pending > 0

    def is_own(self, change: Change) -> bool:
        """True for the broadcast of the change this context has just saved."""
        if self._own is not None and change.summary is self._own:
            self._own = None
            return True
        return False

    def fail(self, error: Exception) -> None:
        self.failed.emit(error_text(error, self.language))

    def change(
        self, write: Callable[[Session], SessionInfo], on_done: Callable[[SessionInfo], None]
    ) -> Task:
        """A change of a session (its status, its walk-ins): the service's summary is the
        session as it was before."""

        def done(before: SessionInfo) -> None:
            self._own = before
            on_done(before)

        return self.ops.change(self, ChangeKind.ATTENDANCE, write, done, on_error=self.fail)

    # -- marks ---------------------------------------------------------------------------
    def asked_status(self, session_id: int, learner_id: int, shown: str | None) -> str | None:
        """The mark of a cell as last asked for (``shown`` when none is being saved)."""
        return self._asked.get((session_id, learner_id), (shown, 0))[0]

    def set_mark(self, session_id: int, learner_id: int, status: MarkStatus | None) -> Task:
        """Save one mark (``None`` clears it): the path every key goes through."""
        cell = (session_id, learner_id)
        pending = self._asked.get(cell, (None, 0))[1]
        self._asked[cell] = (status.value if status else None, pending + 1)
        undo, entry = self._undo, _UndoEntry()

        def write(session: Session) -> MarkChange:
            change = service.set_mark(session, session_id, learner_id, status)
            if change.previous != change.current:
                entry.push(undo, [change])
            return change

        return self._save(write, lambda: self._answered(cell), entry=entry)

    def all_present(self, session_id: int, learner_ids: Collection[int] | None = None) -> Task:
        """Everyone expected and unmarked (of ``learner_ids`` when given) becomes present."""
        chosen = None if learner_ids is None else frozenset(learner_ids)
        undo, entry = self._undo, _UndoEntry()

        def write(session: Session) -> list[MarkChange]:
            changes = service.mark_all_present(session, session_id, chosen)
            if changes:
                entry.push(undo, changes)
            return changes

        return self._save(write, entry=entry)

    def undo(self) -> Task:
        """Put back what the last action changed (nothing when nothing is left to undo)."""
        undo, entry = self._undo, _UndoEntry()

        def write(session: Session) -> list[MarkChange]:
            return service.restore_marks(session, entry.pop(undo)) if undo else []

        return self._save(write, undoing=True, entry=entry)

    def _answered(self, cell: Cell) -> None:
        status, pending = self._asked.pop(cell)
        if pending > 1:
            self._asked[cell] = (status, pending - 1)

    def _save(
        self,
        write: Callable[[Session], MarkChange | Sequence[MarkChange]],
        answered: Callable[[], None] | None = None,
        *,
        undoing: bool = False,
        entry: _UndoEntry,
    ) -> Task:
        self._pending += 1
        self.saving.emit()

        def done(summary: MarkChange | Sequence[MarkChange]) -> None:
            self._own = summary
            self._pending -= 1
            if answered is not None:
                answered()
            changes = [summary] if isinstance(summary, MarkChange) else list(summary)
            self.saved.emit(changes)
            if undoing:
                self.undone.emit(changes)

        def refused(error: Exception) -> None:
            entry.revert(self._undo)  # the write was rolled back: so is its undo entry
            self._pending -= 1
            if answered is not None:
                answered()
            self.fail(error)

        return self.ops.change(self, ChangeKind.ATTENDANCE, write, done, on_error=refused)

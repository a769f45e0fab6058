"""The Attendance page's shell: the class and session chooser, the letter keys, the two
tabs (:class:`RollCallTab`, :class:`ClassGridTab`) and the paper row (:class:`PaperRow`),
sharing one :class:`AttendanceContext`.

Every read is one background query (:mod:`.reads`); every mark, status and walk-in is an
``ops.change`` of kind ATTENDANCE (:mod:`.context`). The page keeps itself current with a
:class:`Refresher`: a change made elsewhere to attendance, classes, enrolments or learners
reloads what it shows, at once when it is on screen, else when it is next shown; its own
changes it has already shown.

The letter keys are a setting of the centre (kept per centre in the app's settings, keyed
by the centre's permanent id), not of the UI language: a shared PC never changes what
``P`` means in the middle of a week. Digits 1–4 work with either set.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clc_desktop.domain.attendance import DEFAULT_KEY_SET, KEY_SETS
from clc_desktop.domain.changes import Change, ChangeKind
from clc_desktop.domain.codes import MarkStatus
from clc_desktop.services.attendance import MarkChange, SessionInfo
from clc_desktop.ui.operations import Operations, Refresher
from clc_desktop.ui.pages.attendance.class_grid import ClassGridTab
from clc_desktop.ui.pages.attendance.context import AttendanceContext
from clc_desktop.ui.pages.attendance.paper import PaperRow
from clc_desktop.ui.pages.attendance.reads import (
    ShownChoices,
    ShownClass,
    ShownSession,
    read_awaiting,
    read_choices,
    read_class,
    read_class_of,
    read_session,
)
from clc_desktop.ui.pages.attendance.roll_call import RollCallTab

#: The kinds of change the page shows (the centre's name heads its printed sheets).
SHOWN = frozenset(
    {
        ChangeKind.ATTENDANCE,
        ChangeKind.CLASSES,
        ChangeKind.ENROLMENTS,
        ChangeKind.LEARNERS,
        ChangeKind.CENTRE,
    }
)
#: The tabs.
ROLL_CALL, WHOLE_CLASS = 0, 1


class AttendancePage(QWidget):
    session_shown = Signal(int)  # a session's roll call is on screen

    def __init__(
        self,
        ops: Operations,
        language: str,
        settings: QSettings | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        labels = {
            MarkStatus.PRESENT.value: self.tr("Present"),
            MarkStatus.LATE.value: self.tr("Late"),
            MarkStatus.EXCUSED.value: self.tr("Excused absence"),
            MarkStatus.ABSENT.value: self.tr("Unexcused absence"),
        }
        self.context = AttendanceContext(ops, language, settings, today, labels, self)
        self._filling = False
        self._elsewhere = False  # a change made elsewhere is not shown yet
        self._awaiting: list[SessionInfo] = []  # of the class shown: no roll call yet
        self._focus_wanted = False  # focus_work() ran while the page was still empty
        self._sessions: list[SessionInfo] = []  # of the class shown
        self._build()
        ops.changed.connect(self._heard)  # before the Refresher's own slot: runs first
        self.refresher = Refresher(self, ops, SHOWN, self._refresh)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        heading = QLabel(self.tr("Attendance"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Class:")))
        self.class_box = QComboBox()
        self.class_box.setMinimumWidth(320)
        self.class_box.setMaxVisibleItems(20)
        chooser.addWidget(self.class_box, 2)
        chooser.addWidget(QLabel(self.tr("Session:")))
        self.session_box = QComboBox()
        self.session_box.setMinimumWidth(300)
        self.session_box.setMaxVisibleItems(20)
        chooser.addWidget(self.session_box, 1)
        chooser.addSpacing(12)
        chooser.addWidget(QLabel(self.tr("Letter keys:")))
        self.key_set_box = QComboBox()
        self.key_set_box.addItem(self.tr("C M P K (Vietnamese)"), "vi")
        self.key_set_box.addItem(self.tr("P L E A (English)"), "en")
        self.key_set_box.setToolTip(
            self.tr(
                "A setting of the centre, kept when the language changes. "
                "The digits 1–4 work with both."
            )
        )
        chooser.addWidget(self.key_set_box)
        layout.addLayout(chooser)

        self.roll_call = RollCallTab(self.context)
        self.grid = ClassGridTab(self.context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.roll_call, self.tr("Roll call"))
        self.tabs.addTab(self.grid, self.tr("Whole class"))
        layout.addWidget(self.tabs, 1)
        self.paper = PaperRow(self.context, self.grid)
        layout.addWidget(self.paper)

        self.class_box.currentIndexChanged.connect(self._class_chosen)
        self.session_box.currentIndexChanged.connect(self._session_chosen)
        self.key_set_box.currentIndexChanged.connect(self._key_set_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.roll_call.status.updated.connect(self._session_updated)
        self.roll_call.awaiting.linkActivated.connect(self._awaiting_chosen)
        self.context.saved.connect(self._marks_saved)
        self.context.undone.connect(self._reread_awaiting)

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the class list (classes with a session today first) and the class and
        session shown again, keeping the choice."""
        today, with_grid = self.context.today, self.tabs.currentIndex() == WHOLE_CLASS
        class_id, session_id = self.class_box.currentData(), self.roll_call.session_id
        self.context.ops.query(
            self,
            lambda session: read_choices(session, today, class_id, session_id, with_grid),
            self._choices_read,
        )

    def _choices_read(self, choices: ShownChoices) -> None:
        self.context.centre = choices.centre
        self._load_key_set()
        chosen = choices.chosen
        self._filling = True
        self.class_box.clear()
        for choice in choices.classes:
            label = choice.name
            if choice.class_id in choices.today_ids:
                label = "● " + label + " — " + self.tr("today")
            self.class_box.addItem(label, choice.class_id)
        if chosen is not None:
            self._choose_class(chosen)
        self._filling = False
        self._class_read(chosen)
        self._show_empty(chosen is None)
        self._focus_if_wanted()

    def open_session(self, session_id: int) -> None:
        """Show the roll call of a session (from the overview's "today's sessions")."""
        self.tabs.setCurrentIndex(ROLL_CALL)
        today = self.context.today
        self.context.ops.query(
            self,
            lambda session: read_class_of(session, session_id, today, False),
            self._session_opened,
        )

    def _session_opened(self, shown: ShownClass | None) -> None:
        if shown is None:  # deleted meanwhile
            return
        self._filling = True
        self._choose_class(shown)
        self._filling = False
        self._show_empty(False)
        self._class_read(shown)
        self.roll_call.view.setFocus()

    def focus_work(self) -> None:
        """The keyboard goes to the roll call, on its first learner (the grid's current
        cell when the whole class is shown): the letter keys and Ctrl+Enter work at once.
        While the page is still empty (greyed out until its classes are read), the
        keyboard goes there once they are."""
        self._focus_wanted = not self.tabs.isEnabled()
        if self.tabs.currentIndex() == WHOLE_CLASS:
            self.grid.view.setFocus()
            return
        self.roll_call.focus_first()

    def _focus_if_wanted(self) -> None:
        focused = QApplication.focusWidget()
        elsewhere = focused is not None and self.isAncestorOf(focused)
        if self._focus_wanted and self.tabs.isEnabled() and self.isVisible() and not elsewhere:
            self._focus_wanted = False
            self.focus_work()

    def _choose_class(self, shown: ShownClass) -> None:
        index = self.class_box.findData(shown.class_id)
        if index < 0:  # an archived class: add it so its session can still be opened
            self.class_box.addItem(shown.name, shown.class_id)
            index = self.class_box.count() - 1
        self.class_box.setCurrentIndex(index)

    def _class_chosen(self) -> None:
        class_id = self.class_box.currentData()
        if self._filling or class_id is None:
            return
        chosen, today = int(class_id), self.context.today
        with_grid = self.tabs.currentIndex() == WHOLE_CLASS
        self.context.ops.query(
            self,
            lambda session: read_class(session, chosen, None, today, with_grid),
            self._class_read,
        )

    def _class_read(self, shown: ShownClass | None) -> None:
        if shown is not None and shown.class_id != self.class_box.currentData():
            return  # another class was chosen meanwhile
        self._filling = True
        self._awaiting = list(shown.awaiting) if shown else []
        self._sessions = list(shown.sessions) if shown else []
        self.session_box.clear()
        for info in shown.sessions if shown else []:
            self.session_box.addItem(self._session_label(info), info.session_id)
        self.roll_call.show_awaiting(self._awaiting)
        self.paper.set_months(shown.sessions if shown else [])
        if shown is not None and shown.session is not None:
            index = self.session_box.findData(shown.session.info.session_id)
            self.session_box.setCurrentIndex(index)
        self._filling = False
        if shown is not None and shown.session is not None:
            self._session_read(shown.session)  # first: the grid opens on its column
        else:
            self.roll_call.clear()
        self.grid.show_class(shown.class_id if shown else None, shown.grid if shown else None)

    def _session_chosen(self) -> None:
        session_id = self.session_box.currentData()
        if self._filling or session_id is None:
            return
        chosen = int(session_id)
        self.context.ops.query(
            self, lambda session: read_session(session, chosen), self._session_read
        )

    def _session_read(self, shown: ShownSession | None) -> None:
        if shown is None:  # deleted meanwhile
            self.reload()
            return
        self.roll_call.show_session(shown.info, shown.entries)
        self.grid.focus_session = shown.info.session_id
        self.grid.saved.show_neutral("")
        self.paper.choose_month(shown.info)
        self.session_shown.emit(shown.info.session_id)

    def _session_label(self, info: SessionInfo) -> str:
        day = self.context.locale.toString(
            QDate(info.date.year, info.date.month, info.date.day), "dddd dd/MM/yyyy"
        )
        if info.date == self.context.today:
            day += " — " + self.tr("today")
        if not info.held:
            day += " (" + self.tr("did not take place") + ")"
        elif any(s.session_id == info.session_id for s in self._awaiting):
            day += " (" + self.tr("no roll call yet") + ")"
        return day

    # -- sessions awaiting a roll call -----------------------------------------------------
    def _awaiting_chosen(self, link: str) -> None:
        index = self.session_box.findData(int(link))
        if index >= 0:
            self.session_box.setCurrentIndex(index)
            self.roll_call.focus_first()

    def _marks_saved(self, changes: list[MarkChange]) -> None:
        """A session marked here leaves the list of sessions awaiting a roll call."""
        marked = {c.session_id for c in changes if c.current is not None}
        if any(s.session_id in marked for s in self._awaiting):
            self._show_awaiting([s for s in self._awaiting if s.session_id not in marked])

    def _reread_awaiting(self, _changes: list[MarkChange]) -> None:
        """An undo may leave a session without a mark again: ask the store."""
        class_id, today = self.class_box.currentData(), self.context.today
        if class_id is None:
            return
        chosen = int(class_id)
        self.context.ops.query(
            self,
            lambda session: read_awaiting(session, chosen, today),
            lambda sessions: self._awaiting_read(chosen, sessions),
        )

    def _awaiting_read(self, class_id: int, sessions: list[SessionInfo]) -> None:
        if class_id != self.class_box.currentData():
            return  # read for a class no longer shown (even an empty list would clear it)
        self._show_awaiting(sessions)

    def _show_awaiting(self, sessions: list[SessionInfo]) -> None:
        before = {s.session_id for s in self._awaiting}
        self._awaiting = sessions
        self.roll_call.show_awaiting(sessions)
        for session_id in before ^ {s.session_id for s in sessions}:
            index = self.session_box.findData(session_id)
            info = next((s for s in self._sessions if s.session_id == session_id), None)
            if index >= 0 and info is not None:
                self.session_box.setItemText(index, self._session_label(info))

    def _show_empty(self, empty: bool) -> None:
        if empty:
            self.roll_call.clear(
                self.tr("No class has sessions yet: schedule them on the Classes page.")
            )
        for widget in (self.tabs, self.paper.sheet_button, self.paper.summary_button):
            widget.setEnabled(not empty)

    def _tab_changed(self, index: int) -> None:
        if index == WHOLE_CLASS and not self.grid.fresh:
            self.grid.load()

    def _session_updated(self, info: SessionInfo) -> None:
        """A session's status or walk-ins were saved: its label, and the grid's column."""
        self._sessions = [info if s.session_id == info.session_id else s for s in self._sessions]
        index = self.session_box.findData(info.session_id)
        if index >= 0:
            self.session_box.setItemText(index, self._session_label(info))
        self.grid.invalidate()
        self._reread_awaiting([])

    # -- changes made elsewhere ------------------------------------------------------------
    def _heard(self, change: Change) -> None:
        if change.touches(SHOWN) and not self.context.is_own(change):
            self._elsewhere = True

    def _refresh(self) -> None:
        if self._elsewhere:
            self._elsewhere = False
            self.reload()

    # -- key set (a setting of the centre) -------------------------------------------------
    def _key_set_setting(self) -> str:
        centre = self.context.centre
        return f"attendance/key_set/{centre.unit_id if centre else 'default'}"

    def _load_key_set(self) -> None:
        settings = self.context.settings
        chosen = DEFAULT_KEY_SET
        if settings is not None:
            chosen = str(settings.value(self._key_set_setting(), DEFAULT_KEY_SET))
        if chosen not in KEY_SETS:
            chosen = DEFAULT_KEY_SET
        self._filling = True
        self.key_set_box.setCurrentIndex(self.key_set_box.findData(chosen))
        self._filling = False
        self._apply_key_set(chosen)

    def _key_set_chosen(self) -> None:
        key_set = str(self.key_set_box.currentData())
        settings = self.context.settings
        if not self._filling and settings is not None:
            settings.setValue(self._key_set_setting(), key_set)
        self._apply_key_set(key_set)

    def _apply_key_set(self, key_set: str) -> None:
        self.roll_call.set_key_set(key_set)
        self.grid.set_key_set(key_set)

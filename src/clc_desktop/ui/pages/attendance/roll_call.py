"""The roll call of one session, from the keyboard: a status key marks the current learner
and moves down, Space cycles, Delete clears, Ctrl+Enter marks everyone unmarked present,
Ctrl+Z undoes. Every mark is saved at once (there is no Save button); the mark shows, and
the line below says "✓ Saved at …", when the store has committed it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from clc_desktop.domain.attendance import KEY_SETS, next_in_cycle
from clc_desktop.domain.codes import MarkStatus
from clc_desktop.services.attendance import MarkChange, RollCallEntry, SessionInfo
from clc_desktop.ui.i18n import fill, format_date
from clc_desktop.ui.pages.attendance.context import AttendanceContext
from clc_desktop.ui.pages.attendance.models import MarkTableView, RollCallTableModel
from clc_desktop.ui.pages.attendance.saved_state import SavedStateLabel
from clc_desktop.ui.pages.attendance.session_status import SessionStatusBar

#: The column of the marks.
MARK = 2


class RollCallTab(QWidget):
    def __init__(self, context: AttendanceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: SessionInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.session_title = QLabel()
        self.session_title.setObjectName("sectionTitle")
        layout.addWidget(self.session_title)
        self.awaiting = QLabel()
        self.awaiting.setObjectName("warning")
        self.awaiting.setWordWrap(True)
        self.awaiting.setStyleSheet("color: #a15c00;")
        self.awaiting.hide()
        layout.addWidget(self.awaiting)
        self.status = SessionStatusBar(context)
        layout.addWidget(self.status)

        actions = QHBoxLayout()
        self.all_present_button = QPushButton(self.tr("All present (Ctrl+Enter)"))
        self.all_present_button.setObjectName("primary")
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        actions.addWidget(self.all_present_button)
        actions.addWidget(self.undo_button)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)
        actions.addWidget(self.keys_hint, 1)
        layout.addLayout(actions)

        self.model = RollCallTableModel(context.labels, self)
        self.view = MarkTableView()
        self.view.setObjectName("rollCall")
        self.view.mark_column = MARK
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(MarkTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 340)
        header.setStretchLastSection(True)
        layout.addWidget(self.view, 1)

        self.saved = SavedStateLabel()
        self.saved.setObjectName("savedState")
        layout.addWidget(self.saved)

        self.all_present_button.clicked.connect(self.all_present)
        self.undo_button.clicked.connect(context.undo)
        self.view.mark_requested.connect(self._mark)
        self.view.cycle_requested.connect(self._cycle)
        self.view.all_present_requested.connect(self.all_present)
        self.view.undo_requested.connect(context.undo)
        self.status.updated.connect(self.session_updated)
        context.saving.connect(self.saved.show_saving)
        context.saved.connect(self._saved)
        context.undone.connect(self._undone)
        context.failed.connect(self.saved.show_failed)

    @property
    def saved_state(self) -> str:
        """The saved state as plain text."""
        return self.saved.state

    @property
    def session_id(self) -> int | None:
        return self.session.session_id if self.session else None

    # -- showing ---------------------------------------------------------------------------
    def show_session(self, info: SessionInfo, entries: list[RollCallEntry]) -> None:
        """Show a session's roll call (the same session read again keeps its current row)."""
        current = self.view.currentIndex()
        keep = None
        if (
            self.session_id == info.session_id
            and current.isValid()
            and current.row() < len(self.model.entries)
        ):
            keep = self.model.entries[current.row()].learner_id
        self.session = info
        self.model.set_entries(entries)
        self.status.show_session(info)
        self.saved.show_neutral(self.progress_text())
        self._show_session_state()
        if self.model.rowCount():
            row = self.model.row_of(keep) if keep is not None else None
            self.view.setCurrentIndex(self.model.index(row or 0, MARK))

    def show_awaiting(self, sessions: list[SessionInfo]) -> None:
        """The class's held sessions without a roll call, as links that open them."""
        self.awaiting.setVisible(bool(sessions))
        if not sessions:
            return
        today = self.context.today
        links = ", ".join(
            f'<a href="{s.session_id}">'
            + (self.tr("today") if s.date == today else s.date.strftime("%d/%m"))
            + "</a>"
            for s in sessions
        )
        self.awaiting.setText(
            "<b>"
            + fill(self.tr("%n session(s) without a roll call: %1.", "", len(sessions)), links)
            + "</b> "
            + self.tr(
                "Until a roll call is taken, nobody counts as present there, "
                "so the class's rate is lower than it is."
            )
        )

    def focus_first(self) -> None:
        """The keyboard on the roll call, its first learner current (the list takes it
        even while the session is read: :meth:`show_session` makes a row current)."""
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, MARK))
        self.view.setFocus()

    def clear(self, title: str = "") -> None:
        """No session to show (``title`` says why)."""
        self.session = None
        self.status.session = None
        self.model.set_entries([])
        self.session_title.setText(title)

    def session_updated(self, info: SessionInfo) -> None:
        """The shown session's status or walk-ins were saved and read again."""
        if self.session is None or self.session.session_id != info.session_id:
            return
        self.session = info
        self._show_session_state()
        if info.held:
            self.saved.show_saved(self.progress_text(), at=False)

    def _show_session_state(self) -> None:
        info = self.session
        if info is None:
            return
        title = fill(
            self.tr("%1 · %2 · %n learner(s) expected", "", self.model.rowCount()),
            info.class_name,
            format_date(info.date),
        )
        if info.date > self.context.today:
            title += " · " + self.tr("a future session")
        self.session_title.setText(title)
        self.view.setEnabled(info.held)
        self.all_present_button.setEnabled(info.held)
        if not info.held:
            self.saved.show_neutral(
                self.tr("This session did not take place: its marks are kept but count nowhere.")
            )

    def progress_text(self) -> str:
        return fill(self.tr("%1 of %2 marked"), self.model.marked(), self.model.rowCount())

    def set_key_set(self, key_set: str) -> None:
        self.view.key_set = key_set
        self.model.key_set = key_set
        letters = {status.value: letter for letter, status in KEY_SETS[key_set].items()}
        labels = self.context.labels
        keys = " · ".join(
            f"<b>{letters[status.value]}</b> / <b>{digit}</b> {labels[status.value]}"
            for digit, status in enumerate(MarkStatus, 1)
        )
        self.keys_hint.setText(
            keys
            + "<br/>"
            + self.tr(
                "<b>Space</b> cycles · <b>Delete</b> clears · <b>↑ ↓ Enter</b> move · "
                "<b>Ctrl+Z</b> undoes"
            )
        )
        self.model.layoutChanged.emit()

    # -- marking ---------------------------------------------------------------------------
    def _mark(self, index: QModelIndex, status: MarkStatus | None) -> None:
        if self.session is None or not index.isValid():
            return
        learner_id = self.model.entries[index.row()].learner_id
        self.context.set_mark(self.session.session_id, learner_id, status)
        if status is not None:
            self.view.move_down()

    def _cycle(self, index: QModelIndex) -> None:
        if self.session is None or not index.isValid():
            return
        entry = self.model.entries[index.row()]
        session_id = self.session.session_id
        asked = self.context.asked_status(session_id, entry.learner_id, entry.status)
        self.context.set_mark(session_id, entry.learner_id, next_in_cycle(asked))

    def all_present(self) -> None:
        if self.session is not None:
            self.context.all_present(self.session.session_id)

    def _saved(self, changes: list[MarkChange]) -> None:
        shown = self.session_id
        for change in changes:
            if change.session_id == shown:
                self.model.apply(change)
        if not self.context.busy:
            self.saved.show_saved(self.progress_text())

    def _undone(self, changes: list[MarkChange]) -> None:
        """After an undo, the cursor goes to the first learner it put back."""
        if changes and changes[-1].session_id == self.session_id:
            row = self.model.row_of(changes[-1].learner_id)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row, MARK))

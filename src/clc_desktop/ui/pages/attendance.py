"""Attendance: the roll call of a session from the keyboard, the whole-class grid, session
status and walk-ins, and the paper (sign-in sheet, summary, certificate).

Each mark is saved the moment it is made, on the GUI thread (one upsert in one
transaction, a millisecond or two: ``python -m benchmarks.attendance``), and the page says
so; there is no Save button. Ctrl+Z puts back what the last action changed.

The letter keys are a setting of the centre (kept per centre in the app's settings, keyed
by the centre's permanent id), not of the UI language: a shared PC never changes what
``P`` means in the middle of a week. Digits 1–4 work with either set.
"""

from __future__ import annotations

import datetime as dt
import html
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, QSettings, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.attendance import DEFAULT_KEY_SET, KEY_SETS, next_in_cycle
from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.codes import CancelReason, ClassKind, MarkStatus, SessionStatus
from clc_desktop.domain.messages import Problem
from clc_desktop.services import attendance as service
from clc_desktop.services.attendance import ClassGrid, MarkChange, SessionInfo
from clc_desktop.services.centre import get_centre
from clc_desktop.storage.database import Store
from clc_desktop.ui.attendance_models import (
    FIRST_SESSION,
    RATE,
    ClassGridTableModel,
    MarkTableView,
    RollCallTableModel,
)
from clc_desktop.ui.i18n import format_date

#: Colours of the saved state.
OK, FAILED, NEUTRAL = "#1e7b34", "#b3261e", "#202124"
#: After the last change, the overview's numbers are recounted this much later.
CHANGED_DELAY_MS = 1500


class AttendancePage(QWidget):
    session_shown = Signal(int)  # a session's roll call is on screen
    mark_saved = Signal(object)  # list[MarkChange], once the store has committed them
    changed = Signal()  # marks or sessions changed (debounced): the overview may recount
    printed = Signal(object)  # the Path of a PDF written

    def __init__(
        self,
        store: Store,
        language: str,
        settings: QSettings | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._language = language
        self._settings = settings
        self._today = today
        self._locale = QLocale()
        self._centre: CentreProfile | None = None
        self._sessions: list[SessionInfo] = []
        self._session: SessionInfo | None = None
        self._grid_class: int | None = None
        self._undo: list[list[MarkChange]] = []
        self._filling = False
        self.last_save_seconds = 0.0
        self.saved_state = ""  # the roll call's saved state as plain text
        #: Set in tests: replaces the save dialog of the PDF files. (Not a bound method of
        #: the page by default: that would be a reference cycle, and a page left to the
        #: cycle collector can be destroyed on a worker thread.)
        self.ask_save_path: Callable[[str], str | None] | None = None
        self._labels = {
            MarkStatus.PRESENT.value: self.tr("Present"),
            MarkStatus.LATE.value: self.tr("Late"),
            MarkStatus.EXCUSED.value: self.tr("Excused absence"),
            MarkStatus.ABSENT.value: self.tr("Unexcused absence"),
        }
        self._changed_timer = QTimer(self)
        self._changed_timer.setSingleShot(True)
        self._changed_timer.setInterval(CHANGED_DELAY_MS)
        self._changed_timer.timeout.connect(self.changed)
        self._build()
        self.reload_classes()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page: classes, enrolments and sessions may have changed on
        the Classes and Learners pages; read them again (a few small queries)."""
        super().showEvent(event)
        shown = self._session
        try:
            self.reload_classes()
            if shown is not None:
                self._load_class(shown.class_id, shown.session_id)
        except Problem:  # the session or its class was deleted meanwhile
            self._session = None
            self.reload_classes()

    # -- building ------------------------------------------------------------------------
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

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_roll_call(), self.tr("Roll call"))
        self.tabs.addTab(self._build_grid(), self.tr("Whole class"))
        layout.addWidget(self.tabs, 1)

        paper = QHBoxLayout()
        paper.addWidget(QLabel(self.tr("Print (PDF, A4):")))
        self.month_box = QComboBox()
        self.month_box.setToolTip(
            self.tr(
                "The sign-in sheet has a column per session of this month; select date "
                "columns in the whole-class grid to print those dates instead."
            )
        )
        paper.addWidget(self.month_box)
        self.sheet_button = QPushButton(self.tr("Sign-in sheet…"))
        self.summary_button = QPushButton(self.tr("Attendance summary…"))
        self.certificate_button = QPushButton(self.tr("Certificate…"))
        self.certificate_button.setToolTip(
            self.tr("For the learner selected in the whole-class grid, when they completed")
        )
        for button in (self.sheet_button, self.summary_button, self.certificate_button):
            paper.addWidget(button)
        paper.addStretch()
        layout.addLayout(paper)

        self.class_box.currentIndexChanged.connect(self._class_chosen)
        self.session_box.currentIndexChanged.connect(self._session_chosen)
        self.key_set_box.currentIndexChanged.connect(self._key_set_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.sheet_button.clicked.connect(self.print_sign_in_sheet)
        self.summary_button.clicked.connect(self.print_summary)
        self.certificate_button.clicked.connect(self.print_certificate)

    def _build_roll_call(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        self.session_title = QLabel()
        self.session_title.setObjectName("sectionTitle")
        layout.addWidget(self.session_title)

        status_row = QHBoxLayout()
        self.held_button = QRadioButton(self.tr("Held"))
        self.cancelled_button = QRadioButton(self.tr("Did not take place"))
        self.reason_box = QComboBox()
        reasons = {
            CancelReason.WEATHER: self.tr("Weather"),
            CancelReason.FACILITATOR_ABSENT: self.tr("Facilitator absent"),
            CancelReason.HOLIDAY: self.tr("Holiday"),
            CancelReason.OTHER: self.tr("Other reason"),
        }
        for code, label in reasons.items():
            self.reason_box.addItem(label, code.value)
        self.reason_note = QLineEdit()
        self.reason_note.setPlaceholderText(self.tr("Note (optional)"))
        self.reason_note.setMaxLength(300)
        status_row.addWidget(self.held_button)
        status_row.addWidget(self.cancelled_button)
        status_row.addWidget(self.reason_box)
        status_row.addWidget(self.reason_note, 1)
        layout.addLayout(status_row)

        self.walk_ins = QFrame()
        walk_row = QHBoxLayout(self.walk_ins)
        walk_row.setContentsMargins(0, 0, 0, 0)
        walk_row.addWidget(QLabel(self.tr("Walk-ins (not enrolled):")))
        self.walk_in_boxes: dict[str, QSpinBox] = {}
        for key, label in (
            ("male", self.tr("men")),
            ("female", self.tr("women")),
            ("unknown", self.tr("sex not known")),
        ):
            box = QSpinBox()
            box.setRange(0, 9999)
            box.setKeyboardTracking(False)
            self.walk_in_boxes[key] = box
            walk_row.addWidget(box)
            walk_row.addWidget(QLabel(label))
            box.valueChanged.connect(self._walk_ins_changed)
        walk_row.addStretch()
        layout.addWidget(self.walk_ins)

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

        self.roll_model = RollCallTableModel(self._labels, self)
        self.roll_view = MarkTableView()
        self.roll_view.setObjectName("rollCall")
        self.roll_view.mark_column = 2
        self.roll_view.setModel(self.roll_model)
        self.roll_view.verticalHeader().hide()
        self.roll_view.setSelectionBehavior(MarkTableView.SelectionBehavior.SelectRows)
        header = self.roll_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 340)
        header.setStretchLastSection(True)
        layout.addWidget(self.roll_view, 1)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedState")
        layout.addWidget(self.saved_label)

        self.held_button.toggled.connect(self._status_changed)
        self.reason_box.currentIndexChanged.connect(self._status_changed)
        self.reason_note.editingFinished.connect(self._status_changed)
        self.all_present_button.clicked.connect(self.all_present)
        self.undo_button.clicked.connect(self.undo)
        self.roll_view.mark_requested.connect(self._roll_mark)
        self.roll_view.cycle_requested.connect(self._roll_cycle)
        self.roll_view.all_present_requested.connect(self.all_present)
        self.roll_view.undo_requested.connect(self.undo)
        return page

    def _build_grid(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.grid_filter = QLineEdit()
        self.grid_filter.setPlaceholderText(self.tr("Filter learners by name…"))
        self.grid_filter.setClearButtonEnabled(True)
        top.addWidget(self.grid_filter, 1)
        self.grid_summary = QLabel()
        self.grid_summary.setObjectName("hint")
        top.addWidget(self.grid_summary, 2)
        layout.addLayout(top)
        self.grid_model = ClassGridTableModel(self._labels, self)
        self.grid_model.not_held_text = self.tr("Did not take place: marks count nowhere")
        self.grid_model.not_expected_text = self.tr("Not enrolled on this date")
        self.grid_view = MarkTableView()
        self.grid_view.setObjectName("classGrid")
        self.grid_view.setModel(self.grid_model)
        self.grid_view.setSelectionMode(MarkTableView.SelectionMode.ExtendedSelection)
        self.grid_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid_view.horizontalHeader().setDefaultSectionSize(52)
        self.grid_view.horizontalHeader().setMinimumHeight(40)
        layout.addWidget(self.grid_view, 1)
        self.grid_saved = QLabel()
        layout.addWidget(self.grid_saved)
        self.grid_hint = QLabel()
        self.grid_hint.setObjectName("hint")
        self.grid_hint.setWordWrap(True)
        layout.addWidget(self.grid_hint)
        self.grid_filter.textChanged.connect(self.grid_model.set_filter)
        self.grid_view.mark_requested.connect(self._grid_mark)
        self.grid_view.cycle_requested.connect(self._grid_cycle)
        self.grid_view.undo_requested.connect(self.undo)
        self.grid_view.all_present_requested.connect(self._grid_all_present)
        return page

    # -- choosing ------------------------------------------------------------------------
    def reload_classes(self) -> None:
        """Refill the class list (classes with a session today first), keeping the choice."""
        with self._store.session() as session:
            self._centre = get_centre(session)
            classes = service.classes_with_sessions(session)
            today_ids = {s.class_id for s in service.sessions_on(session, self.today)}
        self._load_key_set()
        current = self.class_box.currentData()
        classes.sort(key=lambda c: c.class_id not in today_ids)
        self._filling = True
        self.class_box.clear()
        for choice in classes:
            label = choice.name
            if choice.class_id in today_ids:
                label = "● " + label + " — " + self.tr("today")
            self.class_box.addItem(label, choice.class_id)
        self._filling = False
        index = self.class_box.findData(current) if current is not None else 0
        self.class_box.setCurrentIndex(max(index, 0))
        if self.class_box.count() and self._session is None:
            self._class_chosen()
        self._show_empty(not classes)

    def _show_empty(self, empty: bool) -> None:
        if empty:
            self.session_title.setText(
                self.tr("No class has sessions yet: schedule them on the Classes page.")
            )
        for widget in (self.tabs, self.sheet_button, self.summary_button):
            widget.setEnabled(not empty)

    def open_session(self, session_id: int) -> None:
        """Show the roll call of a session (from the overview's "today's sessions")."""
        with self._store.session() as session:
            info = service.get_session(session, session_id)
        index = self.class_box.findData(info.class_id)
        if index < 0:  # an archived class: add it so its session can still be opened
            self.class_box.addItem(info.class_name, info.class_id)
            index = self.class_box.count() - 1
        self._filling = True
        self.class_box.setCurrentIndex(index)
        self._filling = False
        self._load_class(info.class_id, session_id)
        self.tabs.setCurrentIndex(0)
        self.roll_view.setFocus()

    def _class_chosen(self) -> None:
        if self._filling:
            return
        class_id = self.class_box.currentData()
        if class_id is not None:
            self._load_class(int(class_id), None)

    def _load_class(self, class_id: int, session_id: int | None) -> None:
        with self._store.session() as session:
            self._sessions = service.class_sessions(session, class_id)
        chosen = next((s for s in self._sessions if s.session_id == session_id), None)
        if chosen is None:
            chosen = service.session_to_open(self._sessions, self.today)
        self._filling = True
        self.session_box.clear()
        for info in self._sessions:
            self.session_box.addItem(self._session_label(info), info.session_id)
        months = sorted({(s.date.year, s.date.month) for s in self._sessions})
        self.month_box.clear()
        for year, month in months:
            self.month_box.addItem(f"{month:02d}/{year}", f"{year}-{month:02d}")
        self._filling = False
        self._grid_class = None
        if chosen is not None:
            self.session_box.setCurrentIndex(self.session_box.findData(chosen.session_id))
            self._show_session(chosen.session_id)
        else:
            self._session = None
            self.roll_model.set_entries([])
        if self.tabs.currentIndex() == 1:
            self.load_grid()

    def _session_label(self, info: SessionInfo) -> str:
        day = self._locale.toString(
            QDate(info.date.year, info.date.month, info.date.day), "dddd dd/MM/yyyy"
        )
        if info.date == self.today:
            day += " — " + self.tr("today")
        if not info.held:
            day += " (" + self.tr("did not take place") + ")"
        return day

    def _session_chosen(self) -> None:
        if self._filling:
            return
        session_id = self.session_box.currentData()
        if session_id is not None:
            self._show_session(int(session_id))

    def _show_session(self, session_id: int) -> None:
        with self._store.session() as session:
            info = service.get_session(session, session_id)
            entries = service.roll_call(session, session_id)
        self._session = info
        self._filling = True
        self.roll_model.set_entries(entries)
        self.held_button.setChecked(info.held)
        self.cancelled_button.setChecked(not info.held)
        reason = self.reason_box.findData(info.cancel_reason or CancelReason.OTHER.value)
        self.reason_box.setCurrentIndex(max(reason, 0))
        self.reason_note.setText(info.cancel_note or "")
        for key, box in self.walk_in_boxes.items():
            box.setValue(getattr(info, f"walk_ins_{key}"))
        self._filling = False
        month = self.month_box.findData(info.date.strftime("%Y-%m"))
        if month >= 0:
            self.month_box.setCurrentIndex(month)
        self._show_state(self.saved_label, NEUTRAL, self._progress_text())
        self._show_state(self.grid_saved, NEUTRAL, "")
        self._show_session_state()
        if self.roll_model.rowCount():
            self.roll_view.setCurrentIndex(self.roll_model.index(0, 2))
        self.session_shown.emit(session_id)

    def _show_session_state(self) -> None:
        info = self._session
        if info is None:
            return
        title = (
            self.tr("%1 · %2 · %3 learners expected")
            .replace("%1", info.class_name)
            .replace("%2", format_date(info.date))
            .replace("%3", str(self.roll_model.rowCount()))
        )
        if info.date > self.today:
            title += " · " + self.tr("a future session")
        self.session_title.setText(title)
        self.reason_box.setEnabled(not info.held)
        self.reason_note.setEnabled(not info.held)
        self.roll_view.setEnabled(info.held)
        self.all_present_button.setEnabled(info.held)
        is_event = info.kind == ClassKind.EVENT.value
        self.walk_ins.setVisible(is_event or info.walk_ins > 0)
        if not info.held:
            self._show_state(
                self.saved_label,
                NEUTRAL,
                self.tr("This session did not take place: its marks are kept but count nowhere."),
            )

    # -- key set (a setting of the centre) -------------------------------------------------
    def _key_set_setting(self) -> str:
        unit = self._centre.unit_id if self._centre else "default"
        return f"attendance/key_set/{unit}"

    def _load_key_set(self) -> None:
        chosen = DEFAULT_KEY_SET
        if self._settings is not None:
            chosen = str(self._settings.value(self._key_set_setting(), DEFAULT_KEY_SET))
        if chosen not in KEY_SETS:
            chosen = DEFAULT_KEY_SET
        self._filling = True
        self.key_set_box.setCurrentIndex(self.key_set_box.findData(chosen))
        self._filling = False
        self._apply_key_set(chosen)

    def _key_set_chosen(self) -> None:
        key_set = str(self.key_set_box.currentData())
        if not self._filling and self._settings is not None:
            self._settings.setValue(self._key_set_setting(), key_set)
        self._apply_key_set(key_set)

    def _apply_key_set(self, key_set: str) -> None:
        for target in (self.roll_view, self.grid_view, self.roll_model, self.grid_model):
            target.key_set = key_set
        letters = {status.value: letter for letter, status in KEY_SETS[key_set].items()}
        keys = " · ".join(
            f"<b>{letters[status.value]}</b> / <b>{digit}</b> {self._labels[status.value]}"
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
        self.grid_hint.setText(
            self.tr(
                "Same keys as the roll call, on the selected cell. Grey: not enrolled on that "
                "date; dark grey: did not take place. Select date columns (Ctrl+click their "
                "headers) to print a sign-in sheet of those dates."
            )
        )
        self.roll_model.layoutChanged.emit()
        self.grid_model.layoutChanged.emit()

    # -- saving marks ----------------------------------------------------------------------
    def _save(self, action: Callable[[Session], Sequence[MarkChange]]) -> list[MarkChange] | None:
        """Run one user action in one transaction; show it saved (or why not)."""
        started = time.perf_counter()
        try:
            with self._store.session() as session:
                changes = list(action(session))
        except Problem as problem:
            self._show_problem(problem)
            return None
        self.last_save_seconds = time.perf_counter() - started
        for change in changes:
            if self._on_shown_session(change):
                self.roll_model.apply(change)
            if self._grid_class is not None:
                self.grid_model.apply(change)
        saved = self.tr("Saved at %1").replace("%1", dt.datetime.now().strftime("%H:%M:%S"))
        self._show_state(self.saved_label, OK, f"✓ {saved} · {self._progress_text()}")
        self._show_state(self.grid_saved, OK, f"✓ {saved}")
        self._update_grid_summary()
        self._changed_timer.start()
        self.mark_saved.emit(changes)
        return changes

    def _on_shown_session(self, change: MarkChange) -> bool:
        return self._session is not None and change.session_id == self._session.session_id

    def _progress_text(self) -> str:
        return (
            self.tr("%1 of %2 marked")
            .replace("%1", str(self.roll_model.marked()))
            .replace("%2", str(self.roll_model.rowCount()))
        )

    def _show_problem(self, problem: Problem) -> None:
        text = "✕ " + problem.text(self._language)
        self._show_state(self.saved_label, FAILED, text)
        self._show_state(self.grid_saved, FAILED, text)

    def _show_state(self, label: QLabel, colour: str, text: str) -> None:
        """A coloured line of plain text (rich text: no style sheet recomputed per key)."""
        label.setText(f'<span style="color: {colour};">{html.escape(text)}</span>')
        if label is self.saved_label:
            self.saved_state = text

    def set_mark(self, session_id: int, learner_id: int, status: MarkStatus | None) -> bool:
        """Save one mark (the UI path every key goes through); True when saved."""
        changes = self._save(lambda s: [service.set_mark(s, session_id, learner_id, status)])
        if changes and changes[0].previous != changes[0].current:
            self._undo.append(changes)
        return changes is not None

    def all_present(self) -> None:
        if self._session is None:
            return
        session_id = self._session.session_id
        changes = self._save(lambda s: service.mark_all_present(s, session_id))
        if changes:
            self._undo.append(changes)

    def undo(self) -> None:
        if not self._undo:
            return
        last = self._undo.pop()
        self._save(lambda s: service.restore_marks(s, last))
        first = last[0]
        if self._on_shown_session(first):
            row = self.roll_model.row_of(first.learner_id)
            if row is not None:
                self.roll_view.setCurrentIndex(self.roll_model.index(row, 2))

    def _roll_mark(self, index: QModelIndex, status: MarkStatus | None) -> None:
        if self._session is None or not index.isValid():
            return
        learner_id = self.roll_model.entries[index.row()].learner_id
        if self.set_mark(self._session.session_id, learner_id, status) and status is not None:
            self.roll_view.move_down()

    def _roll_cycle(self, index: QModelIndex) -> None:
        if self._session is None or not index.isValid():
            return
        entry = self.roll_model.entries[index.row()]
        self.set_mark(self._session.session_id, entry.learner_id, next_in_cycle(entry.status))

    # -- session status and walk-ins -------------------------------------------------------
    def _status_changed(self) -> None:
        info = self._session
        if self._filling or info is None:
            return
        held = self.held_button.isChecked()
        reason = None if held else str(self.reason_box.currentData())
        note = None if held else self.reason_note.text()
        if held == info.held and (
            held
            or (reason, note or None)
            == (
                info.cancel_reason,
                info.cancel_note,
            )
        ):
            return
        status = SessionStatus.HELD if held else SessionStatus.CANCELLED
        try:
            with self._store.session() as session:
                service.set_session_status(session, info.session_id, status, reason, note)
        except Problem as problem:
            self._show_problem(problem)
            return
        self._refresh_session(info.session_id)

    def _walk_ins_changed(self) -> None:
        info = self._session
        if self._filling or info is None:
            return
        counts = {key: box.value() for key, box in self.walk_in_boxes.items()}
        try:
            with self._store.session() as session:
                service.set_walk_ins(
                    session, info.session_id, counts["male"], counts["female"], counts["unknown"]
                )
        except Problem as problem:
            self._show_problem(problem)
            return
        self._refresh_session(info.session_id)

    def _refresh_session(self, session_id: int) -> None:
        with self._store.session() as session:
            info = service.get_session(session, session_id)
        self._session = info
        self._sessions = [info if s.session_id == session_id else s for s in self._sessions]
        index = self.session_box.findData(session_id)
        if index >= 0:
            self.session_box.setItemText(index, self._session_label(info))
        self._show_session_state()
        if info.held:
            self._show_state(
                self.saved_label, OK, "✓ " + self.tr("Saved") + " · " + self._progress_text()
            )
        self._grid_class = None
        if self.tabs.currentIndex() == 1:
            self.load_grid()
        self._changed_timer.start()

    # -- the whole class -------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._grid_class is None:
            self.load_grid()
        elif index == 0 and self._session is not None:
            self._show_session(self._session.session_id)

    def load_grid(self) -> ClassGrid | None:
        class_id = self.class_box.currentData()
        if class_id is None:
            return None
        with self._store.session() as session:
            grid = service.load_class_grid(session, int(class_id), self.today)
        self.grid_model.set_grid(grid)
        self._grid_class = grid.class_id
        self.grid_view.setColumnWidth(RATE, 64)
        self._update_grid_summary()
        if self._session is not None and self.grid_model.rowCount():
            column = next(
                (
                    n + FIRST_SESSION
                    for n, s in enumerate(grid.sessions)
                    if s.session_id == self._session.session_id
                ),
                FIRST_SESSION,
            )
            self.grid_view.setCurrentIndex(self.grid_model.index(0, column))
            self.grid_view.scrollTo(self.grid_model.index(0, column))
        return grid

    def _update_grid_summary(self) -> None:
        grid = self.grid_model.grid
        if grid is None:
            self.grid_summary.setText("")
            return
        rate = grid.class_rate()
        held = sum(grid.counts(s) for s in grid.sessions)
        value = "–" if rate.value is None else self._locale.toString(rate.value * 100, "f", 1)
        self.grid_summary.setText(
            self.tr("%1 learners · %2 sessions held so far · class attendance rate %3 %")
            .replace("%1", str(len(grid.learners)))
            .replace("%2", str(held))
            .replace("%3", value)
        )

    def _grid_mark(self, index: QModelIndex, status: MarkStatus | None) -> None:
        cell = self.grid_model.cell(index)
        if cell is None:
            return
        learner_id, session_id = cell
        if self.set_mark(session_id, learner_id, status) and status is not None:
            self.grid_view.move_down()

    def _grid_cycle(self, index: QModelIndex) -> None:
        cell = self.grid_model.cell(index)
        grid = self.grid_model.grid
        if cell is None or grid is None:
            return
        learner_id, session_id = cell
        self.set_mark(session_id, learner_id, next_in_cycle(grid.mark(learner_id, session_id)))

    def _grid_all_present(self) -> None:
        """Ctrl+Enter in the grid: the unmarked learners shown (the filter applies) at the
        current cell's session become present; the others keep their marks."""
        cell = self.grid_model.cell(self.grid_view.currentIndex())
        grid = self.grid_model.grid
        if cell is None or grid is None:
            return
        session_id = cell[1]
        shown = {grid.learners[n].learner_id for n in self.grid_model.rows}
        changes = self._save(lambda s: service.mark_all_present(s, session_id, shown))
        if changes:
            self._undo.append(changes)

    # -- paper -----------------------------------------------------------------------------
    def _grid_for_paper(self) -> ClassGrid | None:
        if self._grid_class != self.class_box.currentData() or self.grid_model.grid is None:
            return self.load_grid()
        return self.grid_model.grid

    def _selected_sessions(self, grid: ClassGrid) -> list[SessionInfo]:
        chosen = {index.column() for index in self.grid_view.selectionModel().selectedColumns()}
        return [
            grid.sessions[c - FIRST_SESSION]
            for c in sorted(chosen)
            if FIRST_SESSION <= c < len(grid.sessions) + FIRST_SESSION
        ]

    def print_sign_in_sheet(self) -> Path | None:
        from clc_desktop.ui.attendance_print import AttendancePaper  # Qt printing: on use

        grid = self._grid_for_paper()
        if grid is None:
            return None
        sessions = self._selected_sessions(grid)
        if sessions:
            period = ", ".join(s.date.strftime("%d/%m/%Y") for s in sessions)
        else:
            month = self.month_box.currentData()
            if month is None:
                return None
            sessions = [s for s in grid.sessions if s.date.strftime("%Y-%m") == month and s.held]
            period = self.tr("Month %1").replace("%1", self.month_box.currentText())
        paper = AttendancePaper(self._centre, self)
        html = paper.sign_in_sheet(grid, sessions, period, self.today)
        return self._write(html, f"danh-sach-ky-ten-{grid.class_id}", landscape=len(sessions) > 5)

    def print_summary(self) -> Path | None:
        from clc_desktop.ui.attendance_print import AttendancePaper  # Qt printing: on use

        grid = self._grid_for_paper()
        if grid is None:
            return None
        html = AttendancePaper(self._centre, self).summary(grid, self.today)
        return self._write(html, f"tong-hop-chuyen-can-{grid.class_id}", landscape=False)

    def print_certificate(self) -> Path | None:
        from clc_desktop.ui.attendance_print import AttendancePaper  # Qt printing: on use

        grid = self._grid_for_paper()
        index = self.grid_view.currentIndex()
        if grid is None or not index.isValid() or not self.grid_model.rows:
            QMessageBox.information(
                self, self.tr("Certificate"), self.tr("Select a learner in the whole-class grid.")
            )
            return None
        learner = grid.learners[self.grid_model.rows[index.row()]]
        if not learner.completed:
            QMessageBox.information(
                self,
                self.tr("Certificate"),
                self.tr(
                    "%1 has not completed this class: a certificate is for learners marked "
                    "as completed on the Classes page."
                ).replace("%1", learner.full_name),
            )
            return None
        html = AttendancePaper(self._centre, self).certificate(grid, learner, self.today)
        return self._write(
            html,
            f"giay-chung-nhan-{grid.class_id}-{learner.learner_id}",
            landscape=True,
            points=12,
            numbered=False,
        )

    def _write(
        self,
        html: str,
        name: str,
        *,
        landscape: bool,
        points: float = 10,
        numbered: bool = True,
    ) -> Path | None:
        chosen = (self.ask_save_path or self._ask_save_path)(name + ".pdf")
        if not chosen:
            return None
        from clc_desktop.ui.attendance_print import write_pdf

        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        write_pdf(html, path, landscape=landscape, points=points, numbered=numbered)
        self.printed.emit(path)
        return path

    def _ask_save_path(self, name: str) -> str | None:
        folder = str(self._settings.value("attendance/folder", "")) if self._settings else ""
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(folder) / name), self.tr("PDF files (*.pdf)")
        )
        if chosen and self._settings is not None:
            self._settings.setValue("attendance/folder", str(Path(chosen).parent))
        return chosen or None

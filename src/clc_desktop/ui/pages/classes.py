"""Classes and talks: the list, the class editor, and one class's page.

The list loads with one query in the background and is filtered in Python (topic, kind,
running / ended / archived, name). Opening a class shows its sessions, its learners
(enrol by search, copy from another class, withdraw with a date, tick completion) and
its attendance rate with the formula written out. Every read is an ``ops.query`` and
every change one transaction through ``ops.change``; the page reloads what it shows when a
change touches classes, enrolments, attendance or learners, wherever it was made
(:class:`~clc_desktop.ui.operations.Refresher`), so the rate card follows roll calls taken
on the Attendance page. Dialogs are run through :attr:`ClassesPage.run_dialog`, which
tests replace to drive them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.codes import ClassKind, SessionStatus, Topic
from clc_desktop.services.classes import (
    ClassFilter,
    ClassListItem,
    ClassSummary,
    ScheduleChange,
    apply_schedule,
    class_summary,
    create_class,
    filter_classes,
    list_classes,
    partner_suggestions,
    set_class_archived,
    update_class,
)
from clc_desktop.ui.class_dialog import ClassDialog
from clc_desktop.ui.class_models import (
    ClassTableModel,
    SessionTableModel,
    kind_labels,
    rate_text,
)
from clc_desktop.ui.dialogs import run_box, run_dialog
from clc_desktop.ui.i18n import fill, format_date, topic_label
from clc_desktop.ui.operations import Operations, Refresher
from clc_desktop.ui.pages.class_learners import ClassLearnersTab
from clc_desktop.ui.pages.overview import StatCard

#: What the page shows: the list (sessions, learners), a class's sessions, learners and rate.
SHOWN_KINDS = frozenset(
    {ChangeKind.CLASSES, ChangeKind.ENROLMENTS, ChangeKind.ATTENDANCE, ChangeKind.LEARNERS}
)


def _table(model: QAbstractItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class ClassesPage(QWidget):
    classes_loaded = Signal()  # the list is on screen
    class_shown = Signal(int)  # a class's page is on screen (its id)

    def __init__(
        self,
        ops: Operations,
        language: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._language = language
        self._today_fixed = today
        self._items: list[ClassListItem] = []
        self._class_id: int | None = None  # the class open, or being opened
        self._summary: ClassSummary | None = None
        self._partners: list[str] = []
        self._reveal: int | None = None  # a class just created: shown in the list
        #: Replaced in tests: runs a dialog, True when accepted; runs a message box.
        self.run_dialog: Callable[[QDialog], bool] = run_dialog
        self.run_box: Callable[[QMessageBox], QAbstractButton | None] = run_box
        self._build()
        Refresher(self, ops, SHOWN_KINDS, self.reload)
        self.refresh()

    @property
    def today(self) -> dt.date:
        return self._today_fixed or dt.date.today()

    @property
    def current_class_id(self) -> int | None:
        return self._summary.record.id if self._summary else None

    def focus_work(self) -> None:
        """The keyboard goes where the work starts: the class list (its search when the
        list is empty), or the learners of the class open."""
        if self.stack.currentIndex() == 1:
            self.enrolment_table.setFocus()
        elif self.class_model.rowCount():
            self.class_table.setFocus()
            if not self.class_table.selectionModel().selectedRows():
                self.class_table.selectRow(0)
        else:
            self.search.setFocus()

    def detail_status_say(self, text: str) -> None:
        self.detail_status.setText(text)

    def counted(self, what: str, count: int) -> str:
        """The learners tab's counted sentences (``enrolled``, ``already``, ``withdrawn``)."""
        if what == "enrolled":
            return self.tr("%n learner(s) enrolled.", "", count)
        if what == "already":
            return self.tr("%n were already in the class.", "", count)
        return self.tr("%n learner(s) withdrawn on %1.", "", count)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.stack.addWidget(self._build_list())
        self.stack.addWidget(self._build_detail())

    def _build_list(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Classes and talks"))
        heading.setObjectName("pageTitle")
        top.addWidget(heading)
        top.addStretch()
        self.new_button = QPushButton(self.tr("New class or talk…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_class)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        intro = QLabel(
            self.tr(
                "Double-click a class (or press Enter) to see its sessions, learners and "
                "attendance."
            )
        )
        intro.setObjectName("pageSubtitle")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, facilitator or place"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 2)
        self.topic_filter = QComboBox()
        self.topic_filter.addItem(self.tr("All topics"), None)
        for topic in Topic:
            self.topic_filter.addItem(topic_label(topic.value, self._language), topic.value)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Classes and talks"), None)
        for code, label in kind_labels().items():
            self.kind_filter.addItem(label, code)
        self.state_filter = QComboBox()
        for label, state in (
            (self.tr("Running and not started"), "active"),
            (self.tr("Running"), "current"),
            (self.tr("Ended"), "past"),
            (self.tr("Archived"), "archived"),
            (self.tr("All"), None),
        ):
            self.state_filter.addItem(label, state)
        for combo in (self.topic_filter, self.kind_filter, self.state_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        layout.addLayout(filters)

        self.class_model = ClassTableModel(self._language, self.today, self)
        self.class_table = _table(self.class_model)
        header = self.class_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.class_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.class_table.activated.connect(self._open_index)
        self.class_table.doubleClicked.connect(self._open_index)
        layout.addWidget(self.class_table, 1)
        self.list_status = QLabel(self.tr("Loading…"))
        self.list_status.setObjectName("hint")
        layout.addWidget(self.list_status)
        return page

    def _build_detail(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 14, 24, 20)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All classes"))
        self.back_button.clicked.connect(self.show_list)
        top.addWidget(self.back_button)
        top.addStretch()
        self.edit_button = QPushButton(self.tr("Edit class and schedule…"))
        self.edit_button.clicked.connect(self.edit_class)
        # Archiving acts at once: away from where «Lưu» usually sits, and it asks first.
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self.toggle_archived)
        top.addWidget(self.archive_button)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.facts = QLabel()
        self.facts.setObjectName("pageSubtitle")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)

        cards = QHBoxLayout()
        self.rate_card = StatCard(self.tr("Attendance rate"))
        self.sessions_card = StatCard(self.tr("Sessions"))
        self.learners_card = StatCard(self.tr("Learners enrolled"))
        for card, stretch in (
            (self.rate_card, 2),
            (self.sessions_card, 1),
            (self.learners_card, 1),
        ):
            card.setMinimumHeight(110)
            cards.addWidget(card, stretch)
        layout.addLayout(cards)
        #: Held sessions without a roll call: everyone enrolled counts as expected there.
        self.unmarked = QLabel()
        self.unmarked.setObjectName("warning")
        self.unmarked.setWordWrap(True)
        self.unmarked.hide()
        rate_layout = self.rate_card.layout()
        assert rate_layout is not None
        rate_layout.addWidget(self.unmarked)

        self.tabs = QTabWidget()
        self.learners_tab = ClassLearnersTab(
            self._ops,
            lambda: self.today,
            lambda dialog: self.run_dialog(dialog),
            lambda box: self.run_box(box),
            self.detail_status_say,
            self.counted,
            lambda: self._items,
        )
        learners = self.learners_tab
        self.enrol_button = learners.enrol_button
        self.copy_button = learners.copy_button
        self.date_button = learners.date_button
        self.remove_button = learners.remove_button
        self.withdraw_button = learners.withdraw_button
        self.complete_button = learners.complete_button
        self.enrolment_model = learners.model
        self.enrolment_table = learners.table
        self.tabs.addTab(learners, self.tr("Learners"))

        self.session_model = SessionTableModel(self.today, self)
        self.session_table = _table(self.session_model)
        header = self.session_table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.session_table, self.tr("Sessions"))
        layout.addWidget(self.tabs, 1)
        self.detail_status = QLabel()
        self.detail_status.setWordWrap(True)
        layout.addWidget(self.detail_status)
        return page

    # -- the list ------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload the list and the class open (after a change to what they show)."""
        self.refresh()
        if self._class_id is not None:
            self._load_class(self._class_id, opening=False)

    def refresh(self) -> None:
        """Reload the list of classes (in the background)."""

        def load(session: Session) -> tuple[list[ClassListItem], list[str]]:
            return list_classes(session), partner_suggestions(session)

        self._ops.query(self, load, self._list_loaded)

    def _list_loaded(self, loaded: tuple[list[ClassListItem], list[str]]) -> None:
        self._items, self._partners = loaded
        if self._reveal is not None:
            self._show_in_list(self._reveal)
        self._filter()
        if self._reveal is not None:
            for row in range(self.class_model.rowCount()):
                if self.class_model.row_at(row).id == self._reveal:
                    self.class_table.selectRow(row)
                    self._reveal = None
        self.classes_loaded.emit()

    def _show_in_list(self, class_id: int) -> None:
        """Clear the filters that would hide the class (one just created)."""
        item = next((c for c in self._items if c.id == class_id), None)
        if item is None:
            return
        widgets = (self.search, self.topic_filter, self.kind_filter, self.state_filter)
        for widget in widgets:
            widget.blockSignals(True)
        if not ClassFilter(query=self.search.text(), state=None).accepts(item, self.today):
            self.search.clear()
        if self.topic_filter.currentData() not in (None, item.topic):
            self.topic_filter.setCurrentIndex(0)
        if self.kind_filter.currentData() not in (None, item.kind):
            self.kind_filter.setCurrentIndex(0)
        if not ClassFilter(state=self.state_filter.currentData()).accepts(item, self.today):
            self.state_filter.setCurrentIndex(self.state_filter.findData(None))
        for widget in widgets:
            widget.blockSignals(False)

    def current_filter(self) -> ClassFilter:
        return ClassFilter(
            topic=self.topic_filter.currentData(),
            kind=self.kind_filter.currentData(),
            state=self.state_filter.currentData(),
            query=self.search.text(),
        )

    def _filter(self) -> None:
        shown = filter_classes(self._items, self.current_filter(), self.today)
        self.class_model.set_rows(shown)
        self.list_status.setText(
            self.tr("%n class(es) shown", "", len(shown))
            + " · "
            + fill(self.tr("%1 in all"), len(self._items))
        )

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_class(self.class_model.row_at(index.row()).id)

    def show_list(self) -> None:
        self._class_id = self._summary = None
        self.detail_status.clear()
        self.stack.setCurrentIndex(0)
        self.class_table.setFocus()

    # -- one class -----------------------------------------------------------------------
    def open_class(self, class_id: int) -> None:
        """Load a class and show its page (``class_shown`` once it is on screen)."""
        if class_id != self.current_class_id:
            self.detail_status.clear()  # another class's message is not about this one
        self._class_id = class_id
        self._load_class(class_id, opening=True)

    def _load_class(self, class_id: int, opening: bool) -> None:
        today = self.today

        def shown(summary: ClassSummary) -> None:
            self._class_shown(summary, opening)

        self._ops.query(self, lambda session: class_summary(session, class_id, today), shown)

    def _class_shown(self, summary: ClassSummary, opening: bool) -> None:
        if summary.record.id != self._class_id:
            return  # another class was opened (or the list shown) meanwhile
        self._summary = summary
        self._show_summary()
        if opening:
            self.stack.setCurrentIndex(1)
            self.class_shown.emit(summary.record.id)

    def _show_summary(self) -> None:
        summary = self._summary
        assert summary is not None
        form = summary.record.form
        self.title.setText(form.name)
        facts = [
            topic_label(form.topic, self._language),
            kind_labels().get(form.kind, form.kind),
        ]
        talk = form.kind == ClassKind.EVENT
        if form.start_date:
            end = f" – {format_date(form.end_date)}" if form.end_date else ""
            end = "" if form.end_date == form.start_date else end
            facts.append(format_date(form.start_date) + end)
        if form.planned_minutes and not talk:
            facts.append(fill(self.tr("%1 min a session"), form.planned_minutes))
        elif form.planned_minutes:
            facts.append(fill(self.tr("%1 min"), form.planned_minutes))
        if form.facilitator:
            who = self.tr("Speaker: %1") if talk else self.tr("Facilitator: %1")
            facts.append(fill(who, form.facilitator))
        if form.partner:
            facts.append(fill(self.tr("With: %1"), form.partner))
        if form.location:
            facts.append(fill(self.tr("At: %1"), form.location))
        if summary.record.archived:
            facts.append(self.tr("Archived"))
        self.facts.setText(" · ".join(facts))
        self.archive_button.setText(
            self.tr("Bring back from the archive")
            if summary.record.archived
            else self.tr("Move to the archive…")
        )
        self.edit_button.setText(
            self.tr("Edit the talk…") if talk else self.tr("Edit class and schedule…")
        )
        self._show_attendance(summary, talk)
        total = len(summary.sessions)
        self.sessions_card.value.setText(str(total))
        self.sessions_card.detail.setText(
            fill(
                self.tr("%1 held so far, %2 did not take place, %3 to come"),
                summary.held_sessions,
                summary.cancelled_sessions,
                sum(s.date > summary.on for s in summary.sessions),
            )
        )
        withdrawn = sum(not e.active for e in summary.enrolments)
        completed = sum(e.completed for e in summary.enrolments)
        self.learners_card.value.setText(str(summary.enrolled_now))
        if talk:
            self.learners_card.title.setText(self.tr("Participants registered"))
            self.learners_card.detail.setText("")
        else:
            self.learners_card.title.setText(self.tr("Learners enrolled"))
            self.learners_card.detail.setText(
                fill(self.tr("%1 withdrawn, %2 completed"), withdrawn, completed)
            )
        self.learners_tab.set_summary(summary)
        self.session_model.set_rows(summary.sessions)
        tab = self.tr("Participants (%1)") if talk else self.tr("Learners (%1)")
        self.tabs.setTabText(0, fill(tab, len(summary.enrolments)))
        self.tabs.setTabText(1, fill(self.tr("Sessions (%1)"), total))

    def _show_attendance(self, summary: ClassSummary, talk: bool) -> None:
        """The rate card: a class's attendance rate with its formula, and the held sessions
        still without a roll call (where everyone enrolled counts as expected, the spec's
        rule); a talk's card counts who came instead (no rate)."""
        held = [
            s for s in summary.sessions if s.status == SessionStatus.HELD and s.date <= summary.on
        ]
        unmarked = [s.date for s in held if not s.marks and s.expected]
        if unmarked:
            self.unmarked.setText(
                fill(
                    self.tr(
                        "%n session(s) without a roll call: %1. Everyone enrolled counts "
                        "as expected there: take the roll call on the Attendance page.",
                        "",
                        len(unmarked),
                    ),
                    ", ".join(format_date(d) for d in unmarked),
                )
            )
        self.unmarked.setVisible(bool(unmarked))
        if talk:
            walk_ins = sum(s.walk_ins for s in held)
            self.rate_card.title.setText(self.tr("Who came"))
            self.rate_card.value.setText(str(summary.attended + walk_ins))
            self.rate_card.detail.setText(
                fill(
                    self.tr("%1 registered participants present, %2 walk-ins"),
                    summary.attended,
                    walk_ins,
                )
            )
            return
        self.rate_card.title.setText(self.tr("Attendance rate"))
        self.rate_card.value.setText(rate_text(summary.attended, summary.expected))
        self.rate_card.detail.setText(
            fill(
                self.tr(
                    "= attended %1 / expected %2, at the %n held session(s) up to %3. "
                    "Expected: each learner enrolled on the session's date (from the "
                    "enrolment date up to the withdrawal date). Attended: present or late.",
                    "",
                    summary.held_sessions,
                ),
                summary.attended,
                summary.expected,
                format_date(summary.on),
            )
        )

    # -- actions: each asks for one change; the page reloads when it is broadcast ----------
    def new_class(self) -> bool:
        """Run the class dialog; True when a new class is being saved."""
        dialog = ClassDialog(self._language, self._partners, self.today, parent=self)
        if not self.run_dialog(dialog):
            return False
        form, dates = dialog.form(), dialog.dates()

        def saved(class_id: int) -> None:
            self._reveal = class_id  # in the list whatever its filters, and selected
            self.open_class(class_id)
            self.detail_status.setText(self.tr("Saved, with %n session(s).", "", len(dates)))

        self._ops.change(
            self, ChangeKind.CLASSES, lambda session: create_class(session, form, dates), saved
        )
        return True

    def edit_class(self) -> bool:
        """Run the class dialog on the class open; True when its change is being saved."""
        if self._summary is None:
            return False
        summary = self._summary
        class_id = summary.record.id
        marked = [s.date for s in summary.sessions if s.marks or s.walk_ins]
        dialog = ClassDialog(
            self._language,
            self._partners,
            self.today,
            summary.record.form,
            [s.date for s in summary.sessions],
            marked,
            parent=self,
        )
        if not self.run_dialog(dialog):
            return False
        form, dates = dialog.form(), dialog.dates()

        def write(session: Session) -> ScheduleChange:
            update_class(session, class_id, form)
            return apply_schedule(session, class_id, dates)

        self._ops.change(self, ChangeKind.CLASSES, write, self._schedule_saved)
        return True

    def _schedule_saved(self, change: ScheduleChange) -> None:
        text = self.tr("Saved.")
        if change.changed:
            text += " " + self.tr("%n session(s) added", "", len(change.added))
            text += ", " + fill(self.tr("%1 removed"), len(change.removed)) + "."
        if change.kept_with_marks:
            text += " " + fill(
                self.tr("Kept because they hold attendance marks: %1."),
                ", ".join(format_date(d) for d in change.kept_with_marks),
            )
        self.detail_status.setText(text)

    def toggle_archived(self) -> bool:
        """Move the class open to the archive (after saying which class), or bring it back."""
        if self._summary is None:
            return False
        class_id, archived = self._summary.record.id, not self._summary.record.archived
        if archived:
            box = QMessageBox(
                QMessageBox.Icon.Question, self.tr("Move to the archive"), "", parent=self
            )
            box.setText(
                fill(
                    self.tr(
                        "Move «%1» to the archive? It leaves the list of running classes and "
                        "the roll call; its sessions, learners and marks are kept and still "
                        "count in the reports. «Bring back from the archive» undoes it."
                    ),
                    self._summary.record.form.name,
                )
            )
            move = box.addButton(self.tr("Move to the archive"), QMessageBox.ButtonRole.AcceptRole)
            cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(cancel)
            if self.run_box(box) is not move:
                return False
        self._ops.change(
            self,
            ChangeKind.CLASSES,
            lambda session: set_class_archived(session, class_id, archived),
        )
        return True

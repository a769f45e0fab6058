"""Learners: the registry as a list that stays instant with 100,000 rows.

The list is loaded once (one ``ops.query``, off the GUI thread) into plain tuples; the
search box filters it per keystroke through
:class:`~clc_desktop.services.learners.LearnerSearch` (accent- and case-insensitive, by
name, phone or village) with the filters' mask computed once per filter change; the table
model sorts positions itself. Add and edit go through
:class:`~clc_desktop.ui.learner_dialog.LearnerDialog`, merging through
:class:`~clc_desktop.ui.learner_dialog.MergeDialog`, lists from Excel through
:class:`~clc_desktop.ui.learner_import_dialog.LearnerImportDialog`; each saves with one
``ops.change``, and the page reloads when a change touches learners, classes or
enrolments, wherever it was made (:class:`~clc_desktop.ui.operations.Refresher`).
Learners are archived rather than deleted; deleting is offered only after confirmation
and the registry refuses it for a learner with attendance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import text
from sqlalchemy.orm import Session

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.codes import AgeBand, Topic
from clc_desktop.services.learners import (
    LearnerFilter,
    LearnerListItem,
    LearnerRecord,
    LearnerSearch,
    attendance_count,
    delete_learner,
    duplicate_groups,
    filter_mask,
    get_learner,
    load_learner_list,
    set_archived,
)
from clc_desktop.ui.dialogs import run_box, run_dialog, show_error
from clc_desktop.ui.i18n import fill, topic_label
from clc_desktop.ui.learner_dialog import LearnerDialog, MergeDialog, person_text
from clc_desktop.ui.learner_models import LearnerTableModel, age_band_labels, sex_labels
from clc_desktop.ui.operations import Operations, Refresher

ROW_HEIGHT = 26
#: What the page shows: learners, the classes of its filter, the enrolments behind both.
SHOWN_KINDS = frozenset({ChangeKind.LEARNERS, ChangeKind.CLASSES, ChangeKind.ENROLMENTS})


@dataclass(frozen=True, slots=True)
class ClassChoice:
    id: int
    name: str
    topic: str
    archived: bool


@dataclass(frozen=True, slots=True)
class LoadedList:
    items: list[LearnerListItem]
    search: LearnerSearch
    classes: list[ClassChoice]


def load_classes(session: Session) -> list[ClassChoice]:
    """Every class and talk, for the filter and the import (the table, read directly)."""
    rows = session.execute(
        text(
            "SELECT id, name, topic, archived FROM learning_class"
            " ORDER BY archived, start_date DESC, name"
        )
    ).all()
    return [ClassChoice(r[0], r[1], r[2], bool(r[3])) for r in rows]


def load_list(session: Session, today: dt.date) -> LoadedList:
    """What the page shows: the registry, its search index and the classes."""
    items = load_learner_list(session, today)
    return LoadedList(items, LearnerSearch(items), load_classes(session))


class LearnersPage(QWidget):
    loaded = Signal()  # the list (re)loaded and shown
    duplicates_loaded = Signal()

    def __init__(
        self,
        ops: Operations,
        language: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._ops = ops
        self._language = language
        self._today = today
        self._locale = QLocale()
        self._search: LearnerSearch | None = None
        self._mask: list[bool] | None = None
        self._duplicate_ids: set[int] | None = None
        self._select_after_load: int | None = None
        self._announce_duplicates = True
        self.classes: list[ClassChoice] = []
        #: Replaced in tests: how the dialogs are run (default: modal, deleted once closed).
        self.run_dialog: Callable[[QDialog], bool] = run_dialog
        self.run_import_dialog: Callable[[QDialog], object] = run_dialog
        self._build()
        Refresher(self, ops, SHOWN_KINDS, self._changed_elsewhere)
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Learners"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search by name, phone or village; accents are optional (e.g. nguyen van duc)")
        )
        self.search.textChanged.connect(self.apply_search)
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("New learner…"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.add_learner)
        top.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.import_list)
        top.addWidget(self.import_button)
        layout.addLayout(top)

        filters = QHBoxLayout()  # what is learned: class, topic; who: sex, age, disability
        more = QHBoxLayout()  # which records: current or archived, possible duplicates
        self.class_filter = QComboBox()
        self.class_filter.addItem(self.tr("All classes"), None)
        self.class_filter.setMinimumContentsLength(12)
        self.class_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.topic_filter = QComboBox()
        self.topic_filter.addItem(self.tr("All topics"), None)
        for topic in Topic:
            self.topic_filter.addItem(topic_label(topic.value, self._language), topic.value)
        self.sex_filter = QComboBox()
        self.sex_filter.addItem(self.tr("Any sex"), None)
        for value, label in sex_labels().items():
            self.sex_filter.addItem(label, value)
        self.age_filter = QComboBox()
        self.age_filter.addItem(self.tr("Any age"), None)
        for band, label in age_band_labels().items():
            self.age_filter.addItem(label, band.value)
        self.disability_filter = QComboBox()
        self.disability_filter.addItem(self.tr("Disability: any"), None)
        self.disability_filter.addItem(self.tr("With a disability"), True)
        self.disability_filter.addItem(self.tr("Without a disability"), False)
        self.archived_filter = QComboBox()
        self.archived_filter.addItem(self.tr("Current learners"), False)
        self.archived_filter.addItem(self.tr("Archived learners"), True)
        self.archived_filter.addItem(self.tr("Current and archived"), None)
        for combo in (
            self.class_filter,
            self.topic_filter,
            self.sex_filter,
            self.age_filter,
            self.disability_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
            filters.addWidget(combo)
        filters.addStretch()
        self.archived_filter.currentIndexChanged.connect(self.apply_filters)
        more.addWidget(self.archived_filter)
        # Two rows that fit the window as it opens (1100 px): long labels shrink (the list
        # shows them in full).
        for combo, letters in ((self.topic_filter, 13), (self.archived_filter, 12)):
            combo.setMinimumContentsLength(letters)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.duplicates_button = QPushButton(self.tr("Possible duplicates"))
        self.duplicates_button.setCheckable(True)
        self.duplicates_button.setToolTip(
            self.tr(
                "Show only learners who share a name and birth year, or a phone number, "
                "with another learner"
            )
        )
        self.duplicates_button.toggled.connect(self._duplicates_toggled)
        more.addWidget(self.duplicates_button)
        more.addStretch()
        self.count = QLabel()
        self.count.setObjectName("hint")
        more.addWidget(self.count)
        layout.addLayout(filters)
        layout.addLayout(more)

        self.model = LearnerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)  # the model sorts its own position list
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Uniform rows: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((230, 70, 95, 90, 90, 110, 220, 60, 80)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(self.tr("Move to the archive…"))
        self.archive_button.clicked.connect(self.archive_selected)
        self.merge_button = QPushButton(self.tr("Merge two…"))
        self.merge_button.setToolTip(self.tr("Select the two records of one person, then merge"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.edit_button, self.archive_button, self.merge_button):
            actions.addWidget(button)
        actions.addWidget(self.delete_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions.addWidget(self.status, 1)
        layout.addLayout(actions)
        self._selection_changed()

        QShortcut(QKeySequence("Ctrl+N"), self, self.add_learner)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.edit_selected,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            self._to_table,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    def focus_work(self) -> None:
        """Shown from the side bar: the keyboard goes to the search box."""
        self._focus_search()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _to_table(self) -> None:
        """Down from the search box goes to the first learner found."""
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    # -- loading -------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def reload(self, select_id: int | None = None) -> None:
        """Load the registry again in the background (one query) and show it; then select
        ``select_id`` (or the learner a change asked to select)."""
        if select_id is not None:
            self._select_after_load = select_id
        today = self.today()
        self.count.setText(self.tr("Loading…"))
        self._ops.query(self, lambda session: load_list(session, today), self._loaded)

    def _changed_elsewhere(self) -> None:
        """A change touched learners, classes or enrolments (here or on another page)."""
        self.reload()
        if self.duplicates_button.isChecked():
            self._load_duplicates(announce=False)  # who is still a possible duplicate

    def _loaded(self, loaded: LoadedList) -> None:
        self.classes = loaded.classes
        chosen = self.class_filter.currentData()
        self.class_filter.blockSignals(True)
        while self.class_filter.count() > 1:
            self.class_filter.removeItem(1)
        for choice in loaded.classes:
            label = choice.name + (" " + self.tr("(archived)") if choice.archived else "")
            self.class_filter.addItem(label, choice.id)
        found = self.class_filter.findData(chosen) if chosen is not None else 0
        self.class_filter.setCurrentIndex(max(found, 0))
        self.class_filter.blockSignals(False)
        self._search = loaded.search
        self.model.set_items(loaded.items)
        self._mask = filter_mask(loaded.items, self.current_filter())
        self.apply_search()
        select, self._select_after_load = self._select_after_load, None
        if select is not None:
            self.select_learner(select)
        self.loaded.emit()

    # -- search and filters --------------------------------------------------------------
    def current_filter(self) -> LearnerFilter:
        band = self.age_filter.currentData()
        return LearnerFilter(
            class_id=self.class_filter.currentData(),
            topic=self.topic_filter.currentData(),
            sex=self.sex_filter.currentData(),
            age_band=AgeBand(band) if band is not None else None,
            archived=self.archived_filter.currentData(),
            disability=self.disability_filter.currentData(),
        )

    def apply_filters(self) -> None:
        if self._search is None:
            return
        self._mask = filter_mask(self.model.items, self.current_filter())
        self.apply_search()

    def apply_search(self) -> None:
        """Per keystroke: the search over precomputed folded keys, the filters' mask, and
        one model reset."""
        if self._search is None:
            return
        found = self._search.search(self.search.text(), self._mask)
        if self._duplicate_ids is not None:
            wanted = self._duplicate_ids
            items = self.model.items
            found = [p for p in found if items[p].id in wanted]
        self.model.show_positions(found)
        self._show_count()
        self._selection_changed()

    def _show_count(self) -> None:
        shown = self._locale.toString(self.model.rowCount())
        self.count.setText(fill(self.tr("%1 of %Ln learner(s)", "", len(self.model.items)), shown))

    def _duplicates_toggled(self, on: bool) -> None:
        if not on:
            self._duplicate_ids = None
            self.apply_search()
            self.status.clear()
            return
        self._load_duplicates(announce=True)

    def _load_duplicates(self, announce: bool) -> None:
        self._announce_duplicates = announce

        def load(session: Session) -> set[int]:
            return {c.id for group in duplicate_groups(session) for c in group.learners}

        self._ops.query(self, load, self._duplicates_ready)

    def _duplicates_ready(self, ids: set[int]) -> None:
        if not self.duplicates_button.isChecked():
            return
        self._duplicate_ids = ids
        self.apply_search()
        self.duplicates_loaded.emit()
        if not self._announce_duplicates:
            return
        if not ids:
            self.status.setText(self.tr("No learner seems to be recorded twice."))
            return
        self.status.setText(
            self.tr(
                "%Ln learner(s) may be recorded twice. Select the two records of one person "
                "and choose Merge two.",
                "",
                len(ids),
            )
        )

    # -- selection -----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.item(row).id for row in rows]

    def select_learner(self, learner_id: int) -> bool:
        row = self.model.row_of(learner_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, *_: object) -> None:
        ids = self.selected_ids()
        self.edit_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(len(ids) == 1)
        self.merge_button.setEnabled(len(ids) == 2)
        self.archive_button.setEnabled(bool(ids))
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if rows and all(self.model.item(row).archived for row in rows):
            self.archive_button.setText(self.tr("Bring back"))
        else:
            self.archive_button.setText(self.tr("Move to the archive…"))

    def _double_clicked(self, index: object) -> None:
        self.edit_selected()

    # -- actions -------------------------------------------------------------------------
    def add_learner(self) -> None:
        self._run_learner_dialog(None)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_learner(ids[0])

    def edit_learner(self, learner_id: int) -> None:
        """Load the learner, then open the form on it (once the record is in)."""

        def failed(error: Exception) -> None:
            show_error(self, error, self._ops.language)
            self.reload()  # someone else deleted or merged the learner: show the list as it is

        self._ops.query(
            self,
            lambda session: get_learner(session, learner_id),
            lambda record: self._later(lambda: self._run_learner_dialog(record)),
            on_error=failed,
        )

    def _later(self, action: Callable[[], None]) -> None:
        """Run ``action`` from the event loop: a dialog is never run inside the callback of
        the operation that loaded it."""
        QTimer.singleShot(0, self, action)

    def _run_learner_dialog(self, record: LearnerRecord | None) -> None:
        dialog = LearnerDialog(self._ops, self._language, record, self._today, self)
        dialog.saved.connect(self._select_when_reloaded)  # before the change is broadcast
        accepted = self.run_dialog(dialog)
        if dialog.open_learner_id is not None:
            self._reveal(dialog.open_learner_id)
            self.edit_learner(dialog.open_learner_id)
        elif accepted and dialog.saved_id is not None:
            sentence = self.tr("Saved %1.") if record else self.tr("Registered %1.")
            self.status.setText(fill(sentence, dialog.full_name.text().strip()))

    def _select_when_reloaded(self, learner_id: int) -> None:
        self._select_after_load = learner_id

    def _reveal(self, learner_id: int) -> None:
        """Make a learner visible in the list (clearing the search and filters if they
        hide it) and select it."""
        if self.select_learner(learner_id):
            return
        for combo in (
            self.class_filter,
            self.topic_filter,
            self.sex_filter,
            self.age_filter,
            self.disability_filter,
        ):
            combo.setCurrentIndex(0)
        self.archived_filter.setCurrentIndex(self.archived_filter.findData(None))
        self.duplicates_button.setChecked(False)
        self.search.clear()
        self.select_learner(learner_id)

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        archive = not all(self.model.item(row).archived for row in rows)
        if archive and not self._confirm_archive([self.model.item(row) for row in rows]):
            return

        def done(changed: int) -> None:
            sentence = (
                self.tr(
                    "Archived %Ln learner(s). They stay in the reports of the past; choose "
                    "Archived learners to see them.",
                    "",
                    changed,
                )
                if archive
                else self.tr("Brought back %Ln learner(s).", "", changed)
            )
            self.status.setText(sentence)

        self._ops.change(
            self, ChangeKind.LEARNERS, lambda session: set_archived(session, ids, archive), done
        )

    def _confirm_archive(self, items: Sequence[LearnerListItem]) -> bool:
        """Archiving acts at once: say who, and what it means, before."""
        names = [person_text(i.full_name, i.birth_year, i.address) for i in items]
        if len(names) == 1:
            question = fill(self.tr("Move %1 to the archive?"), names[0])
        else:
            shown = "\n".join("• " + name for name in names[:10])
            more = len(names) - 10
            if more > 0:
                shown += "\n" + self.tr("… and %n more", "", more)
            question = (
                self.tr("Move these %n learner(s) to the archive?", "", len(names)) + "\n" + shown
            )
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Move to the archive"), question, parent=self
        )
        box.setInformativeText(
            self.tr(
                "An archived learner leaves the list and the roll calls; their attendance "
                "stays in the reports of the past. Bring back undoes it."
            )
        )
        box.setObjectName("archiveConfirm")
        move = box.addButton(self.tr("Move to the archive"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        return run_box(box) is move

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        learner_id = ids[0]
        row = self.model.row_of(learner_id)
        if row is None:
            return
        item = self.model.item(row)
        name = person_text(item.full_name, item.birth_year, item.address)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete a learner"),
            fill(
                self.tr(
                    "Delete %1 for good? Only a learner without any attendance can be "
                    "deleted; otherwise archive the learner."
                ),
                name,
            ),
            parent=self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        if run_box(box) is not delete:
            return
        self._ops.change(
            self,
            {ChangeKind.LEARNERS, ChangeKind.ENROLMENTS},
            lambda session: delete_learner(session, learner_id),
            lambda _: self.status.setText(fill(self.tr("Deleted %1."), name)),
        )

    def merge_selected(self) -> None:
        """Load the two records, then open the merge dialog on them."""
        ids = self.selected_ids()
        if len(ids) != 2:
            return

        def load(session: Session) -> tuple[list[LearnerRecord], list[int]]:
            records = [get_learner(session, learner_id) for learner_id in ids]
            return records, [attendance_count(session, r.id) for r in records]

        self._ops.query(self, load, lambda loaded: self._later(lambda: self._run_merge(*loaded)))

    def _run_merge(self, records: list[LearnerRecord], marks: list[int]) -> None:
        dialog = MergeDialog(self._ops, self._language, records, marks, self._today, self)
        dialog.merged.connect(lambda result: self._select_when_reloaded(result.kept_id))
        if not self.run_dialog(dialog) or dialog.result_ is None:
            return
        merged = dialog.result_
        kept = next(r for r in records if r.id == merged.kept_id).form
        year = kept.birth_date.year if kept.birth_date else kept.birth_year
        self.status.setText(
            fill(
                self.tr(
                    "Merged the two records of %1 into one: %2 attendance marks and %3 "
                    "enrolments moved."
                ),
                person_text(kept.full_name, year, kept.address or kept.phone),
                self._locale.toString(merged.marks_moved + merged.marks_in_both),
                self._locale.toString(merged.enrolments_moved),
            )
        )

    def import_list(self) -> None:
        from clc_desktop.ui.learner_import_dialog import LearnerImportDialog

        dialog = LearnerImportDialog(
            self._ops, self._language, self._today, self.classes, self, self._settings
        )
        self.run_import_dialog(dialog)
        if dialog.import_result is not None:
            self.status.setText(dialog.summary_text())

    def visible_names(self) -> Sequence[str]:
        """The names shown, top to bottom (for tests and screenshots)."""
        return [self.model.item(row).full_name for row in range(self.model.rowCount())]

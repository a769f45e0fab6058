"""Add or edit a learner, and merge two records of one person.

:class:`LearnerDialog` checks the form with
:func:`clc_desktop.domain.learners.form_problems` and says at each field, in the user's
language, what is wrong. While a name, birth year or phone is typed it lists the learners
already registered who may be the same person
(:func:`clc_desktop.services.learners.possible_duplicates`, an ``ops.query`` per change
with the dialog as receiver), so the user can open that record instead of creating a
second one. :class:`MergeDialog` shows two records side by side and joins them with
:func:`clc_desktop.services.learners.merge_learners`. Both dialogs save with one
``ops.change`` and close once it is done; a refusal is shown in the dialog.

The page loads the records before it opens a dialog on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.codes import ETHNICITIES, Sex
from clc_desktop.domain.learner_list import CellError, parse_birth
from clc_desktop.domain.learners import LearnerForm, form_problems
from clc_desktop.domain.messages import Problem, message
from clc_desktop.services.learners import (
    DuplicateCandidate,
    LearnerRecord,
    MergeResult,
    add_learner,
    merge_learners,
    possible_duplicates,
    update_learner,
    usual_ethnicity,
)
from clc_desktop.ui.code_list_field import CodeListField
from clc_desktop.ui.dialogs import error_text, run_box, show_error
from clc_desktop.ui.i18n import fill
from clc_desktop.ui.learner_models import birth_text, sex_labels
from clc_desktop.ui.operations import Operations

ID_ROLE = Qt.ItemDataRole.UserRole + 3
# An ethnicity typed that is not one of the 54: form_problems says so at the field.
_UNKNOWN_ETHNICITY = "??"
_ERROR_STYLE = "border: 1px solid #b3261e;"


def person_text(name: str, birth_year: int | None, address: str | None = None) -> str:
    """How a message names a person: «Nguyễn Văn Đức (1968, Thôn Đông)»."""
    details = [str(birth_year)] if birth_year else []
    if address:
        details.append(address)
    return f"{name} ({', '.join(details)})" if details else name


class LearnerDialog(QDialog):
    """Register a learner (``record`` ``None``) or edit one. After ``Accepted``,
    :attr:`saved_id` is the learner written; after :data:`OPEN_EXISTING`,
    :attr:`open_learner_id` is the registered learner the user chose to open instead."""

    OPEN_EXISTING = 2
    duplicates_shown = Signal(int)  # how many possible duplicates are listed
    saved = Signal(int)  # the learner was written (its id), just before the dialog closes

    def __init__(
        self,
        ops: Operations,
        language: str,
        record: LearnerRecord | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._language = language
        self._today = today
        self._learner_id = record.id if record is not None else None
        self._checked_once = False
        self._saving = False
        self._duplicates_asked = 0  # the latest duplicates query: older answers are stale
        self.saved_id: int | None = None
        self.open_learner_id: int | None = None
        self.setWindowTitle(self.tr("Edit learner") if record else self.tr("New learner"))
        self.setMinimumWidth(620)
        self._build()
        self._shown_duplicates: list[DuplicateCandidate] = []
        if record is not None:
            self._load(record)
        else:
            self._ops.query(self, usual_ethnicity, self._propose_ethnicity)
        for edit in (self.full_name, self.birth_date, self.birth_year, self.phone):
            edit.textChanged.connect(self._changed)
        self.ethnicity.currentTextChanged.connect(self._changed)
        self.save_button.setDefault(True)
        self.focus_work()

    def focus_work(self) -> None:
        """The keyboard starts in the first field: the full name."""
        self.full_name.setFocus()

    def _propose_ethnicity(self, code: str) -> None:
        """A new learner starts with the ethnicity most of the centre's learners have,
        unless the person has already typed one."""
        if not self.ethnicity.currentText().strip():
            self.ethnicity.set_code(code)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

        def add_row(key: str, label: str, widget: QWidget, hint: str = "") -> None:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            if hint:
                hint_label = QLabel(hint)
                hint_label.setObjectName("hint")
                column.addWidget(hint_label)
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setStyleSheet("color: #b3261e;")
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self.errors[key] = error
            self.fields[key] = widget
            form.addRow(label, box)

        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Hương"))
        add_row("full_name", self.tr("Full name"), self.full_name)

        births = QWidget()
        row = QHBoxLayout(births)
        row.setContentsMargins(0, 0, 0, 0)
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.birth_year = QLineEdit()
        self.birth_year.setPlaceholderText(self.tr("or the year alone"))
        self.birth_year.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.birth_year)
        )
        self.birth_year.setMaximumWidth(150)
        row.addWidget(self.birth_date, 2)
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.birth_year, 1)
        add_row(
            "birth_date",
            self.tr("Birth date"),
            births,
            self.tr("The full date if known; the birth year alone is enough."),
        )
        self.fields["birth_year"] = self.birth_year
        self.errors["birth_year"] = self.errors["birth_date"]

        self.sex = QComboBox()
        for value, label in sex_labels().items():
            self.sex.addItem(label, value)
        self.sex.setCurrentIndex(self.sex.findData(Sex.UNKNOWN.value))
        add_row("sex", self.tr("Sex"), self.sex)

        self.ethnicity = CodeListField(
            ETHNICITIES.items(), self.tr("Type to search, e.g. tay, muong"), empty_entry=True
        )
        self.ethnicity.setMinimumContentsLength(24)
        add_row("ethnicity", self.tr("Ethnicity"), self.ethnicity)

        self.disability = QCheckBox(self.tr("Has a disability"))
        add_row("disability", self.tr("Disability"), self.disability)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0912 345 678")
        add_row("phone", self.tr("Phone"), self.phone)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. Thôn Đông"))
        add_row("address", self.tr("Address, village"), self.address)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        add_row("notes", self.tr("Notes"), self.notes)
        layout.addLayout(form)
        layout.addStretch()

        self.duplicates_box = QWidget()
        box = QVBoxLayout(self.duplicates_box)
        box.setContentsMargins(0, 6, 0, 0)
        self.duplicates_title = QLabel()
        self.duplicates_title.setObjectName("warning")
        self.duplicates_title.setWordWrap(True)
        box.addWidget(self.duplicates_title)
        self.duplicates = QListWidget()
        self.duplicates.setWordWrap(True)  # the reason is never cut off
        self.duplicates.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.duplicates.setMaximumHeight(120)
        self.duplicates.itemDoubleClicked.connect(self._open_chosen)
        box.addWidget(self.duplicates)
        self.open_button = QPushButton(self.tr("Open this learner instead"))
        self.open_button.setAutoDefault(False)  # Enter saves; it never opens another record
        self.open_button.clicked.connect(self._open_chosen)
        opener = QHBoxLayout()
        opener.addWidget(self.open_button)
        opener.addStretch()
        box.addLayout(opener)
        self.duplicates_box.hide()
        layout.addWidget(self.duplicates_box)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _load(self, record: LearnerRecord) -> None:
        form = record.form
        self.full_name.setText(form.full_name)
        if form.birth_date is not None:
            self.birth_date.setText(form.birth_date.strftime("%d/%m/%Y"))
        elif form.birth_year is not None:
            self.birth_year.setText(str(form.birth_year))
        self.sex.setCurrentIndex(self.sex.findData(form.sex))
        self.ethnicity.set_code(form.ethnicity)
        self.disability.setChecked(form.disability)
        self.phone.setText(form.phone or "")
        self.address.setText(form.address or "")
        self.notes.setPlainText(form.notes or "")

    # -- the form ------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _ethnicity_code(self) -> str | None:
        """The code of the ethnicity in the field (chosen, or its name or GSO code typed);
        a name not among the 54 is refused at the field."""
        text = self.ethnicity.currentText().strip()
        if not text:
            return None
        code = self.ethnicity.code()
        if code is not None:
            return code
        if text.isdigit() and text.zfill(2) in ETHNICITIES:
            return text.zfill(2)
        return _UNKNOWN_ETHNICITY

    def read_form(self) -> tuple[LearnerForm, dict[str, str]]:
        """The form as typed, and the problems only the dialog can see (a birth date it
        cannot read), as field -> sentence."""
        unreadable: dict[str, str] = {}
        birth_date: dt.date | None = None
        year_from_date: int | None = None
        typed_date = self.birth_date.text().strip()
        if typed_date:
            try:
                birth_date, year_from_date = parse_birth(typed_date, self.today())
            except CellError:
                unreadable["birth_date"] = message(
                    "import.bad_date", self._language, value=typed_date
                )
        year_text = self.birth_year.text().strip()
        birth_year = int(year_text) if year_text else None
        if birth_date is None and birth_year is None:
            birth_year = year_from_date  # "1968" typed into the date field
        form = LearnerForm(
            full_name=self.full_name.text(),
            sex=str(self.sex.currentData()),
            birth_date=birth_date,
            birth_year=birth_year,
            ethnicity=self._ethnicity_code(),
            disability=self.disability.isChecked(),
            phone=self.phone.text().strip() or None,
            address=self.address.text().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
        )
        return form, unreadable

    def problems(self) -> dict[str, str]:
        """Field -> the sentence shown under it; empty when the form can be saved."""
        form, found = self.read_form()
        for field, code in form_problems(form, self.today()).items():
            found.setdefault(field, message(code, self._language))
        return found

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            if key == "birth_year":
                continue
            text = problems.get(key) or (problems.get("birth_year") if key == "birth_date" else "")
            label.setText(text or "")
            label.setVisible(bool(text))
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit | QComboBox):
                widget.setStyleSheet(_ERROR_STYLE if key in problems else "")
        self.birth_date.setStyleSheet(_ERROR_STYLE if "birth_date" in problems else "")

    def _changed(self) -> None:
        if self._checked_once:
            self._show_problems(self.problems())
        self.refresh_duplicates()

    # -- possible duplicates -------------------------------------------------------------
    def refresh_duplicates(self) -> None:
        """Look up the registered learners who may be the person being typed (an indexed
        query in the background: cheap enough per keystroke); they are listed when the
        answer to the latest look-up is in (``duplicates_shown``)."""
        form, _ = self.read_form()
        year = form.birth_date.year if form.birth_date else form.birth_year
        name, phone, exclude = form.full_name, form.phone, self._learner_id
        self._duplicates_asked += 1
        asked = self._duplicates_asked

        def read(session: Session) -> list[DuplicateCandidate]:
            return possible_duplicates(session, name, year, phone, exclude_id=exclude, limit=8)

        def answered(found: list[DuplicateCandidate]) -> None:
            if asked == self._duplicates_asked:
                self._show_duplicates(found)

        self._ops.query(self, read, answered)

    def _show_duplicates(self, found: list[DuplicateCandidate]) -> None:
        self.duplicates.clear()
        self._shown_duplicates = list(found)
        for candidate in found:
            parts = [candidate.full_name]
            if candidate.birth_year:
                parts.append(str(candidate.birth_year))
            if candidate.phone:
                parts.append(candidate.phone)
            if candidate.address:
                parts.append(candidate.address)
            why = (
                self.tr("same name and birth year")
                if candidate.same_name
                else self.tr("same phone number")
            )
            text = " – ".join(parts) + f"  ({why})"
            if candidate.archived:
                text += " " + self.tr("(archived)")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(ID_ROLE, candidate.id)
            self.duplicates.addItem(item)
        if found:
            self.duplicates_title.setText(
                fill(
                    self.tr(
                        "Possibly already registered (%1). Open the existing record instead "
                        "of creating a second one:"
                    ),
                    len(found),
                )
            )
            self.duplicates.setCurrentRow(0)
        self.duplicates_box.setVisible(bool(found))
        if found:  # room for the list without squeezing the form (never past the screen)
            area = self.screen().availableGeometry()
            wanted = min(max(self.height(), self.sizeHint().height()), area.height() - 40)
            if wanted > self.height():
                self.resize(self.width(), wanted)
                frame = self.frameGeometry()
                if frame.bottom() > area.bottom():  # grown past the screen: move up
                    self.move(
                        self.x(), max(area.top(), self.y() - (frame.bottom() - area.bottom()))
                    )
        self.duplicates_shown.emit(len(found))

    def _open_chosen(self) -> None:
        item = self.duplicates.currentItem()
        if item is None:
            return
        self.open_learner_id = int(item.data(ID_ROLE))
        self.done(self.OPEN_EXISTING)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Check the form; if it is valid, write it (one transaction, in the background)
        and close once it is written. False when the form has problems (shown at the
        fields) or a save is already running."""
        if self._saving:
            return False
        self._checked_once = True
        problems = self.problems()
        self._show_problems(problems)
        if problems:
            first = next(k for k in self.fields if k in problems)
            self.fields[first].setFocus()
            return False
        form, _ = self.read_form()
        if self._shown_duplicates and not self._confirm_despite_duplicates(form.full_name):
            return False
        learner_id, today = self._learner_id, self.today()

        def write(session: Session) -> int:
            if learner_id is None:
                return add_learner(session, form, today)
            update_learner(session, learner_id, form, today)
            return learner_id

        self._set_saving(True)
        self._ops.change(self, ChangeKind.LEARNERS, write, self._saved, on_error=self._refused)
        return True

    def _confirm_despite_duplicates(self, full_name: str) -> bool:
        """The form looks like learners already registered: save only when the person says
        it is someone else, after seeing who."""
        who = "\n".join(
            "• " + person_text(c.full_name, c.birth_year, c.address or c.phone)
            for c in self._shown_duplicates
        )
        new = self._learner_id is None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Possibly already registered"),
            fill(
                self.tr("%1 may already be registered:")
                if new
                else self.tr("%1 may be the same person as:"),
                full_name.strip(),
            )
            + "\n"
            + who,
            parent=self,
        )
        box.setInformativeText(
            self.tr("Save a new record anyway, only if this is another person.")
            if new
            else self.tr("Save the changes anyway, only if this is another person.")
        )
        box.setObjectName("duplicateConfirm")
        save = box.addButton(
            self.tr("Save, another person") if new else self.tr("Save anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        return run_box(box) is save

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _saved(self, learner_id: int) -> None:
        self._set_saving(False)
        self.saved_id = learner_id
        self.saved.emit(learner_id)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_saving(False)
        if isinstance(error, Problem):
            self._show_problems({"full_name": error.text(self._language)})
        else:
            show_error(self, error, self._language)

    def reject(self) -> None:
        if not self._saving:  # the save in progress closes the dialog when it is written
            super().reject()


class MergeDialog(QDialog):
    """Two records of one person side by side (``records``, with their ``marks``: how many
    attendance marks each has); the user picks the one to keep. After ``Accepted``,
    :attr:`result_` says what the merge did."""

    merged = Signal(object)  # MergeResult, just before the dialog closes

    def __init__(
        self,
        ops: Operations,
        language: str,
        records: Sequence[LearnerRecord],
        marks: Sequence[int],
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._language = language
        self._today = today
        self._merging = False
        self.result_: MergeResult | None = None
        records, marks = list(records), list(marks)
        # Keep the record with more attendance (the older one on a tie) by default.
        keep_first = (marks[0], -records[0].id) >= (marks[1], -records[1].id)
        self._records = records
        self.setWindowTitle(self.tr("Merge two learner records"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These two records will become one. Every enrolment and attendance mark of "
                "both is kept (where both were marked at one session, the stronger mark "
                "stays). Empty fields of the kept record are filled from the other; the "
                "merge is written into its notes. This cannot be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        rows = [
            self.tr("Full name"),
            self.tr("Born"),
            self.tr("Sex"),
            self.tr("Ethnicity"),
            self.tr("Phone"),
            self.tr("Address, village"),
            self.tr("Notes"),
            self.tr("Attendance marks"),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setVerticalHeaderLabels(rows)
        names = self._names(records, marks)
        self.table.setHorizontalHeaderLabels(names)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        sexes = sex_labels()
        for column, (record, count) in enumerate(zip(records, marks, strict=True)):
            form = record.form
            values = [
                form.full_name + (" " + self.tr("(archived)") if record.archived else ""),
                birth_text(form.birth_date, form.birth_year),
                sexes.get(form.sex, form.sex),
                ETHNICITIES.get(form.ethnicity or "", ""),
                form.phone or "",
                form.address or "",
                form.notes or "",
                str(count),
            ]
            for row, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().height() + self.table.verticalHeader().length() + 4
        )
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)

        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Keep:")))
        self.keep_first = QRadioButton(names[0])
        self.keep_second = QRadioButton(names[1])
        group = QButtonGroup(self)
        group.addButton(self.keep_first)
        group.addButton(self.keep_second)
        (self.keep_first if keep_first else self.keep_second).setChecked(True)
        choice.addWidget(self.keep_first)
        choice.addWidget(self.keep_second)
        choice.addStretch()
        layout.addLayout(choice)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("primary")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _names(self, records: Sequence[LearnerRecord], marks: Sequence[int]) -> list[str]:
        """Each record named by its person: name, birth year, village (or phone); where
        both read the same, by how many attendance marks each has."""
        names = []
        for record in records:
            form = record.form
            year = form.birth_date.year if form.birth_date else form.birth_year
            names.append(person_text(form.full_name, year, form.address or form.phone))
        if names[0] == names[1]:
            names = [
                fill(self.tr("%1, %2 attendance marks"), name, count)
                for name, count in zip(names, marks, strict=True)
            ]
        return names

    def kept_and_removed(self) -> tuple[int, int]:
        first, second = self._records[0].id, self._records[1].id
        return (first, second) if self.keep_first.isChecked() else (second, first)

    def merge(self) -> bool:
        """Merge (one transaction, in the background); the dialog closes once it is done.
        False when a merge is already running."""
        if self._merging:
            return False
        keep, remove, today = *self.kept_and_removed(), self._today
        self._set_merging(True)
        self._ops.change(
            self,
            {ChangeKind.LEARNERS, ChangeKind.ENROLMENTS, ChangeKind.ATTENDANCE},
            lambda session: merge_learners(session, keep, remove, today),
            self._merged,
            on_error=self._refused,
        )
        return True

    def _set_merging(self, merging: bool) -> None:
        self._merging = merging
        self.merge_button.setEnabled(not merging)

    def _merged(self, result: MergeResult) -> None:
        self._set_merging(False)
        self.result_ = result
        self.merged.emit(result)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._set_merging(False)
        self.error.setText(error_text(error, self._language))
        self.error.show()

    def reject(self) -> None:
        if not self._merging:  # the merge in progress closes the dialog when it is done
            super().reject()

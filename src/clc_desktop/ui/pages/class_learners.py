"""The learners tab of a class's page: enrol, copy, correct the date, remove, withdraw,
mark completed.

An enrolment decides at which sessions a learner is expected, so the tab proposes the
class's first day (its start, or its first session when earlier), asks before a date that
leaves out sessions already held (naming how many and their dates), and lets staff put a
date right (**Sửa ngày vào lớp…**) or remove an enrolment made by mistake (**Xóa khỏi
lớp…**, refused with the reason when attendance marks depend on it). Every change is one
``ops.change`` of kind ENROLMENTS: the page and the roll call reload when it is broadcast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.changes import ChangeKind
from clc_desktop.domain.codes import ClassKind, SessionStatus
from clc_desktop.services.classes import (
    ClassListItem,
    ClassSummary,
    EnrolmentRow,
    EnrolResult,
    copy_enrolments,
    enrol,
    set_completed,
    withdraw,
)
from clc_desktop.services.enrolment_changes import change_enrolment_date, remove_enrolment
from clc_desktop.ui.class_models import EnrolmentTableModel
from clc_desktop.ui.dialogs import error_text
from clc_desktop.ui.enrol_dialog import CopyDialog, EnrolDateDialog, EnrolDialog, WithdrawDialog
from clc_desktop.ui.i18n import fill, format_date
from clc_desktop.ui.operations import Operations


def summary_first_day(summary: ClassSummary) -> dt.date | None:
    """The class's first day: its start, or its first session when earlier (or no start)."""
    days = [d for d in (summary.record.form.start_date, *(s.date for s in summary.sessions[:1]))]
    known = [d for d in days if d is not None]
    return min(known) if known else None


class ClassLearnersTab(QWidget):
    """The learners (or, for a talk, the participants) of the class open."""

    def __init__(
        self,
        ops: Operations,
        today: Callable[[], dt.date],
        run_dialog: Callable[[QDialog], bool],
        run_box: Callable[[QMessageBox], QAbstractButton | None],
        say: Callable[[str], None],
        counted: Callable[[str, int], str],
        classes: Callable[[], Sequence[ClassListItem]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._today = today
        self._run_dialog = run_dialog
        self._run_box = run_box
        self._say = say
        self._counted = counted  # the class page's own counted sentences
        self._classes = classes
        self._summary: ClassSummary | None = None
        layout = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.enrol_button = QPushButton(
            QCoreApplication.translate("ClassesPage", "Enrol learners…")
        )
        self.enrol_button.setObjectName("primary")
        self.enrol_button.clicked.connect(self.enrol_learners)
        self.copy_button = QPushButton(
            QCoreApplication.translate("ClassesPage", "Copy from another class…")
        )
        self.copy_button.clicked.connect(self.copy_learners)
        self.date_button = QPushButton(self.tr("Change the enrolment date…"))
        self.date_button.clicked.connect(self.change_date)
        self.remove_button = QPushButton(self.tr("Remove from the class…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.withdraw_button = QPushButton(QCoreApplication.translate("ClassesPage", "Withdraw…"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.complete_button = QPushButton(
            QCoreApplication.translate("ClassesPage", "Mark completed")
        )
        self.complete_button.clicked.connect(self.complete_selected)
        for button in (
            self.enrol_button,
            self.copy_button,
            self.date_button,
            self.remove_button,
            self.withdraw_button,
            self.complete_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        layout.addLayout(actions)
        self.model = EnrolmentTableModel(self)
        self.model.completion_toggled.connect(self._completion_toggled)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

    def set_summary(self, summary: ClassSummary) -> None:
        self._summary = summary
        talk = summary.record.form.kind == ClassKind.EVENT
        self.enrol_button.setText(
            self.tr("Add participants…")
            if talk
            else QCoreApplication.translate("ClassesPage", "Enrol learners…")
        )
        self.copy_button.setVisible(not talk)
        self.withdraw_button.setVisible(not talk)
        self.complete_button.setVisible(not talk)
        # A talk's participants neither withdraw nor complete: no such columns.
        self.table.setColumnHidden(3, talk)
        self.table.setColumnHidden(EnrolmentTableModel.COMPLETED, talk)
        self.model.set_rows(summary.enrolments)

    # -- enrolling -----------------------------------------------------------------------
    def _default_from(self) -> dt.date:
        """An enrolment counts from the class's first day unless staff choose otherwise."""
        assert self._summary is not None
        return summary_first_day(self._summary) or self._today()

    def left_out(self, on: dt.date) -> list[dt.date]:
        """The sessions already held that an enrolment from ``on`` leaves out."""
        assert self._summary is not None
        today = self._today()
        return [
            s.date
            for s in self._summary.sessions
            if s.status == SessionStatus.HELD and s.date < on and s.date <= today
        ]

    def confirm_date(self, on: dt.date) -> dt.date | None:
        """``on``, or the class's first day, when ``on`` leaves out sessions already held
        and staff say so; ``None`` when they cancel."""
        missed = self.left_out(on)
        if not missed:
            return on
        first = self._default_from()
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Sessions already held"), "", parent=self
        )
        box.setText(
            fill(
                self.tr(
                    "From %1, the learners are not expected at the %n session(s) already "
                    "held before that date: %2.",
                    "",
                    len(missed),
                ),
                format_date(on),
                ", ".join(format_date(d) for d in missed),
            )
        )
        box.setInformativeText(
            self.tr("A roll call of those sessions will not list them. Which date is right?")
        )
        from_first = box.addButton(
            fill(self.tr("From %1 (the first day)"), format_date(first)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            fill(self.tr("From %1 as chosen"), format_date(on)), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(from_first)
        clicked = self._run_box(box)
        if clicked is from_first:
            return first
        if clicked is keep:
            return on
        return None

    def enrol_learners(self) -> bool:
        if self._summary is None:
            return False
        summary = self._summary
        class_id = summary.record.id
        enrolled = {e.learner_id: e.enrolled_on for e in summary.enrolments if e.active}
        dialog = EnrolDialog(
            self._ops,
            summary.record.form.name,
            enrolled,
            self._default_from(),
            self._today(),
            parent=self,
        )
        if not self._run_dialog(dialog) or not dialog.chosen_ids:
            return False
        chosen, on = dialog.chosen_ids, self.confirm_date(dialog.on())
        if on is None:
            return False
        self._write_enrolment(lambda session: enrol(session, class_id, chosen, on))
        return True

    def copy_learners(self) -> bool:
        if self._summary is None:
            return False
        class_id = self._summary.record.id
        others = [c for c in self._classes() if c.id != class_id and c.enrolled]
        dialog = CopyDialog(others, self._default_from(), parent=self)
        if not self._run_dialog(dialog):
            return False
        source, on = dialog.source_id(), self.confirm_date(dialog.on())
        if source is None or on is None:
            return False
        self._write_enrolment(lambda session: copy_enrolments(session, source, class_id, on))
        return True

    def _write_enrolment(self, write: Callable[[Session], EnrolResult]) -> None:
        self._ops.change(self, ChangeKind.ENROLMENTS, write, self._enrolled, on_error=self._refused)

    def _enrolled(self, result: EnrolResult) -> None:
        text = self._counted("enrolled", len(result.added))
        if result.moved:
            text += " " + self.tr(
                "%n already in the class now count from the date chosen.", "", len(result.moved)
            )
        if result.already:
            text += " " + self._counted("already", len(result.already))
        self._say(text)

    def _refused(self, error: Exception) -> None:
        self._say(error_text(error, self._ops.language))

    # -- correcting ----------------------------------------------------------------------
    def selected(self) -> list[EnrolmentRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def change_date(self) -> bool:
        """Put the enrolment date of the selected learners right."""
        chosen = self.selected()
        if self._summary is None or not chosen:
            self._say(self.tr("Select the learners whose enrolment date is wrong first."))
            return False
        current = chosen[0].enrolled_on or self._default_from()
        dialog = EnrolDateDialog(
            [e.full_name for e in chosen], current, self._default_from(), parent=self
        )
        if not self._run_dialog(dialog):
            return False
        on = self.confirm_date(dialog.on())
        if on is None:
            return False
        ids = [e.id for e in chosen]

        def write(session: Session) -> int:
            for enrolment_id in ids:
                change_enrolment_date(session, enrolment_id, on)
            return len(ids)

        def done(count: int) -> None:
            self._say(
                fill(self.tr("%n learner(s) now enrolled from %1.", "", count), format_date(on))
            )

        self._ops.change(self, ChangeKind.ENROLMENTS, write, done, on_error=self._refused)
        return True

    def remove_selected(self) -> bool:
        """Remove enrolments made by mistake, after saying whose (refused with the reason
        when attendance marks depend on one: the transaction changes nothing then)."""
        chosen = self.selected()
        if self._summary is None or not chosen:
            self._say(self.tr("Select the learners enrolled by mistake first."))
            return False
        names = ", ".join(e.full_name for e in chosen)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove from the class"), "", parent=self
        )
        box.setText(
            fill(
                self.tr("Remove %1 from «%2»? Use this for an enrolment made by mistake."),
                names,
                self._summary.record.form.name,
            )
        )
        box.setInformativeText(
            self.tr("A learner who came and then left is withdrawn instead (Withdraw…).")
        )
        remove = box.addButton(
            self.tr("Remove from the class"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        if self._run_box(box) is not remove:
            return False
        ids = [e.id for e in chosen]

        def write(session: Session) -> list[str]:
            return [remove_enrolment(session, enrolment_id) for enrolment_id in ids]

        def done(removed: list[str]) -> None:
            self._say(fill(self.tr("Removed from the class: %1."), ", ".join(removed)))

        self._ops.change(self, ChangeKind.ENROLMENTS, write, done, on_error=self._refused)
        return True

    def withdraw_selected(self) -> bool:
        if self._summary is None:
            return False
        chosen = [e for e in self.selected() if e.active]
        if not chosen:
            self._say(
                QCoreApplication.translate("ClassesPage", "Select the learners to withdraw first.")
            )
            return False
        starts = [e.enrolled_on or self._summary.record.form.start_date for e in chosen]
        earliest = max((d for d in starts if d is not None), default=None)
        dialog = WithdrawDialog([e.full_name for e in chosen], earliest, self._today(), parent=self)
        if not self._run_dialog(dialog):
            return False
        ids, on = [e.id for e in chosen], dialog.on()

        def write(session: Session) -> int:
            for enrolment_id in ids:
                withdraw(session, enrolment_id, on)
            return len(ids)

        def withdrawn(count: int) -> None:
            self._say(fill(self._counted("withdrawn", count), format_date(on)))

        self._ops.change(self, ChangeKind.ENROLMENTS, write, withdrawn, on_error=self._refused)
        return True

    def complete_selected(self) -> None:
        ids = [e.id for e in self.selected()]
        if not ids:
            self._say(
                QCoreApplication.translate(
                    "ClassesPage", "Select the learners who completed first."
                )
            )
            return
        self._set_completed(ids, True)

    def _completion_toggled(self, enrolment_id: int, completed: bool) -> None:
        self._set_completed([enrolment_id], completed)

    def _set_completed(self, ids: list[int], completed: bool) -> None:
        self._ops.change(
            self, ChangeKind.ENROLMENTS, lambda session: set_completed(session, ids, completed)
        )

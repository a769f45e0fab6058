"""Dialogs of the Consolidation page: a unit of the hierarchy, the unit a coordinator
consolidates for, a merge, and the date a unit closes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clc_desktop.coordinator.hierarchy import UnitInfo, unit_problems
from clc_desktop.domain.codes import UNIT_LEVELS, unit_level_label
from clc_desktop.domain.messages import message
from clc_desktop.domain.text import clean_name, fold
from clc_desktop.ui.code_list_field import CodeListField
from clc_desktop.ui.date_field import DateField
from clc_desktop.ui.i18n import fill


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox()
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("primary")
    box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("warning")
    label.setWordWrap(True)
    label.hide()
    return label


def _first_problem(unit: UnitInfo, language: str) -> str:
    """The first thing wrong with ``unit`` on its own, as a sentence ("" when none)."""
    problems = unit_problems(unit, known=None)
    if not problems:
        return ""
    code, params = problems[0]
    return message(code, language, **params)


def _highest_first(unit: UnitInfo) -> tuple[int, str]:
    """The city before its clusters and communes, each level by name."""
    rank = UNIT_LEVELS.index(unit.level) if unit.level in UNIT_LEVELS else 0
    return (-rank, fold(unit.name))


class LevelCombo(QComboBox):
    """The usual levels in words (their codes kept as the items' data); another level can
    be typed, and is kept as typed."""

    def __init__(self, language: str, current: str = "") -> None:
        super().__init__()
        self.setEditable(True)
        self._language = language
        for level in UNIT_LEVELS:
            self.addItem(unit_level_label(level, language), level)
        self.set_level(current)

    def set_level(self, level: str) -> None:
        self.setEditText(unit_level_label(level, self._language))

    def level(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        return str(self.itemData(index)) if index >= 0 else text


class _UnitFormDialog(QDialog):
    """A dialog that makes one unit (:meth:`unit`) and stays open, saying why, while
    something is wrong with it."""

    _language: str
    error: QLabel

    def unit(self) -> UnitInfo:
        raise NotImplementedError

    def accept(self) -> None:
        problem = _first_problem(self.unit(), self._language)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


class UnitDialog(_UnitFormDialog):
    """Add or edit one unit: id, name, level, parent, contact person and phone."""

    def __init__(
        self,
        language: str,
        units: Sequence[UnitInfo],
        unit: UnitInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._original = unit
        self.setWindowTitle(self.tr("Edit the unit") if unit else self.tr("Add a unit"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.unit_id = QLineEdit(unit.unit_id if unit else "")
        self.unit_id.setReadOnly(unit is not None)  # the id is the unit's stable key
        self.name = QLineEdit(unit.name if unit else "")
        self.level = LevelCombo(language, unit.level if unit else "centre")
        parents = [
            (other.unit_id, f"{other.name} ({other.unit_id})")
            for other in units
            if unit is None or other.unit_id != unit.unit_id
        ]
        if unit and unit.parent_id and unit.parent_id not in {code for code, _ in parents}:
            parents.append((unit.parent_id, unit.parent_id))
        self.parent_id = CodeListField(
            parents, self.tr("none; type to search the units"), empty_entry=True
        )
        self.parent_id.set_code(unit.parent_id if unit else None)
        self.contact = QLineEdit(unit.contact_person or "" if unit else "")
        self.phone = QLineEdit(unit.phone or "" if unit else "")
        form.addRow(self.tr("ID (A-Z, 0-9, . _ -):"), self.unit_id)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Parent unit:"), self.parent_id)
        form.addRow(self.tr("Contact person:"), self.contact)
        form.addRow(self.tr("Phone:"), self.phone)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Save"), self.tr("Cancel")))
        self.setMinimumWidth(460)

    def unit(self) -> UnitInfo:
        original = self._original
        return UnitInfo(
            unit_id=self.unit_id.text().strip(),
            name=clean_name(self.name.text()),
            level=self.level.level(),
            parent_id=self.parent_id.code(),
            unit_code=original.unit_code if original else None,
            contact_person=clean_name(self.contact.text()) or None,
            phone=self.phone.text().strip() or None,
            opened_on=original.opened_on if original else None,
            closed_on=original.closed_on if original else None,
            replaces=original.replaces if original else (),
        )


class ConsolidatingUnitDialog(_UnitFormDialog):
    """The unit the coordinator consolidates for: one of the list, or typed."""

    def __init__(
        self,
        language: str,
        units: Sequence[UnitInfo],
        current: UnitInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.setWindowTitle(self.tr("The unit you consolidate for"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The consolidated report is the report of this unit: the sum of the units "
                "below it in the list of units."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        form = QFormLayout()
        self._known = {
            unit.unit_id: unit
            for unit in sorted(units, key=_highest_first)
            if unit.closed_on is None and unit.level != "centre"
        }
        self.known = CodeListField(
            (
                (unit.unit_id, f"{unit.name} ({unit_level_label(unit.level, language)})")
                for unit in self._known.values()
            ),
            self.tr("Type to search, or fill in below"),
            empty_entry=True,
        )
        self.known.chosen.connect(self._picked)
        self.unit_id = QLineEdit(current.unit_id if current else "")
        self.name = QLineEdit(current.name if current else "")
        self.level = LevelCombo(language, current.level if current else "district")
        form.addRow(self.tr("From the list:"), self.known)
        form.addRow(self.tr("ID (A-Z, 0-9, . _ -):"), self.unit_id)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Level:"), self.level)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Choose"), self.tr("Cancel")))
        self.setMinimumWidth(480)

    def _picked(self, unit_id: str | None) -> None:
        unit = self._known.get(unit_id or "")
        if unit is not None:
            self.unit_id.setText(unit.unit_id)
            self.name.setText(unit.name)
            self.level.set_level(unit.level)

    def unit(self) -> UnitInfo:
        return UnitInfo(
            self.unit_id.text().strip(),
            clean_name(self.name.text()),
            self.level.level(),
        )


class UnitMergeDialog(QDialog):
    """Record a merge: which old units a new (or existing) unit replaces, from a date."""

    def __init__(
        self,
        language: str,
        units: Sequence[UnitInfo],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._units = {u.unit_id: u for u in units}
        self.setWindowTitle(self.tr("Record a merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The old units (they close the day before the merge):")))
        self.old_units = QListWidget()
        for unit in units:
            if unit.closed_on is None:
                item = QListWidgetItem(f"{unit.name} ({unit.unit_id})")
                item.setData(Qt.ItemDataRole.UserRole, unit.unit_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.old_units.addItem(item)
        layout.addWidget(self.old_units, 1)
        form = QFormLayout()
        self.successor = CodeListField(
            ((u.unit_id, f"{u.name} ({u.unit_id})") for u in units if u.closed_on is None),
            self.tr("a new unit (below); type to search the units"),
            empty_entry=True,
        )
        self.unit_id = QLineEdit()
        self.name = QLineEdit()
        self.level = LevelCombo(language, "centre")
        self.parent_id = CodeListField(
            ((u.unit_id, f"{u.name} ({u.unit_id})") for u in units if u.level != "centre"),
            self.tr("none; type to search the units"),
            empty_entry=True,
        )
        self.on = DateField(today)
        form.addRow(self.tr("The unit that replaces them:"), self.successor)
        form.addRow(self.tr("New unit's ID:"), self.unit_id)
        form.addRow(self.tr("New unit's name:"), self.name)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Parent unit:"), self.parent_id)
        form.addRow(self.tr("Merged on:"), self.on)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Record the merge"), self.tr("Cancel")))
        self.setMinimumWidth(520)

    def replaced(self) -> list[str]:
        return [
            str(self.old_units.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.old_units.count())
            if self.old_units.item(i).checkState() == Qt.CheckState.Checked
        ]

    def successor_unit(self) -> UnitInfo:
        chosen = self.successor.code()
        if chosen is not None:
            return self._units[chosen]
        return UnitInfo(
            self.unit_id.text().strip(),
            clean_name(self.name.text()),
            self.level.level(),
            self.parent_id.code(),
        )

    def merged_on(self) -> dt.date:
        return self.on.day()

    def accept(self) -> None:
        successor = self.successor_unit()
        problem = _first_problem(successor, self._language)
        if not self.replaced():
            self.error.setText(self.tr("Tick the old units the merge replaces."))
        elif successor.unit_id in self.replaced():
            self.error.setText(self.tr("A unit cannot replace itself."))
        elif problem:
            self.error.setText(problem)
        else:
            super().accept()
            return
        self.error.show()


class CloseUnitDialog(QDialog):
    """The date a unit closes (it stays in the list, closed)."""

    def __init__(self, unit: UnitInfo, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close a unit"))
        layout = QVBoxLayout(self)
        text = QLabel(
            fill(
                self.tr(
                    "Close «%1»? Units are never deleted: its reports and history stay, and "
                    "it is no longer expected to report after this date."
                ),
                unit.name,
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.on = DateField(today)
        form.addRow(self.tr("Closed on:"), self.on)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Close the unit"), self.tr("Cancel")))

    def closed_on(self) -> dt.date:
        return self.on.day()

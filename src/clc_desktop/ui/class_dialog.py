"""The class editor: what the class is, and its schedule with a preview of the dates.

The schedule builder makes a :class:`~clc_desktop.domain.schedule.Recurrence`: weekdays
between two dates, every N weeks, skipping ticked holidays and chosen days off, plus
single dates. The preview lists the dates the class will have, and when a class is
edited, what changes: sessions added, removed, and kept because they hold marks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clc_desktop.domain.codes import ClassKind, Topic
from clc_desktop.domain.messages import message
from clc_desktop.domain.schedule import (
    Holiday,
    Recurrence,
    holiday_label,
    holidays_between,
    infer_recurrence,
    recurrence_problems,
    schedule_dates,
    tet_week_between,
)
from clc_desktop.services.classes import DEFAULT_MINUTES, MAX_MINUTES, ClassForm, class_problems
from clc_desktop.ui.class_models import kind_labels, weekday_names
from clc_desktop.ui.code_list_field import CodeListField
from clc_desktop.ui.date_field import DateField, from_qdate, to_qdate
from clc_desktop.ui.i18n import fill, format_date, topic_label

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
_ERROR_STYLE = "border: 1px solid #b3261e;"


def date_edit(day: dt.date) -> QDateEdit:
    return DateField(day)


class _DateList(QListWidget):
    """A list of dates; the Delete key removes the current one."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class ClassDialog(QDialog):
    """Creates or edits a class; :meth:`form` and :meth:`dates` give what was entered."""

    def __init__(
        self,
        language: str,
        partners: Sequence[str],
        today: dt.date,
        form: ClassForm | None = None,
        dates: Iterable[dt.date] = (),
        marked: Iterable[dt.date] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._today = today
        self._existing = sorted(set(dates))
        self._marked = set(marked)
        self._editing = form is not None
        self._holiday_ticks: dict[dt.date, bool] = {}
        self._days_off: set[dt.date] = set()
        self._extra: set[dt.date] = set()
        self._loading = True
        self.setWindowTitle(self.tr("Edit class") if form else self.tr("New class or talk"))
        self.setMinimumWidth(980)

        columns = QHBoxLayout()
        # The class's own fields get room for their examples (they were cut at 2:3).
        columns.addWidget(self._build_class(partners), 1)
        columns.addWidget(self._build_schedule(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load(form)
        self._loading = False
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # -- building ------------------------------------------------------------------------
    def _build_class(self, partners: Sequence[str]) -> QGroupBox:
        box = QGroupBox(self.tr("The class"))
        self.class_box = box
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Tin học cơ bản cho người cao tuổi"))
        self.name_label = QLabel(self.tr("Name"))
        form.addRow(self.name_label, self.name)
        self.topic = QComboBox()
        for topic in Topic:
            self.topic.addItem(topic_label(topic.value, self._language), topic.value)
        self.topic.setPlaceholderText(self.tr("Choose a topic"))
        self.topic.setCurrentIndex(-1)
        form.addRow(self.tr("Topic"), self.topic)
        self.kind = QComboBox()
        for code, label in kind_labels().items():
            self.kind.addItem(label, code)
        form.addRow(self.tr("Kind"), self.kind)
        self.facilitator = QLineEdit()
        self.facilitator_label = QLabel(self.tr("Facilitator"))
        form.addRow(self.facilitator_label, self.facilitator)
        # The one searchable field (typed without accents, picked by mouse or Down +
        # Enter); a partner not in the list is kept as typed.
        self.partner = CodeListField(
            [(name, name) for name in partners],
            self.tr("Type or choose, e.g. Hội Phụ nữ"),
            free_text=True,
        )
        form.addRow(self.tr("Partner organisation"), self.partner)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. Nhà văn hóa thôn Đông"))
        form.addRow(self.tr("Location"), self.location)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes_label = QLabel(self.tr("Planned length of a session"))
        form.addRow(self.minutes_label, self.minutes)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        return box

    def _build_schedule(self) -> QGroupBox:
        box = QGroupBox(self.tr("Schedule (dates only)"))
        self.schedule_box = box
        outer = QVBoxLayout(box)
        # A talk is one date: just that date, no weekly schedule.
        self.talk_row = QWidget()
        talk_box = QVBoxLayout(self.talk_row)
        talk_box.setContentsMargins(0, 0, 0, 0)
        talk_layout = QHBoxLayout()
        talk_layout.addWidget(QLabel(self.tr("Date of the talk")))
        self.talk_date = date_edit(self._today)
        talk_layout.addWidget(self.talk_date)
        talk_layout.addStretch()
        talk_box.addLayout(talk_layout)
        talk_hint = QLabel(
            self.tr(
                "A talk is held on one date. Walk-ins (not registered) are counted at its "
                "roll call."
            )
        )
        talk_hint.setObjectName("hint")
        talk_hint.setWordWrap(True)
        talk_box.addWidget(talk_hint)
        talk_box.addStretch()
        outer.addWidget(self.talk_row, 1)
        self.weekly = QWidget()
        layout = QVBoxLayout(self.weekly)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.weekly, 1)
        span = QHBoxLayout()
        self.start = date_edit(self._today)
        self.end = date_edit(self._today + dt.timedelta(weeks=12))
        span.addWidget(QLabel(self.tr("From")))
        span.addWidget(self.start)
        span.addWidget(QLabel(self.tr("to")))
        span.addWidget(self.end)
        span.addStretch()
        layout.addLayout(span)

        days = QHBoxLayout()
        days.addWidget(QLabel(self.tr("Repeat on")))
        self.weekdays: list[QCheckBox] = []
        for name in weekday_names():
            box_ = QCheckBox(name)
            self.weekdays.append(box_)
            days.addWidget(box_)
        days.addStretch()
        layout.addLayout(days)
        every = QHBoxLayout()
        every.addWidget(QLabel(self.tr("every")))
        self.every_weeks = QSpinBox()
        self.every_weeks.setRange(1, 8)
        every.addWidget(self.every_weeks)
        every.addWidget(QLabel(self.tr("week(s)")))
        every.addStretch()
        layout.addLayout(every)

        lists = QHBoxLayout()
        skip_box = QVBoxLayout()
        skip_title = QLabel(self.tr("Holidays and days off (ticked: no session)"))
        skip_title.setWordWrap(True)
        skip_box.addWidget(skip_title)
        self.holidays = _DateList()
        self.holidays.setMinimumHeight(120)
        self.holidays.setWordWrap(True)
        self.holidays.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        skip_box.addWidget(self.holidays, 1)
        self.skip_tet = QPushButton(self.tr("Skip the whole Tết week"))
        self.skip_tet.setToolTip(
            self.tr(
                "Ticks every session from the 26th or 27th of the last lunar month to the "
                "6th of the first (centres rest then; learners travel home)."
            )
        )
        self.skip_tet.clicked.connect(self._skip_tet_week)
        skip_box.addWidget(self.skip_tet)
        skip_row = QHBoxLayout()
        self.day_off = date_edit(self._today)
        self.add_day_off = QPushButton(self.tr("Skip this date"))
        skip_row.addWidget(self.day_off)
        skip_row.addWidget(self.add_day_off)
        skip_box.addLayout(skip_row)
        lists.addLayout(skip_box, 3)

        extra_box = QVBoxLayout()
        extra_title = QLabel(self.tr("Single added dates"))
        extra_title.setWordWrap(True)
        extra_box.addWidget(extra_title)
        self.extra = _DateList()
        self.extra.setMinimumHeight(120)
        extra_box.addWidget(self.extra, 1)
        extra_row = QHBoxLayout()
        self.extra_date = date_edit(self._today)
        self.add_extra = QPushButton(self.tr("Add this date"))
        self.remove_extra = QPushButton(self.tr("Remove"))
        extra_row.addWidget(self.extra_date)
        extra_row.addWidget(self.add_extra)
        extra_row.addWidget(self.remove_extra)
        extra_box.addLayout(extra_row)
        lists.addLayout(extra_box, 2)
        layout.addLayout(lists, 1)

        self.count = QLabel()
        self.count.setObjectName("sectionTitle")
        layout.addWidget(self.count)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumHeight(90)
        layout.addWidget(self.preview, 1)
        self.changes = QLabel()
        self.changes.setObjectName("warning")
        self.changes.setWordWrap(True)
        self.changes.hide()
        outer.addWidget(self.changes)
        self.talk_date.dateChanged.connect(self._schedule_changed)

        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._schedule_changed)
        for check in self.weekdays:
            check.toggled.connect(self._schedule_changed)
        self.every_weeks.valueChanged.connect(self._schedule_changed)
        self.holidays.itemChanged.connect(self._holiday_ticked)
        self.holidays.delete_pressed.connect(self._remove_day_off)
        self.add_day_off.clicked.connect(self._add_day_off)
        self.add_extra.clicked.connect(self._add_extra)
        self.remove_extra.clicked.connect(self._remove_extra)
        self.extra.delete_pressed.connect(self._remove_extra)
        return box

    # -- state ---------------------------------------------------------------------------
    def _load(self, form: ClassForm | None) -> None:
        self.minutes.setValue(DEFAULT_MINUTES)
        if form is None:
            return
        self.name.setText(form.name)
        self.name.setCursorPosition(0)
        self.topic.setCurrentIndex(self.topic.findData(form.topic))
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        self.facilitator.setText(form.facilitator or "")
        self.partner.set_text(form.partner or "")
        self.location.setText(form.location or "")
        self.minutes.setValue(form.planned_minutes or DEFAULT_MINUTES)
        self.notes.setPlainText(form.notes or "")
        day = self._existing[0] if self._existing else form.start_date
        if day is not None:
            self.talk_date.setDate(to_qdate(day))
        rule = infer_recurrence(self._existing, form.start_date, form.end_date)
        if rule.start is not None:
            self.start.setDate(to_qdate(rule.start))
        if rule.end is not None:
            self.end.setDate(to_qdate(rule.end))
        for weekday, check in enumerate(self.weekdays):
            check.setChecked(weekday in rule.weekdays)
        self.every_weeks.setValue(rule.every_weeks)
        suggested = {h.date for h in self._suggested_holidays(rule)}
        for day in rule.skip:
            if day in suggested:
                self._holiday_ticks[day] = True
            else:
                self._days_off.add(day)
        # Suggested holidays the class meets on were chosen as sessions: not ticked.
        for day in suggested - rule.skip:
            self._holiday_ticks[day] = False
        self._extra = set(rule.extra)

    def _suggested_holidays(self, rule: Recurrence) -> list[Holiday]:
        """The holidays falling on the weekly dates of ``rule`` (before skipping)."""
        if rule.start is None or rule.end is None:
            return []
        pattern = set(
            schedule_dates(Recurrence(rule.start, rule.end, rule.weekdays, rule.every_weeks))
        )
        found = [*holidays_between(rule.start, rule.end), *tet_week_between(rule.start, rule.end)]
        return sorted(h for h in found if h.date in pattern)

    def _base_rule(self) -> Recurrence:
        return Recurrence(
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()),
            weekdays=frozenset(i for i, check in enumerate(self.weekdays) if check.isChecked()),
            every_weeks=self.every_weeks.value(),
        )

    def is_talk(self) -> bool:
        """A talk of one date (a talk that has several sessions keeps the schedule)."""
        talk = self.kind.currentData() == ClassKind.EVENT.value
        return talk and len(self._existing) <= 1

    def _kind_changed(self) -> None:
        talk = self.is_talk()
        self.talk_row.setVisible(talk)
        self.weekly.setVisible(not talk)
        self.schedule_box.setTitle(self.tr("Date") if talk else self.tr("Schedule (dates only)"))
        self.facilitator_label.setText(self.tr("Speaker") if talk else self.tr("Facilitator"))
        self.class_box.setTitle(self.tr("The talk") if talk else self.tr("The class"))
        self.name_label.setText(self.tr("Name of the talk") if talk else self.tr("Name"))
        self.name.setPlaceholderText(
            self.tr("e.g. Phòng chống lừa đảo qua mạng")
            if talk
            else self.tr("e.g. Tin học cơ bản cho người cao tuổi")
        )
        if self._editing:
            self.setWindowTitle(self.tr("Edit the talk") if talk else self.tr("Edit class"))
        self.minutes_label.setText(
            self.tr("Length") if talk else self.tr("Planned length of a session")
        )
        self._schedule_changed()

    def rule(self) -> Recurrence:
        if self.is_talk():
            return Recurrence(extra=frozenset({from_qdate(self.talk_date.date())}))
        base = self._base_rule()
        ticked = {day for day, ticked in self._holiday_ticks.items() if ticked}
        return Recurrence(
            start=base.start,
            end=base.end,
            weekdays=base.weekdays,
            every_weeks=base.every_weeks,
            skip=frozenset(ticked | self._days_off),
            extra=frozenset(self._extra),
        )

    def dates(self) -> list[dt.date]:
        return schedule_dates(self.rule())

    def form(self) -> ClassForm:
        """What the user entered; the class's dates cover the schedule's span and every
        single added date (with single dates only, from the first to the last)."""
        rule = self.rule()
        dates = self.dates()
        start: dt.date | None
        end: dt.date | None
        if not rule.weekdays and dates:  # single dates only (a talk): their span
            start, end = dates[0], dates[-1]
        else:
            start = min([rule.start, *dates[:1]]) if rule.start else None
            end = max([rule.end, *dates[-1:]]) if rule.end else None
        return ClassForm(
            name=self.name.text(),
            topic=self.topic.currentData() or "",
            kind=self.kind.currentData() or ClassKind.COURSE.value,
            facilitator=self.facilitator.text().strip() or None,
            partner=self.partner.text().strip() or None,
            location=self.location.text().strip() or None,
            start_date=start,
            end_date=end,
            planned_minutes=self.minutes.value(),
            notes=self.notes.toPlainText().strip() or None,
        )

    # -- the schedule --------------------------------------------------------------------
    def _schedule_changed(self) -> None:
        if self._loading:
            return
        self._fill_holidays()
        self._fill_extra()
        self._show_preview()

    def _fill_holidays(self) -> None:
        weekdays = weekday_names()
        self.holidays.blockSignals(True)
        self.holidays.clear()
        rows: list[tuple[dt.date, str, bool]] = []
        suggested = self._suggested_holidays(self._base_rule())
        tet = [h.date for h in suggested if h.code.startswith("tet_")]
        self.skip_tet.setVisible(bool(tet))
        self.skip_tet.setEnabled(not all(self._holiday_ticks.get(d) for d in tet))
        for holiday in suggested:
            ticked = self._holiday_ticks.setdefault(holiday.date, holiday.usual)
            rows.append((holiday.date, holiday_label(holiday.code, self._language), ticked))
        shown = {day for day, _, _ in rows}
        rows.extend((day, self.tr("Day off"), True) for day in self._days_off if day not in shown)
        for day, label, ticked in sorted(rows):
            item = QListWidgetItem(f"{weekdays[day.weekday()]} {format_date(day)} — {label}")
            item.setData(DATE_ROLE, day)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.holidays.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("No holiday falls on these days."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.holidays.addItem(item)
        self.holidays.blockSignals(False)

    def _skip_tet_week(self) -> None:
        for holiday in self._suggested_holidays(self._base_rule()):
            if holiday.code.startswith("tet_"):
                self._holiday_ticks[holiday.date] = True
        self._schedule_changed()

    def _fill_extra(self) -> None:
        weekdays = weekday_names()
        self.extra.clear()
        for day in sorted(self._extra):
            item = QListWidgetItem(f"{weekdays[day.weekday()]} {format_date(day)}")
            item.setData(DATE_ROLE, day)
            self.extra.addItem(item)
        self.remove_extra.setEnabled(bool(self._extra))

    def _holiday_ticked(self, item: QListWidgetItem) -> None:
        day = item.data(DATE_ROLE)
        if day is None:
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        if day in self._days_off and not ticked:
            self._days_off.discard(day)
            self._schedule_changed()
            return
        self._holiday_ticks[day] = ticked
        self._show_preview()

    def _add_day_off(self) -> None:
        day = from_qdate(self.day_off.date())
        if self._holiday_ticks.get(day) is False:
            self._holiday_ticks[day] = True
        else:
            self._days_off.add(day)
        self._extra.discard(day)
        self._schedule_changed()

    def _remove_day_off(self) -> None:
        item = self.holidays.currentItem()
        if item is not None and item.data(DATE_ROLE) in self._days_off:
            self._days_off.discard(item.data(DATE_ROLE))
            self._schedule_changed()

    def _add_extra(self) -> None:
        day = from_qdate(self.extra_date.date())
        self._extra.add(day)
        self._days_off.discard(day)
        self._schedule_changed()

    def _remove_extra(self) -> None:
        item = self.extra.currentItem()
        if item is not None:
            self._extra.discard(item.data(DATE_ROLE))
            self._schedule_changed()

    def _show_preview(self) -> None:
        rule = self.rule()
        problems = recurrence_problems(rule)
        if problems:
            self.count.setText(message(next(iter(problems.values())), self._language))
            self.preview.setPlainText("")
            self.changes.hide()
            return
        dates = schedule_dates(rule)
        if len(dates) == 1:
            self.count.setText(fill(self.tr("1 session, on %1"), format_date(dates[0])))
        elif dates:
            self.count.setText(
                fill(
                    self.tr("%n session(s), %1", "", len(dates)),
                    f"{format_date(dates[0])} – {format_date(dates[-1])}",
                )
            )
        else:
            self.count.setText(self.tr("No session yet: tick weekdays or add dates."))
        self.preview.setPlainText(preview_text(dates, weekday_names()))
        self._show_changes(dates)

    def _show_changes(self, dates: list[dt.date]) -> None:
        if not self._editing:
            return
        new, old = set(dates), set(self._existing)
        added = new - old
        gone = old - new
        kept = sorted(gone & self._marked)
        removed = gone - self._marked
        if not (added or gone):
            self.changes.setText(self.tr("The sessions stay as they are."))
        else:
            parts = [
                self.tr("%n new session(s)", "", len(added)),
                self.tr("%n session(s) removed", "", len(removed)),
            ]
            text = "; ".join(parts) + "."
            if kept:
                text += " " + fill(
                    self.tr("Kept because they hold attendance marks: %1."),
                    ", ".join(format_date(d) for d in kept),
                )
            self.changes.setText(text)
        self.changes.show()

    # -- saving --------------------------------------------------------------------------
    def _try_accept(self) -> None:
        form = self.form()
        problems = {**class_problems(form), **recurrence_problems(self.rule())}
        fields: dict[str, QWidget] = {
            "name": self.name,
            "topic": self.topic,
            "kind": self.kind,
            "end_date": self.end,
            "dates": self.end,
            "planned_minutes": self.minutes,
            "every_weeks": self.every_weeks,
        }
        for key, widget in fields.items():
            widget.setStyleSheet(_ERROR_STYLE if key in problems else "")
        if problems:
            self.problems.setText(
                "\n".join(message(code, self._language) for code in problems.values())
            )
            self.problems.show()
            first = next(iter(problems))
            if first in fields:
                fields[first].setFocus()
            return
        self.accept()


def preview_text(dates: Sequence[dt.date], weekdays: Sequence[str]) -> str:
    """One line a month: ``11/2026 (5): T2 2, T2 9, …``."""
    lines: list[str] = []
    month: tuple[int, int] | None = None
    current: list[str] = []
    for day in dates:
        if (day.year, day.month) != month:
            if current and month:
                lines.append(f"{month[1]:02d}/{month[0]} ({len(current)}): {', '.join(current)}")
            month, current = (day.year, day.month), []
        current.append(f"{weekdays[day.weekday()]} {day.day}")
    if current and month:
        lines.append(f"{month[1]:02d}/{month[0]} ({len(current)}): {', '.join(current)}")
    return "\n".join(lines)

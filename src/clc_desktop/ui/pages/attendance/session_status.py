"""A session's status (held, or did not take place and why) and its walk-ins, above the
roll call. Each change is saved at once (``ops.change``, kind ATTENDANCE); the session is
then read again and :attr:`SessionStatusBar.updated` tells the page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clc_desktop.domain.codes import CancelReason, ClassKind, SessionStatus
from clc_desktop.services import attendance as service
from clc_desktop.services.attendance import SessionInfo
from clc_desktop.ui.pages.attendance.context import AttendanceContext

#: (held, reason, note) of a session, as the store keeps them.
Status = tuple[bool, str | None, str | None]


def _status_of(info: SessionInfo) -> Status:
    return (info.held, info.cancel_reason, info.cancel_note)


class SessionStatusBar(QWidget):
    updated = Signal(object)  # SessionInfo, read again after its status or walk-ins were saved

    def __init__(self, context: AttendanceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session: SessionInfo | None = None
        self._asked: Status | None = None  # the status last saved or asked for
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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

        self.held_button.toggled.connect(self._status_changed)
        self.reason_box.currentIndexChanged.connect(self._status_changed)
        self.reason_note.editingFinished.connect(self._status_changed)

    def show_session(self, info: SessionInfo) -> None:
        self.session = info
        self._filling = True
        self.held_button.setChecked(info.held)
        self.cancelled_button.setChecked(not info.held)
        reason = self.reason_box.findData(info.cancel_reason or CancelReason.OTHER.value)
        self.reason_box.setCurrentIndex(max(reason, 0))
        self.reason_note.setText(info.cancel_note or "")
        for key, box in self.walk_in_boxes.items():
            box.setValue(getattr(info, f"walk_ins_{key}"))
        self._filling = False
        self._asked = _status_of(info)
        self.show_state(info)

    def show_state(self, info: SessionInfo) -> None:
        self.reason_box.setEnabled(not info.held)
        self.reason_note.setEnabled(not info.held)
        is_event = info.kind == ClassKind.EVENT.value
        self.walk_ins.setVisible(is_event or info.walk_ins > 0)

    def _status_changed(self) -> None:
        info = self.session
        if self._filling or info is None:
            return
        held = self.held_button.isChecked()
        reason = None if held else str(self.reason_box.currentData())
        note = None if held else self.reason_note.text()
        asked: Status = (held, reason, (note or "").strip() or None)
        if asked == self._asked:
            return
        self._asked = asked
        status = SessionStatus.HELD if held else SessionStatus.CANCELLED
        session_id = info.session_id

        def write(session: Session) -> SessionInfo:
            return service.set_session_status(session, session_id, status, reason, note)

        self.context.change(write, self._saved)

    def _walk_ins_changed(self) -> None:
        info = self.session
        if self._filling or info is None:
            return
        counts = {key: box.value() for key, box in self.walk_in_boxes.items()}
        session_id = info.session_id

        def write(session: Session) -> SessionInfo:
            return service.set_walk_ins(
                session, session_id, counts["male"], counts["female"], counts["unknown"]
            )

        self.context.change(write, self._saved)

    def _saved(self, before: SessionInfo) -> None:
        session_id = before.session_id
        self.context.ops.query(
            self,
            lambda session: service.get_session(session, session_id),
            self._read,
            on_error=self.context.fail,
        )

    def _read(self, info: SessionInfo) -> None:
        if self.session is not None and self.session.session_id == info.session_id:
            self.session = info
            self.show_state(info)
        self.updated.emit(info)

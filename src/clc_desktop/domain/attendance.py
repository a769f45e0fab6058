"""Attendance keys and rates: plain rules, no storage, no Qt.

The digits 1–4 (present, late, excused, absent) work in every language. The letter keys
follow a setting of the centre, not the language switch, so a shared PC never changes what
``P`` means in the middle of a week (the GUIDE's "Decisions where the issues meet").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from clc_desktop.domain.codes import ATTENDED_MARKS, MarkStatus

#: The letter keys of each key set (the centre chooses one).
KEY_SETS: Final[dict[str, dict[str, MarkStatus]]] = {
    "vi": {
        "C": MarkStatus.PRESENT,  # có mặt
        "M": MarkStatus.LATE,  # đi muộn
        "P": MarkStatus.EXCUSED,  # vắng có phép
        "K": MarkStatus.ABSENT,  # vắng không phép
    },
    "en": {
        "P": MarkStatus.PRESENT,
        "L": MarkStatus.LATE,
        "E": MarkStatus.EXCUSED,
        "A": MarkStatus.ABSENT,
    },
}
DEFAULT_KEY_SET: Final = "vi"

#: Digits that mean the same in every key set.
DIGIT_KEYS: Final[dict[str, MarkStatus]] = {
    "1": MarkStatus.PRESENT,
    "2": MarkStatus.LATE,
    "3": MarkStatus.EXCUSED,
    "4": MarkStatus.ABSENT,
}

#: What Space steps through: unmarked, then the four marks, then unmarked again.
CYCLE: Final[tuple[MarkStatus | None, ...]] = (
    None,
    MarkStatus.PRESENT,
    MarkStatus.LATE,
    MarkStatus.EXCUSED,
    MarkStatus.ABSENT,
)


def status_for_key(text: str, key_set: str = DEFAULT_KEY_SET) -> MarkStatus | None:
    """The mark a typed character stands for (digits, or the key set's letters in either
    case); ``None`` when it stands for none."""
    if not text:
        return None
    if text in DIGIT_KEYS:
        return DIGIT_KEYS[text]
    return KEY_SETS.get(key_set, KEY_SETS[DEFAULT_KEY_SET]).get(text.upper())


def key_for(status: MarkStatus, key_set: str = DEFAULT_KEY_SET) -> str:
    """The letter of ``status`` in ``key_set``."""
    letters = KEY_SETS.get(key_set, KEY_SETS[DEFAULT_KEY_SET])
    return next(letter for letter, mark in letters.items() if mark is status)


def next_in_cycle(status: str | None) -> MarkStatus | None:
    """The mark after ``status`` in :data:`CYCLE` (Space)."""
    current = MarkStatus(status) if status else None
    return CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)]


_ATTENDED_VALUES: Final = frozenset(mark.value for mark in ATTENDED_MARKS)


def attended(status: str | None) -> bool:
    """Present or late (the marks that count as an attendance)."""
    return status in _ATTENDED_VALUES


@dataclass(frozen=True, slots=True)
class Rate:
    """Attendances over expected attendances at held sessions (marks at cancelled sessions
    and of learners not expected count nowhere). ``absences`` are excused or unexcused
    marks; an expected session without a mark is neither."""

    attended: int
    expected: int
    absences: int

    @property
    def value(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True, slots=True)
class UncountedMarks:
    """Marks at a held session of learners not enrolled at it: they count nowhere, and
    the centre report's sheet lists them as warnings (the spec's "Indicators")."""

    class_name: str
    session_date: dt.date
    marks: int

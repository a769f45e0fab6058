"""What a change touched, so each page refreshes only what it shows.

A change operation (``ui/operations.py``) runs one service call in one transaction and
broadcasts a :class:`Change`: the kinds of records it touched and the service's own
summary of what changed (its return value). Pages keep a set of the kinds they show and
reload when a change touches one of them (Anki's ``OpChanges``, in plain Python).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    # the centre's store
    CENTRE = "centre"  # the centre's profile
    LEARNERS = "learners"  # learner records (added, edited, merged, archived, deleted)
    CLASSES = "classes"  # classes and talks, their schedules and sessions
    ENROLMENTS = "enrolments"  # who is in which class, withdrawals, completions
    ATTENDANCE = "attendance"  # marks, session status, walk-ins
    BACKUPS = "backups"  # a backup was written or restored
    # the coordinator's store
    UNITS = "units"  # the hierarchy of units
    REPORTS = "reports"  # reports received (imported versions)
    STATUS = "status"  # a report's review status (checked, accepted, reopened)


@dataclass(frozen=True)
class Change:
    """The kinds a change touched and the service's summary of it (its return value)."""

    kinds: frozenset[ChangeKind]
    summary: object = None

    @classmethod
    def of(cls, kinds: ChangeKind | Iterable[ChangeKind], summary: object = None) -> Change:
        chosen = frozenset([kinds] if isinstance(kinds, ChangeKind) else kinds)
        return cls(chosen, summary)

    def touches(self, kinds: Iterable[ChangeKind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

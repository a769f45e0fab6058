"""Sessions and attendance: today's sessions, the roll call of a session, one mark at a
time, the whole-class grid with its rates, session status and walk-ins.

Every function takes the caller's ``Session`` (one user action = one transaction, owned by
the caller: ``with store.session() as session: ...``) and returns plain data. A mark is one
upsert on the primary key (session, learner): re-marking replaces, never adds a row, and a
change to one learner never touches another's mark. Functions that change marks return
:class:`MarkChange` values with the state before, which :func:`restore_marks` puts back
(undo).

Who is expected at a session is the spec's rule, shared with the reports:
:func:`clc_desktop.services.counting.enrolled_at_session` (enrolled on or before the
session's date, not withdrawn before it). Rates count held sessions up to ``today`` only;
marks at a session that did not take place are kept but count nowhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, exists, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from clc_desktop.domain.attendance import Rate, attended
from clc_desktop.domain.codes import CancelReason, MarkStatus, SessionStatus
from clc_desktop.domain.learners import fast_name_sort_key
from clc_desktop.domain.messages import Problem
from clc_desktop.services.counting import enrolled_at_session, is_held
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)

ABSENCE_MARKS = frozenset({MarkStatus.EXCUSED.value, MarkStatus.ABSENT.value})


def _date(value: object) -> dt.date | None:
    """Dates from raw SQL come back as ISO text on SQLite."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# -- sessions ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionInfo:
    session_id: int
    class_id: int
    class_name: str
    kind: str
    facilitator: str | None
    date: dt.date
    minutes: int
    status: str
    cancel_reason: str | None
    cancel_note: str | None
    walk_ins_male: int
    walk_ins_female: int
    walk_ins_unknown: int

    @property
    def held(self) -> bool:
        return self.status == SessionStatus.HELD.value

    @property
    def walk_ins(self) -> int:
        return self.walk_ins_male + self.walk_ins_female + self.walk_ins_unknown


_SESSION_COLUMNS = (
    ClassSession.id,
    ClassSession.class_id,
    LearningClass.name,
    LearningClass.kind,
    LearningClass.facilitator,
    ClassSession.date,
    ClassSession.minutes,
    ClassSession.status,
    ClassSession.cancel_reason,
    ClassSession.cancel_note,
    ClassSession.walk_ins_male,
    ClassSession.walk_ins_female,
    ClassSession.walk_ins_unknown,
)


def _sessions(session: Session, *where: object) -> list[SessionInfo]:
    query = (
        select(*_SESSION_COLUMNS)
        .join(LearningClass, LearningClass.id == ClassSession.class_id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(ClassSession.date, LearningClass.name, ClassSession.id)
    )
    return [SessionInfo(*tuple(row)) for row in session.execute(query)]


def sessions_on(session: Session, day: dt.date) -> list[SessionInfo]:
    """The centre's sessions on ``day`` (today's sessions), by class name."""
    return _sessions(session, ClassSession.date == day)


def class_sessions(session: Session, class_id: int) -> list[SessionInfo]:
    """Every session of a class, by date."""
    return _sessions(session, ClassSession.class_id == class_id)


def get_session(session: Session, session_id: int) -> SessionInfo:
    found = _sessions(session, ClassSession.id == session_id)
    if not found:
        raise Problem("attendance.session_missing", id=session_id)
    return found[0]


def sessions_awaiting_roll_call(
    session: Session,
    today: dt.date,
    class_id: int | None = None,
    since: dt.date | None = None,
) -> list[SessionInfo]:
    """Held sessions up to ``today`` (from ``since``; of ``class_id`` when given) with
    learners expected and not one mark: their roll call was not taken. The spec counts
    everyone expected there as absent, so they pull a class's rate down until it is."""
    expected = exists().where(Enrolment.class_id == ClassSession.class_id, enrolled_at_session())
    marked = exists().where(AttendanceMark.session_id == ClassSession.id)
    where = [is_held(), ClassSession.date <= today, expected, ~marked]
    if class_id is not None:
        where.append(ClassSession.class_id == class_id)
    if since is not None:
        where.append(ClassSession.date >= since)
    return _sessions(session, *where)


@dataclass(frozen=True, slots=True)
class ClassChoice:
    """A class that has sessions, for the Attendance page's chooser."""

    class_id: int
    name: str
    kind: str
    first: dt.date
    last: dt.date
    sessions: int


def classes_with_sessions(session: Session, *, include_archived: bool = False) -> list[ClassChoice]:
    """Classes with at least one session: the ones running around ``today`` first is the
    caller's choice; here they come by their latest session, newest first."""
    rows = session.execute(
        text(
            "SELECT c.id, c.name, c.kind, MIN(s.date), MAX(s.date), COUNT(*)"
            " FROM learning_class c JOIN class_session s ON s.class_id = c.id"
            f"{'' if include_archived else ' WHERE NOT c.archived'}"
            " GROUP BY c.id ORDER BY MAX(s.date) DESC, c.name"
        )
    )
    return [
        ClassChoice(cid, name, kind, _date(first) or dt.date.min, _date(last) or dt.date.min, n)
        for cid, name, kind, first, last, n in rows
    ]


def session_to_open(sessions: Sequence[SessionInfo], today: dt.date) -> SessionInfo | None:
    """The session a class opens on: today's, else the latest before today, else the first."""
    if not sessions:
        return None
    past = [s for s in sessions if s.date <= today]
    return past[-1] if past else sessions[0]


def set_session_status(
    session: Session,
    session_id: int,
    status: SessionStatus | str,
    reason: CancelReason | str | None = None,
    note: str | None = None,
) -> SessionInfo:
    """Held, or did not take place with a reason. Marks are kept either way (they count
    nowhere while the session is not held). Returns the session as it was before."""
    before = get_session(session, session_id)
    status = SessionStatus(status)
    if status is SessionStatus.CANCELLED:
        if not reason:
            raise Problem("attendance.reason_required")
        values = {
            "status": status.value,
            "cancel_reason": CancelReason(reason).value,
            "cancel_note": (note or "").strip() or None,
        }
    else:
        values = {"status": status.value, "cancel_reason": None, "cancel_note": None}
    session.execute(update(ClassSession).where(ClassSession.id == session_id).values(**values))
    return before


def set_walk_ins(
    session: Session, session_id: int, male: int, female: int, unknown: int = 0
) -> SessionInfo:
    """Head counts of people who came without being enrolled (talks, events), by sex."""
    if min(male, female, unknown) < 0:
        raise Problem("attendance.bad_walk_ins")
    before = get_session(session, session_id)
    session.execute(
        update(ClassSession)
        .where(ClassSession.id == session_id)
        .values(walk_ins_male=male, walk_ins_female=female, walk_ins_unknown=unknown)
    )
    return before


# -- roll call -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RollCallEntry:
    learner_id: int
    full_name: str
    sex: str
    status: str | None  # None: not marked yet


def roll_call(session: Session, session_id: int) -> list[RollCallEntry]:
    """The learners expected at a session with their marks, in Vietnamese list order."""
    expected = (
        select(Enrolment.learner_id.label("learner_id"))
        .select_from(ClassSession)
        .join(LearningClass, LearningClass.id == ClassSession.class_id)
        .join(Enrolment, Enrolment.class_id == ClassSession.class_id)
        .where(ClassSession.id == session_id, enrolled_at_session())
        .distinct()
        .subquery("x")
    )
    rows = session.execute(
        select(Learner.id, Learner.full_name, Learner.sex, AttendanceMark.status)
        .select_from(expected)
        .join(Learner, Learner.id == expected.c.learner_id)
        .outerjoin(
            AttendanceMark,
            (AttendanceMark.session_id == session_id) & (AttendanceMark.learner_id == Learner.id),
        )
    )
    entries = [RollCallEntry(*row) for row in rows]
    entries.sort(key=lambda entry: fast_name_sort_key(entry.full_name))
    return entries


@dataclass(frozen=True, slots=True)
class MarkChange:
    """One mark as it was before a change and as it is after (``None``: no mark)."""

    session_id: int
    learner_id: int
    previous: str | None
    current: str | None


def _upsert(session: Session, session_id: int, learner_id: int, status: str) -> None:
    statement = sqlite_insert(AttendanceMark).values(
        session_id=session_id, learner_id=learner_id, status=status
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[AttendanceMark.session_id, AttendanceMark.learner_id],
            set_={"status": statement.excluded.status, "marked_at": text("CURRENT_TIMESTAMP")},
        )
    )


def _write(session: Session, session_id: int, learner_id: int, status: str | None) -> None:
    if status is None:
        session.execute(
            delete(AttendanceMark).where(
                AttendanceMark.session_id == session_id, AttendanceMark.learner_id == learner_id
            )
        )
    else:
        _upsert(session, session_id, learner_id, status)


def set_mark(
    session: Session, session_id: int, learner_id: int, status: MarkStatus | str | None
) -> MarkChange:
    """Mark (or, with ``None``, unmark) one learner at one held session they are expected
    at. One statement on the (session, learner) key: re-marking replaces."""
    previous_mark = (
        select(AttendanceMark.status)
        .where(
            AttendanceMark.session_id == ClassSession.id, AttendanceMark.learner_id == learner_id
        )
        .scalar_subquery()
    )
    enrolled = (
        select(Enrolment.id)
        .select_from(Enrolment)
        .join(LearningClass, LearningClass.id == Enrolment.class_id)
        .where(
            Enrolment.class_id == ClassSession.class_id,
            Enrolment.learner_id == learner_id,
            enrolled_at_session(),
        )
        .exists()
    )
    row = session.execute(
        select(ClassSession.status, previous_mark, enrolled).where(ClassSession.id == session_id)
    ).one_or_none()
    if row is None:
        raise Problem("attendance.session_missing", id=session_id)
    session_status, previous, expected = row
    if session_status != SessionStatus.HELD.value:
        raise Problem("attendance.session_cancelled")
    if not expected:
        raise Problem("attendance.not_expected")
    current = MarkStatus(status).value if status is not None else None
    if current != previous:
        _write(session, session_id, learner_id, current)
    return MarkChange(session_id, learner_id, previous, current)


def mark_all_present(
    session: Session, session_id: int, learner_ids: Collection[int] | None = None
) -> list[MarkChange]:
    """Mark every expected learner without a mark as present (of ``learner_ids`` only, when
    given). Existing marks are left as they are."""
    info = get_session(session, session_id)
    if not info.held:
        raise Problem("attendance.session_cancelled")
    unmarked = [
        entry.learner_id
        for entry in roll_call(session, session_id)
        if entry.status is None and (learner_ids is None or entry.learner_id in learner_ids)
    ]
    if unmarked:
        session.execute(
            sqlite_insert(AttendanceMark),
            [
                {"session_id": session_id, "learner_id": learner_id, "status": "present"}
                for learner_id in unmarked
            ],
        )
    present = MarkStatus.PRESENT.value
    return [MarkChange(session_id, learner_id, None, present) for learner_id in unmarked]


def restore_marks(session: Session, changes: Iterable[MarkChange]) -> list[MarkChange]:
    """Undo: put back each change's previous state (the last change first). Returns the
    changes this made, so they can be redone or undone in turn."""
    undone: list[MarkChange] = []
    for change in reversed(list(changes)):
        _write(session, change.session_id, change.learner_id, change.previous)
        undone.append(
            MarkChange(change.session_id, change.learner_id, change.current, change.previous)
        )
    return undone


# -- the whole class -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GridLearner:
    learner_id: int
    full_name: str
    sex: str
    birth_year: int | None
    enrolled_on: dt.date | None  # the earliest enrolment (the class's start when undated)
    withdrawn_on: dt.date | None  # None while any enrolment is open
    completed: bool
    birth_date: dt.date | None = None  # when the full date is known


@dataclass
class ClassGrid:
    """Learners x sessions of one class, with the marks and who is expected where."""

    class_id: int
    class_name: str
    kind: str
    topic: str
    facilitator: str | None
    location: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    today: dt.date
    learners: list[GridLearner]
    sessions: list[SessionInfo]
    expected: set[tuple[int, int]]  # (learner_id, session_id)
    marks: dict[tuple[int, int], str] = field(default_factory=dict)
    #: Rates computed since the last change (a view asks for them on every paint).
    _rates: dict[tuple[str, int], Rate] = field(default_factory=dict, repr=False)

    def counts(self, info: SessionInfo) -> bool:
        """Held and not in the future: the sessions rates are made of."""
        return info.held and info.date <= self.today

    def is_expected(self, learner_id: int, session_id: int) -> bool:
        return (learner_id, session_id) in self.expected

    def unmarked_sessions(self) -> list[SessionInfo]:
        """Sessions counted in the rates, with learners expected and not one mark (their
        roll call was not taken: everyone expected counts as not attended)."""
        marked = {session_id for _learner, session_id in self.marks}
        wanted = {session_id for _learner, session_id in self.expected}
        return [
            s
            for s in self.sessions
            if self.counts(s) and s.session_id in wanted and s.session_id not in marked
        ]

    def unmarked(self, learner_id: int) -> int:
        """Sessions counted for ``learner_id`` where they have no mark."""
        return sum(
            self.is_expected(learner_id, s.session_id)
            and (learner_id, s.session_id) not in self.marks
            for s in self.sessions
            if self.counts(s)
        )

    def mark(self, learner_id: int, session_id: int) -> str | None:
        return self.marks.get((learner_id, session_id))

    def apply(self, change: MarkChange) -> None:
        """Keep the grid in step with a saved change."""
        key = (change.learner_id, change.session_id)
        self._rates.clear()
        if change.current is None:
            self.marks.pop(key, None)
        else:
            self.marks[key] = change.current

    def _rate(self, pairs: Iterable[tuple[int, int]]) -> Rate:
        expected = came = absences = 0
        for key in pairs:
            if key not in self.expected:
                continue
            expected += 1
            status = self.marks.get(key)
            came += attended(status)
            absences += status in ABSENCE_MARKS
        return Rate(came, expected, absences)

    def learner_rate(self, learner_id: int) -> Rate:
        key = ("learner", learner_id)
        if key not in self._rates:
            self._rates[key] = self._rate(
                (learner_id, s.session_id) for s in self.sessions if self.counts(s)
            )
        return self._rates[key]

    def session_rate(self, session_id: int) -> Rate:
        key = ("session", session_id)
        if key not in self._rates:
            info = next(s for s in self.sessions if s.session_id == session_id)
            self._rates[key] = (
                self._rate((learner.learner_id, session_id) for learner in self.learners)
                if self.counts(info)
                else Rate(0, 0, 0)
            )
        return self._rates[key]

    def class_rate(self) -> Rate:
        """The sum over learners (each pair counted once, as in the report)."""
        rates = [self.learner_rate(learner.learner_id) for learner in self.learners]
        return Rate(
            sum(r.attended for r in rates),
            sum(r.expected for r in rates),
            sum(r.absences for r in rates),
        )


def load_class_grid(session: Session, class_id: int, today: dt.date) -> ClassGrid:
    """The whole class in five small queries."""
    row = session.execute(
        select(
            LearningClass.name,
            LearningClass.kind,
            LearningClass.topic,
            LearningClass.facilitator,
            LearningClass.location,
            LearningClass.start_date,
            LearningClass.end_date,
        ).where(LearningClass.id == class_id)
    ).one_or_none()
    if row is None:
        raise Problem("attendance.class_missing", id=class_id)
    params = {"class_id": class_id}
    learners = [
        GridLearner(lid, name, sex, birth_year, _date(first), _date(last), bool(done), _date(born))
        for lid, name, sex, birth_year, first, last, done, born in session.execute(
            text(
                "SELECT l.id, l.full_name, l.sex, l.birth_year,"
                " MIN(COALESCE(e.enrolled_on, c.start_date)),"
                " CASE WHEN SUM(e.withdrawn_on IS NULL) > 0 THEN NULL"
                "   ELSE MAX(e.withdrawn_on) END,"
                " MAX(e.completed), l.birth_date"
                " FROM enrolment e JOIN learner l ON l.id = e.learner_id"
                " JOIN learning_class c ON c.id = e.class_id"
                " WHERE e.class_id = :class_id GROUP BY l.id"
            ),
            params,
        )
    ]
    learners.sort(key=lambda learner: fast_name_sort_key(learner.full_name))
    expected = {
        (learner_id, session_id)
        for session_id, learner_id in session.execute(
            select(ClassSession.id, Enrolment.learner_id)
            .select_from(ClassSession)
            .join(LearningClass, LearningClass.id == ClassSession.class_id)
            .join(Enrolment, Enrolment.class_id == ClassSession.class_id)
            .where(ClassSession.class_id == class_id, enrolled_at_session())
            .group_by(ClassSession.id, Enrolment.learner_id)
        )
    }
    marks = {
        (learner_id, session_id): status
        for session_id, learner_id, status in session.execute(
            text(
                "SELECT m.session_id, m.learner_id, m.status FROM attendance_mark m"
                " JOIN class_session s ON s.id = m.session_id WHERE s.class_id = :class_id"
            ),
            params,
        )
    }
    return ClassGrid(
        class_id,
        *row,
        today=today,
        learners=learners,
        sessions=class_sessions(session, class_id),
        expected=expected,
        marks=marks,
    )

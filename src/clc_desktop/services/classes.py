"""Classes and talks: create and edit them, schedule their sessions, enrol learners.

Every function takes the caller's ``Session`` (one user action = one transaction, owned
by the caller: ``with store.session() as session: ...``) and returns plain data.

Sessions are dated only (no times). The schedule of a class is its sessions:
:func:`apply_schedule` makes the sessions match a list of dates (from
:func:`clc_desktop.domain.schedule.schedule_dates`), adding the missing ones and removing
those that no longer fit, except sessions that hold attendance marks (or walk-in
counts): those are never deleted by a schedule change, and the result lists them.

The attendance rate of a class is the spec's: attendances (marks ``present`` or ``late``)
/ expected attendances at held sessions, a learner being expected at a held session when
enrolled at its date (:func:`clc_desktop.services.counting.enrolled_at_session`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Select, delete, distinct, func, insert, select, text, update
from sqlalchemy.orm import Session

from clc_desktop.domain.codes import ClassKind, SessionStatus, Topic
from clc_desktop.domain.learners import fast_name_sort_key
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.text import clean_name, fold
from clc_desktop.services.counting import enrolled_at_session, is_attendance, is_held
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)

#: Suggested partner organisations (the ones already used in the data come too).
PARTNER_SUGGESTIONS: tuple[str, ...] = (
    "Hội Phụ nữ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Đoàn Thanh niên",
    "Hội Người cao tuổi",
    "Trạm Y tế",
    "Hội Khuyến học",
    "Phòng Tư pháp",
    "Công an xã/phường",
    "Mặt trận Tổ quốc",
    "Hội Chữ thập đỏ",
    "Trường Tiểu học",
    "Trường THCS",
    "Hợp tác xã",
    "Bưu điện văn hóa xã",
)

DEFAULT_MINUTES = 90
MAX_MINUTES = 600
NAME_LENGTH = 200


# -- the class itself ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClassForm:
    """What the class editor holds."""

    name: str
    topic: str
    kind: str = ClassKind.COURSE.value
    facilitator: str | None = None
    partner: str | None = None
    location: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    planned_minutes: int | None = DEFAULT_MINUTES
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class ClassRecord:
    id: int
    form: ClassForm
    archived: bool


def class_problems(form: ClassForm) -> dict[str, str]:
    """Field name -> problem code (see :mod:`clc_desktop.domain.messages`), empty when valid."""
    problems: dict[str, str] = {}
    name = clean_name(form.name)
    if not name:
        problems["name"] = "class.name_required"
    elif len(name) > NAME_LENGTH:
        problems["name"] = "class.name_too_long"
    if form.topic not in {t.value for t in Topic}:
        problems["topic"] = "class.topic_unknown"
    if form.kind not in {k.value for k in ClassKind}:
        problems["kind"] = "class.kind_unknown"
    if form.start_date and form.end_date and form.end_date < form.start_date:
        problems["end_date"] = "class.dates_order"
    if form.planned_minutes is not None and not 0 < form.planned_minutes <= MAX_MINUTES:
        problems["planned_minutes"] = "class.minutes_range"
    return problems


def _values(form: ClassForm) -> dict[str, object]:
    problems = class_problems(form)
    if problems:
        raise ValueError(f"invalid class: {problems}")

    def optional(value: str | None) -> str | None:
        return (clean_name(value) or None) if value else None

    return {
        "name": clean_name(form.name),
        "topic": form.topic,
        "kind": form.kind,
        "facilitator": optional(form.facilitator),
        "partner": optional(form.partner),
        "location": optional(form.location),
        "start_date": form.start_date,
        "end_date": form.end_date,
        "planned_minutes": form.planned_minutes,
        "notes": (form.notes or "").strip() or None,
    }


def create_class(session: Session, form: ClassForm, dates: Iterable[dt.date] = ()) -> int:
    """Create a class (the caller has checked :func:`class_problems`; this raises
    ``ValueError`` if not) with a held session on each of ``dates``; returns its id."""
    values = _values(form)
    class_id = int(
        session.execute(
            insert(LearningClass).values(**values).returning(LearningClass.id)
        ).scalar_one()
    )
    apply_schedule(session, class_id, dates)
    return class_id


def update_class(session: Session, class_id: int, form: ClassForm) -> None:
    values = _values(form)
    done = session.execute(
        update(LearningClass).where(LearningClass.id == class_id).values(**values)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise Problem("class.not_found", id=class_id)


def get_class(session: Session, class_id: int) -> ClassRecord:
    row = session.get(LearningClass, class_id)
    if row is None:
        raise Problem("class.not_found", id=class_id)
    form = ClassForm(
        name=row.name,
        topic=row.topic,
        kind=row.kind,
        facilitator=row.facilitator,
        partner=row.partner,
        location=row.location,
        start_date=row.start_date,
        end_date=row.end_date,
        planned_minutes=row.planned_minutes,
        notes=row.notes,
    )
    return ClassRecord(row.id, form, row.archived)


def set_class_archived(session: Session, class_id: int, archived: bool) -> None:
    done = session.execute(
        update(LearningClass).where(LearningClass.id == class_id).values(archived=archived)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise Problem("class.not_found", id=class_id)


def partner_suggestions(session: Session) -> list[str]:
    """The suggested partner organisations, then the others already used, each once."""
    used = session.scalars(
        select(LearningClass.partner)
        .where(LearningClass.partner.is_not(None))
        .group_by(LearningClass.partner)
        .order_by(LearningClass.partner)
    ).all()
    seen = {fold(p) for p in PARTNER_SUGGESTIONS}
    extra = [p for p in used if p and fold(p) not in seen]
    return [*PARTNER_SUGGESTIONS, *extra]


# -- the list of classes ---------------------------------------------------------------------


class ClassListItem(NamedTuple):
    id: int
    name: str
    topic: str
    kind: str
    facilitator: str | None
    partner: str | None
    location: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    archived: bool
    first_session: dt.date | None
    last_session: dt.date | None
    sessions: int
    enrolled: int  # enrolments not withdrawn

    @property
    def first_day(self) -> dt.date | None:
        return self.start_date or self.first_session

    @property
    def last_day(self) -> dt.date | None:
        return self.end_date or self.last_session

    def state(self, today: dt.date) -> str:
        """``archived``, ``past`` (ended before today), ``upcoming`` or ``current``."""
        if self.archived:
            return "archived"
        if self.last_day is not None and self.last_day < today:
            return "past"
        if self.first_day is not None and self.first_day > today:
            return "upcoming"
        return "current"


def list_classes(session: Session) -> list[ClassListItem]:
    """Every class (archived too), newest start first; one query."""
    rows = session.execute(
        text(
            "SELECT c.id, c.name, c.topic, c.kind, c.facilitator, c.partner, c.location,"
            " c.start_date, c.end_date, c.archived,"
            " (SELECT MIN(s.date) FROM class_session s WHERE s.class_id = c.id),"
            " (SELECT MAX(s.date) FROM class_session s WHERE s.class_id = c.id),"
            " (SELECT COUNT(*) FROM class_session s WHERE s.class_id = c.id),"
            " (SELECT COUNT(DISTINCT e.learner_id) FROM enrolment e WHERE e.class_id = c.id"
            "   AND e.withdrawn_on IS NULL)"
            " FROM learning_class c"
        )
    ).all()
    items = [
        ClassListItem(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            row[6],
            _optional_date(row[7]),
            _optional_date(row[8]),
            bool(row[9]),
            _optional_date(row[10]),
            _optional_date(row[11]),
            int(row[12]),
            int(row[13]),
        )
        for row in rows
    ]
    items.sort(key=lambda c: (c.first_day or dt.date.max, c.id), reverse=True)
    return items


@dataclass(frozen=True, slots=True)
class ClassFilter:
    """The filters of the class list; ``None`` means "any". ``state`` is one of
    :meth:`ClassListItem.state`'s values, or ``active`` (current or upcoming)."""

    topic: str | None = None
    kind: str | None = None
    state: str | None = "active"
    query: str = ""

    def accepts(self, item: ClassListItem, today: dt.date) -> bool:
        if self.topic is not None and item.topic != self.topic:
            return False
        if self.kind is not None and item.kind != self.kind:
            return False
        if self.state is not None:
            state = item.state(today)
            if self.state == "active":
                if state not in ("current", "upcoming"):
                    return False
            elif state != self.state:
                return False
        words = fold(self.query).split()
        if words:
            hay = fold(" ".join(filter(None, (item.name, item.facilitator, item.location))))
            return all(word in hay for word in words)
        return True


def filter_classes(
    items: Sequence[ClassListItem], chosen: ClassFilter, today: dt.date
) -> list[ClassListItem]:
    return [item for item in items if chosen.accepts(item, today)]


# -- sessions ---------------------------------------------------------------------------------


class SessionRow(NamedTuple):
    """One session of a class, as the class page and the roll call show it."""

    id: int
    class_id: int
    date: dt.date
    status: str
    minutes: int
    cancel_reason: str | None
    marks: int  # attendance marks recorded
    walk_ins: int  # participants counted by head (talks, events)
    attended: int  # marks present or late of learners enrolled at the session
    expected: int  # learners enrolled at the session's date


@dataclass(frozen=True, slots=True)
class ScheduleChange:
    """What :func:`apply_schedule` did (or, with ``dry_run``, would do)."""

    added: tuple[dt.date, ...]
    removed: tuple[dt.date, ...]
    #: No longer in the schedule, kept for their marks (or walk-in counts).
    kept_with_marks: tuple[dt.date, ...]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def session_dates(session: Session, class_id: int) -> list[dt.date]:
    """The dates of a class's sessions (held or cancelled), sorted."""
    return list(
        session.scalars(
            select(ClassSession.date)
            .where(ClassSession.class_id == class_id)
            .order_by(ClassSession.date, ClassSession.id)
        )
    )


def apply_schedule(
    session: Session,
    class_id: int,
    dates: Iterable[dt.date],
    minutes: int | None = None,
    *,
    dry_run: bool = False,
) -> ScheduleChange:
    """Make the sessions of a class fall on ``dates``: a held session is added on each
    missing date (``minutes`` long, default the class's planned minutes); sessions on other
    dates are removed unless they hold attendance marks or walk-in counts
    (``kept_with_marks``: nothing recorded is lost by a schedule change). Existing
    sessions on a wanted date are left as they are (status, minutes, walk-ins)."""
    wanted = set(dates)
    existing = session.execute(
        text(
            "SELECT s.id, s.date, (SELECT COUNT(*) FROM attendance_mark m"
            " WHERE m.session_id = s.id)"
            " + s.walk_ins_male + s.walk_ins_female + s.walk_ins_unknown"
            " FROM class_session s WHERE s.class_id = :id"
        ),
        {"id": class_id},
    ).all()
    marks = {int(sid): int(n) for sid, _day, n in existing}
    have = {_date(day) for _, day, _ in existing}
    added = sorted(wanted - have)
    removable = [(int(sid), _date(day)) for sid, day, _ in existing if _date(day) not in wanted]
    gone = [sid for sid, _day in removable if not marks[sid]]
    removed = sorted(day for sid, day in removable if not marks[sid])
    kept = sorted(day for sid, day in removable if marks[sid])
    change = ScheduleChange(tuple(added), tuple(removed), tuple(kept))
    if dry_run:
        return change
    if added:
        if minutes is None:
            planned = session.scalar(
                select(LearningClass.planned_minutes).where(LearningClass.id == class_id)
            )
            minutes = planned or DEFAULT_MINUTES
        session.execute(
            insert(ClassSession),
            [
                {"class_id": class_id, "date": day, "minutes": minutes, "status": "held"}
                for day in added
            ],
        )
    if gone:
        session.execute(delete(ClassSession).where(ClassSession.id.in_(gone)))
    return change


def add_session(session: Session, class_id: int, day: dt.date, minutes: int | None = None) -> int:
    """One more held session of a class on ``day`` (an added single date); returns its id.
    A class has at most one session a day: an existing one is returned as it is."""
    found = session.scalar(
        select(ClassSession.id)
        .where(ClassSession.class_id == class_id)
        .where(ClassSession.date == day)
        .order_by(ClassSession.id)
        .limit(1)
    )
    if found is not None:
        return int(found)
    apply_schedule(session, class_id, [*session_dates(session, class_id), day], minutes)
    return int(
        session.scalar(
            select(ClassSession.id)
            .where(ClassSession.class_id == class_id)
            .where(ClassSession.date == day)
        )
        or 0
    )


def _sessions_query() -> Select[tuple[object, ...]]:
    """Each session of a class with its marks, walk-ins, attendances and expected learners."""
    marks = (
        select(func.count())
        .select_from(AttendanceMark)
        .where(AttendanceMark.session_id == ClassSession.id)
        .scalar_subquery()
    )
    # Two levels down: automatic correlation reaches only the SELECT just above.
    enrolled_then = (
        select(Enrolment.id)
        .where(
            Enrolment.class_id == ClassSession.class_id,
            Enrolment.learner_id == AttendanceMark.learner_id,
            enrolled_at_session(),
        )
        .correlate(ClassSession, LearningClass, AttendanceMark)
        .exists()
    )
    attended = (
        select(func.count())
        .select_from(AttendanceMark)
        .where(AttendanceMark.session_id == ClassSession.id, is_attendance(), enrolled_then)
        .scalar_subquery()
    )
    expected = (
        select(func.count(distinct(Enrolment.learner_id)))
        .where(Enrolment.class_id == ClassSession.class_id, enrolled_at_session())
        .scalar_subquery()
    )
    return (
        select(
            ClassSession.id,
            ClassSession.class_id,
            ClassSession.date,
            ClassSession.status,
            ClassSession.minutes,
            ClassSession.cancel_reason,
            marks,
            ClassSession.walk_ins_male
            + ClassSession.walk_ins_female
            + ClassSession.walk_ins_unknown,
            attended,
            expected,
        )
        .select_from(ClassSession)
        .join(LearningClass, LearningClass.id == ClassSession.class_id)
    )


def list_sessions(session: Session, class_id: int) -> list[SessionRow]:
    """The sessions of a class by date, with their marks and expected learners."""
    rows = session.execute(
        _sessions_query()
        .where(ClassSession.class_id == class_id)
        .order_by(ClassSession.date, ClassSession.id)
    )
    return [_session_row(row) for row in rows]


def _session_row(row: Sequence[object]) -> SessionRow:
    sid, class_id, day, status, minutes, reason, marks, walk_ins, attended, expected = row
    return SessionRow(
        int(sid),  # type: ignore[call-overload]
        int(class_id),  # type: ignore[call-overload]
        _date(day),
        str(status),
        int(minutes),  # type: ignore[call-overload]
        reason,  # type: ignore[arg-type]
        int(marks or 0),  # type: ignore[call-overload]
        int(walk_ins or 0),  # type: ignore[call-overload]
        int(attended or 0),  # type: ignore[call-overload]
        int(expected or 0),  # type: ignore[call-overload]
    )


# -- enrolments -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EnrolResult:
    added: tuple[int, ...]  # learner ids newly enrolled
    already: tuple[int, ...]  # learner ids already enrolled (not withdrawn): unchanged
    #: Already enrolled from a later date: their enrolment now starts at the date chosen.
    moved: tuple[int, ...] = ()


class EnrolmentRow(NamedTuple):
    id: int
    learner_id: int
    full_name: str
    phone: str | None
    enrolled_on: dt.date | None
    withdrawn_on: dt.date | None
    completed: bool
    attended: int  # marks present or late at held sessions up to ``on``, while enrolled
    expected: int  # held sessions up to ``on`` while enrolled

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


def _class_start(session: Session, class_id: int) -> dt.date | None:
    row = session.execute(
        select(LearningClass.id, LearningClass.start_date).where(LearningClass.id == class_id)
    ).first()
    if row is None:
        raise Problem("class.not_found", id=class_id)
    return row[1]


def enrolment_date_to_store(session: Session, class_id: int, on: dt.date | None) -> dt.date | None:
    """The ``enrolled_on`` to store for "enrolled from ``on``": ``None`` ("from the
    start") only where it covers the same sessions. A stored ``None`` counts from the
    class's start date (:func:`counting.enrolled_at_session`), so a session held before
    the start date needs the date itself, or the learner is expected there by no one."""
    if on is None:
        return None
    start = _class_start(session, class_id)
    first = session.scalar(
        select(func.min(ClassSession.date)).where(ClassSession.class_id == class_id)
    )
    if start is None:
        return None if first is None or on <= first else on
    if first is not None and first < start:
        return on  # a session before the start date: only the date covers it
    return None if on <= start else on


def enrol(
    session: Session, class_id: int, learner_ids: Iterable[int], on: dt.date | None = None
) -> EnrolResult:
    """Enrol learners in a class from ``on`` (``None`` or a date not after the class's
    start: from the start). A learner already enrolled and not withdrawn is left as is,
    unless enrolled from a later date: that enrolment then starts at ``on`` (``moved``);
    a withdrawn learner gets a new enrolment (a re-enrolment)."""
    on = enrolment_date_to_store(session, class_id, on)
    wanted = list(dict.fromkeys(learner_ids))
    current: dict[int, dt.date | None] = {
        int(learner): _optional_date(day)
        for learner, day in session.execute(
            select(Enrolment.learner_id, Enrolment.enrolled_on)
            .where(Enrolment.class_id == class_id)
            .where(Enrolment.withdrawn_on.is_(None))
        )
    }
    active = set(current)
    known: set[int] = set()
    for chunk in range(0, len(wanted), 500):
        known.update(
            session.scalars(select(Learner.id).where(Learner.id.in_(wanted[chunk : chunk + 500])))
        )
    missing = [i for i in wanted if i not in known]
    if missing:
        raise Problem("learner.not_found", id=missing[0])
    added = [i for i in wanted if i not in active]
    if added:
        session.execute(
            insert(Enrolment),
            [
                {"class_id": class_id, "learner_id": i, "enrolled_on": on, "completed": False}
                for i in added
            ],
        )
    moved = [
        i
        for i in wanted
        if i in active and current[i] is not None and (on is None or on < current[i])  # type: ignore[operator]
    ]
    if moved:
        session.execute(
            update(Enrolment)
            .where(Enrolment.class_id == class_id)
            .where(Enrolment.learner_id.in_(moved))
            .where(Enrolment.withdrawn_on.is_(None))
            .values(enrolled_on=on)
        )
    return EnrolResult(
        tuple(added), tuple(i for i in wanted if i in active and i not in moved), tuple(moved)
    )


def copy_enrolments(
    session: Session, from_class_id: int, to_class_id: int, on: dt.date | None = None
) -> EnrolResult:
    """Enrol in ``to_class_id`` the learners enrolled (not withdrawn) in ``from_class_id``."""
    if from_class_id == to_class_id:
        raise Problem("class.copy_same")
    _class_start(session, from_class_id)
    learners = session.scalars(
        select(Enrolment.learner_id)
        .where(Enrolment.class_id == from_class_id)
        .where(Enrolment.withdrawn_on.is_(None))
        .order_by(Enrolment.id)
    ).all()
    return enrol(session, to_class_id, learners, on)


def _enrolment(session: Session, enrolment_id: int) -> Enrolment:
    row = session.get(Enrolment, enrolment_id)
    if row is None:
        raise Problem("enrolment.not_found", id=enrolment_id)
    return row


def withdraw(session: Session, enrolment_id: int, on: dt.date) -> None:
    """The learner leaves the class on ``on``: still expected at sessions up to that date,
    not after it. Marks already made are kept."""
    row = _enrolment(session, enrolment_id)
    start = row.enrolled_on or _class_start(session, row.class_id)
    if start is not None and on < start:
        raise Problem("enrolment.withdraw_before_enrol", date=start.strftime("%d/%m/%Y"))
    row.withdrawn_on = on
    session.flush()


def undo_withdrawal(session: Session, enrolment_id: int) -> None:
    _enrolment(session, enrolment_id).withdrawn_on = None
    session.flush()


def set_completed(session: Session, enrolment_ids: Iterable[int], completed: bool) -> int:
    """Mark enrolments completed (or not); returns how many changed."""
    ids = list(enrolment_ids)
    if not ids:
        return 0
    done = session.execute(
        update(Enrolment)
        .where(Enrolment.id.in_(ids))
        .where(Enrolment.completed != completed)
        .values(completed=completed)
    )
    return int(done.rowcount)  # type: ignore[attr-defined]


def list_enrolments(session: Session, class_id: int, on: dt.date) -> list[EnrolmentRow]:
    """The enrolments of a class (withdrawn ones too), by name, with each one's attended
    and expected sessions among the held sessions dated up to ``on``."""
    counted = (is_held(), ClassSession.date <= on, enrolled_at_session())
    attended = (
        select(func.count())
        .select_from(ClassSession)
        .join(AttendanceMark, AttendanceMark.session_id == ClassSession.id)
        .where(
            ClassSession.class_id == Enrolment.class_id,
            AttendanceMark.learner_id == Enrolment.learner_id,
            is_attendance(),
            *counted,
        )
        .scalar_subquery()
    )
    expected = (
        select(func.count())
        .select_from(ClassSession)
        .where(ClassSession.class_id == Enrolment.class_id, *counted)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Enrolment.id,
            Enrolment.learner_id,
            Learner.full_name,
            Learner.phone,
            Enrolment.enrolled_on,
            Enrolment.withdrawn_on,
            Enrolment.completed,
            attended,
            expected,
        )
        .select_from(Enrolment)
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(LearningClass, LearningClass.id == Enrolment.class_id)
        .where(Enrolment.class_id == class_id)
        .order_by(Enrolment.id)
    )
    items = [
        EnrolmentRow(
            int(r[0]),
            int(r[1]),
            r[2],
            r[3],
            _optional_date(r[4]),
            _optional_date(r[5]),
            bool(r[6]),
            int(r[7] or 0),
            int(r[8] or 0),
        )
        for r in rows
    ]
    items.sort(key=lambda e: (not e.active, fast_name_sort_key(e.full_name), e.id))
    return items


# -- the class page ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClassSummary:
    """What the class page shows. ``attended`` / ``expected`` is the attendance rate over
    the held sessions dated up to ``on`` (the spec's rule, as in the report:
    :func:`~clc_desktop.services.counting.enrolled_at_session`)."""

    record: ClassRecord
    on: dt.date
    sessions: tuple[SessionRow, ...]
    enrolments: tuple[EnrolmentRow, ...]
    held_sessions: int  # held sessions dated up to ``on``
    cancelled_sessions: int
    attended: int
    expected: int

    @property
    def attendance_rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None

    @property
    def enrolled_now(self) -> int:
        return len({e.learner_id for e in self.enrolments if e.active})


def class_summary(session: Session, class_id: int, on: dt.date | None = None) -> ClassSummary:
    on = on or dt.date.today()
    record = get_class(session, class_id)
    sessions = tuple(list_sessions(session, class_id))
    # Each held session's expected learners and their attendances, by the report's rule
    # (enrolled_at_session, one pair per learner and session): their sums are the class's
    # share of the report's expected_attendances and attendances (a test checks this).
    counted = [s for s in sessions if s.status == SessionStatus.HELD and s.date <= on]
    return ClassSummary(
        record=record,
        on=on,
        sessions=sessions,
        enrolments=tuple(list_enrolments(session, class_id, on)),
        held_sessions=len(counted),
        cancelled_sessions=sum(s.status == SessionStatus.CANCELLED for s in sessions),
        attended=sum(s.attended for s in counted),
        expected=sum(s.expected for s in counted),
    )


# -- helpers ----------------------------------------------------------------------------------


def _date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _optional_date(value: object) -> dt.date | None:
    return None if value is None else _date(value)

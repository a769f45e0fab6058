"""Correcting enrolments: the date a learner joined a class, and an enrolment made by mistake.

An enrolment's date decides at which sessions the learner is expected (the spec's rule:
:func:`clc_desktop.services.counting.enrolled_at_session`), so a learner enrolled in a
talk held last week "from today" is expected at nothing. These use cases let staff put
the date right and remove an enrolment made by mistake; neither may leave attendance
marks without the enrolment they belong to:

- :func:`change_enrolment_date` refuses a date after a session the learner was marked at
  (``enrolment.date_after_marks``, with how many marks), and a date after the withdrawal;
- :func:`remove_enrolment` refuses when marks depend on the enrolment
  (``enrolment.remove_has_marks``, with how many).

:func:`first_day` is the date an enrolment defaults to (the class's start, or its first
session when that is earlier or there is no start), and :func:`held_before` lists the
sessions already held that a chosen date leaves out, so the page can ask first.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from clc_desktop.domain.messages import Problem
from clc_desktop.services.classes import enrolment_date_to_store
from clc_desktop.services.counting import is_held
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)


def first_day(session: Session, class_id: int) -> dt.date | None:
    """The class's first day: its start date, or its first session when earlier (or when
    it has no start date); ``None`` for a class with neither."""
    row = session.execute(
        select(LearningClass.start_date).where(LearningClass.id == class_id)
    ).first()
    if row is None:
        raise Problem("class.not_found", id=class_id)
    first = session.scalar(
        select(func.min(ClassSession.date)).where(ClassSession.class_id == class_id)
    )
    days = [d for d in (row[0], first) if d is not None]
    return min(days) if days else None


def held_before(session: Session, class_id: int, on: dt.date, today: dt.date) -> list[dt.date]:
    """The held sessions of a class already past (dated up to ``today``) and before ``on``:
    those an enrolment from ``on`` leaves out."""
    return list(
        session.scalars(
            select(ClassSession.date)
            .where(
                ClassSession.class_id == class_id,
                is_held(),
                ClassSession.date < on,
                ClassSession.date <= today,
            )
            .order_by(ClassSession.date)
        )
    )


def _enrolment(session: Session, enrolment_id: int) -> tuple[Enrolment, str, dt.date | None]:
    row = session.execute(
        select(Enrolment, Learner.full_name, LearningClass.start_date)
        .join(Learner, Learner.id == Enrolment.learner_id)
        .join(LearningClass, LearningClass.id == Enrolment.class_id)
        .where(Enrolment.id == enrolment_id)
    ).first()
    if row is None:
        raise Problem("enrolment.not_found", id=enrolment_id)
    return row[0], row[1], row[2]


def _marks(
    session: Session,
    enrolment: Enrolment,
    from_day: dt.date | None,
    before: dt.date | None = None,
) -> int:
    """The learner's marks at sessions of the class covered by the enrolment (from
    ``from_day``, to the withdrawal), or only those before ``before``."""
    query = (
        select(func.count())
        .select_from(AttendanceMark)
        .join(ClassSession, ClassSession.id == AttendanceMark.session_id)
        .where(
            ClassSession.class_id == enrolment.class_id,
            AttendanceMark.learner_id == enrolment.learner_id,
        )
    )
    if from_day is not None:
        query = query.where(ClassSession.date >= from_day)
    if enrolment.withdrawn_on is not None:
        query = query.where(ClassSession.date <= enrolment.withdrawn_on)
    if before is not None:
        query = query.where(ClassSession.date < before)
    return int(session.scalar(query) or 0)


def marks_of_enrolment(session: Session, enrolment_id: int) -> int:
    """How many attendance marks depend on an enrolment (the learner's marks at the
    class's sessions while enrolled)."""
    row, _name, _start = _enrolment(session, enrolment_id)
    return _marks(session, row, row.enrolled_on)


def change_enrolment_date(session: Session, enrolment_id: int, on: dt.date) -> dt.date | None:
    """The learner joined the class on ``on``; returns the date stored (``None`` when
    ``on`` is not after the class's first day: "from the start")."""
    row, name, _start = _enrolment(session, enrolment_id)
    if row.withdrawn_on is not None and on > row.withdrawn_on:
        raise Problem("enrolment.date_after_withdrawal", date=row.withdrawn_on.strftime("%d/%m/%Y"))
    stored = enrolment_date_to_store(session, row.class_id, on)
    if stored is not None:
        # Every mark before the new date would count nowhere (from the start: all of them).
        left_out = _marks(session, row, row.enrolled_on, before=stored)
        if left_out:
            raise Problem(
                "enrolment.date_after_marks",
                name=name,
                date=stored.strftime("%d/%m/%Y"),
                count=left_out,
            )
    row.enrolled_on = stored
    session.flush()
    return stored


def remove_enrolment(session: Session, enrolment_id: int) -> str:
    """Remove an enrolment made by mistake; returns the learner's name. Refused while
    attendance marks depend on it (they would count nowhere)."""
    row, name, _start = _enrolment(session, enrolment_id)
    # From the start (no date): every mark of the learner in the class up to the
    # withdrawal, those before the class's start date included.
    marks = _marks(session, row, row.enrolled_on)
    if marks:
        raise Problem("enrolment.remove_has_marks", name=name, count=marks)
    session.execute(delete(Enrolment).where(Enrolment.id == enrolment_id))
    return name

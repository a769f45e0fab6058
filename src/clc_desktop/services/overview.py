"""Numbers for the centre overview page, from aggregate queries (the report's counting
rules: :mod:`clc_desktop.services.counting`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session

from clc_desktop.domain.codes import SessionStatus
from clc_desktop.domain.periods import Period, school_year_of
from clc_desktop.services.attendance import sessions_awaiting_roll_call
from clc_desktop.services.counting import (
    count_where,
    enrolled_at_session,
    expected_pairs,
    is_attendance,
    is_held,
)
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)


@dataclass(frozen=True, slots=True)
class TodaySession:
    session_id: int
    class_id: int
    class_name: str
    topic: str
    status: str
    enrolled: int
    marked: int
    date: dt.date


@dataclass(frozen=True, slots=True)
class Overview:
    school_year: Period
    today: dt.date
    learners: int  # not archived
    classes: int  # with a held session in the school year so far
    sessions_held: int
    sessions_cancelled: int
    expected_attendances: int
    attendances: int
    today_sessions: tuple[TodaySession, ...]
    #: Held sessions of the school year before today whose roll call was not taken
    #: (everyone expected counts as absent there), newest first.
    awaiting_sessions: tuple[TodaySession, ...] = ()

    @property
    def attendance_rate(self) -> float | None:
        """attendances / expected_attendances at held sessions (``None`` before any)."""
        if not self.expected_attendances:
            return None
        return self.attendances / self.expected_attendances


def load_overview(session: Session, today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    year = school_year_of(today)
    sessions = session.execute(
        select(
            func.count(distinct(case((is_held(), ClassSession.class_id)))),
            count_where(is_held()),
            count_where(ClassSession.status == SessionStatus.CANCELLED.value),
        ).where(ClassSession.date.between(year.start, today))
    ).one()
    pairs = expected_pairs(year.start, today)
    expected, attended = session.execute(
        select(func.count(), count_where(is_attendance()))
        .select_from(pairs)
        .outerjoin(
            AttendanceMark,
            and_(
                AttendanceMark.session_id == pairs.c.session_id,
                AttendanceMark.learner_id == pairs.c.learner_id,
            ),
        )
    ).one()
    learners = session.scalar(select(func.count()).select_from(Learner).where(~Learner.archived))
    enrolled = (
        select(func.count(distinct(Enrolment.learner_id)))
        .where(Enrolment.class_id == LearningClass.id, enrolled_at_session())
        .scalar_subquery()
    )
    marked = (
        select(func.count())
        .select_from(AttendanceMark)
        .where(AttendanceMark.session_id == ClassSession.id)
        .scalar_subquery()
    )
    rows = (
        select(
            ClassSession.id,
            LearningClass.id,
            LearningClass.name,
            LearningClass.topic,
            ClassSession.status,
            enrolled,
            marked,
            ClassSession.date,
        )
        .select_from(ClassSession)
        .join(LearningClass, LearningClass.id == ClassSession.class_id)
    )
    today_rows = session.execute(
        rows.where(ClassSession.date == today).order_by(LearningClass.name)
    ).all()
    yesterday = today - dt.timedelta(days=1)
    awaiting = [
        s.session_id for s in sessions_awaiting_roll_call(session, yesterday, since=year.start)
    ]
    awaiting_rows = session.execute(
        rows.where(ClassSession.id.in_(awaiting)).order_by(
            ClassSession.date.desc(), LearningClass.name
        )
    ).all()
    return Overview(
        school_year=year,
        today=today,
        learners=int(learners or 0),
        classes=int(sessions[0] or 0),
        sessions_held=int(sessions[1] or 0),
        sessions_cancelled=int(sessions[2] or 0),
        expected_attendances=int(expected or 0),
        attendances=int(attended or 0),
        today_sessions=tuple(TodaySession(*row) for row in today_rows),
        awaiting_sessions=tuple(TodaySession(*row) for row in awaiting_rows),
    )

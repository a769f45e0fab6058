"""The spec's counting rules as SQL expressions, in one place (the spec's "Indicators").

Every number about expected learners and attendances (the report, the overview, the class
page, the roll call) is built from :func:`enrolled_at_session`, so they cannot drift apart:
a learner is expected at a session of their class when enrolled in it on or before the
session's date (an enrolment without a date starts on the class's start date) and not
withdrawn before it. Only held sessions count. The report, the overview and the roll call
count each (learner, session) pair once however many enrolment rows match (a re-enrolment
is a new row); the class page's line per enrolment (``classes.list_enrolments``) counts
the sessions of that enrolment row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Integer, Subquery, and_, func, or_, select

from clc_desktop.domain.codes import ATTENDED_MARKS, SessionStatus
from clc_desktop.storage.models import AttendanceMark, ClassSession, Enrolment, LearningClass

_ATTENDED = sorted(mark.value for mark in ATTENDED_MARKS)


def enrolled_at_session(
    enrolment: type[Enrolment] = Enrolment,
    session: type[ClassSession] = ClassSession,
    learning_class: type[LearningClass] = LearningClass,
) -> ColumnElement[bool]:
    """Enrolment ``enrolment`` (of class ``learning_class``) covers session ``session``:
    the query (or an enclosing one it is correlated to) has the three tables in its FROM."""
    return and_(
        func.coalesce(enrolment.enrolled_on, learning_class.start_date, session.date)
        <= session.date,
        or_(enrolment.withdrawn_on.is_(None), session.date <= enrolment.withdrawn_on),
    )


def is_held(session: type[ClassSession] = ClassSession) -> ColumnElement[bool]:
    return session.status == SessionStatus.HELD.value


def is_attendance(mark: type[AttendanceMark] = AttendanceMark) -> ColumnElement[bool]:
    """The mark is an attendance (present or late)."""
    return mark.status.in_(_ATTENDED)


def count_where(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """``SUM(condition)``: how many rows meet it (``NULL`` over no rows, as SQL's ``SUM``)."""
    return func.sum(condition, type_=Integer)


def expected_pairs(start: dt.date, last: dt.date) -> Subquery:
    """Held sessions dated ``start``..``last`` with the learners expected at them, one row
    per (session, learner): columns ``session_id``, ``class_id``, ``topic``,
    ``learner_id``. Shared by the report and the overview page."""
    return (
        select(
            ClassSession.id.label("session_id"),
            ClassSession.class_id.label("class_id"),
            LearningClass.topic.label("topic"),
            Enrolment.learner_id.label("learner_id"),
        )
        .join(LearningClass, LearningClass.id == ClassSession.class_id)
        .join(Enrolment, Enrolment.class_id == ClassSession.class_id)
        .where(is_held(), ClassSession.date.between(start, last), enrolled_at_session())
        .group_by(ClassSession.id, Enrolment.learner_id)
        .subquery("x")
    )

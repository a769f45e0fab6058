"""Every indicator of the exchange format for one centre and one period.

The counting happens in SQL (``GROUP BY`` over sessions, enrolments and marks); Python
only spreads the grouped rows over the marginals (:func:`~clc_desktop.reports.cube.add_fact`).
The rules are the spec's ("Indicators"): a session counts when its date is in the period
and not after the day the report is made; who is expected at a held session is
:func:`~clc_desktop.services.counting.enrolled_at_session`; each (learner, class) and
(learner, session) pair counts once.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, distinct, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from clc_desktop.domain.attendance import UncountedMarks
from clc_desktop.domain.codes import SessionStatus, age_band, is_ethnic_minority
from clc_desktop.domain.learners import age_on
from clc_desktop.domain.periods import Period
from clc_desktop.reports.cube import ALL, Cube, Fact, Key, add_fact
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
class Person:
    sex: str
    age_band: str
    groups: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LearnerShare:
    """One learner's share of ``enrolments`` (classes), ``attendances`` and
    ``expected_attendances``: a row of the optional ``learners`` sheet."""

    learner_id: int
    classes: int
    attendances: int
    expected_attendances: int


@dataclass(frozen=True, slots=True)
class Indicators:
    cube: Cube
    shares: dict[int, LearnerShare]


def compute_cube(session: Session, period: Period, generated_on: dt.date) -> Cube:
    """The cube of a centre report for ``period``, as made on ``generated_on``."""
    return compute_indicators(session, period, generated_on).cube


def compute_indicators(session: Session, period: Period, generated_on: dt.date) -> Indicators:
    """The cube, and each counted learner's share of it (for the ``learners`` sheet)."""
    last = min(period.end, generated_on)
    counts: Counter[Key] = Counter()
    counts[Key("centres")] = 1
    people = _people(session, period.end)

    def if_held(column: InstrumentedAttribute[int]) -> ColumnElement[int]:
        return case((is_held(), column), else_=0)

    by_topic = (
        select(
            LearningClass.topic,
            func.count(distinct(case((is_held(), ClassSession.class_id)))),
            count_where(is_held()),
            count_where(ClassSession.status == SessionStatus.CANCELLED.value),
            func.sum(if_held(ClassSession.minutes)),
            func.sum(if_held(ClassSession.walk_ins_male)),
            func.sum(if_held(ClassSession.walk_ins_female)),
            func.sum(if_held(ClassSession.walk_ins_unknown)),
        )
        .select_from(ClassSession)
        .join(LearningClass, LearningClass.id == ClassSession.class_id)
        .where(ClassSession.date.between(period.start, last))
        .group_by(LearningClass.topic)
    )
    for topic, classes, held, cancelled, minutes, male, female, unknown in session.execute(
        by_topic
    ):
        fact = Fact(topic=topic)
        add_fact(counts, "classes", fact, classes or 0)
        add_fact(counts, "sessions_held", fact, held or 0)
        add_fact(counts, "sessions_cancelled", fact, cancelled or 0)
        add_fact(counts, "minutes_held", fact, minutes or 0)
        for sex, value in (("male", male), ("female", female), ("unknown", unknown)):
            add_fact(counts, "walk_ins", Fact(topic=topic, sex=sex), value or 0)

    # Expected, attended and absent, per (topic, learner): the grain of the breakdowns.
    learner_topics: dict[int, set[str]] = {}
    totals: dict[int, list[int]] = {}  # learner -> [classes, attendances, expected]
    pairs = expected_pairs(period.start, last)
    by_learner = (
        select(
            pairs.c.topic,
            pairs.c.learner_id,
            func.count(),
            count_where(is_attendance()),
            count_where(and_(AttendanceMark.status.is_not(None), ~is_attendance())),
            func.count(distinct(pairs.c.class_id)),
        )
        .select_from(pairs)
        .outerjoin(
            AttendanceMark,
            and_(
                AttendanceMark.session_id == pairs.c.session_id,
                AttendanceMark.learner_id == pairs.c.learner_id,
            ),
        )
        .group_by(pairs.c.topic, pairs.c.learner_id)
    )
    for topic, learner_id, expected, attendances, absences, classes in session.execute(by_learner):
        person = people[learner_id]
        add_fact(counts, "expected_attendances", Fact(topic=topic), expected)
        add_fact(counts, "absences", Fact(topic=topic), absences or 0)
        add_fact(counts, "attendances", Fact(topic, person.sex, person.age_band), attendances or 0)
        add_fact(
            counts, "enrolments", Fact(topic, person.sex, person.age_band, person.groups), classes
        )
        learner_topics.setdefault(learner_id, set()).add(topic)
        # Classes belong to one topic, so the per-topic counts add up to the learner's.
        total = totals.setdefault(learner_id, [0, 0, 0])
        total[0] += classes
        total[1] += attendances or 0
        total[2] += expected

    # Distinct learners: once per topic, and once in topic _all however many topics.
    for learner_id, topics in learner_topics.items():
        person = people[learner_id]
        for topic in topics:
            _add_learner(
                counts,
                Fact(topic, person.sex, person.age_band, person.groups),
                with_all_topics=False,
            )
        _add_learner(
            counts, Fact(ALL, person.sex, person.age_band, person.groups), with_all_topics=True
        )

    # A completion is dated by the end of its class (or its last held session).
    last_held = (
        select(func.max(ClassSession.date))
        .where(ClassSession.class_id == LearningClass.id, is_held())
        .scalar_subquery()
    )
    completed = (
        select(LearningClass.topic, Enrolment.learner_id)
        .select_from(Enrolment)
        .join(LearningClass, LearningClass.id == Enrolment.class_id)
        .where(
            Enrolment.completed,
            func.coalesce(LearningClass.end_date, last_held).between(period.start, period.end),
        )
        .group_by(Enrolment.class_id, Enrolment.learner_id)
    )
    for topic, learner_id in session.execute(completed):
        add_fact(counts, "completions", Fact(topic=topic, sex=people[learner_id].sex))

    cube = {key: value for key, value in counts.items() if value}
    shares = {learner_id: LearnerShare(learner_id, *total) for learner_id, total in totals.items()}
    return Indicators(cube, shares)


def uncounted_marks(
    session: Session, period: Period, generated_on: dt.date
) -> list[UncountedMarks]:
    """Held sessions in the report's window with marks of learners not enrolled at them."""
    enrolled = (
        select(Enrolment.id)
        .where(
            Enrolment.class_id == ClassSession.class_id,
            Enrolment.learner_id == AttendanceMark.learner_id,
            enrolled_at_session(),
        )
        .exists()
    )
    rows = session.execute(
        select(LearningClass.name, ClassSession.date, func.count())
        .select_from(AttendanceMark)
        .join(ClassSession, ClassSession.id == AttendanceMark.session_id)
        .join(LearningClass, LearningClass.id == ClassSession.class_id)
        .where(
            is_held(),
            ClassSession.date.between(period.start, min(period.end, generated_on)),
            ~enrolled,
        )
        .group_by(ClassSession.id)
        .order_by(ClassSession.date, LearningClass.name, ClassSession.id)
    )
    return [UncountedMarks(name, day, n) for name, day, n in rows]


def _add_learner(counts: Counter[Key], fact: Fact, *, with_all_topics: bool) -> None:
    """Learners are distinct per topic: a topic's row and the _all-topic row are counted
    separately, never summed from each other."""
    sexes = (fact.sex, ALL)
    bands = (fact.age_band, ALL)
    groups = (ALL, *fact.groups)
    topic = ALL if with_all_topics else fact.topic
    for sex in sexes:
        for band in bands:
            for group in groups:
                counts[Key("learners", topic, sex, band, group)] += 1


def _people(session: Session, on: dt.date) -> dict[int, Person]:
    """Every learner's sex, age band on ``on`` and groups (one small query)."""
    people: dict[int, Person] = {}
    rows = session.execute(
        select(
            Learner.id,
            Learner.sex,
            Learner.birth_date,
            Learner.birth_year,
            Learner.ethnicity,
            Learner.disability,
        )
    )
    for learner_id, sex, born, birth_year, ethnicity, disability in rows:
        groups = tuple(
            name
            for name, member in (
                ("ethnic_minority", is_ethnic_minority(ethnicity)),
                ("disability", bool(disability)),
            )
            if member
        )
        people[learner_id] = Person(sex, age_band(age_on(on, born, birth_year)).value, groups)
    return people

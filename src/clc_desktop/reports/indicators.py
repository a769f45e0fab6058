"""Every indicator of the exchange format for one centre and one period.

The counting happens in SQL (``GROUP BY`` over sessions, enrolments and marks); Python
only spreads the grouped rows over the marginals. The rules are the spec's
("Indicators"): a session counts when its date is in the period and not after the day
the report is made; a learner is expected at a held session when enrolled in its class on
or before that date and not withdrawn before it (an enrolment without a date starts on the
class's start date); each (learner, class) and (learner, session) pair counts once.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from clc_desktop.domain.codes import ATTENDED_MARKS, age_band, is_ethnic_minority
from clc_desktop.domain.periods import Period
from clc_desktop.reports.cube import ALL, Cube, Fact, Key, add_fact


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
class UncountedMarks:
    """Marks at a held session of learners not enrolled at it: they count nowhere, and
    the human sheet lists them as warnings (the spec's "Indicators")."""

    class_name: str
    session_date: dt.date
    marks: int


@dataclass(frozen=True, slots=True)
class Indicators:
    cube: Cube
    shares: dict[int, LearnerShare]


def age_on(day: dt.date, birth_date: dt.date | None, birth_year: int | None) -> int | None:
    """Completed years on ``day``; with a birth year only, ``day.year - birth_year``."""
    if birth_date is not None:
        before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
        return day.year - birth_date.year - before_birthday
    if birth_year is not None:
        return day.year - birth_year
    return None


#: Held sessions dated :start..:last with the learners expected at them: enrolled in the
#: class on or before the session's date (an enrolment without a date starts on the class's
#: start date) and not withdrawn before it; each (learner, session) pair once however many
#: enrolment rows match. Shared by the report and the overview page.
#: Enrolment ``e`` of class ``c`` covers session ``s``.
ENROLLED_AT_SESSION = (
    "COALESCE(e.enrolled_on, c.start_date, s.date) <= s.date"
    " AND (e.withdrawn_on IS NULL OR s.date <= e.withdrawn_on)"
)

EXPECTED_PAIRS = f"""
SELECT s.id AS session_id, s.class_id AS class_id, c.topic AS topic, e.learner_id AS learner_id
FROM class_session s
JOIN learning_class c ON c.id = s.class_id
JOIN enrolment e ON e.class_id = s.class_id
WHERE s.status = 'held' AND s.date BETWEEN :start AND :last AND {ENROLLED_AT_SESSION}
GROUP BY s.id, e.learner_id
"""


def compute_cube(session: Session, period: Period, generated_on: dt.date) -> Cube:
    """The cube of a centre report for ``period``, as made on ``generated_on``."""
    return compute_indicators(session, period, generated_on).cube


def compute_indicators(session: Session, period: Period, generated_on: dt.date) -> Indicators:
    """The cube, and each counted learner's share of it (for the ``learners`` sheet)."""
    last = min(period.end, generated_on)
    window = {"start": period.start, "last": last, "end": period.end}
    counts: Counter[Key] = Counter()
    counts[Key("centres")] = 1
    people = _people(session, period.end)

    for topic, classes, held, cancelled, minutes, male, female, unknown in session.execute(
        text(
            "SELECT c.topic,"
            " COUNT(DISTINCT CASE WHEN s.status = 'held' THEN s.class_id END),"
            " SUM(s.status = 'held'), SUM(s.status = 'cancelled'),"
            " SUM(CASE WHEN s.status = 'held' THEN s.minutes ELSE 0 END),"
            " SUM(CASE WHEN s.status = 'held' THEN s.walk_ins_male ELSE 0 END),"
            " SUM(CASE WHEN s.status = 'held' THEN s.walk_ins_female ELSE 0 END),"
            " SUM(CASE WHEN s.status = 'held' THEN s.walk_ins_unknown ELSE 0 END)"
            " FROM class_session s JOIN learning_class c ON c.id = s.class_id"
            " WHERE s.date BETWEEN :start AND :last GROUP BY c.topic"
        ),
        window,
    ):
        fact = Fact(topic=topic)
        add_fact(counts, "classes", fact, classes or 0)
        add_fact(counts, "sessions_held", fact, held or 0)
        add_fact(counts, "sessions_cancelled", fact, cancelled or 0)
        add_fact(counts, "minutes_held", fact, minutes or 0)
        for sex, value in (("male", male), ("female", female), ("unknown", unknown)):
            add_fact(counts, "walk_ins", Fact(topic=topic, sex=sex), value or 0)

    # Expected, attended and absent, per (topic, learner): the grain of the breakdowns.
    attended = ", ".join(f"'{m.value}'" for m in ATTENDED_MARKS)
    learner_topics: dict[int, set[str]] = {}
    totals: dict[int, list[int]] = {}  # learner -> [classes, attendances, expected]
    for topic, learner_id, expected, attendances, absences, classes in session.execute(
        text(
            "SELECT x.topic, x.learner_id, COUNT(*),"
            f" SUM(m.status IN ({attended})),"
            f" SUM(m.status IS NOT NULL AND m.status NOT IN ({attended})),"
            " COUNT(DISTINCT x.class_id)"
            f" FROM ({EXPECTED_PAIRS}) x LEFT JOIN attendance_mark m"
            " ON m.session_id = x.session_id AND m.learner_id = x.learner_id"
            " GROUP BY x.topic, x.learner_id"
        ),
        window,
    ):
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

    for topic, learner_id in session.execute(
        text(
            "SELECT c.topic, e.learner_id FROM enrolment e"
            " JOIN learning_class c ON c.id = e.class_id"
            " WHERE e.completed AND COALESCE(c.end_date, (SELECT MAX(s.date) FROM class_session s"
            "   WHERE s.class_id = c.id AND s.status = 'held')) BETWEEN :start AND :end"
            " GROUP BY e.class_id, e.learner_id"
        ),
        window,
    ):
        add_fact(counts, "completions", Fact(topic=topic, sex=people[learner_id].sex))

    cube = {key: value for key, value in counts.items() if value}
    shares = {learner_id: LearnerShare(learner_id, *total) for learner_id, total in totals.items()}
    return Indicators(cube, shares)


def uncounted_marks(
    session: Session, period: Period, generated_on: dt.date
) -> list[UncountedMarks]:
    """Held sessions in the report's window with marks of learners not enrolled at them."""
    rows = session.execute(
        text(
            "SELECT c.name, s.date, COUNT(*) FROM attendance_mark m"
            " JOIN class_session s ON s.id = m.session_id"
            " JOIN learning_class c ON c.id = s.class_id"
            " WHERE s.status = 'held' AND s.date BETWEEN :start AND :last"
            " AND NOT EXISTS (SELECT 1 FROM enrolment e"
            "   WHERE e.class_id = s.class_id AND e.learner_id = m.learner_id"
            f"   AND {ENROLLED_AT_SESSION})"
            " GROUP BY s.id ORDER BY s.date, c.name, s.id"
        ),
        {"start": period.start, "last": min(period.end, generated_on)},
    )
    return [
        UncountedMarks(name, day if isinstance(day, dt.date) else dt.date.fromisoformat(day), n)
        for name, day, n in rows
    ]


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
    for learner_id, sex, birth_date, birth_year, ethnicity, disability in session.execute(
        text("SELECT id, sex, birth_date, birth_year, ethnicity, disability FROM learner")
    ):
        born = dt.date.fromisoformat(birth_date) if isinstance(birth_date, str) else birth_date
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

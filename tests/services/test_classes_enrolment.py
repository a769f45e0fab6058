"""Correcting enrolments (issue 12, defect 3): the default date, the sessions a date leaves
out, changing the date, removing an enrolment made by mistake, re-enrolling earlier."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from clc_desktop.domain.learners import LearnerForm
from clc_desktop.domain.messages import Problem
from clc_desktop.services.classes import ClassForm, create_class, enrol, list_sessions
from clc_desktop.services.enrolment_changes import (
    change_enrolment_date,
    first_day,
    held_before,
    marks_of_enrolment,
    remove_enrolment,
)
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import AttendanceMark, Enrolment

D = dt.date
TODAY = D(2026, 12, 4)
TALK = D(2026, 11, 27)


def _talk(store: Store, start: dt.date | None = TALK) -> tuple[int, list[int]]:
    form = ClassForm(
        name="Phòng chống lừa đảo qua mạng",
        topic="legal",
        kind="event",
        start_date=start,
        end_date=start,
    )
    with store.session() as session:
        class_id = create_class(session, form, [TALK])
        learners = [
            add_learner(session, LearnerForm(full_name=name), TODAY)
            for name in ("Nguyễn Thị Hương", "Trần Văn Đức")
        ]
    return class_id, learners


def _enrolments(store: Store, class_id: int) -> dict[int, Enrolment]:
    with store.session() as session:
        rows = session.scalars(select(Enrolment).where(Enrolment.class_id == class_id))
        return {e.learner_id: e for e in rows}


def test_the_default_date_is_the_class_start_or_its_first_session(store: Store) -> None:
    class_id, _ = _talk(store)
    no_start, _ = _talk(store, start=None)
    with store.session() as session:
        assert first_day(session, class_id) == TALK
        assert first_day(session, no_start) == TALK
        # Enrolled from today, the talk of 27/11 is left out; from its date, nothing is.
        assert held_before(session, class_id, TODAY, TODAY) == [TALK]
        assert held_before(session, class_id, TALK, TODAY) == []


def test_change_the_date_of_an_enrolment_made_from_today(store: Store) -> None:
    class_id, (huong, duc) = _talk(store)
    with store.session() as session:
        enrol(session, class_id, [huong, duc], TODAY)
        assert list_sessions(session, class_id)[0].expected == 0
    row = _enrolments(store, class_id)[huong]
    with store.session() as session:
        assert change_enrolment_date(session, row.id, TALK) is None  # from the start
        assert list_sessions(session, class_id)[0].expected == 1


def test_enrolling_again_from_an_earlier_date_moves_the_enrolment(store: Store) -> None:
    class_id, (huong, duc) = _talk(store)
    with store.session() as session:
        enrol(session, class_id, [huong], TODAY)
        result = enrol(session, class_id, [huong, duc], TALK)
    assert result.added == (duc,)
    assert result.moved == (huong,)
    assert result.already == ()
    assert all(e.enrolled_on is None for e in _enrolments(store, class_id).values())


def test_marks_refuse_a_later_date_and_a_removal(store: Store) -> None:
    class_id, (huong, duc) = _talk(store)
    with store.session() as session:
        enrol(session, class_id, [huong, duc])
        talk_session = list_sessions(session, class_id)[0].id
        session.execute(
            insert(AttendanceMark).values(
                session_id=talk_session, learner_id=huong, status="present"
            )
        )
    rows = _enrolments(store, class_id)
    with store.session() as session, pytest.raises(Problem) as refused:
        remove_enrolment(session, rows[huong].id)
    assert refused.value.code == "enrolment.remove_has_marks"
    assert refused.value.params == {"name": "Nguyễn Thị Hương", "count": 1}
    assert "1 lượt điểm danh" in refused.value.text("vi")
    with store.session() as session, pytest.raises(Problem) as refused:
        change_enrolment_date(session, rows[huong].id, TODAY)
    assert refused.value.code == "enrolment.date_after_marks"
    assert "04/12/2026" in refused.value.text("vi")
    with store.session() as session:
        assert marks_of_enrolment(session, rows[huong].id) == 1
        assert marks_of_enrolment(session, rows[duc].id) == 0
        assert remove_enrolment(session, rows[duc].id) == "Trần Văn Đức"
    assert set(_enrolments(store, class_id)) == {huong}


def test_the_date_cannot_pass_the_withdrawal(store: Store) -> None:
    class_id, (huong, _) = _talk(store)
    with store.session() as session:
        enrol(session, class_id, [huong])
    row = _enrolments(store, class_id)[huong]
    with store.session() as session:
        session.get(Enrolment, row.id).withdrawn_on = D(2026, 11, 30)  # type: ignore[union-attr]
    with store.session() as session, pytest.raises(Problem) as refused:
        change_enrolment_date(session, row.id, TODAY)
    assert refused.value.code == "enrolment.date_after_withdrawal"


def _expected_at(store: Store, class_id: int) -> list[int]:
    """How many learners each session of the class expects (the report's rule)."""
    with store.session() as session:
        return [s.expected for s in list_sessions(session, class_id)]


def test_a_session_held_before_the_start_date_expects_those_enrolled_from_the_first_day(
    store: Store,
) -> None:
    # A course starting 01/12 whose first session was held on 27/11: enrolling (or moving
    # the date) to the first day must cover that session; «from the start» would not.
    class_id, (first, second) = _talk(store, start=D(2026, 12, 1))
    with store.session() as session:
        enrol(session, class_id, [first], on=TALK)
        enrol(session, class_id, [second], on=D(2026, 12, 1))
    assert _expected_at(store, class_id) == [1]
    with store.session() as session:
        enrolment = _enrolments(store, class_id)[second]
        change_enrolment_date(session, enrolment.id, TALK)
    assert _expected_at(store, class_id) == [2]


def test_a_mark_before_the_start_date_refuses_the_removal(store: Store) -> None:
    class_id, (first, _second) = _talk(store, start=D(2026, 12, 1))
    with store.session() as session:
        enrol(session, class_id, [first], on=TALK)
        (held,) = list_sessions(session, class_id)
        session.execute(
            insert(AttendanceMark).values(session_id=held.id, learner_id=first, status="present")
        )
    enrolment = _enrolments(store, class_id)[first]
    with store.session() as session, pytest.raises(Problem) as refused:
        remove_enrolment(session, enrolment.id)
    assert refused.value.code == "enrolment.remove_has_marks"

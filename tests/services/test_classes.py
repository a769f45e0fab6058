"""Classes: create and edit, schedule sessions, enrol, withdraw, complete, the rate."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from clc_desktop.domain.learners import LearnerForm
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import Period, parse_period
from clc_desktop.domain.schedule import Recurrence, schedule_dates
from clc_desktop.reports.cube import Key
from clc_desktop.services.classes import (
    ClassFilter,
    ClassForm,
    add_session,
    apply_schedule,
    class_problems,
    class_summary,
    copy_enrolments,
    create_class,
    enrol,
    filter_classes,
    get_class,
    list_classes,
    list_enrolments,
    list_sessions,
    partner_suggestions,
    session_dates,
    set_class_archived,
    set_completed,
    undo_withdrawal,
    update_class,
    withdraw,
)
from clc_desktop.services.indicators import compute_cube
from clc_desktop.services.learners import add_learner
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import AttendanceMark, ClassSession, Enrolment

D = dt.date
TODAY = D(2026, 11, 23)


def _learners(store: Store, *names: str) -> list[int]:
    with store.session() as session:
        return [add_learner(session, LearnerForm(full_name=n), TODAY) for n in names]


def _form(**changes: object) -> ClassForm:
    values: dict[str, object] = {
        "name": "Lớp tin học cơ bản",
        "topic": "digital",
        "start_date": D(2026, 11, 2),
        "end_date": D(2026, 11, 30),
        "planned_minutes": 120,
    }
    values.update(changes)
    return ClassForm(**values)  # type: ignore[arg-type]


def _mondays() -> list[dt.date]:
    """Mondays 2, 9, 16, 23 and 30 November 2026."""
    return schedule_dates(Recurrence(D(2026, 11, 2), D(2026, 11, 30), frozenset({0})))


def _mark(store: Store, session_id: int, learner_id: int, status: str) -> None:
    with store.session() as session:
        session.execute(
            insert(AttendanceMark).values(
                session_id=session_id, learner_id=learner_id, status=status
            )
        )


def _session_ids(store: Store, class_id: int) -> dict[dt.date, int]:
    with store.session() as session:
        return {s.date: s.id for s in list_sessions(session, class_id)}


def test_create_edit_and_read_a_class(store: Store) -> None:
    with store.session() as session:
        class_id = create_class(
            session,
            _form(name="  Lớp   tin học ", partner="Hội Phụ nữ", facilitator=""),
            _mondays(),
        )
    with store.session() as session:
        record = get_class(session, class_id)
        assert record.form.name == "Lớp tin học"
        assert record.form.partner == "Hội Phụ nữ"
        assert record.form.facilitator is None
        sessions = list_sessions(session, class_id)
        assert [s.date for s in sessions] == _mondays()
        assert {s.minutes for s in sessions} == {120}
        assert {s.status for s in sessions} == {"held"}
        update_class(
            session, class_id, _form(name="Tin học 2", kind="event", partner="Hợp tác xã Đông Anh")
        )
    with store.session() as session:
        assert get_class(session, class_id).form.kind == "event"
        suggestions = partner_suggestions(session)
        assert suggestions[0] == "Hội Phụ nữ"
        assert suggestions[-1] == "Hợp tác xã Đông Anh"  # used in the data
        assert len(suggestions) == len(set(suggestions))
        with pytest.raises(Problem):
            get_class(session, 999)


def test_class_problems() -> None:
    assert class_problems(_form()) == {}
    assert class_problems(_form(name=" ")) == {"name": "class.name_required"}
    assert class_problems(_form(topic="x")) == {"topic": "class.topic_unknown"}
    assert class_problems(_form(end_date=D(2026, 1, 1))) == {"end_date": "class.dates_order"}
    assert class_problems(_form(planned_minutes=0)) == {"planned_minutes": "class.minutes_range"}
    with pytest.raises(ValueError, match="invalid class"):
        create_class(None, _form(name=""))  # type: ignore[arg-type]


def test_editing_the_schedule_keeps_sessions_with_marks(store: Store) -> None:
    (learner,) = _learners(store, "Nguyễn Văn An")
    with store.session() as session:
        class_id = create_class(session, _form(), _mondays())
        enrol(session, class_id, [learner])
    ids = _session_ids(store, class_id)
    _mark(store, ids[D(2026, 11, 9)], learner, "present")
    # Move the class to Wednesdays: Monday sessions without marks go, the marked one stays.
    wednesdays = schedule_dates(Recurrence(D(2026, 11, 2), D(2026, 11, 30), frozenset({2})))
    with store.session() as session:
        preview = apply_schedule(session, class_id, wednesdays, dry_run=True)
        assert session_dates(session, class_id) == _mondays()  # a dry run changes nothing
        change = apply_schedule(session, class_id, wednesdays)
    assert change == preview
    assert change.added == tuple(wednesdays)
    assert change.kept_with_marks == (D(2026, 11, 9),)
    assert change.removed == tuple(d for d in _mondays() if d != D(2026, 11, 9))
    with store.session() as session:
        assert session_dates(session, class_id) == sorted([*wednesdays, D(2026, 11, 9)])
        marks = session.scalar(select(func.count()).select_from(AttendanceMark))
        assert marks == 1
        # The same schedule again changes nothing.
        assert not apply_schedule(session, class_id, wednesdays).changed


def test_a_session_with_walk_ins_is_kept_too(store: Store) -> None:
    with store.session() as session:
        talk = create_class(session, _form(kind="event"), [D(2026, 11, 5), D(2026, 11, 12)])
    ids = _session_ids(store, talk)
    with store.session() as session:
        row = session.get(ClassSession, ids[D(2026, 11, 5)])
        assert row is not None
        row.walk_ins_female = 12
    with store.session() as session:
        change = apply_schedule(session, talk, [D(2026, 11, 19)])
        assert change.kept_with_marks == (D(2026, 11, 5),)
        assert change.removed == (D(2026, 11, 12),)
        assert [s.walk_ins for s in list_sessions(session, talk)] == [12, 0]


def test_enrol_withdraw_complete_and_copy(store: Store) -> None:
    a, b, c = _learners(store, "Nguyễn Thị Hương", "Trần Văn Đức", "Lê Thị Ánh")
    with store.session() as session:
        first = create_class(session, _form(), _mondays())
        second = create_class(session, _form(name="Lớp 2"), [])
        result = enrol(session, first, [a, b, b], on=D(2026, 10, 1))
        assert result.added == (a, b)
        assert enrol(session, first, [a, c], on=D(2026, 11, 10)).already == (a,)
        with pytest.raises(Problem):
            enrol(session, first, [12345])
    with store.session() as session:
        rows = {e.learner_id: e for e in list_enrolments(session, first, TODAY)}
        assert rows[a].enrolled_on is None  # before the start: from the start
        assert rows[c].enrolled_on == D(2026, 11, 10)
        with pytest.raises(Problem) as error:
            withdraw(session, rows[c].id, D(2026, 11, 9))
        assert error.value.code == "enrolment.withdraw_before_enrol"
        withdraw(session, rows[b].id, D(2026, 11, 16))
        assert set_completed(session, [rows[a].id], True) == 1
        assert set_completed(session, [rows[a].id], True) == 0
    with store.session() as session:
        rows = {e.learner_id: e for e in list_enrolments(session, first, TODAY)}
        assert rows[b].withdrawn_on == D(2026, 11, 16)
        assert not rows[b].active
        assert rows[a].completed
        # The withdrawn learner is not copied; the others are.
        copied = copy_enrolments(session, first, second)
        assert copied.added == (a, c)
        with pytest.raises(Problem):
            copy_enrolments(session, first, first)
        # A withdrawn learner enrolled again gets a new enrolment.
        assert enrol(session, first, [b], on=D(2026, 11, 25)).added == (b,)
        undo_withdrawal(session, rows[b].id)
    with store.session() as session:
        count = session.scalar(
            select(func.count()).select_from(Enrolment).where(Enrolment.class_id == first)
        )
        assert count == 4


def test_attendance_rate_with_a_late_joiner_and_a_withdrawal(store: Store) -> None:
    """Mondays 2, 9, 16, 23, 30 Nov; on 23 Nov the sessions up to that day count.

    - a: from the start, at every session (4 expected, 3 attended, 1 absent)
    - b: joins on 10 Nov: expected 16 and 23 (2), attended 16
    - c: withdrawn on 9 Nov: expected 2 and 9 (2), attended 2; a mark on 16 counts nowhere
    - the session of 30 Nov is in the future; 9 Nov is cancelled (counts nowhere)
    """
    a, b, c = _learners(store, "An", "Bình", "Chi")
    with store.session() as session:
        class_id = create_class(session, _form(), _mondays())
        enrol(session, class_id, [a, c])
        enrol(session, class_id, [b], on=D(2026, 11, 10))
        rows = {e.learner_id: e for e in list_enrolments(session, class_id, TODAY)}
        withdraw(session, rows[c].id, D(2026, 11, 9))
    ids = _session_ids(store, class_id)
    with store.session() as session:
        session.get(ClassSession, ids[D(2026, 11, 9)]).status = "cancelled"  # type: ignore[union-attr]
    for day, learner, status in [
        (D(2026, 11, 2), a, "present"),
        (D(2026, 11, 2), c, "late"),
        (D(2026, 11, 16), a, "present"),
        (D(2026, 11, 16), b, "present"),
        (D(2026, 11, 16), c, "present"),  # after the withdrawal: not counted
        (D(2026, 11, 23), a, "absent"),
    ]:
        _mark(store, ids[day], learner, status)
    with store.session() as session:
        summary = class_summary(session, class_id, TODAY)
        # Held up to today: 2, 16, 23. Expected: a 3, b 2 (16, 23), c 1 (2) = 6.
        assert summary.held_sessions == 3
        assert summary.cancelled_sessions == 1
        assert (summary.attended, summary.expected) == (4, 6)
        assert summary.attendance_rate == pytest.approx(4 / 6)
        assert summary.enrolled_now == 2
        per = {e.learner_id: (e.attended, e.expected) for e in summary.enrolments}
        assert per == {a: (2, 3), b: (1, 2), c: (1, 1)}
        sessions = {s.date: s for s in summary.sessions}
        assert sessions[D(2026, 11, 16)].marks == 3
        assert sessions[D(2026, 11, 16)].attended == 2
        assert sessions[D(2026, 11, 16)].expected == 2
        # The report counts the same pairs.
        cube = compute_cube(session, parse_period("2026-11"), TODAY)
        assert cube[Key("expected_attendances")] == 6
        assert cube[Key("attendances")] == 4


def test_list_and_filter_classes(store: Store) -> None:
    (learner,) = _learners(store, "Phạm Văn Đông")
    with store.session() as session:
        now = create_class(session, _form(name="Tin học cơ bản"), _mondays())
        enrol(session, now, [learner])
        old = create_class(
            session,
            _form(name="Nói chuyện pháp luật", topic="legal", kind="event", end_date=None),
            [D(2026, 3, 2)],
        )
        update_class(
            session,
            old,
            _form(
                name="Nói chuyện pháp luật",
                topic="legal",
                kind="event",
                start_date=D(2026, 3, 2),
                end_date=D(2026, 3, 2),
            ),
        )
        gone = create_class(session, _form(name="Lớp cũ"), [])
        set_class_archived(session, gone, True)
        items = list_classes(session)
    by_id = {c.id: c for c in items}
    assert by_id[now].sessions == 5
    assert by_id[now].enrolled == 1
    assert by_id[now].state(TODAY) == "current"
    assert by_id[old].state(TODAY) == "past"
    assert by_id[gone].state(TODAY) == "archived"

    def names(**chosen: object) -> list[str]:
        return [c.name for c in filter_classes(items, ClassFilter(**chosen), TODAY)]  # type: ignore[arg-type]

    assert names() == ["Tin học cơ bản"]
    assert names(state=None, query="phap luat") == ["Nói chuyện pháp luật"]
    assert names(state="past") == ["Nói chuyện pháp luật"]
    assert names(state="archived") == ["Lớp cũ"]
    assert names(state=None, kind="event") == ["Nói chuyện pháp luật"]
    assert names(state=None, topic="digital", query="TIN HOC") == ["Tin học cơ bản"]


def test_the_class_rates_add_up_to_the_reports_numbers(store: Store) -> None:
    """Over a demo centre, the classes' attended / expected add up to the report's
    attendances / expected_attendances for a period holding every session."""
    from clc_desktop.services.demo_data import generate_demo

    generate_demo(store.engine, seed=3, size="small", today=TODAY)
    with store.session() as session:
        summaries = [class_summary(session, c.id, TODAY) for c in list_classes(session)]
        start = min(s.date for summary in summaries for s in summary.sessions)
        everything = Period("all", start, TODAY)
        cube = compute_cube(session, everything, TODAY)
    assert sum(s.expected for s in summaries) == cube[Key("expected_attendances")] > 0
    assert sum(s.attended for s in summaries) == cube[Key("attendances")]


def test_add_a_single_session(store: Store) -> None:
    with store.session() as session:
        class_id = create_class(session, _form(planned_minutes=45), _mondays())
        added = add_session(session, class_id, D(2026, 11, 5))
        assert add_session(session, class_id, D(2026, 11, 5)) == added  # one a day
        assert add_session(session, class_id, D(2026, 11, 2)) != added
        rows = {s.date: s for s in list_sessions(session, class_id)}
    assert rows[D(2026, 11, 5)].id == added
    assert rows[D(2026, 11, 5)].minutes == 45
    assert len(rows) == 6

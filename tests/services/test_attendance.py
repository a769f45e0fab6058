"""Sessions and attendance in the core: the issue's correctness list (the bugs other
attendance tools shipped), pinned on a real migrated database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select

from clc_desktop.domain.attendance import next_in_cycle, status_for_key
from clc_desktop.domain.codes import MarkStatus
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.schedule import Recurrence, schedule_dates
from clc_desktop.services import attendance as att
from clc_desktop.services.classes import ClassForm, apply_schedule, class_summary, create_class
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)

TODAY = dt.date(2026, 11, 23)
START = dt.date(2026, 9, 7)  # a Monday


def weekly(first: dt.date, until: dt.date) -> list[dt.date]:
    days, day = [], first
    while day <= until:
        days.append(day)
        day += dt.timedelta(weeks=1)
    return days


@pytest.fixture
def course(store: Store) -> Store:
    """Class 1: weekly on Mondays from 7/9 to 21/12/2026 (16 sessions, 12 up to today).
    Learners 1-4 from the start; 5 joins on 12/10 (a session's date); 6 withdraws on
    19/10 (a session's date); 7 is enrolled in another class only."""
    names = [
        "Nguyễn Thị Hương",
        "Trần Văn Đức",
        "Lê Thị Ánh",
        "Phạm Minh Quân",
        "Đỗ Thu Hà",
        "Vũ Văn Nam",
        "Hoàng Thị Lan",
    ]
    with store.session() as session:
        session.execute(
            insert(Learner),
            [
                {"id": n, "learner_key": f"k{n}", "full_name": name, "search_key": name}
                for n, name in enumerate(names, 1)
            ],
        )
        session.execute(
            insert(LearningClass),
            [
                {"id": 1, "name": "Tin học cơ bản", "topic": "digital", "start_date": START},
                {"id": 2, "name": "Lớp khác", "topic": "health", "start_date": START},
            ],
        )
        session.execute(
            insert(Enrolment),
            [
                *({"learner_id": n, "class_id": 1} for n in (1, 2, 3, 4)),
                {"learner_id": 5, "class_id": 1, "enrolled_on": dt.date(2026, 10, 12)},
                {"learner_id": 6, "class_id": 1, "withdrawn_on": dt.date(2026, 10, 19)},
                {"learner_id": 7, "class_id": 2},
            ],
        )
        session.execute(
            insert(ClassSession),
            [
                {"id": n, "class_id": 1, "date": day}
                for n, day in enumerate(weekly(START, dt.date(2026, 12, 21)), 1)
            ],
        )
    return store


def _mark_rows(store: Store) -> list[tuple[int, int, str]]:
    with store.session() as session:
        return [
            tuple(row)  # type: ignore[misc]
            for row in session.execute(
                select(
                    AttendanceMark.session_id, AttendanceMark.learner_id, AttendanceMark.status
                ).order_by(AttendanceMark.session_id, AttendanceMark.learner_id)
            )
        ]


def test_keys_digits_everywhere_letters_by_the_centres_key_set() -> None:
    assert status_for_key("1", "en") is MarkStatus.PRESENT
    assert status_for_key("4", "vi") is MarkStatus.ABSENT
    assert status_for_key("k", "vi") is MarkStatus.ABSENT
    assert status_for_key("P", "vi") is MarkStatus.EXCUSED
    assert status_for_key("P", "en") is MarkStatus.PRESENT
    assert status_for_key("K", "en") is None
    assert status_for_key("x", "vi") is None
    assert next_in_cycle(None) is MarkStatus.PRESENT
    assert next_in_cycle("absent") is None


def test_todays_sessions_and_the_session_a_class_opens_on(course: Store) -> None:
    with course.session() as session:
        today = att.sessions_on(session, TODAY)
        assert [(s.class_name, s.date) for s in today] == [("Tin học cơ bản", TODAY)]
        sessions = att.class_sessions(session, 1)
    assert att.session_to_open(sessions, TODAY) == today[0]
    # On a day without a session: the latest before it.
    opened = att.session_to_open(sessions, dt.date(2026, 11, 25))
    assert opened is not None
    assert opened.date == TODAY
    first = att.session_to_open(sessions, dt.date(2026, 1, 1))
    assert first is not None
    assert first.date == START


def test_roll_call_lists_who_is_expected_on_the_sessions_date(course: Store) -> None:
    with course.session() as session:
        by_date = {s.date: s.session_id for s in att.class_sessions(session, 1)}

        def names(day: dt.date) -> list[str]:
            return [e.full_name for e in att.roll_call(session, by_date[day])]

        # Before learner 5 joined: 1-4 and 6. Sorted by given name (Vietnamese lists).
        assert names(dt.date(2026, 10, 5)) == [
            "Lê Thị Ánh",
            "Trần Văn Đức",
            "Nguyễn Thị Hương",
            "Vũ Văn Nam",
            "Phạm Minh Quân",
        ]
        # Enrolled on the session's date: expected (the spec's rule); withdrawn on
        # the session's date: still expected that day, not after.
        assert "Đỗ Thu Hà" in names(dt.date(2026, 10, 12))
        assert "Vũ Văn Nam" in names(dt.date(2026, 10, 19))
        assert "Vũ Văn Nam" not in names(dt.date(2026, 10, 26))
        assert "Hoàng Thị Lan" not in names(TODAY)


def test_re_marking_replaces_never_adds_rows(course: Store) -> None:
    with course.session() as session:
        sid = att.sessions_on(session, TODAY)[0].session_id
    for status in ("present", "late", "absent", "absent", "excused"):
        with course.session() as session:
            att.set_mark(session, sid, 1, status)
    assert _mark_rows(course) == [(sid, 1, "excused")]
    with course.session() as session:
        change = att.set_mark(session, sid, 1, None)
    assert change == att.MarkChange(sid, 1, "excused", None)
    assert _mark_rows(course) == []


def test_all_present_marks_only_the_unmarked_and_undo_restores(course: Store) -> None:
    with course.session() as session:
        sid = att.sessions_on(session, TODAY)[0].session_id
        att.set_mark(session, sid, 2, "absent")
    with course.session() as session:
        changes = att.mark_all_present(session, sid)
    assert {c.learner_id for c in changes} == {1, 3, 4, 5}  # 6 withdrew, 2 was marked
    assert dict(((lid, st) for _, lid, st in _mark_rows(course))) == {
        1: "present",
        2: "absent",
        3: "present",
        4: "present",
        5: "present",
    }
    with course.session() as session:
        att.restore_marks(session, changes)
    assert _mark_rows(course) == [(sid, 2, "absent")]


def test_editing_a_filtered_subset_keeps_the_others_marks(course: Store) -> None:
    with course.session() as session:
        sid = att.sessions_on(session, TODAY)[0].session_id
        att.mark_all_present(session, sid)
    before = _mark_rows(course)
    subset = {1, 3}  # e.g. the learners a name filter shows
    with course.session() as session:
        att.mark_all_present(session, sid, subset)  # nothing unmarked among them
        for learner_id in subset:
            att.set_mark(session, sid, learner_id, "late")
    after = _mark_rows(course)
    assert [r for r in after if r[1] not in subset] == [r for r in before if r[1] not in subset]
    assert [r[2] for r in after if r[1] in subset] == ["late", "late"]
    with course.session() as session:
        att.set_mark(session, sid, 4, None)
        att.mark_all_present(session, sid, {1})  # 4 is unmarked but outside the subset
    assert 4 not in {r[1] for r in _mark_rows(course)}


def test_marks_are_refused_for_learners_not_expected_and_cancelled_sessions(
    course: Store,
) -> None:
    with course.session() as session:
        sessions = att.class_sessions(session, 1)
    with course.session() as session, pytest.raises(Problem) as caught:
        att.set_mark(session, sessions[0].session_id, 5, "present")  # joined later
    assert caught.value.code == "attendance.not_expected"
    with course.session() as session, pytest.raises(Problem) as caught:
        att.set_mark(session, sessions[0].session_id, 7, "present")  # another class
    assert caught.value.code == "attendance.not_expected"
    with course.session() as session:
        att.set_session_status(session, sessions[1].session_id, "cancelled", "weather")
    with course.session() as session, pytest.raises(Problem) as caught:
        att.set_mark(session, sessions[1].session_id, 1, "present")
    assert caught.value.code == "attendance.session_cancelled"
    with course.session() as session, pytest.raises(Problem) as caught:
        att.set_session_status(session, sessions[1].session_id, "cancelled")
    assert caught.value.code == "attendance.reason_required"


def test_rates_use_held_sessions_only_after_enrolment_and_before_withdrawal(
    course: Store,
) -> None:
    with course.session() as session:
        sessions = [s for s in att.class_sessions(session, 1) if s.date <= TODAY]
        assert len(sessions) == 12
        for info in sessions:
            att.mark_all_present(session, info.session_id)
            for learner_id in (1, 2, 3, 4, 5, 6):
                # Absent wherever they are expected.
                if learner_id == 2:
                    att.set_mark(session, info.session_id, 2, "absent")
        # Two sessions did not take place afterwards: marks kept, counted nowhere.
        for info in sessions[:2]:
            att.set_session_status(session, info.session_id, "cancelled", "holiday", "Lễ")
    with course.session() as session:
        grid = att.load_class_grid(session, 1, TODAY)
        kept = session.execute(
            select(func.count()).where(AttendanceMark.session_id == sessions[0].session_id)
        ).scalar()
    assert kept == 5  # nothing deleted
    held = 10
    rate = {learner.learner_id: grid.learner_rate(learner.learner_id) for learner in grid.learners}
    assert rate[1] == att.Rate(held, held, 0)
    assert rate[2] == att.Rate(0, held, held)  # absences == sessions held, never more
    # Learner 5 joined on 12/10: sessions 12/10 .. 23/11 (7 held).
    assert rate[5] == att.Rate(7, 7, 0)
    # Learner 6 withdrew on 19/10: 21/9 .. 19/10 held (the two cancelled are 7 and 14/9).
    assert rate[6] == att.Rate(5, 5, 0)
    for learner in grid.learners:
        assert rate[learner.learner_id].absences <= held
    # Future sessions (30/11 on) are not in any rate; per session: who was expected.
    assert grid.session_rate(sessions[0].session_id) == att.Rate(0, 0, 0)
    last = grid.session_rate(sessions[-1].session_id)
    assert last == att.Rate(4, 5, 1)
    assert grid.class_rate().expected == sum(r.expected for r in rate.values())


def test_session_status_and_walk_ins(course: Store) -> None:
    with course.session() as session:
        sid = att.sessions_on(session, TODAY)[0].session_id
        before = att.set_session_status(session, sid, "cancelled", "facilitator_absent", " ốm ")
        assert before.held
        att.set_walk_ins(session, sid, 3, 12, 1)
    with course.session() as session:
        info = att.get_session(session, sid)
        assert (info.status, info.cancel_reason, info.cancel_note) == (
            "cancelled",
            "facilitator_absent",
            "ốm",
        )
        assert (info.walk_ins_male, info.walk_ins_female, info.walk_ins) == (3, 12, 16)
        att.set_session_status(session, sid, "held")
        with pytest.raises(Problem):
            att.set_walk_ins(session, sid, -1, 0)
    with course.session() as session:
        info = att.get_session(session, sid)
        assert (info.status, info.cancel_reason) == ("held", None)


@pytest.mark.parametrize(
    ("first", "until"),
    [
        (dt.date(2026, 12, 3), dt.date(2027, 2, 28)),  # across a year end and February
        (dt.date(2027, 1, 28), dt.date(2027, 4, 1)),  # month ends of 31, 28, 31 days
    ],
)
def test_a_recurring_schedule_across_month_and_year_ends_gives_each_date_once(
    store: Store, first: dt.date, until: dt.date
) -> None:
    """Mondays and Thursdays across month and year ends, through the Classes page's own
    schedule (domain.schedule) and session writer (services.classes), applied twice."""
    rule = Recurrence(start=first, end=until, weekdays=frozenset({0, 3}))
    days = schedule_dates(rule)
    with store.session() as session:
        class_id = create_class(
            session, ClassForm(name="Lớp", topic="health", start_date=first), days
        )
        apply_schedule(session, class_id, schedule_dates(rule))  # again: nothing added
        grid = att.load_class_grid(session, class_id, until)
    dates = [s.date for s in grid.sessions]
    assert dates == days
    assert len(dates) == len(set(dates))
    assert all(d.weekday() in (0, 3) for d in dates)
    months = {(d.year, d.month) for d in dates}
    assert {(first.year, first.month), (until.year, until.month)} <= months
    # Every week between the two dates has its two sessions (none lost at a month end).
    weeks = {d - dt.timedelta(days=d.weekday()) for d in dates}
    assert all(sum(d - dt.timedelta(days=d.weekday()) == w for d in dates) <= 2 for w in weeks)
    assert len(dates) >= 2 * ((until - first).days // 7) - 1


def test_the_grid_and_the_classes_page_count_the_same_rate(course: Store) -> None:
    """One rule (the report's) behind both: the whole-class grid and the class summary."""
    with course.session() as session:
        sessions = [s for s in att.class_sessions(session, 1) if s.date <= TODAY]
        for n, info in enumerate(sessions):
            att.mark_all_present(session, info.session_id)
            att.set_mark(session, info.session_id, 1 + n % 4, "absent")
        att.set_session_status(session, sessions[3].session_id, "cancelled", "other")
    with course.session() as session:
        grid = att.load_class_grid(session, 1, TODAY)
        summary = class_summary(session, 1, TODAY)
    rate = grid.class_rate()
    assert (rate.attended, rate.expected) == (summary.attended, summary.expected)


def test_held_sessions_without_a_roll_call_are_listed_and_still_count_everyone(
    course: Store,
) -> None:
    """A held session with no mark counts everyone expected (the spec's rule, unchanged);
    it is listed as awaiting its roll call, and the grid names it."""
    with course.session() as session:
        sessions = [s for s in att.class_sessions(session, 1) if s.date <= TODAY]
        for info in sessions[:-2]:  # the last two (16/11 and today) not taken
            att.mark_all_present(session, info.session_id)
        att.set_session_status(session, sessions[0].session_id, "cancelled", "holiday", "Lễ")
        att.set_session_status(session, sessions[1].session_id, "cancelled", "holiday", "Lễ")
        att.set_mark(session, sessions[-2].session_id, 1, None)  # nothing there
    with course.session() as session:
        awaiting = att.sessions_awaiting_roll_call(session, TODAY)
        assert [s.date for s in awaiting] == [dt.date(2026, 11, 16), TODAY]
        assert att.sessions_awaiting_roll_call(session, TODAY, class_id=2) == []
        assert att.sessions_awaiting_roll_call(session, TODAY, since=TODAY)[0].date == TODAY
        assert att.sessions_awaiting_roll_call(session, dt.date(2026, 11, 15)) == []
        grid = att.load_class_grid(session, 1, TODAY)
    assert [s.date for s in grid.unmarked_sessions()] == [dt.date(2026, 11, 16), TODAY]
    # Learner 1 expected at the 10 held sessions, present at 8: the two unmarked count.
    assert grid.learner_rate(1) == att.Rate(8, 10, 0)
    assert grid.unmarked(1) == 2
    assert grid.unmarked(5) == 2  # joined on 12/10, expected at both

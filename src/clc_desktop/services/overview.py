"""Numbers for the centre overview page, from aggregate queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from clc_desktop.domain.periods import Period, school_year_of
from clc_desktop.reports.indicators import EXPECTED_PAIRS


@dataclass(frozen=True, slots=True)
class TodaySession:
    session_id: int
    class_id: int
    class_name: str
    topic: str
    status: str
    enrolled: int
    marked: int


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

    @property
    def attendance_rate(self) -> float | None:
        """attendances / expected_attendances at held sessions (``None`` before any)."""
        if not self.expected_attendances:
            return None
        return self.attendances / self.expected_attendances


def load_overview(session: Session, today: dt.date | None = None) -> Overview:
    today = today or dt.date.today()
    year = school_year_of(today)
    window = {"start": year.start, "last": today}
    sessions = session.execute(
        text(
            "SELECT COUNT(DISTINCT CASE WHEN status = 'held' THEN class_id END),"
            " SUM(status = 'held'), SUM(status = 'cancelled')"
            " FROM class_session WHERE date BETWEEN :start AND :last"
        ),
        window,
    ).one()
    expected, attended = session.execute(
        text(
            f"SELECT COUNT(*), SUM(m.status IN ('present', 'late')) FROM ({EXPECTED_PAIRS}) x"
            " LEFT JOIN attendance_mark m"
            " ON m.session_id = x.session_id AND m.learner_id = x.learner_id"
        ),
        window,
    ).one()
    learners = session.execute(text("SELECT COUNT(*) FROM learner WHERE NOT archived")).scalar()
    today_rows = session.execute(
        text(
            "SELECT s.id, c.id, c.name, c.topic, s.status,"
            " (SELECT COUNT(DISTINCT e.learner_id) FROM enrolment e WHERE e.class_id = c.id"
            "   AND COALESCE(e.enrolled_on, c.start_date, s.date) <= s.date"
            "   AND (e.withdrawn_on IS NULL OR s.date <= e.withdrawn_on)),"
            " (SELECT COUNT(*) FROM attendance_mark m WHERE m.session_id = s.id)"
            " FROM class_session s JOIN learning_class c ON c.id = s.class_id"
            " WHERE s.date = :today ORDER BY c.name"
        ),
        {"today": today},
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
    )

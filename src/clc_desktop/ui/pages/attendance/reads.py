"""What the Attendance page reads: each function is the ``read(session)`` of one
background query (``ops.query``), so one choice of the user is one round trip.

A session or class deleted meanwhile (on another page) is no error here: the read says
``None`` and the page shows what is left.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from clc_desktop.domain.centre import CentreProfile
from clc_desktop.domain.messages import Problem
from clc_desktop.services import attendance as service
from clc_desktop.services.attendance import ClassChoice, ClassGrid, RollCallEntry, SessionInfo
from clc_desktop.services.centre import get_centre


@dataclass(frozen=True, slots=True)
class ShownSession:
    info: SessionInfo
    entries: list[RollCallEntry]  # the roll call


@dataclass(frozen=True, slots=True)
class ShownClass:
    class_id: int
    name: str
    sessions: list[SessionInfo]  # by date
    session: ShownSession | None  # the session to show
    grid: ClassGrid | None  # when it was asked for
    awaiting: list[SessionInfo]  # held up to today, their roll call not taken


@dataclass(frozen=True, slots=True)
class ShownChoices:
    centre: CentreProfile | None
    classes: list[ClassChoice]  # the classes with a session today first
    today_ids: frozenset[int]  # classes with a session today
    chosen: ShownClass | None


def read_session(session: Session, session_id: int) -> ShownSession | None:
    try:
        info = service.get_session(session, session_id)
    except Problem:  # deleted meanwhile
        return None
    return ShownSession(info, service.roll_call(session, session_id))


def read_class(
    session: Session, class_id: int, session_id: int | None, today: dt.date, with_grid: bool
) -> ShownClass | None:
    """A class's sessions and the one to show: ``session_id`` when it is one of them,
    else today's, else the latest before today, else the first."""
    sessions = service.class_sessions(session, class_id)
    if not sessions:
        return None
    chosen = next((s for s in sessions if s.session_id == session_id), None)
    chosen = chosen or service.session_to_open(sessions, today)
    shown = read_session(session, chosen.session_id) if chosen is not None else None
    grid = service.load_class_grid(session, class_id, today) if with_grid else None
    awaiting = service.sessions_awaiting_roll_call(session, today, class_id)
    return ShownClass(class_id, sessions[0].class_name, sessions, shown, grid, awaiting)


def read_awaiting(session: Session, class_id: int, today: dt.date) -> list[SessionInfo]:
    return service.sessions_awaiting_roll_call(session, today, class_id)


def read_class_of(
    session: Session, session_id: int, today: dt.date, with_grid: bool
) -> ShownClass | None:
    """The class of a session, opened on that session (from the overview)."""
    try:
        info = service.get_session(session, session_id)
    except Problem:
        return None
    return read_class(session, info.class_id, session_id, today, with_grid)


def read_choices(
    session: Session,
    today: dt.date,
    class_id: int | None,
    session_id: int | None,
    with_grid: bool,
) -> ShownChoices:
    """The class list, and the class shown (``class_id`` while it has sessions, an
    archived one opened from the overview included; else the first of the list)."""
    centre = get_centre(session)
    classes = service.classes_with_sessions(session)
    today_ids = frozenset(s.class_id for s in service.sessions_on(session, today))
    classes.sort(key=lambda c: c.class_id not in today_ids)
    chosen = None
    if class_id is not None:
        chosen = read_class(session, class_id, session_id, today, with_grid)
    if chosen is None and classes:
        chosen = read_class(session, classes[0].class_id, None, today, with_grid)
    return ShownChoices(centre, classes, today_ids, chosen)

"""One counting rule (services/counting.py): every service that says who is expected at a
session says the same, at the edges of the rule too."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert

from clc_desktop.domain.learners import LearnerForm
from clc_desktop.domain.periods import parse_period
from clc_desktop.reports.cube import Key
from clc_desktop.services.attendance import load_class_grid, roll_call
from clc_desktop.services.classes import (
    ClassForm,
    create_class,
    enrol,
    list_enrolments,
    list_sessions,
    withdraw,
)
from clc_desktop.services.indicators import compute_cube
from clc_desktop.services.learners import add_learner
from clc_desktop.services.overview import load_overview
from clc_desktop.storage.database import Store
from clc_desktop.storage.models import Enrolment

D = dt.date
TODAY = D(2026, 11, 30)
SESSIONS = (D(2026, 11, 2), D(2026, 11, 9), D(2026, 11, 16), D(2026, 11, 23))


def test_every_service_counts_the_same_learners_at_each_session(store: Store) -> None:
    with store.session() as session:
        ids = {
            name: add_learner(session, LearnerForm(full_name=name), TODAY)
            for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")
        }
        class_id = create_class(
            session, ClassForm("Lớp tin học", "digital", start_date=D(2026, 11, 2)), SESSIONS
        )
        # An: no date (from the class's start). Bình: enrolled on the third session's date,
        # which counts. Cường: withdrawn on the second session's date, which counts too.
        enrol(session, class_id, [ids["Nguyễn Văn An"], ids["Lê Văn Cường"]])
        enrol(session, class_id, [ids["Trần Thị Bình"]], D(2026, 11, 16))
        rows = {e.learner_id: e for e in list_enrolments(session, class_id, TODAY)}
        withdraw(session, rows[ids["Lê Văn Cường"]].id, D(2026, 11, 9))
        # Dung: enrolled twice over the same dates: she counts once per session.
        session.execute(
            insert(Enrolment),
            [
                {"class_id": class_id, "learner_id": ids["Phạm Thị Dung"], "completed": False},
                {"class_id": class_id, "learner_id": ids["Phạm Thị Dung"], "completed": False},
            ],
        )
    expected_names = {
        D(2026, 11, 2): {"Nguyễn Văn An", "Lê Văn Cường", "Phạm Thị Dung"},
        D(2026, 11, 9): {"Nguyễn Văn An", "Lê Văn Cường", "Phạm Thị Dung"},
        D(2026, 11, 16): {"Nguyễn Văn An", "Trần Thị Bình", "Phạm Thị Dung"},
        D(2026, 11, 23): {"Nguyễn Văn An", "Trần Thị Bình", "Phạm Thị Dung"},
    }
    name_of = {learner_id: name for name, learner_id in ids.items()}
    with store.session() as session:
        sessions = {s.date: s for s in list_sessions(session, class_id)}
        grid = load_class_grid(session, class_id, TODAY)
        for day, names in expected_names.items():
            info = sessions[day]
            assert {entry.full_name for entry in roll_call(session, info.id)} == names
            assert {name_of[lid] for lid, sid in grid.expected if sid == info.id} == names
            assert info.expected == len(names)
        total = sum(len(names) for names in expected_names.values())
        cube = compute_cube(session, parse_period("2026-11"), TODAY)
        overview = load_overview(session, TODAY)
        enrolments = list_enrolments(session, class_id, TODAY)
    assert cube[Key("expected_attendances")] == total
    assert overview.expected_attendances == total
    assert sum(e.expected for e in enrolments) == total + 4  # Dung's second row counts too

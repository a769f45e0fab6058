"""Property tests on random centres: the spec's invariants hold for every one."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from clc_desktop.domain.codes import ETHNICITIES, Topic
from clc_desktop.domain.periods import parse_period
from clc_desktop.reports.cube import ALL, Key, additivity_mismatches, content_hash
from clc_desktop.services.indicators import compute_cube
from clc_desktop.storage.database import open_store
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)

START = dt.date(2025, 9, 1)


def _random_centre(rng: random.Random) -> dict[type, list[dict[str, object]]]:
    learners = [
        {
            "id": n,
            "learner_key": f"k{n}",
            "full_name": f"Người {n}",
            "search_key": f"nguoi {n}",
            "sex": rng.choice(["male", "female", "unknown"]),
            "birth_year": rng.choice([None, rng.randint(1930, 2020)]),
            "ethnicity": rng.choice([None, "01", "01", rng.choice(list(ETHNICITIES))]),
            "disability": rng.random() < 0.2,
        }
        for n in range(1, rng.randint(1, 25))
    ]
    classes, sessions, enrolments, marks = [], [], [], []
    for class_id in range(1, rng.randint(1, 6)):
        start = START + dt.timedelta(days=rng.randrange(300))
        classes.append(
            {
                "id": class_id,
                "name": f"Lớp {class_id}",
                "topic": rng.choice(list(Topic)).value,
                "kind": "course",
                "start_date": rng.choice([None, start]),
                "end_date": start + dt.timedelta(days=rng.randrange(200)),
            }
        )
        dates = sorted(
            {start + dt.timedelta(days=rng.randrange(250)) for _ in range(rng.randint(0, 8))}
        )
        class_sessions = []
        for day in dates:
            session = {
                "id": len(sessions) + 1,
                "class_id": class_id,
                "date": day,
                "minutes": rng.choice([60, 90]),
                "status": "cancelled" if rng.random() < 0.15 else "held",
                "walk_ins_male": rng.randint(0, 3),
                "walk_ins_female": rng.randint(0, 3),
            }
            sessions.append(session)
            class_sessions.append(session)
        for learner in rng.sample(learners, rng.randint(0, len(learners))):
            for _ in range(rng.choice([1, 1, 2])):  # sometimes re-enrolled
                enrolled = rng.choice([None, start + dt.timedelta(days=rng.randrange(200))])
                withdrawn = rng.choice(
                    [None, None, start + dt.timedelta(days=rng.randrange(200, 300))]
                )
                enrolments.append(
                    {
                        "learner_id": learner["id"],
                        "class_id": class_id,
                        "enrolled_on": enrolled,
                        "withdrawn_on": withdrawn,
                        "completed": rng.random() < 0.5,
                    }
                )
            for session in class_sessions:
                if rng.random() < 0.8:
                    marks.append(
                        {
                            "session_id": session["id"],
                            "learner_id": learner["id"],
                            "status": rng.choice(["present", "late", "excused", "absent"]),
                        }
                    )
    return {
        Learner: learners,
        LearningClass: classes,
        ClassSession: sessions,
        Enrolment: enrolments,
        AttendanceMark: marks,
    }


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 2**32 - 1),
    period=st.sampled_from(["2025-2026", "2026", "2026-H1", "2025-Q4", "2026-03"]),
)
def test_random_centres_keep_the_spec_invariants(
    seed: int, period: str, migrated_template: Path, tmp_path_factory: object
) -> None:
    path = Path(str(tmp_path_factory.mktemp("prop"))) / "c.db"  # type: ignore[attr-defined]
    shutil.copyfile(migrated_template, path)
    with open_store(path) as store:
        with store.session() as session:
            for model, rows in _random_centre(random.Random(seed)).items():
                if rows:
                    session.execute(insert(model), rows)
        with store.session() as session:
            cube = compute_cube(session, parse_period(period), dt.date(2026, 5, 1))

    assert additivity_mismatches(cube) == []
    assert all(value > 0 for value in cube.values())
    for key, value in cube.items():
        if key.indicator == "learners":
            assert value <= cube.get(key._replace(indicator="enrolments"), 0)
        if key.indicator == "expected_attendances":
            attended = cube.get(key._replace(indicator="attendances"), 0)
            absent = cube.get(key._replace(indicator="absences"), 0)
            assert attended + absent <= value
    learners_all = cube.get(Key("learners"), 0)
    by_topic = [
        v
        for k, v in cube.items()
        if k.indicator == "learners"
        and k.topic != ALL
        and (k.sex, k.age_band, k.group) == (ALL, ALL, ALL)
    ]
    assert learners_all >= max(by_topic, default=0)
    assert learners_all <= sum(by_topic)
    digest = content_hash("u", "centre", period, cube)
    assert digest == content_hash("u", "centre", period, dict(reversed(list(cube.items()))))


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 2**32 - 1),
    period=st.sampled_from(["2025-2026", "2026-H1", "2025-Q4"]),
    with_learners=st.booleans(),
)
def test_every_exported_random_centre_reads_back_valid(
    seed: int, period: str, with_learners: bool, migrated_template: Path, tmp_path_factory: object
) -> None:
    """Round trip: `check` accepts every exported file, the hash recomputes, the numbers
    read back are the numbers computed, and the learners sheet holds each counted learner's
    share of the indicators."""
    from openpyxl import load_workbook

    from clc_desktop.domain.centre import CentreProfile
    from clc_desktop.reports.reader import read_report
    from clc_desktop.services.centre import save_centre
    from clc_desktop.services.centre_report import export_centre_report

    folder = Path(str(tmp_path_factory.mktemp("roundtrip")))  # type: ignore[attr-defined]
    shutil.copyfile(migrated_template, folder / "c.db")
    now = dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    with open_store(folder / "c.db") as store:
        with store.session() as session:
            save_centre(session, CentreProfile(name="TTHTCĐ xã Thử", commune_name="Xã Thử"))
            for model, rows in _random_centre(random.Random(seed)).items():
                if rows:
                    session.execute(insert(model), rows)
        with store.session() as session:
            result = export_centre_report(
                session, period, folder / "r.xlsx", now=now, with_learners=with_learners
            )
    report = read_report(folder / "r.xlsx")
    assert report.status == "ok", report.findings
    assert report.cube == result.cube
    assert report.meta["content_sha256"] == result.content_sha256
    assert report.meta["personal_data"] == ("learners" if with_learners else "none")
    if with_learners:
        rows = list(load_workbook(folder / "r.xlsx")["learners"].iter_rows(values_only=True))[1:]
        assert len(rows) == result.cube.get(Key("learners"), 0)
        assert sum(r[6] for r in rows) == result.cube.get(Key("enrolments"), 0)
        assert sum(r[7] for r in rows) == result.cube.get(Key("attendances"), 0)
        assert sum(r[8] for r in rows) == result.cube.get(Key("expected_attendances"), 0)

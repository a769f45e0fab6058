"""The hand-worked scenario shared by the indicator and export tests."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from clc_desktop.storage.database import Store
from clc_desktop.storage.models import (
    AttendanceMark,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)

D = dt.date
AN, BINH, CUC, DUNG = 1, 2, 3, 4


@pytest.fixture
def scenario(store: Store) -> Store:
    with store.session() as s:
        s.execute(
            insert(Learner),
            [
                # An: female, 35 on 31/03/2026 (26_35), Kinh.
                {
                    "id": AN,
                    "learner_key": "a",
                    "full_name": "Nguyễn Thị An",
                    "search_key": "an",
                    "sex": "female",
                    "birth_date": D(1990, 6, 15),
                    "birth_year": 1990,
                    "ethnicity": "01",
                },
                # Bình: male, birth year only (16: 15_25), Tày: ethnic minority.
                {
                    "id": BINH,
                    "learner_key": "b",
                    "full_name": "Hoàng Văn Bình",
                    "search_key": "b",
                    "sex": "male",
                    "birth_year": 2010,
                    "ethnicity": "02",
                },
                # Cúc: female, no birth date (unknown), no ethnicity recorded, disability.
                {
                    "id": CUC,
                    "learner_key": "c",
                    "full_name": "Lê Thị Cúc",
                    "search_key": "c",
                    "sex": "female",
                    "disability": True,
                },
                # Dũng: male, 65 on 31/03/2026 (birthday on 1 April not reached): over_60.
                {
                    "id": DUNG,
                    "learner_key": "d",
                    "full_name": "Trần Văn Dũng",
                    "search_key": "d",
                    "sex": "male",
                    "birth_date": D(1960, 4, 1),
                    "birth_year": 1960,
                    "ethnicity": "01",
                },
            ],
        )
        s.execute(
            insert(LearningClass),
            [
                {
                    "id": 1,
                    "name": "Tin học cơ bản",
                    "topic": "digital",
                    "kind": "course",
                    "start_date": D(2026, 1, 5),
                    "end_date": D(2026, 3, 30),
                },
                {
                    "id": 2,
                    "name": "Điện thoại thông minh",
                    "topic": "digital",
                    "kind": "course",
                    "start_date": D(2026, 2, 1),
                    "end_date": D(2026, 2, 28),
                },
                {
                    "id": 3,
                    "name": "Nói chuyện sốt xuất huyết",
                    "topic": "health",
                    "kind": "event",
                    "start_date": D(2026, 2, 10),
                    "end_date": D(2026, 2, 10),
                },
            ],
        )
        s.execute(
            insert(ClassSession),
            [
                {"id": 1, "class_id": 1, "date": D(2026, 1, 5), "minutes": 90},
                {"id": 2, "class_id": 1, "date": D(2026, 1, 12), "minutes": 90},
                {
                    "id": 3,
                    "class_id": 1,
                    "date": D(2026, 1, 19),
                    "minutes": 90,
                    "status": "cancelled",
                    "cancel_reason": "weather",
                },
                {"id": 4, "class_id": 1, "date": D(2026, 3, 25), "minutes": 90},  # after the report
                {"id": 5, "class_id": 2, "date": D(2026, 2, 2), "minutes": 120},
                {
                    "id": 6,
                    "class_id": 3,
                    "date": D(2026, 2, 10),
                    "minutes": 60,
                    "walk_ins_male": 5,
                    "walk_ins_female": 7,
                },
            ],
        )
        s.execute(
            insert(Enrolment),
            [
                {"learner_id": AN, "class_id": 1},
                {"learner_id": AN, "class_id": 2, "completed": True},
                {"learner_id": AN, "class_id": 3},
                {"learner_id": BINH, "class_id": 1, "enrolled_on": D(2026, 1, 12)},  # mid-way
                {"learner_id": CUC, "class_id": 1, "withdrawn_on": D(2026, 1, 5)},
                {"learner_id": DUNG, "class_id": 3},
                {"learner_id": DUNG, "class_id": 1, "enrolled_on": D(2026, 3, 1)},  # no session yet
            ],
        )
        s.execute(
            insert(AttendanceMark),
            [
                {"session_id": 1, "learner_id": AN, "status": "present"},
                {"session_id": 1, "learner_id": CUC, "status": "late"},
                {"session_id": 1, "learner_id": BINH, "status": "present"},  # not yet enrolled
                {"session_id": 2, "learner_id": AN, "status": "absent"},
                {"session_id": 2, "learner_id": BINH, "status": "excused"},
                {"session_id": 3, "learner_id": AN, "status": "present"},  # cancelled session
                {"session_id": 4, "learner_id": AN, "status": "present"},  # after generated_at
                {"session_id": 5, "learner_id": AN, "status": "late"},
                {"session_id": 6, "learner_id": AN, "status": "present"},
                # Dũng at session 6: unmarked.
            ],
        )
    return store

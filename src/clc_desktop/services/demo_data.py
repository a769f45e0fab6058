"""A believable demo centre in Hà Nội, generated deterministically from a seed.

One school year (the most recently completed one) of classes across the topics, plus a
few classes running now so the overview has sessions today. Everything is written with
bulk inserts in one transaction: a crash leaves all of it or none.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Engine, insert, text

from clc_desktop.domain.codes import CancelReason, ClassKind, MarkStatus, Sex, Topic
from clc_desktop.domain.communes import HANOI_PROVINCE_NAME, centre_name_for, hanoi_communes
from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import parse_period, previous_period, school_year_of
from clc_desktop.domain.text import clean_name, fold
from clc_desktop.storage.models import (
    AttendanceMark,
    Centre,
    ClassSession,
    Enrolment,
    Learner,
    LearningClass,
)

#: Demo centres' ids are UUIDs derived from the seed in this namespace.
DEMO_NAMESPACE: Final = uuid.UUID("5b0c1a8e-3f4d-4c2e-9b7a-6d1e2f3a4b5c")


@dataclass(frozen=True, slots=True)
class Size:
    learners: int
    classes: int


#: Mobile prefixes that exist, with roughly each network's share of subscribers: Viettel
#: (086 096 097 098 032-039), Vinaphone (088 091 094 081-085), MobiFone (089 090 093 070
#: 076-079).
_MOBILE_PREFIXES: Final = (
    (("086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039"), 55),
    (("088", "091", "094", "081", "082", "083", "084", "085"), 25),
    (("089", "090", "093", "070", "076", "077", "078", "079"), 20),
)
#: Where people live: a ward's residential groups, a commune's villages and hamlets.
_VILLAGES: Final = (
    "Thôn Đông",
    "Thôn Đoài",
    "Thôn Trung",
    "Thôn Thượng",
    "Thôn Hạ",
    "Thôn Bắc",
    "Thôn Nam",
    "Thôn Chùa",
    "Xóm Mới",
    "Xóm Chợ",
    "Xóm Đình",
    "Xóm Giữa",
)

SIZES: Final = {"small": Size(learners=300, classes=25), "large": Size(learners=3000, classes=150)}

# Family names with their approximate shares in Viet Nam.
_FAMILY = [
    ("Nguyễn", 38),
    ("Trần", 11),
    ("Lê", 9.5),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Huỳnh", 1),
    ("Phan", 4.5),
    ("Vũ", 3.9),
    ("Võ", 1),
    ("Đặng", 2.1),
    ("Bùi", 2),
    ("Đỗ", 1.4),
    ("Hồ", 1.3),
    ("Ngô", 1.3),
    ("Dương", 1),
    ("Lý", 0.5),
    ("Đinh", 0.8),
    ("Đào", 0.7),
    ("Trịnh", 0.6),
    ("Lương", 0.5),
    ("Mai", 0.4),
    ("Tạ", 0.3),
    ("Chu", 0.3),
    ("Kiều", 0.2),
]
_MIDDLE = {
    Sex.MALE: ["Văn", "Văn", "Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Thế", "Xuân"],
    Sex.FEMALE: ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Phương", "Bích"],
}
_GIVEN = {
    Sex.MALE: [
        "An",
        "Bình",
        "Cường",
        "Dũng",
        "Đức",
        "Giang",
        "Hải",
        "Hùng",
        "Huy",
        "Khánh",
        "Long",
        "Mạnh",
        "Minh",
        "Nam",
        "Phong",
        "Quân",
        "Sơn",
        "Thắng",
        "Thành",
        "Tuấn",
        "Tùng",
        "Việt",
        "Vinh",
        "Hiếu",
        "Toàn",
        "Lâm",
        "Hưng",
        "Trung",
    ],
    Sex.FEMALE: [
        "Anh",
        "Ánh",
        "Chi",
        "Dung",
        "Giang",
        "Hà",
        "Hạnh",
        "Hằng",
        "Hoa",
        "Hồng",
        "Hương",
        "Huyền",
        "Lan",
        "Liên",
        "Linh",
        "Loan",
        "Mai",
        "Nga",
        "Ngọc",
        "Nhung",
        "Oanh",
        "Phương",
        "Quỳnh",
        "Thảo",
        "Thủy",
        "Trang",
        "Tuyết",
        "Yến",
    ],
}
_MINORITIES = [("06", 30), ("02", 20), ("03", 15), ("08", 10), ("09", 10), ("07", 10), ("04", 5)]
_PARTNERS = [
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Trạm Y tế",
    "Đoàn Thanh niên",
    "Hội Cựu chiến binh",
    "Công an",
    "Hội Người cao tuổi",
    "Hội Khuyến học",
]
_PLACES = [
    "Nhà văn hóa thôn Đông",
    "Nhà văn hóa thôn Đoài",
    "Hội trường UBND",
    "Phòng học Trung tâm",
    "Nhà văn hóa tổ dân phố số 3",
    "Sân đình làng",
]

# Topic -> (weight, course names, talk names)
_TOPICS: dict[Topic, tuple[float, list[str], list[str]]] = {
    Topic.LITERACY: (6, ["Lớp xóa mù chữ giai đoạn 1", "Lớp xóa mù chữ giai đoạn 2"], []),
    Topic.POST_LITERACY: (5, ["Lớp sau biết chữ: đọc sách báo"], []),
    Topic.LEGAL: (
        10,
        ["Lớp tìm hiểu pháp luật đất đai"],
        [
            "Nói chuyện chuyên đề: Luật Hôn nhân và Gia đình",
            "Tuyên truyền phòng chống lừa đảo qua mạng",
        ],
    ),
    Topic.HEALTH: (
        13,
        ["Lớp dưỡng sinh cho người cao tuổi"],
        ["Nói chuyện chuyên đề: Phòng chống sốt xuất huyết", "Chăm sóc sức khỏe bà mẹ và trẻ em"],
    ),
    Topic.AGRICULTURE: (
        12,
        ["Lớp kỹ thuật trồng rau an toàn", "Lớp chăn nuôi gà thả vườn"],
        ["Hội thảo giống lúa mới vụ xuân"],
    ),
    Topic.VOCATIONAL: (
        9,
        ["Lớp may công nghiệp", "Lớp nấu ăn cơ bản", "Lớp sửa chữa điện dân dụng"],
        [],
    ),
    Topic.DIGITAL: (
        14,
        [
            "Lớp tin học cơ bản cho người cao tuổi",
            "Lớp sử dụng điện thoại thông minh",
            "Lớp kỹ năng số: dịch vụ công trực tuyến",
        ],
        ["Hướng dẫn cài đặt VNeID"],
    ),
    Topic.FOREIGN_LANGUAGE: (6, ["Lớp tiếng Anh giao tiếp cơ bản"], []),
    Topic.LIFE_SKILLS: (
        8,
        ["Lớp kỹ năng sống cho thanh thiếu niên"],
        ["Nói chuyện: Phòng chống đuối nước cho trẻ em"],
    ),
    Topic.CULTURE_ARTS: (
        13,
        ["Câu lạc bộ hát chèo", "Lớp múa dân gian", "Câu lạc bộ cờ tướng"],
        ["Giao lưu văn nghệ mừng Xuân"],
    ),
    Topic.OTHER: (4, ["Lớp nuôi dạy con"], []),
}
_CANCEL_REASONS = [
    CancelReason.WEATHER,
    CancelReason.FACILITATOR_ABSENT,
    CancelReason.HOLIDAY,
    CancelReason.OTHER,
]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    unit_id: str
    centre_name: str
    school_year: str
    learners: int
    classes: int
    sessions: int
    cancelled_sessions: int
    enrolments: int
    marks: int


def demo_unit_id(seed: int) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"clc-demo-{seed}"))


def generate_demo(
    engine: Engine,
    *,
    seed: int = 1,
    size: str = "small",
    today: dt.date | None = None,
    db_label: str = "",
) -> DemoSummary:
    """Write a demo centre into an empty, migrated database (one transaction)."""
    today = today or dt.date.today()
    builder = _Builder(random.Random(seed), SIZES[size], today)
    builder.build(seed)
    with engine.begin() as conn:
        existing = conn.execute(
            text("SELECT (SELECT COUNT(*) FROM centre) + (SELECT COUNT(*) FROM learner)")
        ).scalar()
        if existing:
            raise Problem("demo.not_empty", path=db_label)
        for model, rows in (
            (Centre, [builder.centre]),
            (Learner, builder.learners),
            (LearningClass, builder.classes),
            (ClassSession, builder.sessions),
            (Enrolment, builder.enrolments),
            (AttendanceMark, builder.marks),
        ):
            if rows:
                conn.execute(insert(model), rows)
    return DemoSummary(
        unit_id=builder.centre["unit_id"],
        centre_name=builder.centre["name"],
        school_year=builder.year.code,
        learners=len(builder.learners),
        classes=len(builder.classes),
        sessions=len(builder.sessions),
        cancelled_sessions=sum(s["status"] == "cancelled" for s in builder.sessions),
        enrolments=len(builder.enrolments),
        marks=len(builder.marks),
    )


class _Builder:
    def __init__(self, rng: random.Random, size: Size, today: dt.date) -> None:
        self.rng = rng
        self.size = size
        self.today = today
        current = school_year_of(today)
        self.current = current
        self.year = parse_period(previous_period(current.code))  # the school year before
        self.centre: dict[str, Any] = {}
        self.learners: list[dict[str, Any]] = []
        self.classes: list[dict[str, Any]] = []
        self.sessions: list[dict[str, Any]] = []
        self.enrolments: list[dict[str, Any]] = []
        self.marks: list[dict[str, Any]] = []
        self._names: dict[str, int] = {}
        self.contacts = random.Random(0)  # seeded in build()
        self.in_ward = True

    def build(self, seed: int) -> None:
        rng = self.rng
        # Phone numbers and addresses come from a generator of their own, so that every
        # other number of the demo stays what it was before they were made believable.
        self.contacts.seed(f"clc-demo-contacts-{seed}")
        commune = rng.choice(hanoi_communes())
        self.in_ward = commune.name.startswith("Phường")
        self.centre = {
            "unit_id": demo_unit_id(seed),
            "name": centre_name_for(commune.name),
            "commune_code": commune.code,
            "commune_name": commune.name,
            "province_code": commune.province_code,
            "province_name": commune.province_name,
            "parent_unit_id": "01",
            "parent_unit_name": HANOI_PROVINCE_NAME,
            "contact_person": self._name(Sex.FEMALE),
            "phone": self._phone(),
        }
        for learner_id in range(1, self.size.learners + 1):
            self.learners.append(self._learner(learner_id))
        topics = list(_TOPICS)
        weights = [_TOPICS[t][0] for t in topics]
        for _ in range(self.size.classes):
            topic = rng.choices(topics, weights)[0]
            is_talk = bool(_TOPICS[topic][2]) and rng.random() < 0.3
            self._add_class(topic, is_talk, current=False)
        running_now = [
            Topic.DIGITAL,
            Topic.HEALTH,
            Topic.CULTURE_ARTS,
            Topic.LITERACY,
            Topic.AGRICULTURE,
            Topic.LEGAL,
        ]
        for _ in range(max(2, round(self.size.classes * 0.05))):
            self._add_class(rng.choice(running_now), is_talk=False, current=True)

    # -- people ----------------------------------------------------------------------------
    def _name(self, sex: Sex) -> str:
        family = self.rng.choices([f for f, _ in _FAMILY], [w for _, w in _FAMILY])[0]
        pick = sex if sex is not Sex.UNKNOWN else Sex.FEMALE
        return clean_name(
            f"{family} {self.rng.choice(_MIDDLE[pick])} {self.rng.choice(_GIVEN[pick])}"
        )

    def _phone(self) -> str:
        """A mobile number with a prefix that exists (Viettel, Vinaphone, MobiFone)."""
        self.rng.randrange(4)  # the draws the demo made here before: the rest stays as it was
        for _ in range(8):
            self.rng.random()
        contacts = self.contacts
        network = contacts.choices(
            [p for p, _ in _MOBILE_PREFIXES], [w for _, w in _MOBILE_PREFIXES]
        )[0]
        return contacts.choice(network) + "".join(contacts.choices("0123456789", k=7))

    def _address(self) -> str:
        """«Tổ dân phố …» in a ward, «Thôn …» or «Xóm …» in a commune."""
        rng = self.rng
        if rng.random() < 0.5:  # the draws the demo made here before, kept
            rng.randrange(4)
        else:
            rng.randrange(25)
        contacts = self.contacts
        if not self.in_ward:
            return contacts.choice(_VILLAGES)
        group = f"Tổ dân phố số {contacts.randint(1, 30)}"
        if contacts.random() < 0.4:  # a house in a lane: «Số 12 ngõ 34, Tổ dân phố số 5»
            return f"Số {contacts.randint(1, 120)} ngõ {contacts.randint(1, 80)}, {group}"
        return group

    def _learner(self, learner_id: int) -> dict[str, Any]:
        rng = self.rng
        roll = rng.random()
        sex = Sex.FEMALE if roll < 0.6 else Sex.MALE if roll < 0.995 else Sex.UNKNOWN
        name = self._name(sex)
        age = min(85, max(12, round(rng.triangular(12, 85, 45))))
        birth_year = self.year.end.year - age
        birth_date: dt.date | None = None
        known = rng.random()
        if known < 0.70:  # a birthday by 31 August, so the age on the year's end is `age`
            birth_date = dt.date(birth_year, 1, 1) + dt.timedelta(days=rng.randrange(243))
        ethnicity: str | None = "01"
        roll = rng.random()
        if roll < 0.05:
            ethnicity = rng.choices([c for c, _ in _MINORITIES], [w for _, w in _MINORITIES])[0]
        elif roll < 0.08:
            ethnicity = None
        return {
            "id": learner_id,
            "learner_key": f"{rng.getrandbits(128):032x}",
            "full_name": name,
            "search_key": fold(name),
            "sex": sex.value,
            "birth_date": birth_date,
            "birth_year": birth_year if known < 0.95 else None,
            "ethnicity": ethnicity,
            "disability": rng.random() < 0.02,
            "phone": self._phone() if rng.random() < 0.8 else None,
            "address": self._address(),
            "archived": rng.random() < 0.01,
        }

    # -- classes -----------------------------------------------------------------------------
    def _add_class(self, topic: Topic, is_talk: bool, *, current: bool) -> None:
        rng = self.rng
        class_id = len(self.classes) + 1
        courses, talks = _TOPICS[topic][1], _TOPICS[topic][2]
        minutes = rng.choice([90, 90, 120]) if not is_talk else rng.choice([90, 120, 150])
        if is_talk:
            first = self.year.start + dt.timedelta(days=rng.randrange(330))
            dates = [first]
        elif current:
            # Weekly on today's weekday from early September to three weeks after today.
            first = self.current.start + dt.timedelta(
                days=(self.today.weekday() - self.current.start.weekday()) % 7
            )
            dates = []
            day = first
            while day <= self.today + dt.timedelta(weeks=3):
                dates.append(day)
                day += dt.timedelta(weeks=1)
        else:
            weeks = rng.randint(21, 35)
            per_week = rng.choice([1, 1, 2])
            latest_start = (self.year.end - self.year.start).days - weeks * 7
            first = self.year.start + dt.timedelta(days=rng.randrange(max(1, latest_start)))
            offsets = [0] if per_week == 1 else [0, 3]
            dates = [first + dt.timedelta(weeks=w, days=o) for w in range(weeks) for o in offsets]
        name = rng.choice(talks if is_talk else courses)
        if not is_talk:
            name = f"{name} ({first.month:02d}/{first.year})"
        self._names[name] = self._names.get(name, 0) + 1
        if self._names[name] > 1:
            name = f"{name} - nhóm {self._names[name]}"
        self.classes.append(
            {
                "id": class_id,
                "name": name,
                "topic": topic.value,
                "kind": (ClassKind.EVENT if is_talk else ClassKind.COURSE).value,
                "facilitator": self._name(rng.choice([Sex.MALE, Sex.FEMALE])),
                "partner": rng.choice(_PARTNERS) if rng.random() < 0.7 else None,
                "location": rng.choice(_PLACES),
                "start_date": dates[0],
                "end_date": dates[-1],
                "planned_minutes": minutes,
            }
        )
        sessions = []
        for day in dates:
            cancelled = not is_talk and rng.random() < 0.03
            session = {
                "id": len(self.sessions) + 1,
                "class_id": class_id,
                "date": day,
                "minutes": minutes,
                "status": "cancelled" if cancelled else "held",
                "cancel_reason": rng.choice(_CANCEL_REASONS).value if cancelled else None,
                "walk_ins_male": rng.randint(5, 30) if is_talk else 0,
                "walk_ins_female": rng.randint(10, 50) if is_talk else 0,
                "walk_ins_unknown": 0,
            }
            self.sessions.append(session)
            sessions.append(session)
        size = rng.randint(4, 12) if is_talk else rng.randint(22, 36)
        members = rng.sample(range(1, len(self.learners) + 1), size)
        finished = dates[-1] < self.today
        for learner_id in members:
            self._enrol(learner_id, class_id, sessions, finished)

    def _enrol(
        self, learner_id: int, class_id: int, sessions: list[dict[str, Any]], finished: bool
    ) -> None:
        rng = self.rng
        enrolled_on: dt.date | None = None
        withdrawn_on: dt.date | None = None
        if len(sessions) > 4:
            roll = rng.random()
            if roll < 0.10:  # joined mid-way
                enrolled_on = sessions[rng.randrange(1, len(sessions) // 2)]["date"]
            elif roll < 0.18:  # dropped out
                withdrawn_on = sessions[rng.randrange(len(sessions) // 3, len(sessions) - 1)][
                    "date"
                ]
        self.enrolments.append(
            {
                "id": len(self.enrolments) + 1,
                "learner_id": learner_id,
                "class_id": class_id,
                "enrolled_on": enrolled_on,
                "withdrawn_on": withdrawn_on,
                "completed": finished and withdrawn_on is None and rng.random() < 0.85,
            }
        )
        reliability = rng.betavariate(9, 1.2)  # most come nearly always, a few rarely
        for session in sessions:
            day = session["date"]
            if session["status"] != "held" or day >= self.today:
                continue
            if (enrolled_on and day < enrolled_on) or (withdrawn_on and day > withdrawn_on):
                continue
            if rng.random() < 0.015:
                continue  # left unmarked
            roll = rng.random()
            if roll < reliability:
                status = MarkStatus.LATE if rng.random() < 0.06 else MarkStatus.PRESENT
            else:
                status = MarkStatus.EXCUSED if rng.random() < 0.5 else MarkStatus.ABSENT
            self.marks.append(
                {"session_id": session["id"], "learner_id": learner_id, "status": status.value}
            )

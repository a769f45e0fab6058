"""Code lists of the exchange format and the store, with their Vietnamese labels.

Codes are stable keys that cross sites (``../shared/spec/report-format-v1.md``);
labels are for people. This is the one module that holds both.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Topic(StrEnum):
    LITERACY = "literacy"
    POST_LITERACY = "post_literacy"
    LEGAL = "legal"
    HEALTH = "health"
    AGRICULTURE = "agriculture"
    VOCATIONAL = "vocational"
    DIGITAL = "digital"
    FOREIGN_LANGUAGE = "foreign_language"
    LIFE_SKILLS = "life_skills"
    CULTURE_ARTS = "culture_arts"
    OTHER = "other"


TOPIC_LABELS_VI: Final[dict[Topic, str]] = {
    Topic.LITERACY: "Xóa mù chữ",
    Topic.POST_LITERACY: "Sau biết chữ",
    Topic.LEGAL: "Pháp luật",
    Topic.HEALTH: "Sức khỏe",
    Topic.AGRICULTURE: "Khuyến nông, sản xuất",
    Topic.VOCATIONAL: "Dạy nghề",
    Topic.DIGITAL: "Kỹ năng số, tin học",
    Topic.FOREIGN_LANGUAGE: "Ngoại ngữ",
    Topic.LIFE_SKILLS: "Kỹ năng sống",
    Topic.CULTURE_ARTS: "Văn hóa, văn nghệ, thể thao",
    Topic.OTHER: "Khác",
}

TOPIC_LABELS_EN: Final[dict[Topic, str]] = {
    Topic.LITERACY: "Literacy",
    Topic.POST_LITERACY: "Post-literacy",
    Topic.LEGAL: "Legal education",
    Topic.HEALTH: "Health",
    Topic.AGRICULTURE: "Agriculture and production",
    Topic.VOCATIONAL: "Vocational skills",
    Topic.DIGITAL: "Digital skills, IT",
    Topic.FOREIGN_LANGUAGE: "Foreign languages",
    Topic.LIFE_SKILLS: "Life skills",
    Topic.CULTURE_ARTS: "Culture, arts and sport",
    Topic.OTHER: "Other",
}


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


SEX_LABELS_VI: Final[dict[Sex, str]] = {
    Sex.MALE: "Nam",
    Sex.FEMALE: "Nữ",
    Sex.UNKNOWN: "Không rõ",
}


class ClassKind(StrEnum):
    COURSE = "course"
    EVENT = "event"  # a talk or an event, usually one session with walk-ins


CLASS_KIND_LABELS_VI: Final[dict[ClassKind, str]] = {
    ClassKind.COURSE: "Lớp học",
    ClassKind.EVENT: "Buổi nói chuyện / sự kiện",
}


class SessionStatus(StrEnum):
    HELD = "held"
    CANCELLED = "cancelled"  # did not take place; counts only in sessions_cancelled


class CancelReason(StrEnum):
    WEATHER = "weather"
    FACILITATOR_ABSENT = "facilitator_absent"
    HOLIDAY = "holiday"
    OTHER = "other"


CANCEL_REASON_LABELS_VI: Final[dict[CancelReason, str]] = {
    CancelReason.WEATHER: "Thời tiết",
    CancelReason.FACILITATOR_ABSENT: "Người dạy vắng",
    CancelReason.HOLIDAY: "Ngày nghỉ lễ",
    CancelReason.OTHER: "Lý do khác",
}


class MarkStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


MARK_LABELS_VI: Final[dict[MarkStatus, str]] = {
    MarkStatus.PRESENT: "Có mặt",
    MarkStatus.LATE: "Đi muộn",
    MarkStatus.EXCUSED: "Vắng có phép",
    MarkStatus.ABSENT: "Vắng không phép",
}

#: Marks that count as an attendance in reports; the others count as absences.
ATTENDED_MARKS: Final[frozenset[MarkStatus]] = frozenset({MarkStatus.PRESENT, MarkStatus.LATE})


class AgeBand(StrEnum):
    UNDER_15 = "under_15"
    FROM_15_TO_25 = "15_25"
    FROM_26_TO_35 = "26_35"
    FROM_36_TO_60 = "36_60"
    OVER_60 = "over_60"
    UNKNOWN = "unknown"


def age_band(age: int | None) -> AgeBand:
    """The spec's age band for an age in completed years (``None``: unknown)."""
    if age is None:
        return AgeBand.UNKNOWN
    if age < 15:
        return AgeBand.UNDER_15
    if age <= 25:
        return AgeBand.FROM_15_TO_25
    if age <= 35:
        return AgeBand.FROM_26_TO_35
    if age <= 60:
        return AgeBand.FROM_36_TO_60
    return AgeBand.OVER_60


#: The 54 ethnic groups of Viet Nam with the General Statistics Office codes
#: (Danh mục các dân tộc Việt Nam, Quyết định 121-TCTK/PPCĐ), Vietnamese names.
ETHNICITIES: Final[dict[str, str]] = {
    "01": "Kinh",
    "02": "Tày",
    "03": "Thái",
    "04": "Hoa",
    "05": "Khơ-me",
    "06": "Mường",
    "07": "Nùng",
    "08": "Mông",
    "09": "Dao",
    "10": "Gia-rai",
    "11": "Ngái",
    "12": "Ê-đê",
    "13": "Ba-na",
    "14": "Xơ-đăng",
    "15": "Sán Chay",
    "16": "Cơ-ho",
    "17": "Chăm",
    "18": "Sán Dìu",
    "19": "Hrê",
    "20": "Mnông",
    "21": "Ra-glai",
    "22": "Xtiêng",
    "23": "Bru-Vân Kiều",
    "24": "Thổ",
    "25": "Giáy",
    "26": "Cơ-tu",
    "27": "Gié-Triêng",
    "28": "Mạ",
    "29": "Khơ-mú",
    "30": "Co",
    "31": "Tà-ôi",
    "32": "Chơ-ro",
    "33": "Kháng",
    "34": "Xinh-mun",
    "35": "Hà Nhì",
    "36": "Chu-ru",
    "37": "Lào",
    "38": "La Chí",
    "39": "La Ha",
    "40": "Phù Lá",
    "41": "La Hủ",
    "42": "Lự",
    "43": "Lô Lô",
    "44": "Chứt",
    "45": "Mảng",
    "46": "Pà Thẻn",
    "47": "Cơ Lao",
    "48": "Cống",
    "49": "Bố Y",
    "50": "Si La",
    "51": "Pu Péo",
    "52": "Brâu",
    "53": "Ơ Đu",
    "54": "Rơ-măm",
}

KINH: Final = "01"


def is_ethnic_minority(code: str | None) -> bool:
    """GSO codes 02–54 form the spec's ``ethnic_minority`` group; no code is no group."""
    return code is not None and code != KINH and code in ETHNICITIES


#: The usual levels of a unit in a coordinator's list, from the bottom up (levels are free
#: text: a city may name clusters of its own).
UNIT_LEVELS: Final = ("centre", "commune", "cluster", "district", "city", "province")


def unit_level_label(level: str, language: str) -> str:
    """A usual level in words (``district`` is «Cấp trung gian»); another as it was typed."""
    from clc_desktop.domain.messages import message

    return message(f"unit_level.{level}", language) if level in UNIT_LEVELS else level

import datetime as dt

import pytest

from clc_desktop.domain.codes import (
    ETHNICITIES,
    TOPIC_LABELS_EN,
    TOPIC_LABELS_VI,
    AgeBand,
    Topic,
    age_band,
    is_ethnic_minority,
)
from clc_desktop.domain.communes import centre_name_for, hanoi_communes
from clc_desktop.domain.periods import parse_period, school_year_of


def test_the_54_ethnic_groups_have_distinct_codes_and_names() -> None:
    assert list(ETHNICITIES) == [f"{n:02d}" for n in range(1, 55)]
    assert len(set(ETHNICITIES.values())) == 54
    assert ETHNICITIES["01"] == "Kinh"
    assert ETHNICITIES["08"] == "Mông"


def test_ethnic_minority_group_is_codes_02_to_54() -> None:
    assert not is_ethnic_minority("01")
    assert not is_ethnic_minority(None)
    assert is_ethnic_minority("02")
    assert is_ethnic_minority("54")
    assert not is_ethnic_minority("55")


def test_every_topic_has_labels_in_both_languages() -> None:
    assert set(TOPIC_LABELS_VI) == set(Topic) == set(TOPIC_LABELS_EN)
    assert [t.value for t in Topic] == [
        "literacy",
        "post_literacy",
        "legal",
        "health",
        "agriculture",
        "vocational",
        "digital",
        "foreign_language",
        "life_skills",
        "culture_arts",
        "other",
    ]


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (None, AgeBand.UNKNOWN),
        (0, AgeBand.UNDER_15),
        (14, AgeBand.UNDER_15),
        (15, AgeBand.FROM_15_TO_25),
        (25, AgeBand.FROM_15_TO_25),
        (26, AgeBand.FROM_26_TO_35),
        (35, AgeBand.FROM_26_TO_35),
        (36, AgeBand.FROM_36_TO_60),
        (60, AgeBand.FROM_36_TO_60),
        (61, AgeBand.OVER_60),
        (99, AgeBand.OVER_60),
    ],
)
def test_age_bands_follow_the_spec(age: int | None, band: AgeBand) -> None:
    assert age_band(age) is band


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ("2026-H1", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        ("2026-H2", dt.date(2026, 7, 1), dt.date(2026, 12, 31)),
        ("2026-Q1", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        ("2028-Q1", dt.date(2028, 1, 1), dt.date(2028, 3, 31)),
        ("2026-Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
        ("2028-02", dt.date(2028, 2, 1), dt.date(2028, 2, 29)),
        ("2025-2026", dt.date(2025, 9, 1), dt.date(2026, 8, 31)),
    ],
)
def test_periods_parse_to_their_dates(code: str, start: dt.date, end: dt.date) -> None:
    period = parse_period(code)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    "code", ["2026-13", "2026-Q5", "2026-H3", "2025-2027", "26", "2026-1", " 2026", "2026-q1"]
)
def test_bad_periods_are_refused(code: str) -> None:
    with pytest.raises(ValueError, match=r"period|school year"):
        parse_period(code)


def test_school_year_turns_on_the_first_of_september() -> None:
    assert school_year_of(dt.date(2026, 8, 31)).code == "2025-2026"
    assert school_year_of(dt.date(2026, 9, 1)).code == "2026-2027"


def test_hanoi_has_126_communes_and_wards_with_5_digit_codes() -> None:
    communes = hanoi_communes()
    assert len(communes) == 126
    assert all(len(c.code) == 5 and c.code.isdigit() for c in communes)
    names = {c.name for c in communes}
    assert "Phường Hoàn Kiếm" in names
    assert centre_name_for("Phường Hoàn Kiếm") == "TTHTCĐ phường Hoàn Kiếm"
    assert centre_name_for("Xã Sóc Sơn") == "TTHTCĐ xã Sóc Sơn"

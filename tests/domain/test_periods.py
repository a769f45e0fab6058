import pytest

from clc_desktop.domain.messages import Problem
from clc_desktop.domain.periods import checked_period, parse_period, previous_period


def test_the_period_before_is_of_the_same_kind() -> None:
    assert [previous_period(p) for p in ("2026", "2026-H1", "2026-Q1", "2026-03", "2025-2026")] == [
        "2025",
        "2025-H2",
        "2025-Q4",
        "2026-02",
        "2024-2025",
    ]
    assert [previous_period(p) for p in ("2026-H2", "2026-Q3", "2026-01")] == [
        "2026-H1",
        "2026-Q2",
        "2025-12",
    ]
    for code in ("2026", "2026-H1", "2026-Q1", "2026-03", "2025-2026"):
        before, period = parse_period(previous_period(code)), parse_period(code)
        assert (period.start - before.end).days == 1


def test_a_use_case_refuses_a_bad_period_in_words() -> None:
    assert checked_period("2026-Q3") == parse_period("2026-Q3")
    with pytest.raises(Problem) as caught:
        checked_period("2026-Q5")
    assert caught.value.code == "report.bad_period"
    assert "2026-Q5" in caught.value.text()
    with pytest.raises(ValueError, match="not a period"):
        previous_period("2026-Q5")


@pytest.mark.parametrize(
    ("code", "vi", "en"),
    [
        ("2026-11", "Tháng 11 năm 2026", "November 2026"),
        ("2026-03", "Tháng 3 năm 2026", "March 2026"),
        ("2026-Q4", "Quý IV năm 2026", "Q4 2026"),
        ("2026-Q1", "Quý I năm 2026", "Q1 2026"),
        ("2026-H1", "6 tháng đầu năm 2026", "First half of 2026"),
        ("2026-H2", "6 tháng cuối năm 2026", "Second half of 2026"),
        ("2026", "Năm 2026", "Year 2026"),
        ("2026-2027", "Năm học 2026–2027", "School year 2026–2027"),
    ],
)
def test_a_period_in_words(code: str, vi: str, en: str) -> None:
    from clc_desktop.domain.periods import period_in_words

    assert period_in_words(code, "vi") == vi
    assert period_in_words(code, "en") == en
    assert period_in_words(code, "vi", capital=False) == vi[0].lower() + vi[1:]


def test_what_is_not_a_period_stays_as_it_was_written() -> None:
    from clc_desktop.domain.periods import period_in_words

    assert period_in_words("2026-13", "vi") == "2026-13"

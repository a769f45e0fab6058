"""A small centre built by hand, every indicator and marginal worked out on paper."""

from __future__ import annotations

import datetime as dt
from itertools import product

import pytest

from clc_desktop.domain.learners import age_on
from clc_desktop.domain.periods import parse_period
from clc_desktop.reports.cube import Key, content_hash
from clc_desktop.services.indicators import compute_cube
from clc_desktop.storage.database import Store

D = dt.date
AN, BINH, CUC, DUNG = 1, 2, 3, 4


def _rows(indicator: str, rows: dict[tuple[str, ...], int]) -> dict[Key, int]:
    return {Key(indicator, *dims): value for dims, value in rows.items()}


def _group(
    indicator: str, group: str, topics: tuple[str, ...], sex: str, band: str
) -> dict[Key, int]:
    """One person of ``group``: every combination of their codes and _all counts 1."""
    return {
        Key(indicator, t, s, a, group): 1
        for t, s, a in product((*topics, "_all"), (sex, "_all"), (band, "_all"))
    }


EXPECTED: dict[Key, int] = {
    Key("centres"): 1,
    **_rows("classes", {("digital",): 2, ("health",): 1, ("_all",): 3}),
    **_rows("sessions_held", {("digital",): 3, ("health",): 1, ("_all",): 4}),
    **_rows("sessions_cancelled", {("digital",): 1, ("_all",): 1}),
    **_rows("minutes_held", {("digital",): 300, ("health",): 60, ("_all",): 360}),
    **_rows("expected_attendances", {("digital",): 5, ("health",): 2, ("_all",): 7}),
    **_rows("absences", {("digital",): 2, ("_all",): 2}),
    **_rows(
        "attendances",
        {
            ("digital", "_all", "_all"): 3,
            ("digital", "female", "_all"): 3,
            ("digital", "female", "26_35"): 2,
            ("digital", "female", "unknown"): 1,
            ("digital", "_all", "26_35"): 2,
            ("digital", "_all", "unknown"): 1,
            ("health", "_all", "_all"): 1,
            ("health", "female", "_all"): 1,
            ("health", "female", "26_35"): 1,
            ("health", "_all", "26_35"): 1,
            ("_all", "_all", "_all"): 4,
            ("_all", "female", "_all"): 4,
            ("_all", "female", "26_35"): 3,
            ("_all", "female", "unknown"): 1,
            ("_all", "_all", "26_35"): 3,
            ("_all", "_all", "unknown"): 1,
        },
    ),
    **_rows(
        "walk_ins",
        {
            ("health", "_all"): 12,
            ("health", "male"): 5,
            ("health", "female"): 7,
            ("_all", "_all"): 12,
            ("_all", "male"): 5,
            ("_all", "female"): 7,
        },
    ),
    **_rows(
        "completions",
        {
            ("digital", "_all"): 1,
            ("digital", "female"): 1,
            ("_all", "_all"): 1,
            ("_all", "female"): 1,
        },
    ),
    **_rows(
        "enrolments",
        {
            ("digital", "_all", "_all", "_all"): 4,
            ("digital", "female", "_all", "_all"): 3,
            ("digital", "male", "_all", "_all"): 1,
            ("digital", "_all", "26_35", "_all"): 2,
            ("digital", "_all", "unknown", "_all"): 1,
            ("digital", "_all", "15_25", "_all"): 1,
            ("digital", "female", "26_35", "_all"): 2,
            ("digital", "female", "unknown", "_all"): 1,
            ("digital", "male", "15_25", "_all"): 1,
            ("health", "_all", "_all", "_all"): 2,
            ("health", "female", "_all", "_all"): 1,
            ("health", "male", "_all", "_all"): 1,
            ("health", "_all", "26_35", "_all"): 1,
            ("health", "_all", "over_60", "_all"): 1,
            ("health", "female", "26_35", "_all"): 1,
            ("health", "male", "over_60", "_all"): 1,
            ("_all", "_all", "_all", "_all"): 6,
            ("_all", "female", "_all", "_all"): 4,
            ("_all", "male", "_all", "_all"): 2,
            ("_all", "_all", "26_35", "_all"): 3,
            ("_all", "_all", "unknown", "_all"): 1,
            ("_all", "_all", "15_25", "_all"): 1,
            ("_all", "_all", "over_60", "_all"): 1,
            ("_all", "female", "26_35", "_all"): 3,
            ("_all", "female", "unknown", "_all"): 1,
            ("_all", "male", "15_25", "_all"): 1,
            ("_all", "male", "over_60", "_all"): 1,
        },
    ),
    **_group("enrolments", "disability", ("digital",), "female", "unknown"),
    **_group("enrolments", "ethnic_minority", ("digital",), "male", "15_25"),
    **_rows(
        "learners",
        {
            ("digital", "_all", "_all", "_all"): 3,
            ("digital", "female", "_all", "_all"): 2,
            ("digital", "male", "_all", "_all"): 1,
            ("digital", "_all", "26_35", "_all"): 1,
            ("digital", "_all", "unknown", "_all"): 1,
            ("digital", "_all", "15_25", "_all"): 1,
            ("digital", "female", "26_35", "_all"): 1,
            ("digital", "female", "unknown", "_all"): 1,
            ("digital", "male", "15_25", "_all"): 1,
            ("health", "_all", "_all", "_all"): 2,
            ("health", "female", "_all", "_all"): 1,
            ("health", "male", "_all", "_all"): 1,
            ("health", "_all", "26_35", "_all"): 1,
            ("health", "_all", "over_60", "_all"): 1,
            ("health", "female", "26_35", "_all"): 1,
            ("health", "male", "over_60", "_all"): 1,
            ("_all", "_all", "_all", "_all"): 4,
            ("_all", "female", "_all", "_all"): 2,
            ("_all", "male", "_all", "_all"): 2,
            ("_all", "_all", "26_35", "_all"): 1,
            ("_all", "_all", "unknown", "_all"): 1,
            ("_all", "_all", "15_25", "_all"): 1,
            ("_all", "_all", "over_60", "_all"): 1,
            ("_all", "female", "26_35", "_all"): 1,
            ("_all", "female", "unknown", "_all"): 1,
            ("_all", "male", "15_25", "_all"): 1,
            ("_all", "male", "over_60", "_all"): 1,
        },
    ),
    **_group("learners", "disability", ("digital",), "female", "unknown"),
    **_group("learners", "ethnic_minority", ("digital",), "male", "15_25"),
}


def test_every_indicator_and_marginal_matches_the_paper(scenario: Store) -> None:
    with scenario.session() as session:
        cube = compute_cube(session, parse_period("2026-Q1"), generated_on=D(2026, 3, 20))
    missing = {k: v for k, v in EXPECTED.items() if cube.get(k) != v}
    extra = {k: v for k, v in cube.items() if k not in EXPECTED}
    assert missing == {}
    assert extra == {}


def test_a_later_report_counts_the_session_that_has_now_taken_place(scenario: Store) -> None:
    with scenario.session() as session:
        cube = compute_cube(session, parse_period("2026-Q1"), generated_on=D(2026, 4, 2))
    # Session 4 (25/03) now counts: An, Bình and Dũng (enrolled 01/03) are expected;
    # only An has a mark (present).
    assert cube[Key("sessions_held", "digital")] == 4
    assert cube[Key("expected_attendances", "_all")] == 10
    assert cube[Key("attendances")] == 5
    assert cube[Key("enrolments")] == 7
    assert cube[Key("learners", "digital")] == 4


def test_another_period_counts_nothing_but_the_centre(scenario: Store) -> None:
    with scenario.session() as session:
        cube = compute_cube(session, parse_period("2025-12"), generated_on=D(2026, 3, 20))
    assert cube == {Key("centres"): 1}


@pytest.mark.parametrize(
    ("on", "birth_date", "birth_year", "age"),
    [
        (D(2026, 3, 31), D(1960, 4, 1), 1960, 65),
        (D(2026, 4, 1), D(1960, 4, 1), 1960, 66),
        (D(2026, 3, 31), None, 2010, 16),
        (D(2026, 3, 31), None, None, None),
        (D(2025, 2, 28), D(2004, 2, 29), 2004, 20),
        (D(2025, 3, 1), D(2004, 2, 29), 2004, 21),
    ],
)
def test_age_is_completed_years_on_the_period_end(
    on: dt.date, birth_date: dt.date | None, birth_year: int | None, age: int | None
) -> None:
    assert age_on(on, birth_date, birth_year) == age


def test_the_content_hash_follows_the_spec_text() -> None:
    import hashlib

    cube = {
        Key("centres"): 1,
        Key("classes", "digital"): 2,
        Key("classes"): 2,
        Key("walk_ins", "health", "male"): 0,
    }
    text = (
        "clc-report/1\nunit_id=u-1\nlevel=centre\nperiod=2026\n"
        "D\tcentres\t_all\t_all\t_all\t_all\t1\n"
        "D\tclasses\t_all\t_all\t_all\t_all\t2\n"
        "D\tclasses\tdigital\t_all\t_all\t_all\t2\n"
        "S\ta\t2026\tabc\nS\tb\t2026\tdef\n"
    )
    expected = hashlib.sha256(text.encode()).hexdigest()
    assert (
        content_hash("u-1", "centre", "2026", cube, [("b", "2026", "def"), ("a", "2026", "abc")])
        == expected
    )
